import type { Request, RequestHandler, Response } from "express";

/**
 * How long past its time limit a request may take before the client is answered TIMEOUT regardless.
 * The Cypher runner answers at the limit itself (TIMEOUT, or NEO4J_UNAVAILABLE when Neo4j is
 * silent); this covers what comes after (resolvers, serialisation) within the second a client may
 * wait past the limit.
 */
export const DEADLINE_GRACE_MS = 750;

/**
 * The whole request's deadline, from the first byte to the last (resolvers, Cypher, serialisation).
 * Each request gets an AbortSignal that fires at the limit (resolvers and the Cypher runner stop
 * on it); if no answer has gone out a grace of 0.75 s later, the client hears TIMEOUT, and whatever
 * the request still does is thrown away unsent.
 */
export function requestDeadline(limitOf: (req: Request) => number): RequestHandler {
  return (req, res, next) => {
    const limitMs = limitOf(req);
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    res.locals.deadline = Date.now() + limitMs;
    const abort = setTimeout(() => controller.abort(new Error("request time limit")), limitMs);
    const answer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      res.status(503).json({
        errors: [
          {
            message: `The request ran past its time limit (${limitMs / 1000} s) and was stopped; narrow it.`,
            extensions: { code: "TIMEOUT" },
          },
        ],
      });
      muteLateAnswer(res);
    }, limitMs + DEADLINE_GRACE_MS);
    res.once("close", () => {
      clearTimeout(abort);
      clearTimeout(answer);
      controller.abort(new Error("request finished"));
    });
    next();
  };
}

/** After TIMEOUT went out, the GraphQL layer's own late answer is dropped instead of failing on sent headers. */
function muteLateAnswer(res: Response): void {
  res.status = () => res;
  res.setHeader = () => res;
  res.send = () => res;
  res.json = () => res;
}

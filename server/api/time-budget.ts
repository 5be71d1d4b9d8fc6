import type { RequestHandler } from "express";
import { LRUCache } from "lru-cache";

interface Usage {
  windowStart: number;
  /** Milliseconds of requests finished in this window. */
  usedMs: number;
  inFlight: number;
}

/**
 * A per-client budget of server time, beside the request count: an expensive query costs what it
 * takes, so one client cannot hold the server with requests that each stay under the count. A
 * client is refused (429 RATE_LIMITED) while it has `parallel` requests running, or once its
 * finished requests used `timeMs` in the current window. Clients are kept in a bounded LRU.
 */
export function timeBudget({
  timeMs,
  windowMs,
  parallel,
}: {
  timeMs: number;
  windowMs: number;
  parallel: number;
}): RequestHandler {
  const clients = new LRUCache<string, Usage>({ max: 50_000 });
  return (req, res, next) => {
    const now = Date.now();
    const key = req.ip ?? req.socket.remoteAddress ?? "unknown";
    let usage = clients.get(key);
    if (!usage) clients.set(key, (usage = { windowStart: now, usedMs: 0, inFlight: 0 }));
    else if (now - usage.windowStart >= windowMs) Object.assign(usage, { windowStart: now, usedMs: 0 });
    const over =
      usage.inFlight >= parallel
        ? `at most ${parallel} requests at once`
        : usage.usedMs >= timeMs
          ? `at most ${timeMs / 1000} s of server time per ${windowMs / 1000} s`
          : null;
    if (over) {
      const retry = usage.inFlight >= parallel ? 1 : Math.ceil((usage.windowStart + windowMs - now) / 1000);
      res.setHeader("retry-after", String(Math.max(1, retry)));
      res.status(429).json({
        errors: [{ message: `Too many requests: ${over}; retry later.`, extensions: { code: "RATE_LIMITED" } }],
      });
      return;
    }
    const entry = usage;
    entry.inFlight++;
    res.once("close", () => {
      entry.inFlight--;
      if (entry.windowStart <= now) entry.usedMs += Date.now() - now;
    });
    next();
  };
}

import type { RequestHandler } from "express";
import type { CypherRunner } from "./cypher.js";

const HEALTH_TIMEOUT_MS = 2_000;

/**
 * 200 when Neo4j answers a trivial query (with `graph: "incomplete"` while a corpus's latest load did
 * not complete), else 503 with the reason, within HEALTH_TIMEOUT_MS; never throws.
 */
export function healthHandler(runner: CypherRunner): RequestHandler {
  return async (_req, res) => {
    const started = Date.now();
    try {
      await runner.read("ping", {}, started + HEALTH_TIMEOUT_MS);
      // Still 200 when the graph holds part of a corpus (the API serves what is stored); `graph` says so.
      // Best effort: a cold database may plan this slower than the trivial ping, which alone decides up or down.
      const graph = await runner.read("load-state", {}, Date.now() + HEALTH_TIMEOUT_MS).then(
        ([row]) => ((row?.incomplete as string[] | undefined)?.length ? "incomplete" : "complete"),
        () => "unknown",
      );
      res.status(200).json({ status: "ok", neo4j: "up", graph, latencyMs: Date.now() - started });
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0];
      res.status(503).json({ status: "unavailable", neo4j: "down", reason });
    }
  };
}

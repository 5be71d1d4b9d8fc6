import type { RequestHandler } from "express";
import type { CypherRunner } from "./cypher.js";

const HEALTH_TIMEOUT_MS = 2_000;

/** 200 when Neo4j answers a trivial query, else 503 with the reason; never throws. */
export function healthHandler(runner: CypherRunner): RequestHandler {
  return async (_req, res) => {
    const started = Date.now();
    try {
      await runner.read("ping", {}, started + HEALTH_TIMEOUT_MS);
      res.status(200).json({ status: "ok", neo4j: "up", latencyMs: Date.now() - started });
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0];
      res.status(503).json({ status: "unavailable", neo4j: "down", reason });
    }
  };
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { Neo4jError } from "neo4j-driver";
import { projectRoot } from "../config.js";
import type { Graph } from "../graph/driver.js";
import { apiError, fromNeo4jError } from "./errors.js";

export const API_CYPHER_DIR = path.join(projectRoot, "cypher", "api");

/** Every query file of cypher/api, by name without extension; read once at start-up. */
export function loadQueries(dir = API_CYPHER_DIR): ReadonlyMap<string, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cypher"));
  return new Map(files.map((f) => [f.slice(0, -".cypher".length), readFileSync(path.join(dir, f), "utf8")]));
}

export type Row = Record<string, unknown>;

/**
 * Runs the named queries with parameters only (no query text is ever built from input), each in its
 * own auto-commit transaction whose server-side timeout is what is left of the request's time, so
 * a request that runs out of time also stops its Cypher. Auto-commit on purpose: the driver's
 * managed transactions retry for up to 30 s when Neo4j is down, and a client should hear
 * NEO4J_UNAVAILABLE at once instead.
 */
export class CypherRunner {
  constructor(
    private readonly graph: Pick<Graph, "session">,
    private readonly queries: ReadonlyMap<string, string>,
  ) {}

  async read(name: string, params: Row, deadline: number, signal?: AbortSignal): Promise<Row[]> {
    const text = this.queries.get(name);
    if (!text) throw new Error(`no query cypher/api/${name}.cypher`);
    for (let attempt = 1; ; attempt++) {
      const left = deadline - Date.now();
      if (left <= 0 || signal?.aborted) throw apiError("TIMEOUT", "The request ran past its time limit.");
      // The graph's sessions share its bookmarks: a read after a review or an ingest sees it.
      const session = this.graph.session("READ");
      try {
        const run = session.run(text, cypherParams(params), {
          timeout: Math.ceil(left),
          metadata: { app: "api", query: name },
        });
        const result = await answeredWithin(run, left + STALL_GRACE_MS);
        return result.records.map((r) => plain(r.toObject()) as Row);
      } catch (err) {
        // A read that met a concurrent ETL write (Transaction.Outdated, deadlocks) succeeds when run again;
        // an unreachable server does not, and the client hears so at once.
        if (attempt < READ_ATTEMPTS && isTransientConflict(err)) continue;
        throw fromNeo4jError(err) ?? err;
      } finally {
        // Not awaited: closing a session on a stalled server waits as long as the stall.
        void session.close().catch(() => undefined);
      }
    }
  }
}

/**
 * Past the transaction's own timeout Neo4j answers TransactionTimedOut; a server that says nothing
 * for this much longer is stalled (stopped, swapping, cut off), and the client hears so. Longer than
 * Neo4j's transaction monitor interval (`db.transaction.monitor.check.interval`, 2 s by default):
 * a live server may notice a timed-out query only that late.
 */
export const STALL_GRACE_MS = 2_500;

/**
 * The query's answer, or NEO4J_UNAVAILABLE after `ms`. The request's own abort does not cut it short:
 * at the deadline a live Neo4j answers TransactionTimedOut (TIMEOUT) by itself, so one that stays
 * silent a grace second longer is the stalled one.
 */
function answeredWithin<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(apiError("NEO4J_UNAVAILABLE", "The graph database did not answer in time; try again in a moment.")),
      ms,
    );
    Promise.resolve(work)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

const READ_ATTEMPTS = 3;

const isTransientConflict = (err: unknown) =>
  err instanceof Neo4jError &&
  err.code.startsWith("Neo.TransientError.") &&
  err.code !== "Neo.TransientError.General.DatabaseUnavailable";

/** Whole numbers go as Cypher integers (JavaScript numbers would arrive as floats, which LIMIT and slices refuse). */
function cypherParams(params: Row): Row {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

/** Neo4j values as JSON-ready values: integers as numbers, temporals as ISO strings, nodes as maps. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings and numbers, most of what a query returns, need no conversion.
  if (typeof value !== "object") return typeof value === "bigint" ? Number(value) : value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    return isoOf(value as { toString(): string; toStandardDate?: () => Date });
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") {
    const props = (value as { properties?: object }).properties;
    const source = props && (value as { labels?: unknown }).labels ? props : value;
    return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function isoOf(value: { toString(): string; toStandardDate?: () => Date }): string {
  const date = value.toStandardDate ? value.toStandardDate() : new Date(value.toString());
  return Number.isNaN(date.getTime()) ? value.toString() : date.toISOString();
}

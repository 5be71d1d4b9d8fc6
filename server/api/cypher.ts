import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { Neo4jError } from "neo4j-driver";
import { projectRoot } from "../config.js";
import type { Graph } from "../graph/driver.js";
import { apiError, fromNeo4jError, stopped } from "./errors.js";
import { Lane } from "./lane.js";
import { answeredByServer, Liveness, STALL_GRACE_MS } from "./liveness.js";

export const API_CYPHER_DIR = path.join(projectRoot, "cypher", "api");

/** Every query file of cypher/api, by name without extension; read once at start-up. */
export function loadQueries(dir = API_CYPHER_DIR): ReadonlyMap<string, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cypher"));
  return new Map(files.map((f) => [f.slice(0, -".cypher".length), readFileSync(path.join(dir, f), "utf8")]));
}

export type Row = Record<string, unknown>;

/** Queries that can take seconds and much memory (graphs, document text, a claim's provenance): they take turns (lane.ts). */
export const EXPENSIVE_QUERIES: ReadonlySet<string> = new Set([
  "graph-top-claims",
  "graph-neighbours",
  "graph-elements",
  "document-texts",
  "claim-provenance",
]);

/**
 * Runs the named queries with parameters only (no query text is ever built from input), each in its
 * own auto-commit transaction whose server-side timeout is what is left of the request's time, so
 * a request that runs out of time also stops its Cypher. Auto-commit on purpose: the driver's
 * managed transactions retry for up to 30 s when Neo4j is down, and a client should hear
 * NEO4J_UNAVAILABLE at once instead. Every wait (for a place in the expensive lane, for a
 * connection, for the answer) ends at the request's deadline: TIMEOUT when Neo4j is alive but this
 * query did not finish, NEO4J_UNAVAILABLE when Neo4j has stopped answering (liveness.ts).
 */
export class CypherRunner {
  private readonly liveness: Liveness;
  private readonly expensive: Lane;

  constructor(
    private readonly graph: Pick<Graph, "session">,
    private readonly queries: ReadonlyMap<string, string>,
    { expensiveParallel = 2 }: { expensiveParallel?: number } = {},
  ) {
    this.liveness = new Liveness(graph, PING);
    this.expensive = new Lane(expensiveParallel);
  }

  async read(name: string, params: Row, deadline: number, signal?: AbortSignal): Promise<Row[]> {
    const text = this.queries.get(name);
    if (!text) throw new Error(`no query cypher/api/${name}.cypher`);
    const since = Date.now();
    const release = EXPENSIVE_QUERIES.has(name) ? await this.expensive.enter(deadline, signal) : undefined;
    // Neo4j's work on the query, which may go on a little past the deadline (see Liveness).
    let working: Promise<unknown> = Promise.resolve();
    this.liveness.enter();
    try {
      for (let attempt = 1; ; attempt++) {
        const left = deadline - Date.now();
        if (left <= 0 || signal?.aborted) throw stopped(deadline, "The request ran past its time limit.");
        // The graph's sessions share its bookmarks: a read after a review or an ingest sees it.
        const session = this.graph.session("READ");
        try {
          const run = Promise.resolve(
            session.run(text, cypherParams(params), {
              timeout: Math.ceil(left),
              metadata: { app: "api", query: name },
            }),
          );
          // settled, never the answer itself: the place's release below waits on it up to STALL_GRACE_MS,
          // and holding the records that long kept every expensive answer in the heap meanwhile
          working = run.then(
            () => undefined,
            () => undefined,
          );
          const result = await this.answeredBy(run, left, since);
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
    } finally {
      this.liveness.leave();
      // The place is free once Neo4j has let go of the query: its own timeout ends it within a grace.
      if (release) void Promise.race([working, delay(STALL_GRACE_MS)]).then(release);
    }
  }

  /** The query's answer, or at `ms` TIMEOUT (Neo4j alive, the query too slow) or NEO4J_UNAVAILABLE (Neo4j silent since `since`). */
  private answeredBy<T>(work: Promise<T>, ms: number, since: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const due = Date.now() + ms;
      // setImmediate: answers that arrived while this process was held up (GC, CPU starvation) are
      // read first, and the time it could not listen is not counted as Neo4j's silence.
      const decide = () =>
        reject(
          this.liveness.alive(since, Date.now() - due)
            ? apiError(
                "TIMEOUT",
                "The query ran past the request time limit and was cancelled; narrow it (smaller first/limit/depth).",
              )
            : apiError("NEO4J_UNAVAILABLE", "The graph database did not answer in time; try again in a moment."),
        );
      const timer = setTimeout(() => setImmediate(decide), ms);
      work.then(
        (value) => {
          this.liveness.answered();
          resolve(value);
        },
        (err: unknown) => {
          if (answeredByServer(err)) this.liveness.answered();
          reject(err);
        },
      );
      void work.catch(() => undefined).finally(() => clearTimeout(timer));
    });
  }
}

const PING = readFileSync(path.join(API_CYPHER_DIR, "ping.cypher"), "utf8");

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  if (Array.isArray(value)) return value.map(plain);
  // Maps come from the driver as plain objects, most of the rest of an answer: no type tests for them.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDateTime(value)) return isoOfDateTime(value);
  if (neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    return isoOf(value as { toString(): string; toStandardDate?: () => Date });
  }
  const props = (value as { properties?: object }).properties;
  return plainMap((props && (value as { labels?: unknown }).labels ? props : value) as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(map)) out[key] = plain(map[key]);
  return out;
}

const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : (v as number));

/**
 * A DateTime with an offset as the instant's ISO string, from its fields: what toStandardDate gives
 * (UTC milliseconds, nanoseconds cut to milliseconds), without the driver's 64-bit integer arithmetic,
 * which was a large part of a travel page's conversion. Others (a zone id alone, years Date.UTC reads
 * as 19xx) go the driver's way.
 */
function isoOfDateTime(value: {
  year: unknown;
  month: unknown;
  day: unknown;
  hour: unknown;
  minute: unknown;
  second: unknown;
  nanosecond: unknown;
  timeZoneOffsetSeconds?: unknown;
  toString(): string;
  toStandardDate?: () => Date;
}): string {
  const year = num(value.year);
  if (value.timeZoneOffsetSeconds === undefined || value.timeZoneOffsetSeconds === null || year < 100)
    return isoOf(value);
  const local = Date.UTC(
    year,
    num(value.month) - 1,
    num(value.day),
    num(value.hour),
    num(value.minute),
    num(value.second),
  );
  const date = new Date(
    local - num(value.timeZoneOffsetSeconds) * 1000 + Math.floor(num(value.nanosecond) / 1_000_000),
  );
  return Number.isNaN(date.getTime()) ? isoOf(value) : date.toISOString();
}

function isoOf(value: { toString(): string; toStandardDate?: () => Date }): string {
  const date = value.toStandardDate ? value.toStandardDate() : new Date(value.toString());
  return Number.isNaN(date.getTime()) ? value.toString() : date.toISOString();
}

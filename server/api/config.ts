import path from "node:path";
import { z } from "zod";
import { projectRoot } from "../config.js";

/**
 * The API server's settings, from the environment. Each bad value fails with the variable's name.
 *
 *   API_TOKEN             token for mutations (`Authorization: Bearer …`); unset → mutations disabled
 *   READ_TOKEN            when set, reads need this token (or API_TOKEN) too
 *   CORS_ORIGINS          comma-separated origins allowed cross-origin; unset → CORS closed
 *   RATE_LIMIT_MAX        requests per window per client IP on /graphql (default 600; 0 = off)
 *   RATE_LIMIT_WINDOW_MS  the rate-limit window (default 60000)
 *   RATE_LIMIT_TIME_MS    server time (ms, summed over its requests) per window per client IP (default 30000; 0 = off;
 *                         off too with RATE_LIMIT_MAX=0)
 *   RATE_LIMIT_PARALLEL   requests one client IP may have in flight at once (default 8)
 *   REQUEST_TIMEOUT_MS    time limit of one GraphQL request, also its Cypher transactions' (default 10000)
 *   WRITE_TIMEOUT_MS      time limit of a request bearing API_TOKEN (an ingest extracts and loads) (default 120000)
 *   EXPENSIVE_PARALLEL    expensive queries (graphs, document text, provenance) run at once, server-wide; the others
 *                         wait their turn within their time limit (default 2)
 *   BODY_LIMIT            largest request body (default 5mb)
 *   RESPONSE_CACHE_MB     memory for cached query responses, valid until the graph changes (default 64; 0 = off)
 *   GRAPHQL_INTROSPECTION true/false (default true, false when NODE_ENV=production)
 *   NODE_ENV=development  error responses include stack traces
 */
export interface ApiConfig {
  apiToken?: string;
  readToken?: string;
  corsOrigins: string[];
  rateLimit: { max: number; windowMs: number; timeMs: number; parallel: number };
  requestTimeoutMs: number;
  /** The time limit of a request made with the API token: a mutation such as ingest extracts and loads. */
  writeTimeoutMs: number;
  /** Expensive queries (cypher.ts EXPENSIVE_QUERIES) running at once. */
  expensiveParallel: number;
  bodyLimit: string;
  /** Bytes of query responses kept until the graph changes (response-cache.ts); 0 turns the cache off. */
  responseCacheBytes: number;
  introspection: boolean;
  development: boolean;
  limits: QueryLimits;
  /** The web client's built files (index.html + assets); served at / when present. */
  clientDir: string;
  /** The bundled GraphiQL explorer's built files; served at GET /graphql to browsers. */
  explorerDir: string;
}

/** Bounds on one GraphQL document (graphql-armor) and on page sizes. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxPage: number;
  maxGraphNodes: number;
  maxGraphDepth: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxPage: 100,
  maxGraphNodes: 500,
  maxGraphDepth: 3,
};

type Env = Record<string, string | undefined>;

const count = z.coerce.number().int().min(0);
const positive = z.coerce.number().int().min(1);
const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => ["true", "1", "yes"].includes(v));
const size = z.string().regex(/^\d+(b|kb|mb)?$/i, "expected a size like 512kb or 5mb");
const token = z.string().min(16, "use at least 16 characters");

function read<T>(env: Env, name: string, schema: z.ZodType<T>, fallback: T): T;
function read<T>(env: Env, name: string, schema: z.ZodType<T>): T | undefined;
function read<T>(env: Env, name: string, schema: z.ZodType<T>, fallback?: T): T | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) {
    // A token's value is never echoed: it may be most of a secret.
    const shown = /TOKEN/.test(name) ? "(hidden)" : JSON.stringify(raw);
    throw new Error(`${name}=${shown} is not valid: ${parsed.error.issues[0]?.message ?? "invalid value"}`);
  }
  return parsed.data;
}

export function apiConfig(env: Env = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  const production = env.NODE_ENV === "production";
  return {
    apiToken: read(env, "API_TOKEN", token),
    readToken: read(env, "READ_TOKEN", token),
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimit: {
      max: read(env, "RATE_LIMIT_MAX", count, 600),
      windowMs: read(env, "RATE_LIMIT_WINDOW_MS", positive, 60_000),
      timeMs: read(env, "RATE_LIMIT_TIME_MS", count, 30_000),
      parallel: read(env, "RATE_LIMIT_PARALLEL", positive, 8),
    },
    requestTimeoutMs: read(env, "REQUEST_TIMEOUT_MS", positive, 10_000),
    writeTimeoutMs: read(env, "WRITE_TIMEOUT_MS", positive, 120_000),
    expensiveParallel: read(env, "EXPENSIVE_PARALLEL", positive, 2),
    bodyLimit: read(env, "BODY_LIMIT", size, "5mb"),
    responseCacheBytes: read(env, "RESPONSE_CACHE_MB", count, 64) * 1024 * 1024,
    introspection: read(env, "GRAPHQL_INTROSPECTION", bool, !production),
    development: env.NODE_ENV === "development",
    limits: DEFAULT_LIMITS,
    clientDir: path.join(projectRoot, "dist", "client"),
    explorerDir: path.join(projectRoot, "dist", "explorer"),
    ...overrides,
  };
}

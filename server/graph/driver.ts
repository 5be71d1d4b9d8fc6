/** One connection to the graph for the whole process: driver, database and read/write helpers. */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type QueryResult,
  type Session,
} from "neo4j-driver";
import { neo4jClientConfig } from "../config.js";
import { authToken, resolveNeo4j } from "../neo4j-local/resolve.js";

export type Params = Record<string, unknown>;
export type TransactionConfig = Parameters<Session["executeRead"]>[1];

export interface Graph {
  driver: Driver;
  /** Undefined means the server's default (home) database. */
  database: string | undefined;
  /** Runs one read query in a managed read transaction (retried, routed to a reader in a cluster). */
  read(cypher: string, params?: Params, config?: TransactionConfig): Promise<Neo4jRecord[]>;
  /** Runs one write query in a managed write transaction (retried, routed to the leader). */
  write(cypher: string, params?: Params, config?: TransactionConfig): Promise<QueryResult>;
  /** Several statements in one managed read transaction; `work` may run more than once on retry. */
  readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, config?: TransactionConfig): Promise<T>;
  /** Several statements in one managed write transaction; `work` may run more than once on retry. */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, config?: TransactionConfig): Promise<T>;
  /** One auto-commit query (needed for CALL … IN TRANSACTIONS), retried on transient errors. */
  run(cypher: string, params?: Params): Promise<QueryResult>;
  /** A session sharing the process-wide bookmarks, for auto-commit queries (CALL … IN TRANSACTIONS). */
  session(mode?: "READ" | "WRITE"): Session;
  close(): Promise<void>;
}

export interface ConnectOptions {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  /** How long to keep trying to reach the server before giving up (ms). */
  connectTimeoutMs?: number;
}

/** Neo4j cannot be reached: the message says where and what to do; callers print it without a stack. */
export class GraphUnavailableError extends Error {
  override name = "GraphUnavailableError";
}

/**
 * Opens the graph named by NEO4J_URI (or the local server server/neo4j-local resolves), waits for it
 * with backoff, and returns read/write helpers. All sessions share the driver's bookmark manager,
 * so a read issued after a load sees the load even on a cluster (`neo4j://` routing URIs work).
 */
export async function openGraph(options: ConnectOptions = {}): Promise<Graph> {
  const resolved = options.uri
    ? { uri: options.uri, user: options.user, password: options.password, database: options.database, stop: undefined }
    : await resolveNeo4j().catch((e: Error) => {
        throw new GraphUnavailableError(e.message);
      });
  const stop = resolved.stop?.bind(resolved);
  const database = options.database ?? resolved.database;
  const settings = neo4jClientConfig();
  const driver = neo4j.driver(resolved.uri, authToken(resolved.user, resolved.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 60_000,
    connectionTimeout: 15_000,
    // How long a transaction is retried through a lost connection or a leader switch before the caller gets the error.
    maxTransactionRetryTime: settings.retryTimeoutMs,
    userAgent: "narrative-network-explorer",
    logging: { level: "error", logger: () => {} },
  });
  try {
    await waitForServer(driver, database, resolved.uri, options.connectTimeoutMs ?? settings.connectTimeoutMs);
  } catch (e) {
    await driver.close();
    await stop?.();
    throw e;
  }
  return graphOf(driver, database, stop);
}

/** Wraps a driver someone else opened (tests, the API) in the Graph helpers. */
export function graphOf(driver: Driver, database?: string, stop?: () => Promise<void>): Graph {
  const bookmarkManager = driver.executeQueryBookmarkManager;
  const session = (mode: "READ" | "WRITE" = "WRITE") =>
    driver.session({
      database,
      bookmarkManager,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  const inSession = async <T>(mode: "READ" | "WRITE", work: (s: Session) => Promise<T>): Promise<T> => {
    const s = session(mode);
    try {
      return await work(s);
    } finally {
      await s.close();
    }
  };
  return {
    driver,
    database,
    read: (cypher, params = {}, config) =>
      inSession("READ", (s) => s.executeRead((tx) => tx.run(cypher, params), config)).then((r) => r.records),
    write: (cypher, params = {}, config) =>
      inSession("WRITE", (s) => s.executeWrite((tx) => tx.run(cypher, params), config)),
    readTransaction: (work, config) => inSession("READ", (s) => s.executeRead(work, config)),
    writeTransaction: (work, config) => inSession("WRITE", (s) => s.executeWrite(work, config)),
    session,
    run: async (cypher, params = {}) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await inSession("WRITE", (s) => s.run(cypher, params));
        } catch (e) {
          if (attempt >= 5 || !neo4j.isRetriableError(e)) throw e;
          await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
        }
      }
    },
    close: async () => {
      await driver.close();
      await stop?.();
    },
  };
}

async function waitForServer(
  driver: Driver,
  database: string | undefined,
  uri: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (e) {
      const reason = failureReason(e);
      if (isAuthError(e))
        throw new GraphUnavailableError(
          `Neo4j at ${uri} refused the credentials (${reason}). Set NEO4J_USER and NEO4J_PASSWORD.`,
        );
      if (Date.now() + delay > deadline) {
        throw new GraphUnavailableError(
          `cannot reach Neo4j at ${uri} after ${Math.round(timeoutMs / 1000)} s (${reason}). ` +
            "Start one with `npm run neo4j`, or point NEO4J_URI at a running server.",
        );
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 4_000);
    }
  }
}

/** The driver's failure in one line: its root cause ("connect ECONNREFUSED …") rather than its advice text. */
export function failureReason(e: unknown): string {
  const message = (e as Error).message ?? String(e);
  return (/Caused by: (.*)$/s.exec(message)?.[1] ?? message).split("\n")[0];
}

const UNAVAILABLE = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** The server or its database went away (stopped, crashed, network lost), as opposed to a query or data error. */
export const isUnavailableError = (e: unknown) => UNAVAILABLE.has(String((e as { code?: string } | null)?.code ?? ""));

/**
 * Whether `error` came from the server going away: said so by its code, or (a lost connection can
 * also surface as a driver-internal error) by the server failing a connectivity check now.
 * Returns the error that shows it, or null when the server is there.
 */
export async function lostServer(graph: Graph, error: unknown): Promise<unknown> {
  if (isUnavailableError(error)) return error;
  return graph.driver.verifyConnectivity({ database: graph.database }).then(
    () => null,
    (probe: unknown) => (isUnavailableError(probe) ? probe : null),
  );
}

const isAuthError = (e: unknown) => /Neo\.ClientError\.Security\./.test(String((e as { code?: string }).code ?? ""));

import neo4j, { type AuthToken } from "neo4j-driver";
import { localNeo4jConfig, neo4jConnectionConfig } from "../config.js";
import { speaksBolt } from "./bolt-probe.js";
import { startLocalNeo4j } from "./launcher.js";
import { isPortFree, LOOPBACK } from "./ports.js";

export interface ResolvedNeo4j {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Neo4j Browser for a server started here with HTTP on. */
  browserUrl?: string;
  /** Present only when this process started the server; call it on shutdown. */
  stop?(): Promise<void>;
  startedHere: boolean;
}

export interface ResolveOptions {
  /** Progress messages while a local Neo4j is prepared and started; silent by default. */
  log?: (message: string) => void;
}

/** Basic auth when a user is configured, otherwise the "none" scheme (the local server runs without auth). */
export function authToken(user?: string, password?: string): AuthToken {
  // neo4j-driver's typings leave out auth.none(); this is the token it returns.
  return user === undefined ? { scheme: "none", credentials: "" } : neo4j.auth.basic(user, password ?? "");
}

/**
 * Finds the Neo4j to use, in this order: NEO4J_URI if set (nothing is started); a Neo4j already
 * answering Bolt on the local port (NEO4J_BOLT_PORT, default 7687), e.g. one left running by
 * `npm run neo4j`; otherwise a local Neo4j started now from Maven Central.
 */
export async function resolveNeo4j(options: ResolveOptions = {}): Promise<ResolvedNeo4j> {
  const connection = neo4jConnectionConfig();
  const { user, password, database } = connection;
  if (connection.uri) return { uri: connection.uri, user, password, database, startedHere: false };

  const { boltPort } = localNeo4jConfig();
  if (!(await isPortFree(boltPort))) {
    const uri = `bolt://${LOOPBACK}:${boltPort}`;
    await requireBoltServer(uri, user, password, boltPort);
    return { uri, user, password, database, startedHere: false };
  }

  const local = await startLocalNeo4j({ log: options.log });
  return { uri: local.uri, database, browserUrl: local.browserUrl, stop: local.stop, startedHere: true };
}

/** Something holds the port: reuse it if it is a Neo4j we can log into, otherwise say what to change. */
async function requireBoltServer(
  uri: string,
  user: string | undefined,
  password: string | undefined,
  port: number,
): Promise<void> {
  if (!(await speaksBolt(port, LOOPBACK))) {
    throw new Error(`port ${port} is in use, but not by a Neo4j that answers Bolt: set NEO4J_BOLT_PORT or NEO4J_URI`);
  }
  const driver = neo4j.driver(uri, authToken(user, password), {
    connectionTimeout: 5_000,
    logging: { level: "error", logger: () => {} },
  });
  try {
    await driver.getServerInfo();
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const reason = code.includes("Security") ? "refused the login" : `failed (${(error as Error).message})`;
    throw new Error(`the Neo4j on port ${port} ${reason}: set NEO4J_USER and NEO4J_PASSWORD, or NEO4J_URI`);
  } finally {
    await driver.close();
  }
}

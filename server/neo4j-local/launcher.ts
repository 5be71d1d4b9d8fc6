import { type ChildProcess, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type LocalNeo4jConfig, localNeo4jConfig } from "../config.js";
import { MAIN_CLASS, prepareLocalNeo4j } from "./build.js";
import { isPortFree, LOOPBACK } from "./ports.js";

/** Must match Neo4jLocal.READY_PREFIX. */
const READY_PREFIX = "NEO4J_LOCAL_READY ";

export interface StartOptions extends Partial<LocalNeo4jConfig> {
  /** Progress messages (Maven download, compile, start); silent by default. */
  log?: (message: string) => void;
  /** How long the JVM may take to open Bolt once the jars are resolved (default 300 s: a loaded 2-core machine needs minutes). */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>, no authentication. */
  uri: string;
  /** Neo4j's HTTP root (HTTP API and discovery), when HTTP is on. */
  httpUrl?: string;
  /** Neo4j Browser, preconnected to this server's Bolt port, when HTTP is on. */
  browserUrl?: string;
  dataDir: string;
  version: string;
  pid: number;
  /** Shuts Neo4j down cleanly (SIGTERM, then SIGKILL after 30 s); safe to call twice. */
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

interface ReadyLine {
  bolt: string;
  http: string | null;
  version: string;
  dataDir: string;
  pid: number;
}

/**
 * JVM flags from Neo4j's own launch script that matter on Java 17: Netty and the page cache need
 * these packages opened, and G1 with full stack traces is what Neo4j is tuned and debugged with.
 */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

/** Starts Neo4j Community in a child JVM and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  const { log = () => {}, startTimeoutMs = 300_000, ...overrides } = options;
  const settings: LocalNeo4jConfig = { ...localNeo4jConfig(), ...definedOnly(overrides) };

  if (!(await isPortFree(settings.boltPort))) {
    throw new PortInUseError(`port ${settings.boltPort} is in use: set NEO4J_BOLT_PORT or NEO4J_URI`);
  }
  if (settings.httpPort > 0 && !(await isPortFree(settings.httpPort))) {
    throw new PortInUseError(`port ${settings.httpPort} is in use: set NEO4J_HTTP_PORT (0 turns Neo4j's HTTP off)`);
  }

  const build = await prepareLocalNeo4j({ log });
  await mkdir(settings.dataDir, { recursive: true });
  log(`Starting Neo4j ${build.neo4jVersion} on bolt://${LOOPBACK}:${settings.boltPort} (data in ${settings.dataDir})…`);

  const child = spawn(
    build.toolchain.java,
    [
      `-Xmx${settings.heap}`,
      ...JVM_FLAGS,
      "-cp",
      build.classpath,
      MAIN_CLASS,
      `--data-dir=${settings.dataDir}`,
      `--bolt-port=${settings.boltPort}`,
      `--http-port=${settings.httpPort}`,
      `--pagecache=${settings.pageCache}`,
      // Our end of stdin stays open while this process lives; if we die, Neo4j shuts itself down.
      "--exit-on-stdin-eof",
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );

  const ready = await awaitReady(child, startTimeoutMs);
  const stop = once(() => stopChild(child));
  return {
    uri: ready.bolt,
    httpUrl: ready.http ?? undefined,
    browserUrl: ready.http
      ? `${ready.http}/browser/?dbms=${encodeURIComponent(ready.bolt)}&preselectAuthMethod=NO_AUTH`
      : undefined,
    dataDir: ready.dataDir,
    version: ready.version,
    pid: ready.pid,
    stop,
  };
}

function awaitReady(child: ChildProcess, timeoutMs: number): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    let stderrTail = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-6_000);
    });
    const failure = (reason: string) => {
      const detail = stderrTail.split("\n").find((line) => line.startsWith("neo4j-local:")) ?? stderrTail.trim();
      return new Error(`Neo4j did not start: ${reason}${detail ? `\n${detail}` : ""}`);
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(failure(`no ready signal within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      child.removeListener("exit", onEarlyExit);
      resolve(JSON.parse(line.slice(READY_PREFIX.length)) as ReadyLine);
    });
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(failure(`java exited with ${signal ?? `code ${code}`}`));
    };
    child.once("exit", onEarlyExit);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j did not start: could not run java (${error.message})`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function once(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

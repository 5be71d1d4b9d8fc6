/**
 * `npm start`: the whole explorer on one port. Finds or starts Neo4j, applies the schema, loads
 * seeds/ into an empty database, and serves GraphQL at /graphql and the web client at /.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { type ApiServer, createApp } from "../api/app.js";
import { type ApiConfig, apiConfig } from "../api/config.js";
import { CypherRunner, loadQueries } from "../api/cypher.js";
import { projectRoot, serverConfig } from "../config.js";
import { type Graph, openGraph } from "../graph/driver.js";
import { migrate } from "../graph/migrate.js";
import { formatSummary, loadProgressBar } from "../graph/progress-bar.js";
import { runEtl } from "../pipeline.js";
import { portOption } from "./options.js";

const SEEDS_DIR = path.join(projectRoot, "seeds");
const SHUTDOWN_GRACE_MS = 30_000;

interface StartOptions {
  port?: number;
  host?: string;
  seed: boolean;
  build: boolean;
}

/** Builds the client and the explorer when their files are missing; the API runs either way. */
async function ensureBuilt(config: ApiConfig): Promise<void> {
  if (existsSync(path.join(config.clientDir, "index.html")) && existsSync(path.join(config.explorerDir, "index.html")))
    return;
  console.log("Building the web client and the GraphQL explorer (npm run build)…");
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
    child.on("error", () => resolve(null));
    child.on("exit", (c) => resolve(c));
  });
  if (code !== 0)
    console.error(
      "warning: `npm run build` failed: GraphQL still works at /graphql; / shows a notice until the client builds.",
    );
}

async function documentCount(graph: Graph): Promise<number> {
  const [row] = await new CypherRunner(graph, loadQueries()).read("stats", {}, Date.now() + 30_000);
  return Number(row?.documents ?? 0);
}

async function seedIfEmpty(graph: Graph): Promise<void> {
  if ((await documentCount(graph)) > 0) return;
  console.log(`The database is empty: loading ${path.relative(process.cwd(), SEEDS_DIR) || SEEDS_DIR}/ …`);
  const bar = loadProgressBar();
  try {
    const { summary } = await runEtl(SEEDS_DIR, { graph, onProgress: (p) => bar.onProgress(p) });
    bar.stop();
    console.log(formatSummary(summary));
  } finally {
    bar.stop();
  }
}

async function start(options: StartOptions): Promise<void> {
  const server = serverConfig();
  const config = apiConfig();
  const port = options.port ?? server.port;
  const host = options.host ?? server.host;

  let graph: Graph | undefined;
  let api: ApiServer | undefined;
  let stopping = false;
  // Stop accepting, let in-flight requests finish, close the driver, stop a Neo4j started here.
  const shutdown = async (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: shutting down…`);
    setTimeout(() => {
      console.error(`still busy after ${SHUTDOWN_GRACE_MS / 1000} s: exiting.`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    try {
      await api?.close();
      await graph?.close();
      console.log("Stopped.");
      process.exit(0);
    } catch (err) {
      console.error(`shutdown: ${(err as Error).message}`);
      process.exit(1);
    }
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  if (options.build) await ensureBuilt(config);
  console.log(
    "Connecting to Neo4j (a local one is started if none is running; the first start downloads it through Maven)…",
  );
  graph = await openGraph();
  let url: string;
  try {
    await migrate(graph);
    if (options.seed) await seedIfEmpty(graph);
    if (stopping) return;
    api = await createApp(graph, config);
    url = await api.listen(port, host);
  } catch (err) {
    // A Neo4j started for this process must not outlive it.
    await api?.close().catch(() => undefined);
    await graph.close().catch(() => undefined);
    throw err;
  }
  console.log(`Narrative Network Explorer: ${url}/`);
  console.log(`GraphQL: ${url}/graphql (explorer in a browser), health: ${url}/health`);
  console.log(
    config.apiToken
      ? "Mutations: enabled (API_TOKEN)."
      : "Mutations: disabled (set API_TOKEN to enable reviewEdge and ingest).",
  );
  if (config.readToken) console.log("Reads need a token (READ_TOKEN).");
}

new Command()
  .name("npm start --")
  .description(
    "Serve the explorer and its GraphQL API, with Neo4j found or started and seeds/ loaded into an empty database",
  )
  .option("--port <port>", "HTTP port (default PORT or 4000; 0 picks a free one)", portOption)
  .option("--host <host>", "interface to listen on (default HOST or 127.0.0.1)")
  .option("--no-seed", "do not load seeds/ into an empty database")
  .option("--no-build", "do not build the client when dist/client is missing")
  .action(start)
  .parseAsync()
  .catch(async (err: Error) => {
    console.error(`start failed: ${err.message}`);
    process.exit(1);
  });

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { testNeo4jConfig } from "../../server/config.js";
import { startLocalNeo4j } from "../../server/neo4j-local/launcher.js";
import { freePort } from "../../server/neo4j-local/ports.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** bolt:// URI of the Neo4j the integration and browser tests use (see test/helpers/neo4j.ts). */
    neo4jTestUri: string;
    /** Neo4j Browser served by that Neo4j, connecting to it (see test/helpers/neo4j.ts). */
    neo4jTestBrowserUrl: string | undefined;
  }
}

interface TestServer {
  uri: string;
  browserUrl: string;
  stop(): Promise<void>;
}

interface Shared {
  server: Promise<TestServer>;
  users: number;
}

// Both the integration and the browser project name this file as globalSetup; they run in one
// process, so the first starts the server and the last to tear down stops it.
const SHARED = Symbol.for("narrative-network-explorer.test-neo4j");
const registry = globalThis as { [SHARED]?: Shared };

/**
 * Gives the tests a Neo4j: NEO4J_TEST_URI if the caller set one, otherwise a fresh server on free
 * ports with a throwaway data folder, started once for the whole run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = registry[SHARED] ? undefined : testNeo4jConfig();
  if (configured?.uri) {
    project.provide("neo4jTestUri", configured.uri);
    project.provide("neo4jTestBrowserUrl", configured.browserUrl);
    return async () => {};
  }

  const shared = (registry[SHARED] ??= { server: startTestNeo4j(), users: 0 });
  shared.users += 1;
  const server = await shared.server;
  project.provide("neo4jTestUri", server.uri);
  project.provide("neo4jTestBrowserUrl", server.browserUrl);
  // Workers inherit the environment, so code that reads the variables directly sees them too.
  process.env.NEO4J_TEST_URI = server.uri;
  process.env.NEO4J_TEST_BROWSER_URL = server.browserUrl;

  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[SHARED];
    delete process.env.NEO4J_TEST_URI;
    delete process.env.NEO4J_TEST_BROWSER_URL;
    await server.stop();
  };
}

async function startTestNeo4j(): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-test-neo4j-"));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({
    boltPort: await freePort(),
    // HTTP serves Neo4j Browser, where a browser test plays the analysts' guide.
    httpPort: await freePort(),
    dataDir,
    log: (message) => console.error(`[test neo4j] ${message}`),
  });
  console.error(`[test neo4j] ready at ${neo4j.uri} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!neo4j.browserUrl) throw new Error("the test Neo4j started without HTTP, so without Neo4j Browser");
  return {
    uri: neo4j.uri,
    browserUrl: neo4j.browserUrl,
    stop: async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A stalled Neo4j (SIGSTOP: the socket stays open, nothing answers) once made /health and every
 * request hang for as long as the stall lasted. Uses a private Neo4j: the shared one is never stopped.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Graph, openGraph } from "../../server/graph/driver.js";
import { migrate } from "../../server/graph/migrate.js";
import { type LocalNeo4j, startLocalNeo4j } from "../../server/neo4j-local/launcher.js";
import { freePort } from "../../server/neo4j-local/ports.js";
import { codes, type RunningApi, startApi } from "./api-harness.js";

const LIMIT_MS = 4_000;
let tmp: string;
let server: LocalNeo4j;
let graph: Graph;
let api: RunningApi;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "nne-attack-stall-"));
  server = await startLocalNeo4j({
    boltPort: await freePort(),
    httpPort: 0,
    dataDir: path.join(tmp, "neo4j"),
    heap: "512m",
    pageCache: "64m",
  });
  graph = await openGraph({ uri: server.uri });
  await migrate(graph);
  api = await startApi(graph, { REQUEST_TIMEOUT_MS: String(LIMIT_MS) });
});
afterAll(async () => {
  if (server) process.kill(server.pid, "SIGCONT");
  await api?.close();
  await graph?.close();
  await server?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

describe("Neo4j stalled (SIGSTOP)", () => {
  it("/health answers 503 and queries NEO4J_UNAVAILABLE within their limit plus 1 s; both recover on SIGCONT", async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    // a cold Neo4j on a busy machine may take longer than the limit for its first plans
    await expect
      .poll(async () => (await api.gql(`{ stats { documents claims } } `)).errors, { timeout: 60_000, interval: 200 })
      .toBeUndefined();
    process.kill(server.pid, "SIGSTOP");
    try {
      const health = await timed(() => fetch(`${api.url}/health`));
      expect(health.value.status).toBe(503);
      expect(health.ms).toBeLessThan(2_000 + 1_000);

      const queries = await Promise.all(
        [
          `{ stats { documents claims } }`,
          `{ claims(first: 5) { totalCount } }`,
          `{ documents(first: 3) { nodes { id } } }`,
        ].map((q) => timed(() => api.gql(q))),
      );
      for (const q of queries) {
        expect(codes(q.value)).toContain("NEO4J_UNAVAILABLE");
        expect(q.ms).toBeLessThan(LIMIT_MS + 1_000);
      }
    } finally {
      process.kill(server.pid, "SIGCONT");
    }
    await expect
      .poll(async () => (await fetch(`${api.url}/health`)).status, { timeout: 30_000, interval: 500 })
      .toBe(200);
    expect((await api.gql(`{ stats { documents } }`)).errors).toBeUndefined();
  });
});

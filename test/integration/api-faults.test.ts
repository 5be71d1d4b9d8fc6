/**
 * The API when Neo4j goes away and comes back (a second, private Neo4j this file starts and
 * stops), and a request that runs out of time cancelling its Cypher transaction.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherRunner } from "../../server/api/cypher.js";
import { type Graph, openGraph } from "../../server/graph/driver.js";
import { migrate } from "../../server/graph/migrate.js";
import { type LocalNeo4j, startLocalNeo4j } from "../../server/neo4j-local/launcher.js";
import { freePort } from "../../server/neo4j-local/ports.js";
import { codes, type RunningApi, startApi } from "./api-harness.js";

describe("API faults", () => {
  let dataDir: string;
  let boltPort: number;
  let neo4j: LocalNeo4j | undefined;
  let graph: Graph;
  let api: RunningApi;

  const start = async () =>
    (neo4j = await startLocalNeo4j({ boltPort, httpPort: 0, dataDir, heap: "512m", pageCache: "64m" }));

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-api-faults-"));
    boltPort = await freePort();
    await start();
    graph = await openGraph({ uri: neo4j!.uri });
    await migrate(graph);
    api = await startApi(graph);
  });

  afterAll(async () => {
    await api?.close();
    await graph?.close();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const health = async () => {
    const response = await fetch(`${api.url}/health`);
    return {
      status: response.status,
      body: (await response.json()) as { status: string; neo4j: string; reason?: string },
    };
  };

  it("reports Neo4j down, answers NEO4J_UNAVAILABLE while it is, and recovers by itself", async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", neo4j: "up" } });
    expect((await api.gql("{ stats { documents } }")).data).toEqual({ stats: { documents: 0 } });

    await neo4j!.stop();
    neo4j = undefined;

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", neo4j: "down" });
    expect(down.body.reason).toMatch(/unreachable/i);

    const started = Date.now();
    const failed = await api.gql("{ stats { documents } claims { totalCount } }");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(codes(failed)).toContain("NEO4J_UNAVAILABLE");
    expect(failed.errors![0].message).toMatch(/graph database is unreachable/);
    expect(JSON.stringify(failed.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);

    await start();
    let recovered = await health();
    for (let i = 0; i < 60 && recovered.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      recovered = await health();
    }
    expect(recovered.status).toBe(200);
    expect((await api.gql("{ stats { documents } }")).data).toEqual({ stats: { documents: 0 } });
  });

  it("cancels a query's transaction when its request runs out of time", async () => {
    const slow = "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";
    const runner = new CypherRunner(graph, new Map([["slow", slow]]));
    const started = Date.now();
    const error: unknown = await runner.read("slow", {}, Date.now() + 500).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { extensions?: { code?: string } } | null)?.extensions?.code).toBe("TIMEOUT");
    expect(Date.now() - started).toBeLessThan(10_000);
    // The server-side transaction is gone, not left running: Neo4j's transaction monitor ends it at its next check (2 s).
    const running = async () =>
      (
        await graph.read(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n",
          { marker: slow.slice(0, 30) },
        )
      )[0]
        .get("n")
        .toNumber();
    await expect.poll(running, { timeout: 5_000, interval: 250 }).toBe(0);
  });
});

/**
 * Cluster readiness, as far as one machine can test it: a `neo4j://` routing URI against the local
 * server (the driver fetches a routing table and sends reads and writes where it says), an explicit
 * database name, and read-your-writes through the shared bookmarks right after a load.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Graph, openGraph } from "../../server/graph/driver.js";
import { loadExtraction } from "../../server/graph/load.js";
import { migrate } from "../../server/graph/migrate.js";
import { testDriver, testNeo4jUri, wipe } from "../helpers/neo4j.js";
import { smallExtraction } from "../unit/graph/fixture.js";

const routingUri = testNeo4jUri().replace(/^bolt:\/\//, "neo4j://");
let graph: Graph;

beforeAll(async () => {
  const driver = testDriver();
  await wipe(driver);
  await driver.close();
  graph = await openGraph({ uri: routingUri, database: "neo4j" });
  await migrate(graph);
});
afterAll(async () => {
  await graph?.driver.close();
});

describe("a neo4j:// routing URI", () => {
  it("gets a routing table that names the server for reads and writes", async () => {
    const { records } = await graph.driver.executeQuery(
      "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers",
      {},
      { database: "system" },
    );
    const servers = records[0].get("servers") as { role: string; addresses: string[] }[];
    const address = new URL(testNeo4jUri()).host;
    for (const role of ["WRITE", "READ", "ROUTE"])
      expect(servers.find((s) => s.role === role)?.addresses, role).toContain(address);
  });

  it("loads through write transactions and reads the load back at once (bookmarks)", async () => {
    const extraction = smallExtraction();
    const summary = await loadExtraction(graph, extraction, { corpus: "/corpora/routing" });
    expect(summary.relationshipsCreated).toBeGreaterThan(0);
    const [row] = await graph.read("MATCH (c:Claim) RETURN count(c) AS claims");
    expect(Number(row.get("claims"))).toBe(extraction.claims.length);
  });

  it("names a database that does not exist in a clear error", async () => {
    await expect(openGraph({ uri: routingUri, database: "no_such_db", connectTimeoutMs: 3_000 })).rejects.toThrow(
      /no_such_db|database/i,
    );
  });
});

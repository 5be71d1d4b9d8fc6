import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type LocalNeo4j, startLocalNeo4j } from "../../server/neo4j-local/launcher.js";
import { freePort } from "../../server/neo4j-local/ports.js";
import { authToken, resolveNeo4j } from "../../server/neo4j-local/resolve.js";
import { testDriver, testNeo4jUri, wipe } from "../helpers/neo4j.js";

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, authToken());
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

// Each JVM start takes seconds on an idle machine but minutes on a loaded 2-core one; these tests
// start several, so they get more room than the project's default test timeout.
const SEVERAL_STARTS = 600_000;

describe("local Neo4j launcher", () => {
  let dataDir: string;
  let running: LocalNeo4j | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-launcher-test-"));
  });

  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    "starts on the requested ports, answers Bolt and serves Neo4j Browser over HTTP",
    async () => {
      const [boltPort, httpPort] = [await freePort(), await freePort()];
      running = await startLocalNeo4j({ boltPort, httpPort, dataDir });

      expect(running.uri).toBe(`bolt://127.0.0.1:${boltPort}`);
      expect(running.version).toMatch(/^5\.26\./);
      const [row] = await query<{ edition: string }>(
        running.uri,
        "CALL dbms.components() YIELD edition RETURN edition",
      );
      expect(row.edition).toBe("community");

      const discovery = await fetch(`${running.httpUrl}/`, { headers: { accept: "application/json" } });
      expect(await discovery.json()).toMatchObject({ bolt_direct: running.uri, neo4j_edition: "community" });
      const browser = await fetch(`${running.httpUrl}/browser/`);
      expect(browser.status).toBe(200);
      expect(await browser.text()).toContain("<title>Neo4j Browser</title>");
    },
    SEVERAL_STARTS,
  );

  it(
    "keeps data across a stop and a start on the same data folder, which one server at a time may use",
    async () => {
      const boltPort = await freePort();
      running = await startLocalNeo4j({ boltPort, httpPort: 0, dataDir });
      const marker = `kept-${Date.now()}`;
      await query(running.uri, "CREATE (:LauncherTest {marker: $marker})", { marker });
      await expect(startLocalNeo4j({ boltPort: await freePort(), httpPort: 0, dataDir })).rejects.toThrow(
        "another Neo4j is using this data folder: stop it, or set NEO4J_DATA_DIR",
      );
      await running.stop();

      running = await startLocalNeo4j({ boltPort, httpPort: 0, dataDir });
      const rows = await query<{ marker: string }>(
        running.uri,
        "MATCH (n:LauncherTest {marker: $marker}) RETURN n.marker AS marker",
        { marker },
      );
      expect(rows).toEqual([{ marker }]);
    },
    SEVERAL_STARTS,
  );

  it("refuses a Bolt port that is taken, naming the port and the variables to change", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startLocalNeo4j({ boltPort: port, httpPort: 0, dataDir })).rejects.toThrow(
        `port ${port} is in use: set NEO4J_BOLT_PORT or NEO4J_URI`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe("resolveNeo4j", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("uses NEO4J_URI as given and starts nothing", async () => {
    vi.stubEnv("NEO4J_URI", "bolt://db.example:7687");
    vi.stubEnv("NEO4J_USER", "reader");
    vi.stubEnv("NEO4J_PASSWORD", "secret");
    vi.stubEnv("NEO4J_DATABASE", "news");

    await expect(resolveNeo4j()).resolves.toEqual({
      uri: "bolt://db.example:7687",
      user: "reader",
      password: "secret",
      database: "news",
      startedHere: false,
    });
  });

  it("reuses a Neo4j already answering on the local Bolt port", async () => {
    const port = new URL(testNeo4jUri()).port;
    vi.stubEnv("NEO4J_URI", "");
    vi.stubEnv("NEO4J_BOLT_PORT", port);

    const resolved = await resolveNeo4j();
    expect(resolved).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, startedHere: false });
    expect(resolved.stop).toBeUndefined();
  });

  it("explains when the local Bolt port is held by something that is not Neo4j", async () => {
    const blocker = net.createServer((socket) => {
      socket.resume(); // read the client's bytes, or the socket never sees the client close and close() below hangs
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    });
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    vi.stubEnv("NEO4J_URI", "");
    vi.stubEnv("NEO4J_BOLT_PORT", String(port));
    try {
      await expect(resolveNeo4j()).rejects.toThrow(`port ${port} is in use, but not by a Neo4j that answers Bolt`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe("test helpers", () => {
  it("wipe deletes every node and relationship but keeps constraints", async () => {
    const driver = testDriver();
    try {
      await driver.executeQuery(
        "CREATE CONSTRAINT wipe_test_key IF NOT EXISTS FOR (n:WipeTest) REQUIRE n.key IS UNIQUE",
      );
      await driver.executeQuery(
        "UNWIND range(1, 6000) AS i CREATE (:WipeTest {key: i})-[:NEXT]->(:WipeTest {key: -i})",
      );

      await wipe(driver);

      const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes");
      expect(records[0].get("nodes").toNumber()).toBe(0);
      const constraints = await driver.executeQuery(
        "SHOW CONSTRAINTS YIELD name WHERE name = 'wipe_test_key' RETURN name",
      );
      expect(constraints.records).toHaveLength(1);
    } finally {
      await driver.executeQuery("DROP CONSTRAINT wipe_test_key IF EXISTS");
      await driver.close();
    }
  });
});

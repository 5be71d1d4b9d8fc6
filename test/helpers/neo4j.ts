import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { testNeo4jConfig } from "../../server/config.js";
import { type Graph, graphOf } from "../../server/graph/driver.js";
import { authToken } from "../../server/neo4j-local/resolve.js";

/** The Neo4j that test/setup/neo4j.ts provided for this run. */
export function testNeo4jUri(): string {
  const uri = inject("neo4jTestUri") ?? testNeo4jConfig().uri;
  if (!uri) {
    throw new Error(
      "No test Neo4j: run this file through a vitest project with globalSetup test/setup/neo4j.ts, or set NEO4J_TEST_URI",
    );
  }
  return uri;
}

/** Neo4j Browser as the test Neo4j serves it, set to connect to that Neo4j. */
export function testNeo4jBrowserUrl(): string {
  const url = inject("neo4jTestBrowserUrl") ?? testNeo4jConfig().browserUrl;
  if (!url) {
    throw new Error(
      `No Neo4j Browser for the test Neo4j at ${testNeo4jUri()}: set NEO4J_TEST_BROWSER_URL to its /browser/ address, or unset NEO4J_TEST_URI so the run starts a Neo4j that serves it`,
    );
  }
  return url;
}

/** A driver on the test Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  const { user, password } = testNeo4jConfig();
  return neo4j.driver(testNeo4jUri(), authToken(user, password));
}

/** The test Neo4j, wiped; graph.driver is its driver. Close it in afterAll. */
export async function emptyTestGraph(): Promise<Graph> {
  const driver = testDriver();
  await wipe(driver);
  return graphOf(driver);
}

/**
 * Deletes every node and relationship, in batches so a large graph does not need one huge
 * transaction. Constraints and indexes stay: they belong to the schema, not the data.
 */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS only runs in an auto-commit transaction, hence session.run.
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

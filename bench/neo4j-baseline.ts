/**
 * What the Neo4j under test does with the simplest possible work, measured in the same run as the
 * real stages: creating bare relationships in large batches, and a query that reads nothing. The
 * load and API figures are reported as a share of these, which says how far from the floor they are
 * whatever the machine.
 */
import neo4j from "neo4j-driver";

export interface Neo4jBaselines {
  /** Bare relationships (with their two nodes) created per second, 10 000 per transaction. */
  rawRelPerSecond: number;
  /** Round trip of RETURN 1 through the driver, in ms. */
  trivialQueryP50Ms: number;
  trivialQueryP95Ms: number;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function neo4jBaselines(uri: string, relationships = 200_000): Promise<Neo4jBaselines> {
  const driver = neo4j.driver(uri);
  try {
    const batch = 10_000;
    const started = process.hrtime.bigint();
    for (let done = 0; done < relationships; done += batch) {
      await driver.executeQuery(
        "UNWIND range($from, $to) AS i CREATE (:BenchBaseline {i: i})-[:BENCH_BASELINE]->(:BenchBaseline {i: i})",
        { from: done, to: done + batch - 1 },
      );
    }
    const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    // CALL … IN TRANSACTIONS only runs in an auto-commit transaction
    const session = driver.session();
    await session
      .run("MATCH (n:BenchBaseline) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
      .finally(() => session.close());

    const latencies: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = process.hrtime.bigint();
      await driver.executeQuery("RETURN 1 AS one");
      if (i >= 50) latencies.push(Number(process.hrtime.bigint() - t) / 1e6); // the first calls warm the pool and the planner
    }
    return {
      rawRelPerSecond: relationships / writeSeconds,
      trivialQueryP50Ms: percentile(latencies, 50),
      trivialQueryP95Ms: percentile(latencies, 95),
    };
  } finally {
    await driver.close();
  }
}

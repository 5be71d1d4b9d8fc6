/** The graph as comparable text, for "this load gives the same graph as that one" in the graph tests. */
import neo4j from "neo4j-driver";
import type { Graph } from "../../server/graph/driver.js";

/** Labels whose nodes record the process (runs, schema), not the data: left out of snapshots. */
const BOOKKEEPING = ["EtlRun", "Migration"];

const plain = (value: unknown): unknown => {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (neo4j.isDateTime(value) || neo4j.isDate(value)) return `${value.constructor.name}:${value.toString()}`;
  if (Array.isArray(value)) return value.map(plain);
  return value;
};

const props = (p: Record<string, unknown>) =>
  JSON.stringify(
    Object.fromEntries(
      Object.keys(p)
        .sort()
        .map((k) => [k, plain(p[k])]),
    ),
  );

export interface Snapshot {
  nodes: string[];
  relationships: string[];
}

/** Every data node (labels, properties) and relationship (type, ends by id, properties), sorted. */
export async function snapshot(graph: Graph, ignore: string[] = []): Promise<Snapshot> {
  const skip = [...BOOKKEEPING, ...ignore];
  const nodes = await graph.read(
    "MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, properties(n) AS p",
    { skip },
  );
  const rels = await graph.read(
    `MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p`,
    { skip },
  );
  return {
    nodes: nodes.map((r) => `${(r.get("labels") as string[]).sort().join(":")} ${props(r.get("p"))}`).sort(),
    relationships: rels.map((r) => `${r.get("from")} -${r.get("type")}-> ${r.get("to")} ${props(r.get("p"))}`).sort(),
  };
}

export async function counts(graph: Graph): Promise<Record<string, number>> {
  const records = await graph.read(
    `CALL () { MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS c
               UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c }
     RETURN k, c ORDER BY k`,
  );
  return Object.fromEntries(records.map((r) => [r.get("k"), neo4j.integer.toNumber(r.get("c"))]));
}

/** Deletes all data but the reviews (analysts' work survives a rebuild), keeping the schema. */
export async function wipeExceptReviews(graph: Graph): Promise<void> {
  await graph.run("MATCH (n) WHERE NOT n:Review CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
}

/** Compares two snapshots and, when they differ, fails with the first differing lines only (a graph is too big to print). */
export function expectSameGraph(actual: Snapshot, expected: Snapshot): void {
  const diff = (a: string[], b: string[]) => {
    const inB = new Set(b);
    return a
      .filter((x) => !inB.has(x))
      .slice(0, 5)
      .map((x) => x.slice(0, 400));
  };
  const problems = {
    nodeCounts: [actual.nodes.length, expected.nodes.length],
    relationshipCounts: [actual.relationships.length, expected.relationships.length],
    onlyInActual: [...diff(actual.nodes, expected.nodes), ...diff(actual.relationships, expected.relationships)],
    onlyInExpected: [...diff(expected.nodes, actual.nodes), ...diff(expected.relationships, actual.relationships)],
  };
  if (
    problems.onlyInActual.length ||
    problems.onlyInExpected.length ||
    actual.nodes.length !== expected.nodes.length ||
    actual.relationships.length !== expected.relationships.length
  ) {
    throw new Error(`the graphs differ: ${JSON.stringify(problems, null, 1)}`);
  }
}

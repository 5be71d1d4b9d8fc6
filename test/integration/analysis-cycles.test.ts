/**
 * circular-sourcing on a graph built for it: a ring of eight outlets, each citing the next, so the
 * only cycle is eight citations long, and an outlet citing the ring from outside. The query reads
 * the per-source summaries the load writes (SOURCE_LINK), refreshed here as the load does.
 */
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnalysisQuery, loadLibrary } from "../../server/analysis/query-library.js";
import type { Graph } from "../../server/graph/driver.js";
import { refreshSourceSummaries } from "../../server/graph/maintenance.js";
import { migrate } from "../../server/graph/migrate.js";
import { emptyTestGraph } from "../helpers/neo4j.js";
import { type Analyst, analyst } from "./analysis-graph.js";

let graph: Graph;
let library: AnalysisQuery[];
let ask: Analyst["ask"];

const RING = 8;
const ring = Array.from({ length: RING }, (_, i) => `Ring Outlet ${i}`);

beforeAll(async () => {
  graph = await emptyTestGraph();
  await migrate(graph);
  // Outlet i publishes one document a day citing outlet i + 1; the last cites the first. Outlet 0
  // also speaks through its spokesman, whom outlet 7's second document cites beside outlet 0 itself:
  // one document, one citation of outlet 0. The Outsider cites outlet 3 and is cited by nobody.
  await graph.write(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Source {id: 'src-ring-' + i, name: 'Ring Outlet ' + i})`,
    { n: neo4j.int(RING) },
  );
  await graph.write(
    `UNWIND range(0, $n - 1) AS i
     MATCH (s:Source {id: 'src-ring-' + i}), (t:Source {id: 'src-ring-' + ((i + 1) % $n)})
     CREATE (d:Document {id: 'doc-ring-' + i, publishedAt: datetime('2024-05-01T12:00:00Z') + duration({days: i})})
     CREATE (d)-[:PUBLISHED_BY]->(s), (d)-[:CITES {kind: 'attribution'}]->(t)`,
    { n: neo4j.int(RING) },
  );
  await graph.write(
    `MATCH (s0:Source {id: 'src-ring-0'}), (s7:Source {id: 'src-ring-7'}), (s3:Source {id: 'src-ring-3'})
     CREATE (a:Actor {id: 'act-ring-spokesman', name: 'Ring spokesman'})-[:PUBLISHES_AS]->(s0)
     CREATE (d:Document {id: 'doc-ring-7b', publishedAt: datetime('2024-05-20T12:00:00Z')})
     CREATE (d)-[:PUBLISHED_BY]->(s7), (d)-[:CITES {kind: 'attribution'}]->(s0), (d)-[:CITES {kind: 'attribution'}]->(a)
     CREATE (o:Source {id: 'src-outsider', name: 'Outsider'})
     CREATE (e:Document {id: 'doc-outsider', publishedAt: datetime('2024-05-02T12:00:00Z')})
     CREATE (e)-[:PUBLISHED_BY]->(o), (e)-[:CITES {kind: 'attribution'}]->(s3)`,
  );
  await refreshSourceSummaries(graph);
  library = await loadLibrary();
  ({ ask } = analyst(graph, library));
});

afterAll(async () => {
  await graph?.close();
});

describe("circular-sourcing", () => {
  it("finds a citation cycle however long, and counts a document once per cited outlet", async () => {
    const rows = await ask("circular-sourcing");
    expect(rows).toHaveLength(1);
    expect((rows[0].outlets as string[]).sort()).toEqual([...ring].sort());
    // eight ring citations, and outlet 7's second document citing outlet 0 and its spokesman: one more
    expect(rows[0]).toMatchObject({ size: RING, internal: RING + 1, external: 0, closure: 1 });
    expect(rows[0].citations).toContain("Ring Outlet 7 → Ring Outlet 0 (2)");
  });

  it("counts only the documents of the window", async () => {
    // From 3 May on, outlets 0 and 1 no longer cite: the ring is broken.
    expect(await ask("circular-sourcing", { since: "2024-05-03T00:00:00Z" })).toEqual([]);
    // Until 20 May, outlet 7's second document is left out.
    const [before] = await ask("circular-sourcing", { until: "2024-05-20T00:00:00Z" });
    expect(before).toMatchObject({ size: RING, internal: RING });
    expect(before.citations).toContain("Ring Outlet 7 → Ring Outlet 0 (1)");
  });
});

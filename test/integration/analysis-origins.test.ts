/**
 * independence on a graph built for it: eight outlets tied in a chain, each document relaying the
 * speaker of the one before, so they are one origin only through seven links in a row, and two
 * outlets with speakers of their own. The grouping has to follow the whole chain, whatever the
 * order the documents are read in.
 */
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnalysisQuery, loadLibrary } from "../../server/analysis/query-library.js";
import type { Graph } from "../../server/graph/driver.js";
import { migrate } from "../../server/graph/migrate.js";
import { emptyTestGraph } from "../helpers/neo4j.js";
import { type Analyst, analyst } from "./analysis-graph.js";

let graph: Graph;
let library: AnalysisQuery[];
let ask: Analyst["ask"];

const CHAIN = 8;
const chain = Array.from({ length: CHAIN }, (_, i) => `Chain Outlet ${i}`);

beforeAll(async () => {
  graph = await emptyTestGraph();
  await migrate(graph);
  await graph.write("CREATE (:Claim {id: 'clm-chain', text: 'the dam was opened on purpose'})");
  // Outlet i publishes on day i a document asserting the claim, said by its own speaker i and, from
  // the second on, relayed by speaker i - 1: each document is tied only to the one before.
  await graph.write(
    `UNWIND range(0, $n - 1) AS i
     MATCH (c:Claim {id: 'clm-chain'})
     CREATE (s:Source {id: 'src-chain-' + i, name: 'Chain Outlet ' + i})
     CREATE (a:Actor {id: 'act-chain-' + i, name: 'Chain speaker ' + i})
     CREATE (d:Document {id: 'doc-chain-' + i, publishedAt: datetime('2024-06-01T12:00:00Z') + duration({days: i})})
     CREATE (d)-[:PUBLISHED_BY]->(s)
     CREATE (d)-[:HAS_MENTION]->(m:Mention {id: 'men-chain-' + i, stance: 'asserted', start: 0, end: 10})-[:OF]->(c)
     CREATE (m)-[:BY]->(a)`,
    { n: neo4j.int(CHAIN) },
  );
  await graph.write(
    `UNWIND range(1, $n - 1) AS i
     MATCH (m:Mention {id: 'men-chain-' + i}), (before:Actor {id: 'act-chain-' + (i - 1)})
     CREATE (m)-[:VIA {position: 0}]->(before)`,
    { n: neo4j.int(CHAIN) },
  );
  // Outlet 3 asserts it a second time, through a voice nobody else names: its publisher ties it in.
  // Two outlets, later, have speakers of their own: two more origins.
  await graph.write(
    `MATCH (c:Claim {id: 'clm-chain'}), (s3:Source {id: 'src-chain-3'})
     CREATE (d:Document {id: 'doc-chain-3b', publishedAt: datetime('2024-06-20T12:00:00Z')})-[:PUBLISHED_BY]->(s3)
     CREATE (d)-[:HAS_MENTION]->(:Mention {id: 'men-chain-3b', stance: 'asserted', start: 0, end: 10})-[:OF]->(c)
     WITH c
     UNWIND [['A', 10], ['B', 11]] AS solo
     CREATE (s:Source {id: 'src-solo-' + solo[0], name: 'Solo Outlet ' + solo[0]})
     CREATE (a:Actor {id: 'act-solo-' + solo[0], name: 'Solo speaker ' + solo[0]})
     CREATE (d:Document {id: 'doc-solo-' + solo[0], publishedAt: datetime('2024-06-01T12:00:00Z') + duration({days: solo[1]})})
     CREATE (d)-[:PUBLISHED_BY]->(s)
     CREATE (d)-[:HAS_MENTION]->(m:Mention {id: 'men-solo-' + solo[0], stance: 'asserted', start: 0, end: 10})-[:OF]->(c)
     CREATE (m)-[:BY]->(a)`,
  );
  library = await loadLibrary();
  ({ ask } = analyst(graph, library));
});

afterAll(async () => {
  await graph?.close();
});

describe("independence", () => {
  it("follows a chain of relays to one origin, and keeps speakers of their own apart", async () => {
    const rows = await ask("independence", { claim: "clm-chain" });
    expect(rows.map((r) => [r.independentOrigins, r.firstOutlet, r.documents, r.origin])).toEqual([
      [3, "Chain Outlet 0", CHAIN + 1, "Chain speaker 0"],
      [3, "Solo Outlet A", 1, "Solo speaker A"],
      [3, "Solo Outlet B", 1, "Solo speaker B"],
    ]);
    expect(rows[0].outlets).toEqual(chain);
    expect(rows[0].circular).toBe(false);
  });
});

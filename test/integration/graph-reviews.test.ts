import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withProvenance } from "../../server/extract/provenance.js";
import type { Extraction } from "../../server/extract/types.js";
import { type Graph, graphOf } from "../../server/graph/driver.js";
import { loadExtraction } from "../../server/graph/load.js";
import { scopedId } from "../../server/graph/load-plan.js";
import { migrate } from "../../server/graph/migrate.js";
import { ReviewError, reviewEdge } from "../../server/graph/reviews.js";
import { testDriver, wipe } from "../helpers/neo4j.js";
import { smallExtraction } from "../unit/graph/fixture.js";
import { expectSameGraph, snapshot, wipeExceptReviews } from "./graph-snapshot.js";

let driver: Driver;
let graph: Graph;
// An extraction edited by a test has its provenance (reports, reprints) decided again, as extraction would.
const load = (e: Extraction = smallExtraction()) => loadExtraction(graph, withProvenance(e), { corpus: "reviews" });
const num = (v: unknown) => neo4j.integer.toNumber(v as number);
/** The graph id of an extraction's mention, document or claim in the corpus these tests load. */
const g = (id: string) => scopedId("reviews", id);

/** The first-class edge with this id: who, what, and its review marks. */
async function edge(id: string) {
  const [r] = await graph.read(
    "MATCH (a:Actor)-[e:ASSERTED|DENIED {id: $id}]->(c:Claim) RETURN a.id AS actor, type(e) AS type, e.confidence AS confidence, e.reviewed AS reviewed, e.document AS document",
    { id },
  );
  return r?.toObject() ?? null;
}
const mention = async (id: string) =>
  (
    await graph.read(
      "MATCH (m:Mention {id: $id})-[:BY]->(a) RETURN m.reviewed AS reviewed, m.actor AS extracted, a.id AS speaker",
      { id },
    )
  )[0]?.toObject();
const claimCounts = async (id: string) => {
  const [r] = await graph.read("MATCH (c:Claim {id: $id}) RETURN c.asserted AS a, c.denied AS d", { id });
  return { asserted: num(r.get("a")), denied: num(r.get("d")) };
};

beforeAll(async () => {
  driver = testDriver();
  graph = graphOf(driver);
  await wipe(driver);
  await migrate(graph);
  await load();
});
afterAll(async () => {
  await driver.close();
});

describe("reviewEdge", () => {
  it("confirms an edge: confidence 1, marked confirmed", async () => {
    const review = await reviewEdge(graph, {
      edge: g("men-1"),
      decision: "confirm",
      by: "analyst",
      note: "checked the readout",
    });
    expect(review).toMatchObject({ edge: g("men-1"), decision: "confirm", by: "analyst", note: "checked the readout" });
    expect(await edge(g("men-1"))).toMatchObject({
      actor: "act-putin",
      type: "ASSERTED",
      confidence: 1,
      reviewed: "confirmed",
      document: g("doc-wire"),
    });
  });

  it("rejects an edge: the first-class edge goes, the mention stays marked, the claim's counts follow", async () => {
    expect(await claimCounts(g("clm-talks"))).toEqual({ asserted: 4, denied: 0 });
    await reviewEdge(graph, { edge: g("men-2"), decision: "reject" });
    expect(await edge(g("men-2"))).toBeNull();
    expect(await mention(g("men-2"))).toEqual({ reviewed: "rejected", extracted: "act-putin", speaker: "act-putin" });
    expect(await claimCounts(g("clm-talks"))).toEqual({ asserted: 3, denied: 0 });
  });

  it("re-attributes an edge: it moves to the named actor, with the mention's speaker", async () => {
    await reviewEdge(graph, { edge: g("men-5"), decision: "reattribute", actor: "act-putin" });
    expect(await edge(g("men-5"))).toMatchObject({
      actor: "act-putin",
      type: "DENIED",
      reviewed: "reattributed",
      confidence: 1,
    });
    expect(await mention(g("men-5"))).toEqual({
      reviewed: "reattributed",
      extracted: "act-biden",
      speaker: "act-putin",
    });
  });

  it("takes the latest decision on an edge", async () => {
    await reviewEdge(graph, { edge: g("men-4"), decision: "reject" });
    await reviewEdge(graph, { edge: g("men-4"), decision: "confirm" });
    expect(await edge(g("men-4"))).toMatchObject({ actor: "act-putin", reviewed: "confirmed", confidence: 1 });
  });

  it("keeps one current review per edge and reviewer: the same decision again adds nothing, a new one keeps the old in its history", async () => {
    const first = await reviewEdge(graph, { edge: g("men-3"), decision: "confirm", note: "ok" });
    for (let i = 0; i < 5; i++)
      expect((await reviewEdge(graph, { edge: g("men-3"), decision: "confirm", note: "ok" })).id).toBe(first.id);
    const changed = await reviewEdge(graph, { edge: g("men-3"), decision: "reject" });
    expect(changed.id).not.toBe(first.id);
    const stored = await graph.read("MATCH (r:Review {edge: $edge}) RETURN r.id AS id, r.history AS history", {
      edge: g("men-3"),
    });
    expect(stored).toHaveLength(1);
    expect(stored[0].get("history")).toEqual([expect.stringMatching(new RegExp(`^${first.id} confirm `))]);
    expect(await edge(g("men-3"))).toBeNull();
  });

  it("refuses what it cannot do, saying why", async () => {
    await expect(reviewEdge(graph, { edge: "men-nope", decision: "confirm" })).rejects.toThrow(
      new ReviewError("no extracted edge with id men-nope"),
    );
    await expect(reviewEdge(graph, { edge: g("men-1"), decision: "reattribute", actor: "act-nobody" })).rejects.toThrow(
      ReviewError,
    );
    await expect(reviewEdge(graph, { edge: g("men-1"), decision: "reattribute" })).rejects.toThrow(ReviewError);
  });
});

describe("reviews and the ETL", () => {
  it("survive a re-run, a rewrite of the reviewed document, and a rebuild from scratch", async () => {
    const reviewed = await snapshot(graph);
    const again = await load();
    expect(again.reviews).toEqual({ applied: 0, unapplied: 0 });
    expectSameGraph(await snapshot(graph), reviewed);

    // The paper's file changed but its mentions did not: it is rewritten and its reviews re-applied.
    const touched = smallExtraction();
    touched.documents[1].contentHash = "h2-edited";
    const rewrite = await load(touched);
    expect(rewrite.documents.changed).toBe(1);
    expect(rewrite.reviews.applied).toBe(2);
    expect(await edge(g("men-2"))).toBeNull();
    expect(await edge(g("men-5"))).toMatchObject({ actor: "act-putin", reviewed: "reattributed" });
    const afterRewrite = await snapshot(graph);

    await wipeExceptReviews(graph);
    const rebuilt = await load(touched);
    expect(rebuilt.reviews.applied).toBe(5); // one per reviewed edge: men-1 to men-5
    expectSameGraph(await snapshot(graph), afterRewrite);
  });

  it("reports a review whose edge no longer exists, and applies it again if the edge comes back", async () => {
    const without = smallExtraction();
    without.claims[0].mentions = without.claims[0].mentions.filter((m) => m.id !== "men-1");
    const summary = await load(without);
    expect(summary.reviews.unapplied).toBe(1);
    expect(await graph.read("MATCH (r:Review {edge: $edge}) RETURN r", { edge: g("men-1") })).toHaveLength(1);

    const back = await load(smallExtraction());
    expect(back.reviews.unapplied).toBe(0);
    expect(await edge(g("men-1"))).toMatchObject({ reviewed: "confirmed", confidence: 1 });
  });
});

describe("a database loaded before graph ids included the corpus", () => {
  it("keeps its reviews: the next load moves each to its edge's new id and applies it there", async () => {
    const corpus = "/corpora/before-scoping";
    await loadExtraction(graph, smallExtraction(), { corpus });
    // The graph as the earlier load left it: documents and mentions (edges too) under the extraction's ids.
    const unscoped = (id: string) => ({ from: scopedId(corpus, id), to: id });
    const e = smallExtraction();
    await graph.write(
      `UNWIND $docs AS d MATCH (n:Document {id: d.from}) SET n.id = d.to
       WITH count(*) AS _ UNWIND $mentions AS m MATCH (n:Mention {id: m.from}) SET n.id = m.to
       WITH count(*) AS _ UNWIND $mentions AS m MATCH ()-[r:ASSERTED|DENIED {id: m.from}]->() SET r.id = m.to`,
      {
        docs: e.documents.map((d) => unscoped(d.id)),
        mentions: e.claims.flatMap((c) => c.mentions.map((m) => unscoped(m.id))),
      },
    );
    await reviewEdge(graph, { edge: "men-1", decision: "reject", by: "before-upgrade" });
    expect(await edge("men-1")).toBeNull();

    const rerun = await loadExtraction(graph, smallExtraction(), { corpus });
    expect(rerun.documents).toMatchObject({ added: 4, removed: 4 });
    expect(await graph.read("MATCH (n:Mention {id: 'men-1'}) RETURN n")).toEqual([]);
    const moved = await graph.read("MATCH (r:Review {by: 'before-upgrade'}) RETURN r.edge AS edge");
    expect(moved.map((r) => r.get("edge"))).toEqual([scopedId(corpus, "men-1")]);
    expect(await mention(scopedId(corpus, "men-1"))).toMatchObject({ reviewed: "rejected" });
    expect(await edge(scopedId(corpus, "men-1"))).toBeNull();
    // The corpus loaded since is untouched: its review of its own men-1 stays on its id.
    expect(await edge(g("men-1"))).toMatchObject({ reviewed: "confirmed" });
  });
});

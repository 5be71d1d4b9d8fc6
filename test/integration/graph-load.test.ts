import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticExtraction } from "../../bench/synthetic-extraction.js";
import { withProvenance } from "../../server/extract/provenance.js";
import type { Extraction } from "../../server/extract/types.js";
import { type Graph, graphOf } from "../../server/graph/driver.js";
import { loadExtraction } from "../../server/graph/load.js";
import { scopedId } from "../../server/graph/load-plan.js";
import { migrate } from "../../server/graph/migrate.js";
import { testDriver, wipe } from "../helpers/neo4j.js";
import { smallExtraction } from "../unit/graph/fixture.js";
import { counts, expectSameGraph, snapshot } from "./graph-snapshot.js";

let driver: Driver;
let graph: Graph;
const CORPUS = "/corpora/small";
// An extraction edited by a test has its provenance (reports, reprints) decided again, as extraction would.
const load = (e: Extraction, corpus = CORPUS) => loadExtraction(graph, withProvenance(e), { corpus });
const num = (v: unknown) => neo4j.integer.toNumber(v as number);
/** The graph id of an extraction's document, mention, claim or report in CORPUS. */
const g = (id: string) => scopedId(CORPUS, id);

beforeAll(async () => {
  driver = testDriver();
  graph = graphOf(driver);
  await wipe(driver);
});
afterAll(async () => {
  await driver.close();
});

describe("migrations", () => {
  it("apply each schema file once and record its version", async () => {
    const first = await migrate(graph);
    expect(first.applied.length).toBeGreaterThanOrEqual(3);
    const second = await migrate(graph);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);
    const versions = await graph.read(
      "MATCH (m:Migration) RETURN m.version AS v, m.name AS name, m.appliedAt AS at ORDER BY v",
    );
    expect(versions.map((r) => num(r.get("v")))).toEqual(first.applied.map((f) => Number(f.slice(0, 3))));
    expect(versions.every((r) => neo4j.isDateTime(r.get("at")))).toBe(true);
  });

  it("create the uniqueness constraints and the full-text indexes the API searches", async () => {
    const constraints = await graph.read(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties WHERE properties = ['id'] RETURN labelsOrTypes[0] AS label",
    );
    expect(constraints.map((r) => r.get("label")).sort()).toEqual([
      "Actor",
      "Claim",
      "Document",
      "EtlRun",
      "Mention",
      "Review",
      "Source",
    ]);
    const fulltext = await graph.read("SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state");
    expect(Object.fromEntries(fulltext.map((r) => [r.get("name"), r.get("state")]))).toMatchObject({
      claimSearch: "ONLINE",
      evidenceSearch: "ONLINE",
    });
  });
});

describe("loadExtraction", () => {
  it("writes the model: documents, mentions as evidence hubs, first-class edges with offsets and times", async () => {
    const summary = await load(smallExtraction());
    expect(summary.documents).toEqual({ total: 4, added: 4, changed: 0, removed: 0, unchanged: 0 });
    expect(summary.mentions).toBe(6);
    expect(summary.issues).toEqual([]);

    expect(await counts(graph)).toMatchObject({
      Document: 4,
      Mention: 6,
      Claim: 2,
      Source: 3,
      Actor: 3,
      EtlRun: 1,
      HAS_MENTION: 6,
      OF: 6,
      BY: 6,
      ASSERTED: 5,
      DENIED: 1,
      VIA: 3,
      REPORTED_BY: 4,
      PUBLISHED_BY: 3,
      PUBLISHES_AS: 1,
      CITES: 3,
      REPRINTS: 1,
    });

    const [edge] = await graph.read("MATCH (a:Actor)-[r:DENIED]->(c:Claim) RETURN a.id AS actor, c.id AS claim, r");
    const r = edge.get("r").properties;
    expect(edge.get("actor")).toBe("act-biden");
    expect(r).toMatchObject({
      id: g("men-5"),
      document: g("doc-paper"),
      evidence: "0123456789",
      via: ["act-kremlin", "src-wire"],
      extractorVersion: "test-1",
      cue: "said",
      confidence: 0.8,
    });
    expect(neo4j.isInt(r.start) && num(r.start)).toBe(80);
    expect(num(r.end)).toBe(90);
    expect(neo4j.isDateTime(r.at)).toBe(true);
    expect(r.at.toString()).toBe("2021-12-31T08:00:00+03:00");

    const [hub] = await graph.read(
      `MATCH (d:Document)-[:HAS_MENTION]->(m:Mention {id: $id})-[:OF]->(c:Claim), (m)-[:BY]->(a:Actor)
       RETURN d.id AS doc, c.id AS claim, a.id AS actor, m.stance AS stance, m.rule AS rule, [(m)-[v:VIA]->(x) | [v.position, x.id]] AS via`,
      { id: g("men-5") },
    );
    expect(hub.toObject()).toMatchObject({
      doc: g("doc-paper"),
      claim: g("clm-sanctions"),
      actor: "act-biden",
      stance: "denied",
      rule: "speaker-verb-content",
    });
    expect((hub.get("via") as [unknown, string][]).map(([p, id]) => [num(p), id]).sort()).toEqual([
      [0, "act-kremlin"],
      [1, "src-wire"],
    ]);

    const [doc] = await graph.read(
      "MATCH (d:Document {id: $id})-[:PUBLISHED_BY]->(s:Source) RETURN d, s.id AS source",
      { id: g("doc-wire") },
    );
    expect(doc.get("source")).toBe("src-wire");
    expect(doc.get("d").properties).toMatchObject({
      file: "a/wire.txt",
      corpus: CORPUS,
      text: smallExtraction().documents[0].text,
      contentHash: "h1",
    });
    expect(doc.get("d").properties.publishedAt.toString()).toBe("2021-12-30T00:00:00Z");

    const outlet = await graph.read(
      "MATCH (a:Actor)-[:PUBLISHES_AS]->(s:Source) RETURN a.id AS a, s.id AS s, [(a)-[:ASSERTED]->(c) | c.id] AS claims",
    );
    expect(outlet.map((x) => x.toObject())).toEqual([{ a: "act-kremlin", s: "src-kremlin", claims: [g("clm-talks")] }]);

    const reported = await graph.read(
      "MATCH (c:Claim {id: $id})-[r:REPORTED_BY]->(s:Source) RETURN s.id AS s, r.document AS d, r.mention AS m ORDER BY s",
      { id: g("clm-talks") },
    );
    expect(reported.map((x) => x.toObject())).toEqual([
      { s: "src-kremlin", d: g("doc-kremlin"), m: g("men-3") },
      { s: "src-paper", d: g("doc-paper"), m: g("men-2") },
      { s: "src-wire", d: g("doc-wire"), m: g("men-1") },
    ]);
    const cites = await graph.read(
      "MATCH (:Document {id: $id})-[c:CITES]->(x) RETURN x.id AS x, c.kind AS kind ORDER BY x",
      { id: g("doc-paper") },
    );
    expect(cites.map((x) => x.toObject())).toEqual([
      { x: "act-putin", kind: "attribution" },
      { x: "src-wire", kind: "reprint" },
    ]);
    expect((await graph.read("MATCH (a)-[:REPRINTS]->(b) RETURN a.id AS a, b.id AS b"))[0].toObject()).toEqual({
      a: g("doc-paper"),
      b: g("doc-wire"),
    });

    const [claim] = await graph.read("MATCH (c:Claim {id: $id}) RETURN c", { id: g("clm-talks") });
    const c = claim.get("c").properties;
    expect({
      outlets: num(c.outlets),
      asserted: num(c.asserted),
      denied: num(c.denied),
      documents: num(c.documents),
      mentions: num(c.mentions),
    }).toEqual({
      outlets: 3,
      asserted: 4,
      denied: 0,
      documents: 3,
      mentions: 4,
    });
    expect(c.firstSeen.toString()).toBe("2021-12-30T00:00:00Z");

    const [run] = await graph.read("MATCH (r:EtlRun) RETURN r");
    expect(run.get("r").properties).toMatchObject({
      corpus: CORPUS,
      status: "completed",
      extractorVersion: "test-1",
      errors: [],
      warnings: [],
    });
    expect(num(run.get("r").properties.added)).toBe(4);
    expect(neo4j.isDateTime(run.get("r").properties.endedAt)).toBe(true);
  });

  it("gives the identical graph when the same extraction is loaded again, writing nothing", async () => {
    const before = await snapshot(graph);
    const summary = await load(smallExtraction());
    expect(summary.documents).toEqual({ total: 4, added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(summary.relationshipsCreated).toBe(0);
    expect(summary.nodesCreated).toBe(0);
    expectSameGraph(await snapshot(graph), before);
  });

  it("rewrites a changed document, adds a new one, removes a deleted one, and touches nothing else", async () => {
    const kremlinMentions = () =>
      graph.read("MATCH (:Document {id: $id})-[:HAS_MENTION]->(m) RETURN elementId(m) AS e", {
        id: g("doc-kremlin"),
      });
    const untouched = await kremlinMentions();
    const next = smallExtraction();
    next.documents = next.documents.filter((d) => d.id !== "doc-anon");
    next.claims[1].mentions = next.claims[1].mentions.filter((m) => m.document !== "doc-anon");
    next.claims[0].mentions[3] = { ...next.claims[0].mentions[3], id: "men-4b", start: 70, end: 80 };
    next.documents.push({
      id: "doc-new",
      file: "e/new.txt",
      source: "src-new",
      title: "New",
      publishedAt: "2021-12-29",
      contentHash: "h5",
      text: "New text",
    });
    next.sources.push({ id: "src-new", name: "New outlet", kind: "blog" });
    next.claims.push({
      id: "clm-new",
      text: "a new claim",
      mentions: [{ ...next.claims[0].mentions[0], id: "men-7", document: "doc-new", via: [] }],
    });

    const summary = await load(next);
    expect(summary.documents).toEqual({ total: 4, added: 1, changed: 1, removed: 1, unchanged: 2 });
    expect(await kremlinMentions()).toEqual(untouched);
    expect(await graph.read("MATCH (d:Document {id: $id}) RETURN d", { id: g("doc-anon") })).toEqual([]);
    expect((await graph.read("MATCH (m:Mention) RETURN m.id AS id")).map((r) => r.get("id")).sort()).toEqual(
      ["men-1", "men-2", "men-3", "men-4b", "men-5", "men-7"].map(g).sort(),
    );
    const [added] = await graph.read("MATCH (c:Claim {id: $id}) RETURN c.firstSeen AS f, c.outlets AS o", {
      id: g("clm-new"),
    });
    expect(added.get("f").toString()).toBe("2021-12-29T00:00:00Z");
    expect(num(added.get("o"))).toBe(1);

    const incremental = await snapshot(graph);
    await wipe(driver);
    await load(next);
    expectSameGraph(await snapshot(graph), incremental);
  });

  it("deletes claims, actors and sources left with no evidence", async () => {
    const next = smallExtraction();
    next.documents = next.documents.filter((d) => d.id === "doc-wire" || d.id === "doc-kremlin");
    for (const c of next.claims)
      c.mentions = c.mentions.filter((m) => m.document === "doc-wire" || m.document === "doc-kremlin");
    next.citations = next.citations.filter((c) => c.document === "doc-wire");
    await load(next);
    expect((await graph.read("MATCH (c:Claim) RETURN c.id AS id")).map((r) => r.get("id"))).toEqual([g("clm-talks")]);
    expect((await graph.read("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")).map((r) => r.get("id"))).toEqual([
      "act-kremlin",
      "act-putin",
    ]);
    expect((await graph.read("MATCH (s:Source) RETURN s.id AS id ORDER BY id")).map((r) => r.get("id"))).toEqual([
      "src-kremlin",
      "src-wire",
    ]);
  });

  it("leaves another corpus's documents alone, though they have the same files and extraction ids", async () => {
    await load(smallExtraction(), "/corpora/other");
    const before = await counts(graph);
    await load({ ...smallExtraction(), documents: [], claims: [], citations: [] });
    const after = await counts(graph);
    expect(await graph.read("MATCH (d:Document {corpus: $c}) RETURN d", { c: CORPUS })).toEqual([]);
    expect(after.Document).toBe(before.Document - 2);
    expect(after.Mention).toBe(6);
  });
});

describe("loadExtraction on a corpus that changes a lot", () => {
  it("after any sequence of loads gives the graph a clean load gives", async () => {
    await wipe(driver);
    const a = syntheticExtraction({ documents: 300, seed: 1 });
    const b = syntheticExtraction({ documents: 360, seed: 2 }); // same files, other content, and more of them
    // Documents 0–149 keep a's content, the rest take b's: a realistic mix of unchanged, changed, added.
    const keep = new Set(a.documents.slice(0, 150).map((d) => d.id));
    const mixed: Extraction = withProvenance({
      ...b,
      documents: [...a.documents.filter((d) => keep.has(d.id)), ...b.documents.filter((d) => !keep.has(d.id))],
      claims: [...a.claims, ...b.claims.map((c) => ({ ...c, id: c.id + "-b" }))]
        .map((c) => {
          const fromB = c.id.endsWith("-b");
          return { ...c, mentions: c.mentions.filter((m) => keep.has(m.document) !== fromB) };
        })
        .filter((c) => c.mentions.length > 0),
      citations: [
        ...a.citations.filter((c) => keep.has(c.document)),
        ...b.citations.filter((c) => !keep.has(c.document)),
      ],
    });

    await loadExtraction(graph, a, { corpus: "syn", batchRows: 700 });
    const summary = await loadExtraction(graph, mixed, { corpus: "syn", batchRows: 700 });
    expect(summary.documents.unchanged).toBeGreaterThan(0);
    expect(summary.documents.changed).toBeGreaterThan(0);
    expect(summary.documents.added).toBe(60);
    const incremental = await snapshot(graph);

    await wipe(driver);
    await loadExtraction(graph, mixed, { corpus: "syn" });
    expectSameGraph(await snapshot(graph), incremental);
  });
});

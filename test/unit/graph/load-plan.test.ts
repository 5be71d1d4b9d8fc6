import { describe, expect, it } from "vitest";
import { cypherFile } from "../../../server/graph/cypher-file.js";
import {
  batchDocuments,
  type DocumentPlan,
  EDGE_KEYS,
  planLoad,
  scopedId,
  toDateTime,
} from "../../../server/graph/load-plan.js";
import { smallExtraction } from "./fixture.js";

const plan = (e = smallExtraction(), corpus = "corpus-a") => planLoad(e, { corpus });
/** The graph id of an extraction id in corpus-a. */
const g = (id: string) => scopedId("corpus-a", id);
// Plans are looked at by the extraction's document ids (a document keeps its file whatever the corpus).
const idOfFile = new Map(smallExtraction().documents.map((d) => [d.file, d.id]));
const doc = (p: ReturnType<typeof plan>, id: string) => p.documents.find((d) => idOfFile.get(d.file) === id)!;
const hashes = (p: ReturnType<typeof plan>) =>
  Object.fromEntries(p.documents.map((d) => [idOfFile.get(d.file), d.loadHash]));

describe("planLoad", () => {
  it("orders documents by file and gives each a fingerprint that is stable across runs", () => {
    const a = plan();
    expect(a.documents.map((d) => d.file)).toEqual(["a/wire.txt", "b/paper.txt", "c/kremlin.txt", "d/anon.txt"]);
    expect(hashes(plan())).toEqual(hashes(a));
    expect(new Set(Object.values(hashes(a))).size).toBe(4);
  });

  it("changes only the fingerprint of the document whose contribution changed", () => {
    const before = hashes(plan());
    const e = smallExtraction();
    e.claims[1].mentions[1].end += 1; // a mention in doc-anon
    const after = hashes(plan(e));
    expect(after["doc-anon"]).not.toBe(before["doc-anon"]);
    for (const id of ["doc-wire", "doc-paper", "doc-kremlin"]) expect(after[id]).toBe(before[id]);
  });

  it("changes a document's fingerprint when its mention moves to another claim, its date, text, corpus or extractor version changes", () => {
    const before = hashes(plan());
    const moved = smallExtraction();
    moved.claims.push({ id: "clm-new", text: "t", mentions: moved.claims[0].mentions.splice(2, 1) });
    expect(hashes(plan(moved))["doc-kremlin"]).not.toBe(before["doc-kremlin"]);
    const redated = smallExtraction();
    redated.documents[2].publishedAt = "2021-12-29";
    expect(hashes(plan(redated))["doc-kremlin"]).not.toBe(before["doc-kremlin"]);
    const retexted = smallExtraction();
    retexted.documents[0].text = "other";
    expect(hashes(plan(retexted))["doc-wire"]).not.toBe(before["doc-wire"]);
    expect(hashes(plan(smallExtraction(), "corpus-b"))["doc-wire"]).not.toBe(before["doc-wire"]);
    expect(hashes(plan({ ...smallExtraction(), extractorVersion: "test-2" }))["doc-wire"]).not.toBe(before["doc-wire"]);
  });

  it("writes an outlet that speaks as the actor its source speaks as, and names a source that speaks as none", () => {
    expect(doc(plan(), "doc-kremlin").mentions[0].actor).toBe("act-kremlin");
    const e = smallExtraction();
    e.sources = e.sources.map(({ actor: _, ...s }) => s);
    const q = plan(e);
    expect(doc(q, "doc-kremlin").mentions).toEqual([]);
    expect(q.issues).toContain("mention men-3 names source src-kremlin, which speaks as no known actor; not loaded");
  });

  it("writes the extraction's reports, at their document's time, and only those whose mention is written", () => {
    const e = smallExtraction();
    const p = plan(e);
    for (const d of p.documents) {
      expect(d.reports.map(({ at: _, ...r }) => r)).toEqual(
        e.reports
          .filter((r) => g(r.document) === d.id)
          .map((r) => ({ ...r, id: g(r.id), claim: g(r.claim), document: g(r.document), mention: g(r.mention) })),
      );
      for (const r of d.reports) expect(r.at).toBe(d.doc.publishedAt);
    }
    e.claims[0].mentions[0].actor = "act-ghost"; // men-1, the wire's report of clm-talks
    expect(doc(plan(e), "doc-wire").reports).toEqual([]);
    expect(plan(e).issues).toEqual(
      expect.arrayContaining([expect.stringMatching(/report rep-\S+ names mention men-1, which is not loaded/)]),
    );
  });

  it("keeps offsets as Neo4j integers and relays in order", () => {
    const m = doc(plan(), "doc-paper").mentions.find((x) => x.id === g("men-5"))!;
    expect(m.start.toNumber()).toBe(80);
    expect(m.via).toEqual(["act-kremlin", "src-wire"]);
    expect(doc(plan(), "doc-paper").vias.map((v) => [v.to, v.position!.toNumber()])).toEqual([
      ["act-kremlin", 0],
      ["src-wire", 1],
    ]);
  });

  it("writes the extraction's reprints, naming one of a document it does not hold", () => {
    expect(doc(plan(), "doc-paper").reprints).toEqual([{ from: g("doc-paper"), to: g("doc-wire") }]);
    const e = smallExtraction();
    e.reprints.push({ document: "doc-anon", original: "doc-ghost" });
    expect(doc(plan(e), "doc-anon").reprints).toEqual([]);
    expect(plan(e).issues).toContain("reprint of doc-ghost by doc-anon names an unknown document; not linked");
  });

  it("names what it cannot write and drops only that", () => {
    const e = smallExtraction();
    e.claims[0].mentions.push({ ...e.claims[0].mentions[0], id: "men-x", actor: "act-ghost" });
    e.claims[0].mentions.push({ ...e.claims[0].mentions[0], id: "men-y", document: "doc-ghost" });
    e.claims[0].mentions[0].via = ["act-ghost-relay"];
    e.documents[1].publishedAt = "the day after";
    e.citations.push({ document: "doc-wire", cites: "src-ghost", start: 0, end: 1, kind: "attribution" });
    const p = plan(e);
    expect(p.issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining("men-x names unknown speaker act-ghost"),
        expect.stringContaining("men-y names unknown document doc-ghost"),
        expect.stringContaining("unknown relay act-ghost-relay"),
        expect.stringContaining('b/paper.txt: publication date "the day after"'),
        expect.stringContaining("cites unknown src-ghost"),
      ]),
    );
    expect(p.documents.flatMap((d) => d.mentions.map((m) => m.id))).not.toContain(g("men-x"));
    expect(doc(p, "doc-paper").doc.publishedAt).toBeNull();
  });

  it("gives what a document contributes ids of its corpus, the same on every run, and shares actors and sources", () => {
    const rows = (p: ReturnType<typeof plan>) => ({
      documents: p.documents.map((d) => d.id),
      mentions: p.documents.flatMap((d) => d.mentions.map((m) => [m.id, m.document, m.claim])),
      reports: p.documents.flatMap((d) => d.reports.map((r) => [r.id, r.mention, r.claim, r.document])),
      links: p.documents.flatMap((d) => [...d.cites, ...d.reprints].map((l) => l.from)),
      claims: p.claims.map((c) => c.id),
    });
    const a = rows(plan());
    expect(rows(plan())).toEqual(a);
    const b = rows(plan(smallExtraction(), "corpus-b"));
    const idsOf = (r: typeof a) => new Set(Object.values(r).flat(2));
    const inA = idsOf(a);
    expect([...idsOf(b)].filter((id) => inA.has(id))).toEqual([]);
    for (const id of inA) expect(id).toMatch(/^(doc|men|clm|rep)-[0-9a-f]{16}$/);
    expect(plan(smallExtraction(), "corpus-b").actors).toEqual(plan().actors);
    expect(plan(smallExtraction(), "corpus-b").sources).toEqual(plan().sources);
  });

  it("writes only the sources, actors and claims something points at", () => {
    const p = plan();
    expect(p.sources.map((s) => s.id).sort()).toEqual(["src-kremlin", "src-paper", "src-wire"]);
    expect(p.actors.map((a) => a.id).sort()).toEqual(["act-biden", "act-kremlin", "act-putin"]);
    expect(p.sources.find((s) => s.id === "src-wire")).toEqual({ id: "src-wire", name: "Wire", kind: "news agency" });
  });
});

describe("toDateTime", () => {
  it("keeps ISO dates as given, normalises other readable dates, refuses the rest", () => {
    const issues: string[] = [];
    expect(toDateTime("2021-12-30", "x", issues)).toBe("2021-12-30");
    expect(toDateTime("2021-12-30T21:30:00+03:00", "x", issues)).toBe("2021-12-30T21:30:00+03:00");
    expect(toDateTime("Thu, 30 Dec 2021 21:30:00 GMT", "x", issues)).toBe("2021-12-30T21:30:00.000Z");
    expect(toDateTime(undefined, "x", issues)).toBeNull();
    expect(issues).toEqual([]);
    expect(toDateTime("soon", "doc.txt", issues)).toBeNull();
    expect(issues).toEqual(['doc.txt: publication date "soon" is not a date; left empty']);
  });
});

describe("batchDocuments", () => {
  const fake = (rows: number, chars = 0) => ({ rows, chars }) as DocumentPlan;
  it("fills transactions up to the row and text bounds, in order, and lets a big document go alone", () => {
    const docs = [fake(3), fake(3), fake(3), fake(10), fake(1, 50), fake(1, 60), fake(1)];
    const batches = batchDocuments(docs, 6, 100);
    expect(batches.map((b) => b.map((d) => docs.indexOf(d)))).toEqual([[0, 1], [2], [3], [4], [5, 6]]);
  });
});

describe("the edge properties", () => {
  it("are the same in the mention, the first-class edges and the edges rebuilt by reviews", () => {
    const written = cypherFile("load/write-mentions");
    const edgeMaps = [...written.matchAll(/:(?:ASSERTED|DENIED) \{([^}]*)\}/g)].map((m) => m[1]);
    const mentionMap = /:Mention \{([^}]*)\}/.exec(written)![1];
    const projection = /m \{([^}]*)\} AS props/.exec(cypherFile("load/apply-reviews"))![1];
    const keys = (map: string) =>
      map
        .split(",")
        .map((part) => part.trim().replace(/^\./, "").split(":")[0].trim())
        .filter((k) => k !== "reviewed");
    expect(edgeMaps).toHaveLength(2);
    for (const map of [...edgeMaps, projection]) expect(keys(map).sort()).toEqual([...EDGE_KEYS].sort());
    expect(keys(mentionMap)).toEqual(expect.arrayContaining([...EDGE_KEYS]));
  });
});

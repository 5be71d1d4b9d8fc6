/** Provenance decided in extraction, without a database: who speaks for an outlet, what a document reports and copies. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../server/corpus/read-corpus.js";
import { extractCorpus, toNarrativeGraph } from "../../../server/extract/index.js";
import { withProvenance } from "../../../server/extract/provenance.js";
import type { Extraction } from "../../../server/extract/types.js";
import { planLoad, scopedId } from "../../../server/graph/load-plan.js";
import { root } from "../../helpers/annotated-corpora.js";
import { smallExtractionBeforeProvenance as base } from "../graph/fixture.js";

const reprintsOf = (e: Extraction, doc: string) => e.reprints.filter((r) => r.document === doc).map((r) => r.original);

describe("withProvenance", () => {
  it("makes an outlet that speaks the actor already published as its source, else an outlet actor of its own, never a duplicate", () => {
    const linked = withProvenance(base());
    expect(linked.sources.find((s) => s.id === "src-kremlin")?.actor).toBe("act-kremlin");
    expect(linked.actors.filter((a) => a.id === "act-kremlin")).toHaveLength(1);

    const unlinked = base();
    unlinked.actors = unlinked.actors.filter((a) => a.id !== "act-kremlin");
    const made = withProvenance(unlinked);
    expect(made.sources.find((s) => s.id === "src-kremlin")?.actor).toBe("act-kremlin");
    expect(made.actors.find((a) => a.id === "act-kremlin")).toEqual({
      id: "act-kremlin",
      name: "Kremlin",
      kind: "outlet",
      aliases: [],
      source: "src-kremlin",
    });

    const sameSlug = base();
    sameSlug.actors = sameSlug.actors.map(({ source: _, ...a }) => a);
    const joined = withProvenance(sameSlug);
    expect(joined.actors.filter((a) => a.id === "act-kremlin")).toEqual([
      { id: "act-kremlin", name: "Kremlin", kind: "organization", aliases: [], source: "src-kremlin" },
    ]);
    expect(sameSlug.actors.find((a) => a.id === "act-kremlin")?.source).toBeUndefined(); // the input is left as it was
  });

  it("gives a source no actor when it neither speaks nor has one publishing as it", () => {
    expect(withProvenance(base()).sources.find((s) => s.id === "src-paper")?.actor).toBeUndefined();
  });

  it("reports each claim once per published document, through its first mention there", () => {
    const e = withProvenance(base());
    const wire = e.reports.filter((r) => r.document === "doc-wire");
    expect(wire).toEqual([
      {
        id: expect.stringMatching(/^rep-/),
        claim: "clm-talks",
        source: "src-wire",
        document: "doc-wire",
        mention: "men-1",
      },
    ]);
    expect(
      e.reports
        .filter((r) => r.document === "doc-paper")
        .map((r) => r.claim)
        .sort(),
    ).toEqual(["clm-sanctions", "clm-talks"]);
    expect(e.reports.filter((r) => r.document === "doc-anon")).toEqual([]);
    expect(new Set(e.reports.map((r) => r.id)).size).toBe(e.reports.length);
    expect(withProvenance(base()).reports).toEqual(e.reports);
  });

  it("names as the copied story the reprinted source's document sharing the most claims, never a later one", () => {
    expect(reprintsOf(withProvenance(base()), "doc-paper")).toEqual(["doc-wire"]);
    const later = base();
    later.documents[0].publishedAt = "2022-01-05";
    expect(reprintsOf(withProvenance(later), "doc-paper")).toEqual([]);
    const nothingShared = base();
    nothingShared.claims[0].mentions = nothingShared.claims[0].mentions.filter((m) => m.document !== "doc-paper");
    expect(reprintsOf(withProvenance(nothingShared), "doc-paper")).toEqual([]);
  });

  it("follows a reprint credit to an actor's source, and prefers the most recent of equally close stories", () => {
    const e = base();
    e.citations = e.citations.filter((c) => c.kind !== "reprint");
    e.citations.push({ document: "doc-paper", cites: "act-kremlin", start: 0, end: 7, kind: "reprint" });
    expect(reprintsOf(withProvenance(e), "doc-paper")).toEqual(["doc-kremlin"]);
    e.documents.push({
      id: "doc-kremlin-2",
      file: "c/kremlin-2.txt",
      source: "src-kremlin",
      title: "Second readout",
      publishedAt: "2021-12-31T01:00:00Z",
      contentHash: "h5",
      text: "Second readout",
    });
    e.claims[0].mentions.push({ ...e.claims[0].mentions[2], id: "men-7", document: "doc-kremlin-2" });
    expect(reprintsOf(withProvenance(e), "doc-paper")).toEqual(["doc-kremlin-2"]);
  });
});

describe("the export of a corpus", () => {
  it("is the complete narrative graph: the load writes exactly its outlets, reports and reprints", async () => {
    const extraction = extractCorpus((await readCorpus(path.join(root, "seeds"))).documents);
    const graph = toNarrativeGraph(extraction) as {
      sources: { id: string; actor?: string }[];
      actors: { id: string; source?: string }[];
      claims: { mentions: { id: string; actor: string }[] }[];
      reports: { claim: string; source: string; document: string; mention: string }[];
      reprints: { document: string; original: string }[];
    };
    const mentions = new Set(graph.claims.flatMap((c) => c.mentions.map((m) => m.id)));
    const actors = new Set(graph.actors.map((a) => a.id));
    expect(graph.reports.length).toBeGreaterThan(0);
    for (const r of graph.reports) expect(mentions.has(r.mention)).toBe(true);
    const outletSpeakers = graph.claims.flatMap((c) => c.mentions).filter((m) => !actors.has(m.actor));
    expect(outletSpeakers.length).toBeGreaterThan(0);
    for (const m of outletSpeakers)
      expect(actors.has(graph.sources.find((s) => s.id === m.actor)?.actor ?? "")).toBe(true);

    const plan = planLoad(extraction, { corpus: "seeds" });
    const scoped = (id: string) => scopedId("seeds", id);
    expect(plan.issues).toEqual([]);
    expect(plan.documents.flatMap((d) => d.reports.map((r) => r.id)).sort()).toEqual(
      extraction.reports.map((r) => scoped(r.id)).sort(),
    );
    expect(plan.documents.flatMap((d) => d.reprints.map((r) => ({ document: r.from, original: r.to })))).toEqual(
      graph.reprints.map((r) => ({ document: scoped(r.document), original: scoped(r.original) })),
    );
  }, 60_000);
});

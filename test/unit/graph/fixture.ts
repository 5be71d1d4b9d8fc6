import { type ExtractionWithoutProvenance, withProvenance } from "../../../server/extract/provenance.js";
import type { Extraction, Mention } from "../../../server/extract/types.js";

/** A small hand-built extraction: a wire story, a paper that reprints it, the Kremlin speaking for itself. */
export function smallExtraction(): Extraction {
  return withProvenance(smallExtractionBeforeProvenance());
}

/** The same, before provenance (outlet actors, reports, reprints) is decided. */
export function smallExtractionBeforeProvenance(): ExtractionWithoutProvenance {
  const m = (
    id: string,
    document: string,
    start: number,
    actor: string,
    stance: "asserted" | "denied" = "asserted",
    via: string[] = [],
  ): Mention => ({
    id,
    document,
    start,
    end: start + 10,
    text: "0123456789",
    actor,
    stance,
    via,
    cue: "said",
    rule: "speaker-verb-content",
    confidence: 0.8,
  });
  return {
    extractorVersion: "test-1",
    documents: [
      {
        id: "doc-wire",
        file: "a/wire.txt",
        source: "src-wire",
        title: "Wire story",
        publishedAt: "2021-12-30",
        contentHash: "h1",
        text: "Wire: Putin said talks should continue. ".repeat(3),
      },
      {
        id: "doc-paper",
        file: "b/paper.txt",
        source: "src-paper",
        title: "Paper story",
        publishedAt: "2021-12-31T08:00:00+03:00",
        contentHash: "h2",
        text: "Paper text",
      },
      {
        id: "doc-kremlin",
        file: "c/kremlin.txt",
        source: "src-kremlin",
        title: "Readout",
        publishedAt: "2021-12-30T21:30:00Z",
        contentHash: "h3",
        text: "Kremlin readout",
      },
      {
        id: "doc-anon",
        file: "d/anon.txt",
        source: null,
        title: "No publisher",
        contentHash: "h4",
        text: "Anonymous text",
      },
    ],
    sources: [
      { id: "src-wire", name: "Wire", kind: "news agency" },
      { id: "src-paper", name: "Paper", kind: "newspaper", country: "Ukraine" },
      { id: "src-kremlin", name: "Kremlin", kind: "government" },
      { id: "src-unused", name: "Nobody cites me", kind: "blog" },
    ],
    actors: [
      { id: "act-putin", name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
      { id: "act-biden", name: "Joe Biden", kind: "person", aliases: ["Biden"] },
      { id: "act-kremlin", name: "Kremlin", kind: "organization", aliases: [], source: "src-kremlin" },
      { id: "act-unused", name: "Nobody", kind: "person", aliases: [] },
    ],
    claims: [
      {
        id: "clm-talks",
        text: "talks should continue",
        mentions: [
          m("men-1", "doc-wire", 10, "act-putin", "asserted", ["src-kremlin"]),
          m("men-2", "doc-paper", 40, "act-putin"),
          m("men-3", "doc-kremlin", 5, "src-kremlin"),
          m("men-4", "doc-wire", 60, "act-putin"),
        ],
      },
      {
        id: "clm-sanctions",
        text: "sanctions would be a mistake",
        mentions: [
          m("men-5", "doc-paper", 80, "act-biden", "denied", ["act-kremlin", "src-wire"]),
          m("men-6", "doc-anon", 0, "act-biden"),
        ],
      },
    ],
    citations: [
      { document: "doc-paper", cites: "src-wire", start: 100, end: 104, kind: "reprint" },
      { document: "doc-paper", cites: "act-putin", start: 40, end: 45, kind: "attribution" },
      { document: "doc-wire", cites: "act-kremlin", start: 10, end: 17, kind: "attribution" },
    ],
  };
}

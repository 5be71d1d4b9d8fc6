/** The `narrative-graph/1` export of FORMAT.md: the whole extracted graph as plain JSON. */
import type { Extraction } from "./types.js";

export function toNarrativeGraph(extraction: Extraction): object {
  return {
    format: "narrative-graph/1",
    extractorVersion: extraction.extractorVersion,
    documents: extraction.documents.map((d) => ({
      id: d.id,
      file: d.file,
      source: d.source,
      title: d.title,
      publishedAt: d.publishedAt,
    })),
    sources: extraction.sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      ...(s.country ? { country: s.country } : {}),
      ...(s.actor ? { actor: s.actor } : {}),
    })),
    actors: extraction.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      ...(a.source ? { source: a.source } : {}),
    })),
    claims: extraction.claims.map((c) => ({
      id: c.id,
      text: c.text,
      mentions: c.mentions.map((m) => ({
        id: m.id,
        document: m.document,
        start: m.start,
        end: m.end,
        actor: m.actor,
        stance: m.stance,
        via: m.via,
        cue: m.cue,
        rule: m.rule,
        confidence: m.confidence,
        text: m.text,
      })),
    })),
    citations: extraction.citations.map((c) => ({
      document: c.document,
      cites: c.cites,
      kind: c.kind,
      start: c.start,
      end: c.end,
    })),
    reports: extraction.reports.map((r) => ({
      id: r.id,
      claim: r.claim,
      source: r.source,
      document: r.document,
      mention: r.mention,
    })),
    reprints: extraction.reprints.map((r) => ({ document: r.document, original: r.original })),
  };
}

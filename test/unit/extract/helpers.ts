import { makeDocument } from "../../../server/corpus/document.js";
import type { CorpusDocument, SourceKind } from "../../../server/corpus/types.js";
import { extractCorpus } from "../../../server/extract/index.js";
import type { Extraction, Mention } from "../../../server/extract/types.js";

export function doc(
  file: string,
  content: string,
  source = "Test Gazette",
  kind: SourceKind = "newspaper",
  publishedAt = "2024-05-01",
): CorpusDocument {
  return makeDocument({ file, content, publisher: { name: source, kind }, publishedAt });
}

export interface Found {
  text: string;
  actor: string;
  stance: string;
  via: string[];
  cue: string;
  /** The rule that found it, as carried to the output. */
  rule: string;
  claim: string;
}

/** Every mention with its actor's name (or the source's name for narration), in text order. */
export function mentionsOf(ex: Extraction): Found[] {
  const name = new Map<string, string>([
    ...ex.actors.map((a) => [a.id, a.name] as const),
    ...ex.sources.map((s) => [s.id, `source:${s.name}`] as const),
  ]);
  const rows: (Found & { m: Mention })[] = [];
  for (const c of ex.claims)
    for (const m of c.mentions)
      rows.push({
        m,
        text: m.text,
        actor: name.get(m.actor) ?? m.actor,
        stance: m.stance,
        via: m.via.map((v) => name.get(v) ?? v),
        cue: m.cue,
        rule: m.rule,
        claim: c.id,
      });
  return rows
    .sort((a, b) => a.m.document.localeCompare(b.m.document) || a.m.start - b.m.start)
    .map(({ m: _m, ...r }) => r);
}

export function extractText(content: string, source?: string, kind?: SourceKind): Found[] {
  return mentionsOf(extractCorpus([doc("a.txt", content, source, kind)]));
}

/** The attributed (non-narration) mentions only. */
export function attributed(content: string): Found[] {
  return extractText(content).filter((m) => m.cue !== "narration");
}

/**
 * Provenance: who published what, and whose story a copy is. Decided in extraction, so that the
 * database-free export is the whole narrative graph and loading it is a plain mapping:
 * - an outlet that speaks in its own voice (a mention whose speaker is a Source) is an Actor that
 *   publishes as that Source (`Source.actor`): the actor already linked to it, else one of its own;
 * - a published document reports each claim it mentions, through its first mention there;
 * - a document that credits another outlet's story (a reprint citation) copies that outlet's
 *   document sharing the most claims with it, published no later.
 */
import { hashOf } from "./ids.js";
import type { Actor, Extraction, Mention, Report, Reprint, Source } from "./types.js";

export type ExtractionWithoutProvenance = Omit<Extraction, "reports" | "reprints">;

export function withProvenance(extraction: ExtractionWithoutProvenance): Extraction {
  const { sources, actors } = outletActors(extraction);
  const mentionsByDoc = new Map<string, { claim: string; mention: Mention }[]>();
  for (const c of extraction.claims)
    for (const m of c.mentions) listOf(mentionsByDoc, m.document).push({ claim: c.id, mention: m });
  return {
    ...extraction,
    sources,
    actors,
    reports: reports(extraction, mentionsByDoc, new Set(sources.map((s) => s.id))),
    reprints: reprints(extraction, mentionsByDoc, sources, actors),
  };
}

/** Sources with the actor each speaks as, and the actors with any outlet actor that had to be made. */
function outletActors(extraction: ExtractionWithoutProvenance): { sources: Source[]; actors: Actor[] } {
  const sources = new Map(extraction.sources.map((s) => [s.id, { ...s }]));
  const actors = new Map(extraction.actors.map((a) => [a.id, { ...a }]));
  for (const a of actors.values()) {
    const s = a.source ? sources.get(a.source) : undefined;
    if (s && !s.actor) s.actor = a.id;
  }
  for (const c of extraction.claims)
    for (const m of c.mentions) {
      const s = actors.has(m.actor) ? undefined : sources.get(m.actor);
      if (!s || s.actor) continue;
      // the outlet's own actor, or one with its slug that is not linked to it yet
      const id = "act-" + s.id.replace(/^src-/, "");
      const existing = actors.get(id);
      if (existing) existing.source ??= s.id;
      else actors.set(id, { id, name: s.name, kind: "outlet", aliases: [], source: s.id });
      s.actor = id;
    }
  return { sources: [...sources.values()], actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** One report per claim and published document, naming the claim's first mention there. */
function reports(
  extraction: ExtractionWithoutProvenance,
  mentionsByDoc: Map<string, { claim: string; mention: Mention }[]>,
  sourceIds: Set<string>,
): Report[] {
  const out: Report[] = [];
  for (const d of extraction.documents) {
    if (!d.source || !sourceIds.has(d.source)) continue;
    const first = new Map<string, Mention>();
    for (const { claim, mention } of mentionsByDoc.get(d.id) ?? []) {
      const seen = first.get(claim);
      if (!seen || byOffsets(mention, seen) < 0) first.set(claim, mention);
    }
    for (const [claim, mention] of [...first].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push({ id: `rep-${hashOf(claim, d.id)}`, claim, source: d.source, document: d.id, mention: mention.id });
  }
  return out;
}

function reprints(
  extraction: ExtractionWithoutProvenance,
  mentionsByDoc: Map<string, { claim: string }[]>,
  sources: Source[],
  actors: Actor[],
): Reprint[] {
  const sourceIds = new Set(sources.map((s) => s.id));
  const sourceOfActor = new Map(actors.map((a) => [a.id, a.source]));
  const claimsByDoc = new Map([...mentionsByDoc].map(([doc, list]) => [doc, new Set(list.map((m) => m.claim))]));
  const docsBySource = new Map<string, { id: string; time: number }[]>();
  const timeOf = new Map<string, number>();
  for (const d of extraction.documents) {
    timeOf.set(d.id, Date.parse(d.publishedAt ?? ""));
    if (d.source && sourceIds.has(d.source)) listOf(docsBySource, d.source).push({ id: d.id, time: timeOf.get(d.id)! });
  }
  const copied = new Map<string, Set<string>>();
  for (const c of extraction.citations) {
    if (c.kind !== "reprint") continue;
    const reprinted = sourceIds.has(c.cites) ? c.cites : sourceOfActor.get(c.cites);
    const original = reprinted
      ? originalStory(c.document, timeOf.get(c.document) ?? NaN, docsBySource.get(reprinted) ?? [], claimsByDoc)
      : null;
    if (original) (copied.get(c.document) ?? copied.set(c.document, new Set()).get(c.document)!).add(original);
  }
  return [...copied]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([document, originals]) => [...originals].sort().map((original) => ({ document, original })));
}

/**
 * The document a reprint copies: among the reprinted source's documents, the one sharing the most
 * claims with it, not published after it; on a tie the most recent one. Null if none shares a claim.
 * An unknown date is never "after" and counts as the oldest.
 */
function originalStory(
  id: string,
  at: number,
  candidates: { id: string; time: number }[],
  claimsByDoc: Map<string, Set<string>>,
): string | null {
  const mine = claimsByDoc.get(id);
  if (!mine) return null;
  let best: { id: string; shared: number; time: number } | null = null;
  for (const other of candidates) {
    if (other.id === id || other.time > at) continue;
    let shared = 0;
    for (const c of claimsByDoc.get(other.id) ?? []) if (mine.has(c)) shared++;
    if (shared === 0) continue;
    const time = other.time || 0;
    if (
      !best ||
      shared > best.shared ||
      (shared === best.shared && (time > best.time || (time === best.time && other.id < best.id)))
    )
      best = { id: other.id, shared, time };
  }
  return best?.id ?? null;
}

function byOffsets(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Turns an Extraction into the rows the loader writes: entity rows (sources, actors, claims) and,
 * per document, everything that document contributes (its node, mentions, edges), with a
 * fingerprint of those rows. Pure: no database. The fingerprint is what makes the load incremental
 * and crash-safe: a document is rewritten exactly when its stored fingerprint differs.
 */
import { createHash } from "node:crypto";
import neo4j, { type Integer } from "neo4j-driver";
import type { Extraction, Mention } from "../extract/types.js";

/** Bump when the rows written for a document change shape, so every document is rewritten once. */
export const LOAD_FORMAT = 2;

/**
 * Properties an ASSERTED/DENIED edge shares with its Mention (`at` is written as a DateTime). The
 * load Cypher names each one (explicit properties keep the planner from materialising all rows).
 */
export const EDGE_KEYS = ["id", "document", "start", "end", "evidence", "confidence", "via", "cue", "extractorVersion", "at"] as const;

export interface SourceRow { id: string; name: string; kind: string; country?: string }
export interface ActorRow { id: string; name: string; kind: string; aliases: string[]; source?: string }
export interface ClaimRow { id: string; text: string }

/** A null value removes a property the document no longer has. */
export interface DocumentRow {
  id: string;
  source: string | null;
  publishedAt: string | null;
  loadHash: string;
  file: string;
  title: string;
  url: string | null;
  language: string | null;
  contentHash: string;
  corpus: string;
  text: string | null;
  extractorVersion: string;
}

export interface MentionRow {
  id: string;
  document: string;
  claim: string;
  /** The Actor node that speaks (an outlet speaking is its outlet Actor). */
  actor: string;
  stance: "asserted" | "denied";
  at: string | null;
  start: Integer;
  end: Integer;
  evidence: string;
  confidence: number;
  via: string[];
  cue: string;
  extractorVersion: string;
}

export interface LinkRow { from: string; to: string; position?: Integer; kind?: string; start?: Integer; end?: Integer }
export interface ReportRow { id: string; claim: string; source: string; document: string; mention: string; at: string | null }

export interface DocumentPlan {
  id: string;
  file: string;
  loadHash: string;
  doc: DocumentRow;
  mentions: MentionRow[];
  /** Mention -VIA-> relay (an Actor or a Source id). */
  vias: LinkRow[];
  reports: ReportRow[];
  /** Document -CITES-> Actor or Source. */
  cites: LinkRow[];
  reprints: LinkRow[];
  /** Rows this document writes (bounds a transaction). */
  rows: number;
  /** Characters of text it writes (bounds a transaction too). */
  chars: number;
}

export interface LoadPlan {
  extractorVersion: string;
  sources: SourceRow[];
  actors: ActorRow[];
  claims: ClaimRow[];
  documents: DocumentPlan[];
  /** Things in the extraction that could not be written as given (dangling ids, bad dates), named. */
  issues: string[];
}

export interface PlanOptions {
  /** The corpus the documents belong to: removal of stale documents only concerns this corpus. */
  corpus: string;
  /** Document text by document id (the API serves evidence in context from Document.text). */
  texts?: ReadonlyMap<string, string>;
}

// Offsets repeat across mentions and documents, and an Integer is immutable: one object per value
// (below a bound, so the cache stays small whatever the documents' length)
const INT_CACHE_BELOW = 65_536;
const ints: Integer[] = [];
const int = (n: number): Integer => (Number.isInteger(n) && n >= 0 && n < INT_CACHE_BELOW ? (ints[n] ??= neo4j.int(n)) : neo4j.int(n));
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

export function planLoad(extraction: Extraction, options: PlanOptions): LoadPlan {
  const issues: string[] = [];
  const version = extraction.extractorVersion;
  const sources = new Map(extraction.sources.map((s) => [s.id, compact({ id: s.id, name: s.name, kind: s.kind, country: s.country })]));
  const actors = new Map<string, ActorRow>(extraction.actors.map((a) => [a.id, compact({ id: a.id, name: a.name, kind: a.kind, aliases: [...a.aliases], source: a.source })]));
  for (const a of actors.values()) {
    if (a.source && !sources.has(a.source)) {
      issues.push(`actor ${a.id} names unknown source ${a.source}; not linked`);
      delete a.source;
    }
  }

  // An outlet that speaks is an Actor linked PUBLISHES_AS to its Source: the actor the extraction
  // already links to that source, else one with the source's slug, else a new outlet actor.
  const outletBySource = new Map<string, string>();
  for (const a of actors.values()) if (a.source && !outletBySource.has(a.source)) outletBySource.set(a.source, a.id);
  const outletActor = (sourceId: string): string => {
    const linked = outletBySource.get(sourceId);
    if (linked) return linked;
    const id = "act-" + sourceId.replace(/^src-/, "");
    const existing = actors.get(id);
    if (existing) existing.source ??= sourceId;
    else actors.set(id, { id, name: sources.get(sourceId)!.name, kind: "outlet", aliases: [], source: sourceId });
    outletBySource.set(sourceId, id);
    return id;
  };
  const speakerOf = (m: Mention): string | null => {
    if (actors.has(m.actor)) return m.actor;
    if (sources.has(m.actor)) return outletActor(m.actor);
    issues.push(`mention ${m.id} names unknown speaker ${m.actor}; not loaded`);
    return null;
  };

  const docs = new Map(extraction.documents.map((d) => [d.id, d]));
  const mentionsByDoc = new Map<string, MentionRow[]>();
  const claimsByDoc = new Map<string, Set<string>>();
  const seenMentions = new Set<string>();
  const claims: ClaimRow[] = [];
  for (const claim of extraction.claims) {
    claims.push({ id: claim.id, text: claim.text });
    for (const m of claim.mentions) {
      if (seenMentions.has(m.id)) {
        issues.push(`mention ${m.id} appears twice; loaded once`);
        continue;
      }
      const doc = docs.get(m.document);
      if (!doc) {
        issues.push(`mention ${m.id} names unknown document ${m.document}; not loaded`);
        continue;
      }
      const actor = speakerOf(m);
      if (!actor) continue;
      seenMentions.add(m.id);
      const row: MentionRow = {
        id: m.id,
        document: m.document,
        claim: claim.id,
        actor,
        stance: m.stance,
        at: null,
        start: int(m.start),
        end: int(m.end),
        evidence: m.text,
        confidence: m.confidence,
        via: m.via, // shared with the extraction, which nothing changes
        cue: m.cue,
        extractorVersion: version,
      };
      listOf(mentionsByDoc, m.document).push(row);
      setOf(claimsByDoc, m.document).add(claim.id);
    }
  }

  const citationsByDoc = new Map<string, Map<string, { kind: string; start: number; end: number }>>();
  for (const c of [...extraction.citations].sort((a, b) => a.start - b.start)) {
    if (!docs.has(c.document)) {
      issues.push(`citation of ${c.cites} names unknown document ${c.document}; not loaded`);
      continue;
    }
    if (!actors.has(c.cites) && !sources.has(c.cites)) {
      issues.push(`document ${c.document} cites unknown ${c.cites}; not loaded`);
      continue;
    }
    const perDoc = citationsByDoc.get(c.document) ?? new Map();
    citationsByDoc.set(c.document, perDoc);
    const first = perDoc.get(c.cites);
    if (!first) perDoc.set(c.cites, { kind: c.kind, start: c.start, end: c.end });
    else if (c.kind === "reprint") first.kind = "reprint";
  }

  const publishedAt = new Map<string, string | null>();
  for (const d of extraction.documents) publishedAt.set(d.id, toDateTime(d.publishedAt, `document ${d.file}`, issues));
  const docsBySource = new Map<string, string[]>();
  for (const d of extraction.documents) if (d.source && sources.has(d.source)) listOf(docsBySource, d.source).push(d.id);

  const plans: DocumentPlan[] = [];
  for (const d of [...extraction.documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    let source = d.source;
    if (source && !sources.has(source)) {
      issues.push(`document ${d.file} names unknown source ${source}; not linked`);
      source = null;
    }
    const at = publishedAt.get(d.id) ?? null;
    const text = options.texts?.get(d.id) ?? null;
    const mentions = (mentionsByDoc.get(d.id) ?? []).sort(byOffsets);
    for (const m of mentions) m.at = at;

    const vias: LinkRow[] = [];
    for (const m of mentions) {
      m.via.forEach((target, position) => {
        if (actors.has(target) || sources.has(target)) vias.push({ from: m.id, to: target, position: int(position) });
        else issues.push(`mention ${m.id} names unknown relay ${target}; relay not linked`);
      });
    }

    const reports: ReportRow[] = [];
    if (source) {
      const firstByClaim = new Map<string, string>();
      for (const m of mentions) if (!firstByClaim.has(m.claim)) firstByClaim.set(m.claim, m.id);
      for (const [claim, mention] of [...firstByClaim].sort(([a], [b]) => (a < b ? -1 : 1))) {
        reports.push({ id: "rep-" + sha(claim + "|" + d.id).slice(0, 16), claim, source, document: d.id, mention, at });
      }
    }

    const cites: LinkRow[] = [];
    const reprints = new Set<string>();
    for (const [target, c] of [...(citationsByDoc.get(d.id) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
      cites.push({ from: d.id, to: target, kind: c.kind, start: int(c.start), end: int(c.end) });
      if (c.kind === "reprint") {
        const reprinted = sources.has(target) ? target : actors.get(target)?.source;
        const original = reprinted ? originalStory(d.id, at, docsBySource.get(reprinted) ?? [], claimsByDoc, publishedAt) : null;
        if (original) reprints.add(original);
      }
    }
    const reprintRows = [...reprints].sort().map((to) => ({ from: d.id, to }));

    const doc: DocumentRow = {
      id: d.id,
      source,
      publishedAt: at,
      loadHash: "",
      file: d.file,
      title: d.title,
      url: d.url ?? null,
      language: d.language ?? null,
      contentHash: d.contentHash,
      corpus: options.corpus,
      text,
      extractorVersion: version,
    };
    const contribution = { doc: { ...doc, text: text === null ? null : sha(text) }, mentions, vias, reports, cites, reprintRows };
    doc.loadHash = sha(JSON.stringify([LOAD_FORMAT, contribution]));
    plans.push({
      id: d.id,
      file: d.file,
      loadHash: doc.loadHash,
      doc,
      mentions,
      vias,
      reports,
      cites,
      reprints: reprintRows,
      rows: 1 + mentions.length + vias.length + reports.length + cites.length + reprintRows.length,
      chars: text?.length ?? 0,
    });
  }

  return { extractorVersion: version, ...referencedEntities(plans, sources, actors, claims), documents: plans, issues };
}

/**
 * Only the entities some document row points at are written: what nothing points at would be
 * deleted as an orphan at the end of the load anyway, so it is never created.
 */
function referencedEntities(plans: DocumentPlan[], sources: Map<string, SourceRow>, actors: Map<string, ActorRow>, claims: ClaimRow[]) {
  const used = new Set<string>();
  for (const p of plans) {
    if (p.doc.source) used.add(p.doc.source);
    for (const m of p.mentions) used.add(m.actor).add(m.claim);
    for (const l of [...p.vias, ...p.cites]) used.add(l.to);
  }
  return {
    sources: [...sources.values()].filter((s) => used.has(s.id)),
    actors: [...actors.values()].filter((a) => used.has(a.id)),
    claims: claims.filter((c) => used.has(c.id)),
  };
}

/** Groups consecutive document plans into transactions of at most `maxRows` rows and `maxChars` of text (a larger document goes alone). */
export function batchDocuments(plans: DocumentPlan[], maxRows: number, maxChars: number): DocumentPlan[][] {
  const batches: DocumentPlan[][] = [];
  let current: DocumentPlan[] = [];
  let rows = 0;
  let chars = 0;
  for (const p of plans) {
    if (current.length > 0 && (rows + p.rows > maxRows || chars + p.chars > maxChars)) {
      batches.push(current);
      current = [];
      rows = 0;
      chars = 0;
    }
    current.push(p);
    rows += p.rows;
    chars += p.chars;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * A value Cypher's datetime() accepts: ISO 8601 as given (a date alone is midnight UTC there),
 * else whatever Date.parse understands, normalised to UTC; null (and an issue) when unreadable.
 */
export function toDateTime(value: string | undefined, what: string, issues: string[]): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    issues.push(`${what}: publication date "${value}" is not a date; left empty`);
    return null;
  }
  return new Date(ms).toISOString();
}

function laterThan(a: string | null | undefined, b: string | null): boolean {
  if (!a || !b) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return !Number.isNaN(ta) && !Number.isNaN(tb) && ta > tb;
}

/**
 * The document a reprint copies: among the reprinted source's documents, the one sharing the most
 * claims with it, not published after it; on a tie the most recent one. Null if none shares a claim.
 */
function originalStory(id: string, at: string | null, candidates: string[], claimsByDoc: Map<string, Set<string>>, publishedAt: Map<string, string | null>): string | null {
  const mine = claimsByDoc.get(id);
  if (!mine) return null;
  let best: { id: string; shared: number; time: number } | null = null;
  for (const other of candidates) {
    if (other === id || laterThan(publishedAt.get(other), at)) continue;
    let shared = 0;
    for (const c of claimsByDoc.get(other) ?? []) if (mine.has(c)) shared++;
    if (shared === 0) continue;
    const time = Date.parse(publishedAt.get(other) ?? "") || 0;
    if (!best || shared > best.shared || (shared === best.shared && (time > best.time || (time === best.time && other < best.id)))) best = { id: other, shared, time };
  }
  return best?.id ?? null;
}

function byOffsets(a: MentionRow, b: MentionRow): number {
  return a.start.compare(b.start) || a.end.compare(b.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

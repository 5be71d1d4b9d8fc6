/**
 * Turns an Extraction into the rows the loader writes: entity rows (sources, actors, claims) and,
 * per document, everything that document contributes (its node, mentions, edges), with a
 * fingerprint of those rows. Pure: no database. The fingerprint is what makes the load incremental
 * and crash-safe: a document is rewritten exactly when its stored fingerprint differs.
 * A plain mapping: what the graph says (who speaks for an outlet, what a document reports or
 * copies) is decided by extraction (server/extract/provenance.ts); here only what cannot be
 * written as given (a dangling id, an unreadable date) is named and left out, and the ids of what a
 * document contributes are scoped by the corpus (`scopedId`).
 */
import { createHash } from "node:crypto";
import neo4j, { type Integer } from "neo4j-driver";
import { isoDateProblem } from "../corpus/iso-date.js";
import { hashOf } from "../extract/ids.js";
import type { Extraction, Mention, Report } from "../extract/types.js";

/** Bump when the rows written for a document change shape, so every document is rewritten once. */
export const LOAD_FORMAT = 2;

/**
 * Properties an ASSERTED/DENIED edge shares with its Mention (`at` is written as a DateTime). The
 * load Cypher names each one (explicit properties keep the planner from materialising all rows).
 */
export const EDGE_KEYS = [
  "id",
  "document",
  "start",
  "end",
  "evidence",
  "confidence",
  "via",
  "cue",
  "extractorVersion",
  "at",
] as const;

export interface SourceWrite {
  id: string;
  name: string;
  kind: string;
  country?: string;
}
export interface ActorWrite {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  source?: string;
}
export interface ClaimWrite {
  id: string;
  text: string;
}

/** A null value removes a property the document no longer has. */
export interface DocumentWrite {
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
  text: string;
  extractorVersion: string;
}

export interface MentionWrite {
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
  /** The extraction rule that found it (Mention only: an analyst sees why the edge exists). */
  rule: string;
  extractorVersion: string;
}

export interface LinkWrite {
  from: string;
  to: string;
  position?: Integer;
  kind?: string;
  start?: Integer;
  end?: Integer;
}
export interface ReportWrite {
  id: string;
  claim: string;
  source: string;
  document: string;
  mention: string;
  at: string | null;
}

export interface DocumentPlan {
  id: string;
  file: string;
  loadHash: string;
  doc: DocumentWrite;
  mentions: MentionWrite[];
  /** Mention -VIA-> relay (an Actor or a Source id). */
  vias: LinkWrite[];
  reports: ReportWrite[];
  /** Document -CITES-> Actor or Source. */
  cites: LinkWrite[];
  reprints: LinkWrite[];
  /** Rows this document writes (bounds a transaction). */
  rows: number;
  /** Characters of text it writes (bounds a transaction too). */
  chars: number;
}

export interface LoadPlan {
  extractorVersion: string;
  sources: SourceWrite[];
  actors: ActorWrite[];
  claims: ClaimWrite[];
  documents: DocumentPlan[];
  /** Things in the extraction that could not be written as given (dangling ids, bad dates), named. */
  issues: string[];
}

/**
 * The graph's id of a document, mention, claim or report of `corpus` (the load's corpus key), with
 * the extraction's prefix. An extraction names these by the document's path in its folder, so that
 * its export is the same wherever the folder lies; one database holds many corpora, and two with
 * the same relative paths would otherwise overwrite each other's documents. A hash of the corpus key
 * and the extraction's id: the same corpus gets the same ids on every run.
 */
export function scopedId(corpus: string, id: string): string {
  const dash = id.indexOf("-");
  return `${dash > 0 ? id.slice(0, dash) : "id"}-${hashOf(corpus, id)}`;
}

export interface PlanOptions {
  /** The corpus the documents belong to: removal of stale documents only concerns this corpus. */
  corpus: string;
}

// Offsets repeat across mentions and documents, and an Integer is immutable: one object per value
// (below a bound, so the cache stays small whatever the documents' length)
const INT_CACHE_BELOW = 65_536;
const ints: Integer[] = [];
const int = (n: number): Integer =>
  Number.isInteger(n) && n >= 0 && n < INT_CACHE_BELOW ? (ints[n] ??= neo4j.int(n)) : neo4j.int(n);
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

export function planLoad(extraction: Extraction, options: PlanOptions): LoadPlan {
  const issues: string[] = [];
  const version = extraction.extractorVersion;
  // Rows carry graph ids. A document's or claim's id recurs in each of its mentions, a mention's in its report: hashed once.
  const scopedIds = new Map<string, string>();
  const scoped = (id: string) => {
    let graphId = scopedIds.get(id);
    if (graphId === undefined) scopedIds.set(id, (graphId = scopedId(options.corpus, id)));
    return graphId;
  };
  const sources = new Map(
    extraction.sources.map((s) => [s.id, compact({ id: s.id, name: s.name, kind: s.kind, country: s.country })]),
  );
  const actors = new Map<string, ActorWrite>(
    extraction.actors.map((a) => [
      a.id,
      compact({ id: a.id, name: a.name, kind: a.kind, aliases: [...a.aliases], source: a.source }),
    ]),
  );
  for (const a of actors.values()) {
    if (a.source && !sources.has(a.source)) {
      issues.push(`actor ${a.id} names unknown source ${a.source}; not linked`);
      delete a.source;
    }
  }

  // An outlet that speaks is the Actor its Source speaks as.
  const speaksAs = new Map(extraction.sources.flatMap((s) => (s.actor ? [[s.id, s.actor] as const] : [])));
  const speakerOf = (m: Mention): string | null => {
    if (actors.has(m.actor)) return m.actor;
    const outlet = speaksAs.get(m.actor);
    if (outlet && actors.has(outlet)) return outlet;
    issues.push(
      `mention ${m.id} names ${sources.has(m.actor) ? `source ${m.actor}, which speaks as no known actor` : `unknown speaker ${m.actor}`}; not loaded`,
    );
    return null;
  };

  const docs = new Map(extraction.documents.map((d) => [d.id, d]));
  const mentionsByDoc = new Map<string, MentionWrite[]>();
  const seenMentions = new Set<string>();
  const claims: ClaimWrite[] = [];
  for (const claim of extraction.claims) {
    const claimId = scoped(claim.id);
    claims.push({ id: claimId, text: claim.text });
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
      const row: MentionWrite = {
        id: scoped(m.id),
        document: scoped(m.document),
        claim: claimId,
        actor,
        stance: m.stance,
        at: null,
        start: int(m.start),
        end: int(m.end),
        evidence: m.text,
        confidence: m.confidence,
        via: m.via, // shared with the extraction, which nothing changes
        cue: m.cue,
        rule: m.rule,
        extractorVersion: version,
      };
      listOf(mentionsByDoc, m.document).push(row);
    }
  }

  const reportsByDoc = new Map<string, Report[]>();
  for (const r of extraction.reports) {
    if (seenMentions.has(r.mention)) listOf(reportsByDoc, r.document).push(r);
    else issues.push(`report ${r.id} names mention ${r.mention}, which is not loaded; not linked`);
  }
  const reprintsByDoc = new Map<string, string[]>();
  for (const r of extraction.reprints) {
    if (docs.has(r.document) && docs.has(r.original)) listOf(reprintsByDoc, r.document).push(r.original);
    else issues.push(`reprint of ${r.original} by ${r.document} names an unknown document; not linked`);
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

  const plans: DocumentPlan[] = [];
  for (const d of [...extraction.documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    let source = d.source;
    if (source && !sources.has(source)) {
      issues.push(`document ${d.file} names unknown source ${source}; not linked`);
      source = null;
    }
    const at = toDateTime(d.publishedAt, `document ${d.file}`, issues);
    const text = d.text;
    const mentions = (mentionsByDoc.get(d.id) ?? []).sort(byOffsets);
    for (const m of mentions) m.at = at;

    const vias: LinkWrite[] = [];
    for (const m of mentions) {
      m.via.forEach((target, position) => {
        if (actors.has(target) || sources.has(target)) vias.push({ from: m.id, to: target, position: int(position) });
        else issues.push(`mention ${m.id} names unknown relay ${target}; relay not linked`);
      });
    }

    const id = scoped(d.id);
    const reports: ReportWrite[] = source
      ? (reportsByDoc.get(d.id) ?? []).map((r) => ({
          id: scoped(r.id),
          claim: scoped(r.claim),
          source,
          document: id,
          mention: scoped(r.mention),
          at,
        }))
      : [];
    const cites: LinkWrite[] = [...(citationsByDoc.get(d.id) ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([target, c]) => ({ from: id, to: target, kind: c.kind, start: int(c.start), end: int(c.end) }));
    const reprintRows = (reprintsByDoc.get(d.id) ?? []).map((to) => ({ from: id, to: scoped(to) }));

    const doc: DocumentWrite = {
      id,
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
    const contribution = { doc: { ...doc, text: sha(text) }, mentions, vias, reports, cites, reprintRows };
    doc.loadHash = sha(JSON.stringify([LOAD_FORMAT, contribution]));
    plans.push({
      id,
      file: d.file,
      loadHash: doc.loadHash,
      doc,
      mentions,
      vias,
      reports,
      cites,
      reprints: reprintRows,
      rows: 1 + mentions.length + vias.length + reports.length + cites.length + reprintRows.length,
      chars: text.length,
    });
  }

  return { extractorVersion: version, ...referencedEntities(plans, sources, actors, claims), documents: plans, issues };
}

/**
 * Only the entities some document row points at are written: what nothing points at would be
 * deleted as an orphan at the end of the load anyway, so it is never created.
 */
function referencedEntities(
  plans: DocumentPlan[],
  sources: Map<string, SourceWrite>,
  actors: Map<string, ActorWrite>,
  claims: ClaimWrite[],
) {
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
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/.test(value)) {
    const problem = isoDateProblem(value);
    if (!problem) return value;
    issues.push(`${what}: publication date ${problem}; left empty`);
    return null;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    issues.push(`${what}: publication date "${value}" is not a date; left empty`);
    return null;
  }
  return new Date(ms).toISOString();
}

function byOffsets(a: MentionWrite, b: MentionWrite): number {
  return a.start.compare(b.start) || a.end.compare(b.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

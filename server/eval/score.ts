/**
 * Scores an extraction against a gold annotation, by the rules of the shared scorer (FORMAT.md,
 * "Scoring") so that a figure here is the figure the hidden corpora give:
 * - mentions: a gold mention is found by a predicted one in the same document whose span overlaps
 *   at least half of either span, with an acceptable speaker (matched by name or alias) and the
 *   same stance; spurious predictions cost precision, except the publisher's own narration;
 * - denials: gold denials found;
 * - clustering: pairwise "same claim" precision and recall among correctly found mentions;
 * - travel: per claim seen in two or more documents, the share of its documents gathered under one
 *   predicted claim times that claim's purity;
 * - citations: which actors and sources each document cites.
 * Figures are rounded to 3 decimals as the shared scorer rounds them, before they are combined.
 */
import type { ExportMention, ScoredExport } from "./export-file.js";
import type { Gold, GoldMention } from "./gold.js";

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** A predicted mention as scored: its document key, claim and speaker as the gold knows them. */
export interface ScoredPrediction extends ExportMention {
  claim: string;
  doc: string;
  /** The speaker's name and the gold ids it resolves to. */
  speaker: { label: string; ids: Set<string> };
}

export interface ScoredGoldMention extends GoldMention {
  claim: string;
  doc: string;
}

export interface Miss {
  gold: ScoredGoldMention;
  /** The prediction over the same words, with the wrong speaker or stance; null when nothing fired there. */
  got: ScoredPrediction | null;
}

export interface TravelScore {
  claim: string;
  documents: number;
  together: number;
  score: number;
}

export interface Score {
  corpus?: string;
  overall: number;
  mentions: PRF & {
    tp: number;
    predicted: number;
    gold: number;
    spanMatchedWrongActorOrStance: number;
    actorErrors: number;
    stanceErrors: number;
  };
  denials: { found: number; gold: number; predictedDenied: number };
  clustering: PRF & { goldPairs: number; predictedPairs: number };
  travel: { score: number; claims: TravelScore[] };
  citations: PRF & { tp: number; predicted: number; gold: number };
  /** Gold mentions not found right, in gold order. */
  misses: Miss[];
  /** Predictions that count against precision, in export order. */
  unmatched: ScoredPrediction[];
}

/** The scorer's name matching: case, leading article, punctuation and spacing do not count. */
export function normName(s: string | undefined): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Documents are matched by file name alone, so an export made from another folder still lines up. */
const docKey = (d: string | undefined) =>
  String(d ?? "")
    .split("/")
    .pop()!;

const round3 = (x: number) => +x.toFixed(3);

function prf(tp: number, predicted: number, gold: number): PRF {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { precision: round3(p), recall: round3(r), f1: round3(p + r ? (2 * p * r) / (p + r) : 0) };
}

export function scoreExtraction(gold: Gold, pred: ScoredExport): Score {
  const speakers = speakerResolver(gold, pred);
  const goldDocs = new Map(gold.documents.map((d) => [docKey(d.document), d]));
  const docSource = new Map(pred.documents.map((d) => [docKey(d.file ?? d.id), d.source]));
  const docOfId = new Map(pred.documents.map((d) => [d.id, docKey(d.file ?? d.id)]));
  const predDoc = (document: string) => docOfId.get(document) ?? docKey(document);

  const goldM: ScoredGoldMention[] = gold.claims.flatMap((c) =>
    c.mentions.map((m) => ({ ...m, claim: c.id, doc: docKey(m.document) })),
  );
  const predM: ScoredPrediction[] = pred.claims.flatMap((c) =>
    c.mentions.map((m) => ({ ...m, claim: c.id, doc: predDoc(m.document), speaker: speakers(m.actor) })),
  );
  const stanceOf = (p: ScoredPrediction) => p.stance ?? "asserted";

  const isNarrator = (p: ScoredPrediction) => {
    const source = docSource.get(p.doc);
    if (source !== undefined && p.actor === source) return true;
    const narrators = goldDocs.get(p.doc)?.narrators ?? [];
    return [...p.speaker.ids].some((id) => narrators.includes(id));
  };
  const actorOk = (g: ScoredGoldMention, p: ScoredPrediction) =>
    (g.actors.includes("narrator") && isNarrator(p)) || g.actors.some((id) => p.speaker.ids.has(id));

  // Candidate pairs, right speaker and stance first, then by span overlap; each mention is used once.
  const pairs: { gi: number; pi: number; j: number; correct: boolean }[] = [];
  goldM.forEach((g, gi) =>
    predM.forEach((p, pi) => {
      const j = spanMatch(g, p);
      if (j > 0) pairs.push({ gi, pi, j, correct: actorOk(g, p) && stanceOf(p) === g.stance });
    }),
  );
  pairs.sort((a, b) => Number(b.correct) - Number(a.correct) || b.j - a.j);
  const goldPair = new Map<number, (typeof pairs)[number]>();
  const predPair = new Map<number, (typeof pairs)[number]>();
  for (const pair of pairs) {
    if (goldPair.has(pair.gi) || predPair.has(pair.pi)) continue;
    goldPair.set(pair.gi, pair);
    predPair.set(pair.pi, pair);
  }

  let tp = 0,
    spanOnly = 0,
    actorErrors = 0,
    stanceErrors = 0;
  const misses: Miss[] = [];
  goldM.forEach((g, gi) => {
    if (g.optional) return;
    const pair = goldPair.get(gi);
    if (pair?.correct) {
      tp++;
      return;
    }
    const got = pair ? predM[pair.pi] : null;
    if (got) {
      spanOnly++;
      if (!actorOk(g, got)) actorErrors++;
      if (stanceOf(got) !== g.stance) stanceErrors++;
    }
    misses.push({ gold: g, got });
  });
  let predicted = 0;
  const unmatched: ScoredPrediction[] = [];
  predM.forEach((p, pi) => {
    const pair = predPair.get(pi);
    if (pair && goldM[pair.gi].optional) return;
    if (pair?.correct) {
      predicted++;
      return;
    }
    if (!pair && isNarrator(p)) return; // the publisher's own narration, left unannotated
    predicted++;
    unmatched.push(p);
  });
  const required = goldM.filter((g) => !g.optional).length;

  const goldDenied = goldM.map((g, gi) => ({ g, gi })).filter(({ g }) => !g.optional && g.stance === "denied");
  const denials = {
    found: goldDenied.filter(({ gi }) => goldPair.get(gi)?.correct).length,
    gold: goldDenied.length,
    predictedDenied: predM.filter((p) => p.stance === "denied").length,
  };

  const matched = [...goldPair]
    .filter(([, pair]) => pair.correct)
    .map(([gi, pair]) => ({ g: goldM[gi], p: predM[pair.pi] }));
  const clustering = clusteringScore(matched);
  const travel = travelScore(gold, matched);
  const citations = citationScore(gold, pred, predDoc, speakers);
  const mentions = {
    ...prf(tp, predicted, required),
    tp,
    predicted,
    gold: required,
    spanMatchedWrongActorOrStance: spanOnly,
    actorErrors,
    stanceErrors,
  };
  return {
    corpus: gold.corpus,
    overall: round3((mentions.f1 + clustering.f1 + travel.mean + citations.f1) / 4),
    mentions,
    denials,
    clustering,
    travel: { score: round3(travel.mean), claims: travel.claims },
    citations,
    misses,
    unmatched,
  };
}

/** Resolves a predicted speaker id (an actor, else a source) to the gold ids its names carry. */
function speakerResolver(gold: Gold, pred: ScoredExport) {
  const aliasToGold = new Map<string, string>();
  const learn = (id: string, names: string[]) => {
    for (const n of names) if (!aliasToGold.has(normName(n))) aliasToGold.set(normName(n), id);
  };
  for (const a of gold.actors) learn(a.id, [a.id, a.name, ...a.aliases]);
  for (const s of gold.citedSources) learn(s.id, [s.id, ...s.aliases]);
  const goldIdsOf = (names: (string | undefined)[]) => {
    const ids = new Set<string>();
    for (const n of names) {
      const id = aliasToGold.get(normName(n));
      if (id) ids.add(id);
    }
    return ids;
  };
  const actors = new Map(pred.actors.map((a) => [a.id, a]));
  const sources = new Map(pred.sources.map((s) => [s.id, s]));
  return (id: string | undefined) => {
    const party = id === undefined ? undefined : (actors.get(id) ?? sources.get(id));
    if (!party) return { label: String(id), ids: goldIdsOf([id]) };
    return { label: party.name ?? party.id, ids: goldIdsOf([party.name, ...(party.aliases ?? [])]) };
  };
}

/** The overlap of two spans as a share of their extent, when it covers half of either; else 0. */
function spanMatch(g: ScoredGoldMention, p: ScoredPrediction): number {
  if (g.doc !== p.doc || !(p.end > p.start)) return 0;
  const overlap = Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
  if (overlap <= 0) return 0;
  const share = Math.max(overlap / (g.end - g.start), overlap / (p.end - p.start));
  return share >= 0.5 ? overlap / (Math.max(g.end, p.end) - Math.min(g.start, p.start)) : 0;
}

type Matched = { g: ScoredGoldMention; p: ScoredPrediction }[];

function clusteringScore(matched: Matched) {
  let sameBoth = 0,
    sameGold = 0,
    samePred = 0;
  for (let i = 0; i < matched.length; i++)
    for (let k = i + 1; k < matched.length; k++) {
      const sg = matched[i].g.claim === matched[k].g.claim;
      const sp = matched[i].p.claim === matched[k].p.claim;
      if (sg) sameGold++;
      if (sp) samePred++;
      if (sg && sp) sameBoth++;
    }
  return { ...prf(sameBoth, samePred, sameGold), goldPairs: sameGold, predictedPairs: samePred };
}

/** One giant predicted claim gathers every document but scores low: purity weighs the share. */
function travelScore(gold: Gold, matched: Matched): { mean: number; claims: TravelScore[] } {
  const required = matched.filter(({ g }) => !g.optional);
  const predSize = new Map<string, number>();
  for (const { p } of required) predSize.set(p.claim, (predSize.get(p.claim) ?? 0) + 1);
  const claims: TravelScore[] = [];
  for (const c of gold.claims) {
    const docs = new Set(c.mentions.filter((m) => !m.optional).map((m) => docKey(m.document)));
    if (docs.size < 2) continue;
    const byPred = new Map<string, { docs: Set<string>; n: number }>();
    for (const { g, p } of required) {
      if (g.claim !== c.id) continue;
      const entry = byPred.get(p.claim) ?? { docs: new Set<string>(), n: 0 };
      byPred.set(p.claim, entry);
      entry.docs.add(g.doc);
      entry.n++;
    }
    let best = 0,
      together = 0;
    for (const [claim, { docs: d, n }] of byPred) {
      const s = (d.size / docs.size) * (n / predSize.get(claim)!);
      if (s > best) {
        best = s;
        together = d.size;
      }
    }
    claims.push({ claim: c.id, documents: docs.size, together, score: round3(best) });
  }
  return { mean: claims.length ? claims.reduce((s, t) => s + t.score, 0) / claims.length : 0, claims };
}

function citationScore(
  gold: Gold,
  pred: ScoredExport,
  predDoc: (document: string) => string,
  speakers: ReturnType<typeof speakerResolver>,
) {
  const goldCites = new Set<string>();
  for (const d of gold.documents) for (const c of d.cites) goldCites.add(`${docKey(d.document)}|${c}`);
  const predCites = new Set<string>();
  for (const c of pred.citations)
    for (const id of speakers(c.cites ?? c.source).ids) predCites.add(`${predDoc(c.document)}|${id}`);
  const tp = [...goldCites].filter((k) => predCites.has(k)).length;
  const predicted = pred.citations.length;
  return { ...prf(tp, Math.max(predicted, tp), goldCites.size), tp, predicted, gold: goldCites.size };
}

/** The gold's documents that the extraction does not hold (by file name), e.g. when given the wrong corpus. */
export function unannotatedDocuments(gold: Gold, pred: ScoredExport): string[] {
  const held = new Set(pred.documents.map((d) => docKey(d.file ?? d.id)));
  return gold.documents.map((d) => d.document).filter((d) => !held.has(docKey(d)));
}

/**
 * A negated restatement is a denial (rule "negated-restatement"): when the army says "TLM drones hit
 * the market" and the TLM says "we did not hit the market", the TLM denies the army's claim; it does
 * not make a claim of its own. Runs after clustering, over the whole corpus, because the claim denied
 * is often stated in another outlet's article.
 *
 * A negated mention joins the claim whose affirmative wording it restates best, when that claim is
 * made by someone else, its wording is mostly contained in the claim's (IDF-weighted) and no named
 * party, place or figure differs. A negated mention with no such claim stays a claim of its own.
 */
import { type ResolvedMention, speakerOf } from "./resolved-mention.js";

/** Share of the negated wording's weight found in the claim, and their cosine, for a restatement. */
const RESTATED = 0.5;
const COSINE = 0.35;
/** Terms (not places) the two wordings must share. */
const MIN_SHARED = 2;

export const NEGATED_RESTATEMENT = "negated-restatement";

const isDenied = (m: ResolvedMention) => m.denied ?? m.raw.denied;

export function joinContradictions(mentions: ResolvedMention[], clusterOf: Map<ResolvedMention, number>): void {
  const df = new Map<string, number>();
  for (const m of mentions) for (const t of m.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(mentions.length, 2);
  const idfOf = new Map<string, number>();
  const idf = (t: string) => {
    let v = idfOf.get(t);
    if (v === undefined) {
      v = Math.log(1 + n / (df.get(t) ?? 1));
      idfOf.set(t, v);
    }
    return v;
  };

  // who states each claim affirmatively, and the wordings a negation can contradict: only a plainly
  // affirmative wording ("no evidence of a link" twice is agreement), and only a plain statement of
  // fact or intent, not a hypothesis ("as the US would if weapons were deployed"). Wordings with the
  // same terms and parties score the same (restatement() reads nothing else): each is scored once,
  // with the claims it is a wording of.
  const speakers = new Map<number, Set<string>>();
  const wordings: Wording[] = [];
  const wordingOf = new Map<string, number>();
  const byTerm = new Map<string, number[]>();
  for (const [m, c] of clusterOf) {
    if (m.features.negated || isDenied(m) || m.raw.pointsBack) continue;
    const stated = speakers.get(c) ?? new Set<string>();
    stated.add(speakerOf(m));
    speakers.set(c, stated);
    if (negatedWords(m.text).length > 0 || HYPOTHETICAL.test(m.text)) continue;
    const key = `${m.features.terms.join("\u0001")}\u0002${(m.features.entities ?? []).join("\u0001")}`;
    const known = wordingOf.get(key);
    if (known !== undefined) {
      wordings[known].claims.push(c);
      continue;
    }
    const terms = new Set(m.features.terms);
    let weight = 0;
    for (const t of terms) weight += idf(t);
    const entities = new Set(m.features.entities ?? []);
    const at = wordings.push({ mention: m, terms, weight, entities, claims: [c] }) - 1;
    wordingOf.set(key, at);
    for (const t of terms) {
      const list = byTerm.get(t);
      if (list) list.push(at);
      else byTerm.set(t, [at]);
    }
  }
  for (const w of wordings) w.claims = [...new Set(w.claims)].sort((x, y) => x - y);

  const probed = new Int32Array(wordings.length).fill(-1);
  // the claims each negation restates (its score for each), gathered by the claim the negation belongs to
  const votesOf = new Map<number | undefined, { m: ResolvedMention; scores: Map<number, number> }[]>();
  mentions.forEach((m, mi) => {
    if (!m.features.negated || isDenied(m) || m.raw.pointsBack) return;
    const negated = negatedWords(m.text);
    // "will not hesitate", "did not say when": the negation is no denial of anything
    if (negated.length === 0 || negated.some((w) => NOT_DENIALS.test(w))) return;
    const own = clusterOf.get(m);
    const speaker = speakerOf(m);
    const scores = new Map<number, number>();
    // Only a wording holding one of this one's heaviest terms can restate it: one missing terms that
    // weigh more than 1 - RESTATED of the whole holds less than RESTATED of it (restatement() scores
    // it 0), so only the postings of the heaviest terms up to that weight are looked up.
    const weights = new Map<string, number>();
    let weightA = 0;
    for (const t of m.features.terms) {
      weights.set(t, (weights.get(t) ?? 0) + idf(t));
      weightA += idf(t);
    }
    let total = 0;
    for (const w of weights.values()) total += w;
    const enough = (1 - RESTATED) * total * (1 + 1e-9);
    let covered = 0;
    for (const [t, w] of [...weights].sort((a, b) => b[1] - a[1])) {
      for (const at of byTerm.get(t) ?? []) {
        if (probed[at] === mi) continue;
        probed[at] = mi;
        const wording = wordings[at];
        const c = wording.claims.find((c) => c !== own && !speakers.get(c)!.has(speaker));
        if (c === undefined) continue;
        const score = restatement(m, weightA, wording, idf);
        if (score > (scores.get(c) ?? 0)) scores.set(c, score);
      }
      covered += w;
      if (covered > enough) break;
    }
    const votes = votesOf.get(own);
    if (votes) votes.push({ m, scores });
    else votesOf.set(own, [{ m, scores }]);
  });
  // Negations clustered as one claim deny one thing: the claim their restatements weigh most for (ties
  // to the lowest claim, whatever order the wordings come in). It takes every one of them that restates
  // it or restates nothing, so that copies of one denial do not scatter over near-duplicate claims; one
  // that restates only other claims (it names other parties) keeps its own best.
  for (const votes of votesOf.values()) {
    const target = highest(sumOf(votes.map((v) => v.scores)));
    if (target === undefined) continue;
    for (const { m, scores } of votes) {
      const joined =
        scores.size === 0
          ? speakers.get(target)!.has(speakerOf(m))
            ? undefined
            : target
          : scores.has(target)
            ? target
            : highest(scores);
      if (joined === undefined) continue;
      m.denied = true;
      m.rule = `${m.raw.rule}+${NEGATED_RESTATEMENT}`;
      clusterOf.set(m, joined);
    }
  }
}

function sumOf(maps: Map<number, number>[]): Map<number, number> {
  const total = new Map<number, number>();
  for (const map of maps) for (const [k, v] of map) total.set(k, (total.get(k) ?? 0) + v);
  return total;
}

/** The key of the highest value, ties to the lowest key. */
function highest(scores: Map<number, number>): number | undefined {
  let best: number | undefined;
  for (const [c, v] of scores)
    if (best === undefined || v > scores.get(best)! || (v === scores.get(best)! && c < best)) best = c;
  return best;
}

/** Negations that deny nothing: litotes ("not hesitate", "not rule out") and negated reporting ("did not say"). */
const NOT_DENIALS =
  /^(fall|drop|exceed|less|more|fewer|below|above|under|over|hesitate|exclude|rule|doubt|only|just|least|say|said|mention|mentioned|specify|specified|comment|commented|explain|explained|disclose|disclosed|respond|responded|reply|replied|confirm|confirmed|elaborate|elaborated|identify|identified|name|named)$/;
const NEGATION =
  /\b(?:no|not|never|nothing|none|nobody|cannot|n't)\s+(?:(?:any|a|an|the|be|been|have|has|had|yet|ever|so|longer|further|single|kind of|one)\s+)*([\p{L}-]+)/giu;

const HYPOTHETICAL = /\b(if|unless|whether|would|could|might)\b/i;

/** The word each negation in a text bears on: "did not hit the market" → hit. */
function negatedWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(NEGATION)].map((m) => m[1]);
}

/** A claim wording a negation may restate; its weight and entities are worked out once, not per negation compared with it. */
interface Wording {
  mention: ResolvedMention;
  terms: Set<string>;
  /** The IDF weight of its terms. */
  weight: number;
  entities: Set<string>;
  claims: number[];
}

/** How well the negated wording `a` (of IDF weight `weightA`) restates the claim wording `b` (cosine), or 0 when it does not. */
function restatement(a: ResolvedMention, weightA: number, b: Wording, idf: (t: string) => number): number {
  let shared = 0;
  let sharedCount = 0;
  const bTerms = b.terms;
  const weightB = b.weight;
  for (const t of a.features.terms) {
    if (bTerms.has(t)) {
      shared += idf(t);
      if (!t.startsWith("@")) sharedCount++;
    }
  }
  if (sharedCount < MIN_SHARED || !entitiesAgree(a, b.entities)) return 0;
  // as clustering weighs wordings (cluster-claims.ts): cosine, or the damped share of the shorter in the longer
  // most of the negated wording recurs in the claim, and the claim is not much more than it
  const cosine = shared / Math.sqrt(weightA * weightB);
  return shared / weightA >= RESTATED && cosine >= COSINE ? cosine : 0;
}

function entitiesAgree(a: ResolvedMention, eb: Set<string>): boolean {
  const ea = a.features.entities ?? [];
  if (ea.length === 0 || eb.size === 0) return true;
  const shared = ea.filter((e) => eb.has(e)).length;
  return shared / Math.min(ea.length, eb.size) >= 0.5;
}

export const NEGATED_NEARBY = "negated-nearby";
/** Sentences back a denial may look for what it answers, and the terms (not places) they must share. */
const NEARBY_SENTENCES = 6;
const NEARBY_SHARED = 1;

/**
 * A denial of an event that no claim's wording restates closely enough usually answers what was just
 * reported: "Blue Skerrin said oil had washed up on Vaila's beaches. The agency said the slick had not
 * reached the coast." A claim made only of such denials (every member denies, none was joined by
 * wording) joins the claim its members answer: around each member, in its document and a few sentences
 * back, the mentions stated by someone else that share a term (not a place) with it vote for their claim
 * (the nearest weighs most); wire copies of one denial each bring their own document's votes.
 */
export function joinNearbyDenials(mentions: ResolvedMention[], clusterOf: Map<ResolvedMention, number>): void {
  const membersOf = new Map<number, ResolvedMention[]>();
  for (const [m, c] of clusterOf) {
    const list = membersOf.get(c);
    if (list) list.push(m);
    else membersOf.set(c, [m]);
  }
  // decided once per claim: a claim joined to another is gone, and the one it joins holds a mention that is no denial
  const standsAlone = new Set<number>();
  for (const [c, members] of membersOf)
    if (members.every((m) => m.denied && !m.rule?.includes(NEGATED_RESTATEMENT))) standsAlone.add(c);
  const votes = new Map<number, Map<number, number>>();
  mentions.forEach((d, i) => {
    const own = clusterOf.get(d);
    if (own === undefined || !d.denied || !standsAlone.has(own)) return;
    const terms = new Set(d.features.terms.filter((t) => !t.startsWith("@")));
    const tally = votes.get(own) ?? new Map<number, number>();
    votes.set(own, tally);
    for (let k = i - 1; k >= 0; k--) {
      const m = mentions[k];
      const distance = d.raw.sentence - m.raw.sentence;
      if (m.doc !== d.doc || distance > NEARBY_SENTENCES) break;
      if (isDenied(m) || m.raw.pointsBack || m.features.negated || speakerOf(m) === speakerOf(d)) continue;
      const target = clusterOf.get(m);
      if (target === undefined || target === own || standsAlone.has(target)) continue;
      let shared = 0;
      for (const t of new Set(m.features.terms)) if (terms.has(t)) shared++;
      if (shared < NEARBY_SHARED) continue;
      tally.set(target, (tally.get(target) ?? 0) + shared / (1 + distance));
    }
  });
  for (const [own, tally] of votes) {
    const best = highest(tally);
    if (best === undefined) continue;
    for (const member of membersOf.get(own)!) {
      clusterOf.set(member, best);
      member.rule = `${member.rule ?? member.raw.rule}+${NEGATED_NEARBY}`;
    }
  }
}

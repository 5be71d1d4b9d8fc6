/**
 * Groups mentions of the same proposition across documents. Candidates come from an inverted
 * index over each mention's rarest terms (never all pairs), so a corpus clusters in near-linear
 * time; a mention joins the most similar cluster (IDF-weighted cosine over term sets) when the
 * similarity passes a threshold and the polarity matches, else it starts a new claim.
 */
import type { ClaimFeatures } from "./features.js";

export interface ClusterInput {
  features: ClaimFeatures;
  /** Who asserts it: the same claim travelling between outlets usually keeps its speaker. */
  speaker?: string;
}

export interface ClusterOptions {
  threshold: number;
  /** Terms per mention used to look up candidates. */
  probeTerms: number;
  /** Most recent clusters examined per posting list. */
  postingCap: number;
}

const CONTAINMENT_WEIGHT = 0.6;
const SAME_SPEAKER_BONUS = 0.08;
/** Candidate clusters examined per mention, after blocking. */
const MAX_CANDIDATES = 12;

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.34, probeTerms: 8, postingCap: 64 };

/** Returns, for each input (in the given order), the index of its cluster. */
export function clusterClaims(items: ClusterInput[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): number[] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(items.length, 2);
  const idf2 = new Map<string, number>();
  for (const [t, f] of df) idf2.set(t, Math.log(1 + n / f) ** 2);

  const postings = new Map<string, number[]>();
  const clusterMembers: number[][] = [];
  const clusterNegated: boolean[] = [];
  const clusterSpeakers: Set<string>[] = [];
  const termSets = items.map((it) => new Set(it.features.terms));
  const entitySets = items.map((it) => new Set(it.features.entities ?? []));
  const weightOf = items.map((it) => Math.sqrt(it.features.terms.reduce((s, t) => s + idf2.get(t)!, 0)) || 1);
  const assignment: number[] = [];

  items.forEach((it, i) => {
    // blocking: clusters sharing the mention's rarest terms, most shared first
    const probes = [...termSets[i]].map((t) => ({ t, w: idf2.get(t)! })).sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1)).slice(0, options.probeTerms).map((p) => p.t);
    const hits = new Map<number, number>();
    for (const t of probes) {
      const list = postings.get(t);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && list.length - k <= options.postingCap; k--) hits.set(list[k], (hits.get(list[k]) ?? 0) + 1);
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, MAX_CANDIDATES);
    let best = -1;
    let bestSim = options.threshold;
    for (const [c] of candidates) {
      if (clusterNegated[c] !== it.features.negated) continue;
      const members = clusterMembers[c];
      let sim = 0;
      // the first wordings and the latest: a cluster drifts, so both ends speak for it
      // a cluster may drift in wording, never in who and where: its first mention anchors the parties
      if (!entitiesAgree(entitySets[i], entitySets[members[0]])) continue;
      for (const m of members.length <= 6 ? members : [...members.slice(0, 3), ...members.slice(-3)]) sim = Math.max(sim, similarity(i, m));
      if (sim > 0 && it.speaker && clusterSpeakers[c].has(it.speaker)) sim += SAME_SPEAKER_BONUS;
      if (sim > bestSim || (sim === bestSim && best >= 0 && c < best)) { bestSim = sim; best = c; }
    }
    if (best < 0) {
      best = clusterMembers.length;
      clusterMembers.push([]);
      clusterNegated.push(it.features.negated);
      clusterSpeakers.push(new Set());
    }
    if (it.speaker) clusterSpeakers[best].add(it.speaker);
    clusterMembers[best].push(i);
    assignment.push(best);
    for (const t of termSets[i]) {
      const list = postings.get(t) ?? [];
      if (list[list.length - 1] !== best) list.push(best);
      postings.set(t, list);
    }
  });
  return assignment;

  /**
   * Cosine over IDF-weighted term sets, or (damped) the share of the shorter wording found in the
   * longer one: a short restatement of a long claim is the same claim.
   */
  function similarity(a: number, b: number): number {
    let shared = 0;
    let count = 0;
    const [small, large] = termSets[a].size <= termSets[b].size ? [termSets[a], termSets[b]] : [termSets[b], termSets[a]];
    // places alone ("Russia", "Ukraine") do not make two wordings one claim
    for (const t of small) if (large.has(t)) { shared += idf2.get(t)!; if (t.charCodeAt(0) !== 64) count++; }
    if (count < 2 || !entitiesAgree(entitySets[a], entitySets[b]) || opposed(termSets[a], termSets[b])) return 0;
    const cosine = shared / (weightOf[a] * weightOf[b]);
    const containment = shared / Math.min(weightOf[a], weightOf[b]) ** 2;
    return Math.max(cosine, CONTAINMENT_WEIGHT * containment);
  }
}

/** Terms (as features.ts folds and cuts them) that turn a wording into its opposite. */
const OPPOSITE_PAIRS: [string, string][] = [["lift", "impose"], ["raise", "reduce"], ["open", "close"], ["accept", "reject"], ["suppor", "oppose"], ["win", "lose"], ["allow", "forbid"], ["approv", "reject"], ["rise", "fall"]];
const OPPOSITE = new Map<string, string[]>();
for (const [x, y] of OPPOSITE_PAIRS) for (const [a, b] of [[x, y], [y, x]]) OPPOSITE.set(a, [...(OPPOSITE.get(a) ?? []), b]);

/** "lift the ban" vs "impose the ban": one wording holds a term whose opposite only the other holds. */
function opposed(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) {
    if (b.has(t)) continue;
    for (const o of OPPOSITE.get(t) ?? []) if (b.has(o) && !a.has(o)) return true;
  }
  return false;
}

/**
 * The same template about different parties is a different claim ("Kelmar blocked nine ships at
 * Bayt Nur" vs "Gondara blocked ten ships at Tel Mara"): when both wordings name parties, places or
 * figures, at least half of the shorter list must recur in the other.
 */
function entitiesAgree(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  let shared = 0;
  for (const e of a) if (b.has(e)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.5;
}

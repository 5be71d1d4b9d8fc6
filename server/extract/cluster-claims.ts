/**
 * Groups mentions of the same proposition across documents. Candidates come from an inverted
 * index over each mention's rarest terms (never all pairs), so a corpus clusters in near-linear
 * time; a mention joins the most similar cluster (IDF-weighted cosine over term sets, or the cosine
 * of sentence embeddings when mentions carry them) when the similarity passes a threshold and the
 * polarity matches, else it starts a new claim.
 */
import { cosine as unitCosine } from "../embed/pool.js";
import type { ClaimFeatures } from "./features.js";

export interface ClusterInput {
  features: ClaimFeatures;
  /** Who asserts it: the same claim travelling between outlets usually keeps its speaker. */
  speaker?: string;
  /** Unit sentence embedding of the wording: paraphrases that share few words are near in meaning. */
  embedding?: Float32Array;
}

export interface ClusterOptions {
  threshold: number;
  /** Terms per mention used to look up candidates. */
  probeTerms: number;
  /** Most recent clusters examined per posting list. */
  postingCap: number;
  /**
   * Subtracted from the embeddings' cosine before it competes with word similarity: embeddings rate
   * any two sentences on one event as alike (0.5 to 0.7), so only what stands above that counts, and
   * only between wordings sharing two words beyond names and places. 0.35 (all-MiniLM-L6-v2: a cosine
   * above 0.69 can join a claim) was chosen on the 17 real-news-shaped development corpora and the seeds:
   * mean overall 0.5681 against 0.5658 at 0.4, 0.5695 at 0.3 and 0.5716 at 0.25, but the seeds fall
   * from 87.1% to 84.9% at 0.3 (clustering precision 93% → 86%); a generated 1 000-document corpus with
   * gold keeps its score. Without the two-word guard, any offset below 0.4 merges different claims
   * about the same two parties ("will respond firmly to any provocation by Gondara" / "remains
   * committed to the ceasefire with Gondara": cosine 0.77): seeds 77% at 0.25.
   */
  meaningOffset: number;
}

const CONTAINMENT_WEIGHT = 0.6;
const SAME_SPEAKER_BONUS = 0.08;
/** Candidate clusters examined per mention, after blocking. */
const MAX_CANDIDATES = 12;

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.34,
  probeTerms: 8,
  postingCap: 64,
  meaningOffset: 0.35,
};

/** Returns, for each input (in the given order), the index of its cluster. */
export function clusterClaims(items: ClusterInput[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): number[] {
  // terms and entities as small integers, each item's as a slice of one flat array (in first-seen
  // order, as a Set of them would iterate): no Set per item, and membership by marking
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const df: number[] = [];
  const termStart = new Int32Array(items.length + 1);
  const flatTerms: number[] = [];
  const entityIds = new Map<string, number>();
  const entityStart = new Int32Array(items.length + 1);
  const flatEntities: number[] = [];
  {
    const seen: number[] = [];
    const seenEntity: number[] = [];
    items.forEach((it, i) => {
      for (const t of it.features.terms) {
        let id = termIds.get(t);
        if (id === undefined) {
          id = termNames.length;
          termIds.set(t, id);
          termNames.push(t);
          df.push(0);
          seen.push(-1);
        }
        df[id]++;
        if (seen[id] !== i) {
          seen[id] = i;
          flatTerms.push(id);
        }
      }
      termStart[i + 1] = flatTerms.length;
      for (const e of it.features.entities ?? []) {
        let id = entityIds.get(e);
        if (id === undefined) {
          id = entityIds.size;
          entityIds.set(e, id);
          seenEntity.push(-1);
        }
        if (seenEntity[id] !== i) {
          seenEntity[id] = i;
          flatEntities.push(id);
        }
      }
      entityStart[i + 1] = flatEntities.length;
    });
  }
  const terms = Int32Array.from(flatTerms);
  const entities = Int32Array.from(flatEntities);
  const n = Math.max(items.length, 2);
  const idf2 = Float64Array.from(df, (f) => Math.log(1 + n / f) ** 2);
  // places alone ("Russia", "Ukraine") do not make two wordings one claim
  const isPlace = Uint8Array.from(termNames, (t) => (t.charCodeAt(0) === 64 ? 1 : 0));
  // nor do names alone make two sentences alike in meaning
  const isName = new Uint8Array(termNames.length);
  for (const it of items) for (const t of it.features.names ?? []) isName[termIds.get(t)!] = 1;
  const opposites = termNames.map((t) =>
    (OPPOSITE.get(t) ?? []).map((o) => termIds.get(o)).filter((o): o is number => o !== undefined),
  );
  // probe order: rarest first, then by the term itself
  const rank = new Int32Array(termNames.length);
  termNames
    .map((_, id) => id)
    .sort((a, b) => idf2[b] - idf2[a] || (termNames[a] < termNames[b] ? -1 : 1))
    .forEach((id, r) => (rank[id] = r));
  // the sum runs over the item's terms as given (repeats included), in order
  const weightOf = new Float64Array(items.length);
  items.forEach((it, i) => {
    let sum = 0;
    for (const t of it.features.terms) sum += idf2[termIds.get(t)!];
    weightOf[i] = Math.sqrt(sum) || 1;
  });

  const postings: number[][] = termNames.map(() => []);
  const clusterMembers: number[][] = [];
  const clusterNegated: boolean[] = [];
  const clusterSpeakers: Set<string>[] = [];
  const assignment: number[] = [];
  // marks: the current item's terms and entities, and the member compared with it
  const markI = new Int32Array(termNames.length).fill(-1);
  const markM = new Int32Array(termNames.length).fill(-1);
  const entityMarkI = new Int32Array(entityIds.size).fill(-1);
  let markMStamp = 0;
  const hits = new Int32Array(items.length);
  const touched: number[] = [];
  const top: number[] = [];
  const probes = new Int32Array(options.probeTerms);

  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const t0 = termStart[i],
      t1 = termStart[i + 1];
    for (let k = t0; k < t1; k++) markI[terms[k]] = i;
    for (let k = entityStart[i]; k < entityStart[i + 1]; k++) entityMarkI[entities[k]] = i;
    // blocking: clusters sharing the mention's rarest terms, most shared first
    // (the first probeTerms by rank, kept in order as they come: no copy and sort of every term per mention)
    let probed = 0;
    for (let k = t0; k < t1; k++) {
      const t = terms[k];
      if (probed === probes.length && rank[t] > rank[probes[probed - 1]]) continue;
      let at = probed < probes.length ? probed++ : probed - 1;
      while (at > 0 && rank[probes[at - 1]] > rank[t]) {
        probes[at] = probes[at - 1];
        at--;
      }
      probes[at] = t;
    }
    for (let p = 0; p < probed; p++) {
      const list = postings[probes[p]];
      for (let k = list.length - 1; k >= 0 && list.length - k <= options.postingCap; k--) {
        const c = list[k];
        if (hits[c]++ === 0) touched.push(c);
      }
    }
    // the MAX_CANDIDATES clusters with most hits (ties: the latest cluster first), in that order
    top.length = 0;
    for (const c of touched) {
      if (top.length === MAX_CANDIDATES && !before(c, top[top.length - 1])) continue;
      let at = top.length < MAX_CANDIDATES ? top.length : MAX_CANDIDATES - 1;
      while (at > 0 && before(c, top[at - 1])) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = c;
    }
    let best = -1;
    let bestSim = options.threshold;
    for (const c of top) {
      if (clusterNegated[c] !== it.features.negated) continue;
      const members = clusterMembers[c];
      let sim = 0;
      // the first wordings and the latest: a cluster drifts, so both ends speak for it
      // a cluster may drift in wording, never in who and where: its first mention anchors the parties
      if (!entitiesAgreeWith(i, members[0])) continue;
      // by index, not through a copy of the six: this runs for every candidate of every mention
      const size = members.length;
      for (let k = 0; k < Math.min(size, 6); k++) {
        const m = members[size <= 6 || k < 3 ? k : size - 6 + k];
        sim = Math.max(sim, similarity(i, m, m === members[0]));
      }
      if (sim > 0 && it.speaker && clusterSpeakers[c].has(it.speaker)) sim += SAME_SPEAKER_BONUS;
      if (sim > bestSim || (sim === bestSim && best >= 0 && c < best)) {
        bestSim = sim;
        best = c;
      }
    }
    for (const c of touched) hits[c] = 0;
    touched.length = 0;
    if (best < 0) {
      best = clusterMembers.length;
      clusterMembers.push([]);
      clusterNegated.push(it.features.negated);
      clusterSpeakers.push(new Set());
    }
    if (it.speaker) clusterSpeakers[best].add(it.speaker);
    clusterMembers[best].push(i);
    assignment.push(best);
    for (let k = t0; k < t1; k++) {
      const list = postings[terms[k]];
      if (list[list.length - 1] !== best) list.push(best);
    }
  }
  return assignment;

  function before(a: number, b: number): boolean {
    return hits[a] > hits[b] || (hits[a] === hits[b] && a > b);
  }

  /**
   * The same template about different parties is a different claim ("Kelmar blocked nine ships at
   * Bayt Nur" vs "Gondara blocked ten ships at Tel Mara"): when both wordings name parties, places or
   * figures, at least half of the shorter list must recur in the other. `i` is the current item.
   */
  function entitiesAgreeWith(i: number, m: number): boolean {
    const a = entityStart[i + 1] - entityStart[i];
    const b = entityStart[m + 1] - entityStart[m];
    if (a === 0 || b === 0) return true;
    let shared = 0;
    for (let k = entityStart[m]; k < entityStart[m + 1]; k++) if (entityMarkI[entities[k]] === i) shared++;
    return shared / Math.min(a, b) >= 0.5;
  }

  /**
   * Cosine over IDF-weighted term sets, or (damped) the share of the shorter wording found in the
   * longer one: a short restatement of a long claim is the same claim. Or, when both carry
   * embeddings, `b` is its cluster's first mention and that is higher, their cosine less the offset:
   * meaning is weighed against the claim as first stated, so near-misses do not chain a cluster
   * from one topic to the next ("serious dialogue" → "serious call" → "the call set the tone"). Either way the guards hold: a
   * paraphrase about other parties, or with a term turned to its opposite, is another claim.
   * `a` is the current item.
   */
  function similarity(a: number, b: number, byMeaning: boolean): number {
    const stamp = ++markMStamp;
    const b0 = termStart[b],
      b1 = termStart[b + 1];
    for (let k = b0; k < b1; k++) markM[terms[k]] = stamp;
    let shared = 0;
    let count = 0;
    let content = 0;
    const a0 = termStart[a],
      a1 = termStart[a + 1];
    // summed over the smaller set in its order (the larger one's when both are the same size)
    if (a1 - a0 <= b1 - b0) {
      for (let k = a0; k < a1; k++) {
        const t = terms[k];
        if (markM[t] === stamp) {
          shared += idf2[t];
          if (!isPlace[t]) count++;
          if (!isPlace[t] && !isName[t]) content++;
        }
      }
    } else {
      for (let k = b0; k < b1; k++) {
        const t = terms[k];
        if (markI[t] === a) {
          shared += idf2[t];
          if (!isPlace[t]) count++;
          if (!isPlace[t] && !isName[t]) content++;
        }
      }
    }
    const cosine = shared / (weightOf[a] * weightOf[b]);
    const containment = shared / Math.min(weightOf[a], weightOf[b]) ** 2;
    // one shared word is no match, unless it is all one wording says and the speaker is the same:
    // the defence's "we will appeal" is its "the defence would appeal to the Supreme Court"
    const words =
      count >= 2 || (count === 1 && containment >= 0.999 && sameSpeaker(a, b))
        ? Math.max(cosine, CONTAINMENT_WEIGHT * containment)
        : 0;
    const ea = items[a].embedding,
      eb = items[b].embedding;
    // meaning counts only between wordings that share two words beyond names and places: two sentences
    // about the same parties read alike to the model whatever they say of them
    const sim =
      byMeaning && ea && eb && content >= 2 ? Math.max(words, unitCosine(ea, eb) - options.meaningOffset) : words;
    if (sim <= 0 || !entitiesAgreeWith(a, b) || opposed(a, stamp)) return 0;
    return sim;
  }

  function sameSpeaker(a: number, b: number): boolean {
    return items[a].speaker !== undefined && items[a].speaker === items[b].speaker;
  }

  /**
   * "lift the ban" vs "impose the ban": one wording holds a term whose opposite only the other holds.
   * `a` is the current item, the other's terms are marked with `stamp` (a function of its own, not a
   * closure in similarity, which would then allocate its scope on every call).
   */
  function opposed(a: number, stamp: number): boolean {
    for (let k = termStart[a]; k < termStart[a + 1]; k++) {
      const t = terms[k];
      if (markM[t] === stamp) continue;
      for (const o of opposites[t]) if (markM[o] === stamp && markI[o] !== a) return true;
    }
    return false;
  }
}

/** Terms (as features.ts folds and cuts them) that turn a wording into its opposite. */
const OPPOSITE_PAIRS: [string, string][] = [
  ["lift", "impose"],
  ["raise", "reduce"],
  ["open", "close"],
  ["accept", "reject"],
  ["suppor", "oppose"],
  ["win", "lose"],
  ["allow", "forbid"],
  ["approv", "reject"],
  ["rise", "fall"],
];
const OPPOSITE = new Map<string, string[]>();
for (const [x, y] of OPPOSITE_PAIRS)
  for (const [a, b] of [
    [x, y],
    [y, x],
  ])
    OPPOSITE.set(a, [...(OPPOSITE.get(a) ?? []), b]);

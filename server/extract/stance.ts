/**
 * A denial that points back ("poured cold water on the claim", "rejected the report") joins the
 * claim it rejects: among the document's earlier mentions nearby, the one whose claim shares most
 * words with the denial's sentence, or whose speaker the denial names; ties go to the nearest. A
 * headline's rebuttal looks ahead instead, into the article it heads.
 */
import { type ResolvedMention, speakerOf, unusedClaim } from "./resolved-mention.js";

const LOOKBACK_SENTENCES = 5;
const isHeadline = (m: ResolvedMention) => m.raw.rule.startsWith("headline-");

export function resolveDenialTargets(mentions: ResolvedMention[], clusterOf: Map<ResolvedMention, number>): void {
  const candidatesOf = (i: number): ResolvedMention[] => {
    const d = mentions[i];
    const out: ResolvedMention[] = [];
    // a headline's rebuttal ("Ministry denies report") answers what the article goes on to tell
    const step = isHeadline(d) ? 1 : -1;
    for (let k = i + step; k >= 0 && k < mentions.length; k += step) {
      const m = mentions[k];
      if (m.doc !== d.doc) break;
      if (Math.abs(d.raw.sentence - m.raw.sentence) > LOOKBACK_SENTENCES) break;
      if (m.raw.pointsBack || m.raw.cue === "narration" || m.actor.draft === d.actor.draft) continue;
      out.push(m);
    }
    return out;
  };
  // the terms of only those claims a denial may point at (all of them would be a set per claim)
  const wanted = new Set<number>();
  mentions.forEach((d, i) => {
    if (d.raw.pointsBack && d.context) for (const m of candidatesOf(i)) wanted.add(clusterOf.get(m)!);
  });
  const termsOfCluster = new Map<number, Set<string>>();
  for (const [m, c] of clusterOf) {
    if (!wanted.has(c)) continue;
    const set = termsOfCluster.get(c) ?? new Set<string>();
    for (const t of m.features.terms) set.add(t);
    termsOfCluster.set(c, set);
  }
  mentions.forEach((d, i) => {
    if (!d.raw.pointsBack || !d.context) return;
    let best: ResolvedMention | undefined;
    let bestScore = -1;
    for (const m of candidatesOf(i)) {
      const terms = termsOfCluster.get(clusterOf.get(m)!) ?? new Set();
      let score = d.context.terms.filter((t) => terms.has(t)).length;
      const named = m.actor.draft
        ? [...m.actor.draft.aliases].some((a) => a.length > 2 && d.context!.text.includes(a))
        : false;
      if (named) score += 2;
      // "rejected the criticism" points at a criticising, "denied the accusation" at an accusing
      const cue = m.raw.cue.split(" ")[0].slice(0, 5);
      if (cue.length >= 4 && d.context.objectHeads.some((h) => h.startsWith(cue))) score += 3;
      if (score > bestScore) {
        bestScore = score;
        best = m;
      }
    }
    // looking ahead, only a claim the headline names in words is the one it rebuts
    if (best && (bestScore > 0 || !isHeadline(d))) clusterOf.set(d, clusterOf.get(best)!);
  });
  joinPointerCopies(mentions, clusterOf);
}

/**
 * Copies of one pointer ("Mercantia rejected the allegations" in a wire and in its reprint) answer one
 * claim: those whose article offered nothing to point at join a copy that found its claim, or else
 * stand together as one claim.
 */
function joinPointerCopies(mentions: ResolvedMention[], clusterOf: Map<ResolvedMention, number>): void {
  const copies = new Map<string, ResolvedMention[]>();
  for (const d of mentions) {
    if (!d.raw.pointsBack) continue;
    const key = `${speakerOf(d)}\u0001${d.text.toLowerCase()}`;
    const group = copies.get(key);
    if (group) group.push(d);
    else copies.set(key, [d]);
  }
  let next = unusedClaim(clusterOf);
  for (const group of copies.values()) {
    if (group.length < 2) continue;
    const found = group.find((d) => clusterOf.has(d));
    const claim = found ? clusterOf.get(found)! : next++;
    for (const d of group) if (!clusterOf.has(d)) clusterOf.set(d, claim);
  }
}

/**
 * A score as people read it: one line per part and, verbose, every gold mention missed and every
 * prediction that counts against precision, each with the extraction rule that fired, so a wrong
 * figure leads straight to the rule to fix.
 */
import type { Score, ScoredPrediction } from "./score.js";

const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + "%";
const clip = (s: string | undefined, n: number) => {
  const flat = (s ?? "").replace(/\s+/g, " ").trim();
  return flat.length > n ? flat.slice(0, n - 1) + "…" : flat;
};
const ruleOf = (p: ScoredPrediction) => `rule ${p.rule ?? "(not named)"}`;

export function formatScore(s: Score, options: { verbose?: boolean } = {}): string {
  const m = s.mentions;
  const lines = [
    `corpus ${s.corpus ?? "(unnamed)"}`,
    `mentions    P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   (${m.tp} right of ${m.gold} gold, ${m.predicted} counted predictions; ${m.spanMatchedWrongActorOrStance} found with wrong actor/stance)`,
    `denials     ${s.denials.found} of ${s.denials.gold} gold denials found; ${s.denials.predictedDenied} mentions predicted as denied`,
    `clustering  P ${pct(s.clustering.precision)}  R ${pct(s.clustering.recall)}  F1 ${pct(s.clustering.f1)}   (same-claim pairs among correct mentions)`,
    `travel      ${pct(s.travel.score)}   (share of each multi-outlet claim's documents gathered under one pure claim)`,
    `citations   P ${pct(s.citations.precision)}  R ${pct(s.citations.recall)}  F1 ${pct(s.citations.f1)}`,
    `overall     ${pct(s.overall)}`,
  ];
  if (options.verbose) {
    lines.push("", `missed or wrong (${s.misses.length} gold mentions):`);
    for (const { gold: g, got } of s.misses) {
      lines.push(
        `  [${g.doc}] ${g.claim}: ${g.stance} by ${g.actors.join("|")} @${g.start}-${g.end}: ${clip(g.evidence, 90)}`,
      );
      lines.push(
        got
          ? `      got ${got.stance ?? "asserted"} by ${got.speaker.label} (${ruleOf(got)})`
          : "      no prediction covers these words",
      );
    }
    lines.push("", `unmatched predictions (${s.unmatched.length}, counted against precision):`);
    for (const p of s.unmatched)
      lines.push(
        `  [${p.doc}] ${p.stance ?? "asserted"} by ${p.speaker.label} @${p.start}-${p.end} (${ruleOf(p)}, claim ${p.claim}): ${clip(p.text, 90)}`,
      );
  }
  return lines.join("\n");
}

/** The score as JSON: the shared scorer's fields; with `verbose`, the misses and unmatched predictions too. */
export function scoreJson(s: Score, options: { verbose?: boolean } = {}): object {
  const { misses, unmatched, ...figures } = s;
  if (!options.verbose) return figures;
  const prediction = (p: ScoredPrediction) => ({
    document: p.doc,
    start: p.start,
    end: p.end,
    claim: p.claim,
    actor: p.actor,
    speaker: p.speaker.label,
    stance: p.stance ?? "asserted",
    rule: p.rule ?? null,
    text: p.text ?? null,
  });
  return {
    ...figures,
    misses: misses.map(({ gold: g, got }) => ({
      gold: {
        document: g.doc,
        start: g.start,
        end: g.end,
        claim: g.claim,
        actors: g.actors,
        stance: g.stance,
        evidence: g.evidence,
      },
      got: got ? prediction(got) : null,
    })),
    unmatched: unmatched.map(prediction),
  };
}

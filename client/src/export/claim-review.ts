/**
 * A claim's evidence as a schema.org ClaimReview packet (JSON-LD): the claim, its first
 * appearance and every appearance (the documents, their publishers, dates and the exact words).
 * The explorer rates nothing, so instead of a verdict the rating names what the corpus shows.
 */
import type { ClaimEvidenceData, MentionData } from "../api/types.js";
import { plural, times } from "../text/plural.js";

/**
 * The scale of reviewRating (docs/claimreview.md): how the corpus stands on the claim, not whether
 * it is true. 1: only denied; 2: asserted and denied; 3: asserted and never denied.
 */
export const agreementScale = { worstRating: 1, bestRating: 3 } as const;

function agreement(claim: ClaimEvidenceData): { value: 1 | 2 | 3; name: string } {
  if (claim.contested)
    return { value: 2, name: `Contested: asserted ${times(claim.assertedCount)}, denied ${times(claim.deniedCount)}` };
  if (claim.deniedCount > 0)
    return { value: 1, name: `Denied ${times(claim.deniedCount)}, asserted by nobody in the corpus` };
  return { value: 3, name: `Asserted ${times(claim.assertedCount)}, not denied in the corpus` };
}

function creativeWork(m: MentionData) {
  return {
    "@type": "CreativeWork",
    headline: m.document.title,
    ...(m.document.url ? { url: m.document.url } : {}),
    ...(m.document.publishedAt ? { datePublished: m.document.publishedAt } : {}),
    ...(m.document.source ? { publisher: { "@type": "Organization", name: m.document.source.name } } : {}),
    author: { "@type": m.actor.kind === "person" ? "Person" : "Organization", name: m.actor.name },
    text: m.evidence,
    // Where the words are, so the packet can be checked against the stored document.
    identifier: `${m.document.id}#${m.start}-${m.end}`,
    ...(m.via.length
      ? { isBasedOn: m.via.map((p) => ({ "@type": p.type === "SOURCE" ? "Organization" : "Thing", name: p.name })) }
      : {}),
    additionalProperty: [
      { "@type": "PropertyValue", name: "stance", value: m.stance.toLowerCase() },
      { "@type": "PropertyValue", name: "confidence", value: m.confidence },
    ],
  };
}

export function claimReview(claim: ClaimEvidenceData, pageUrl: string, now = new Date()): Record<string, unknown> {
  const byTime = [...claim.mentions].sort(
    (a, b) => Date.parse(a.at ?? a.document.publishedAt ?? "") - Date.parse(b.at ?? b.document.publishedAt ?? "") || 0,
  );
  const first = byTime[0];
  const asserters = [...new Set(claim.mentions.filter((m) => m.stance === "ASSERTED").map((m) => m.actor.name))];
  const deniers = [...new Set(claim.mentions.filter((m) => m.stance === "DENIED").map((m) => m.actor.name))];
  const rating = agreement(claim);
  const summary = rating.name;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    datePublished: now.toISOString(),
    claimReviewed: claim.text,
    reviewBody: `${summary}. Asserted by: ${asserters.join(", ") || "nobody"}. Denied by: ${deniers.join(", ") || "nobody"}. Reported by ${plural(claim.outlets, "outlet")}.`,
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      ...agreementScale,
      alternateName: summary,
      ratingExplanation:
        "How the corpus stands on the claim, not a verdict on its truth: 1 only denied, 2 contested (asserted and denied), 3 asserted and never denied. See docs/claimreview.md.",
    },
    author: { "@type": "Organization", name: "Narrative Network Explorer (automatic extraction)" },
    itemReviewed: {
      "@type": "Claim",
      identifier: claim.id,
      text: claim.text,
      ...(claim.firstSeen ? { datePublished: claim.firstSeen } : {}),
      ...(first
        ? { author: { "@type": first.actor.kind === "person" ? "Person" : "Organization", name: first.actor.name } }
        : {}),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
      appearance: byTime.map(creativeWork),
    },
  };
}

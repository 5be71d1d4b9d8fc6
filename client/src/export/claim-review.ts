/**
 * A claim's evidence as a schema.org ClaimReview packet (JSON-LD): the claim, its first
 * appearance and every appearance (the documents, their publishers, dates and the exact words).
 * The explorer rates nothing, so instead of a verdict the rating names what the corpus shows.
 */
import type { ClaimEvidenceData, MentionData } from "../api/types.js";

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
    ...(m.via.length ? { "isBasedOn": m.via.map((p) => ({ "@type": p.type === "SOURCE" ? "Organization" : "Thing", name: p.name })) } : {}),
    additionalProperty: [
      { "@type": "PropertyValue", name: "stance", value: m.stance.toLowerCase() },
      { "@type": "PropertyValue", name: "confidence", value: m.confidence },
    ],
  };
}

export function claimReview(claim: ClaimEvidenceData, pageUrl: string, now = new Date()): Record<string, unknown> {
  const byTime = [...claim.mentions].sort((a, b) => Date.parse(a.at ?? a.document.publishedAt ?? "") - Date.parse(b.at ?? b.document.publishedAt ?? "") || 0);
  const first = byTime[0];
  const asserters = [...new Set(claim.mentions.filter((m) => m.stance === "ASSERTED").map((m) => m.actor.name))];
  const deniers = [...new Set(claim.mentions.filter((m) => m.stance === "DENIED").map((m) => m.actor.name))];
  const summary = claim.contested
    ? `Contested: asserted ${claim.assertedCount} times, denied ${claim.deniedCount} times`
    : claim.deniedCount > 0
      ? `Denied ${claim.deniedCount} times`
      : `Asserted ${claim.assertedCount} times, not denied in the corpus`;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    datePublished: now.toISOString(),
    claimReviewed: claim.text,
    reviewBody: `${summary}. Asserted by: ${asserters.join(", ") || "nobody"}. Denied by: ${deniers.join(", ") || "nobody"}. Reported by ${claim.outlets} outlet(s).`,
    reviewRating: { "@type": "Rating", alternateName: summary },
    author: { "@type": "Organization", name: "Narrative Network Explorer (automatic extraction)" },
    itemReviewed: {
      "@type": "Claim",
      identifier: claim.id,
      text: claim.text,
      ...(claim.firstSeen ? { datePublished: claim.firstSeen } : {}),
      ...(first ? { author: { "@type": first.actor.kind === "person" ? "Person" : "Organization", name: first.actor.name } } : {}),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
      appearance: byTime.map(creativeWork),
    },
  };
}

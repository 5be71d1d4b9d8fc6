import { describe, expect, it } from "vitest";
import type { ClaimEvidenceData } from "../../../client/src/api/types.js";
import { claimReview } from "../../../client/src/export/claim-review.js";

const doc = (id: string, at: string, source: string) => ({
  id,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  publishedAt: at,
  file: `${id}.txt`,
  source: { id: `src-${source}`, name: source, kind: "newspaper" },
});
const mention = (id: string, stance: "ASSERTED" | "DENIED", actor: string, d: ReturnType<typeof doc>) => ({
  id,
  stance,
  evidence: `words of ${id}`,
  start: 1,
  end: 9,
  confidence: 0.8,
  at: d.publishedAt,
  cue: null,
  rule: null,
  cursor: null,
  actor: { id: `act-${actor}`, name: actor, kind: "person", source: null },
  via: [],
  document: d,
});

describe("claimReview", () => {
  const claim: ClaimEvidenceData = {
    id: "clm-1",
    text: "No offensive weapons",
    firstSeen: "2021-12-30T21:30:00Z",
    outlets: 2,
    mentionCount: 2,
    assertedCount: 1,
    deniedCount: 1,
    contested: true,
    mentions: [
      mention("m2", "DENIED", "White House", doc("d2", "2021-12-31T10:00:00Z", "RT")),
      mention("m1", "ASSERTED", "Biden", doc("d1", "2021-12-30T21:30:00Z", "Kremlin")),
    ],
    wordings: [],
  };

  it("is a schema.org ClaimReview of a Claim with its first appearance and every appearance", () => {
    const packet = claimReview(
      claim,
      "https://explorer.example/?claim=clm-1",
      new Date("2022-01-01T00:00:00Z"),
    ) as Record<string, any>;
    expect(packet["@context"]).toBe("https://schema.org");
    expect(packet["@type"]).toBe("ClaimReview");
    expect(packet.claimReviewed).toBe("No offensive weapons");
    expect(packet.itemReviewed["@type"]).toBe("Claim");
    expect(packet.itemReviewed.firstAppearance.url).toBe("https://example.org/d1");
    expect(packet.itemReviewed.appearance.map((a: any) => a.url)).toEqual([
      "https://example.org/d1",
      "https://example.org/d2",
    ]);
    expect(packet.itemReviewed.appearance[1].additionalProperty).toContainEqual({
      "@type": "PropertyValue",
      name: "stance",
      value: "denied",
    });
    expect(packet.reviewRating.alternateName).toMatch(/contested/i);
  });

  it("rates how the corpus stands on the claim on the documented 1–3 scale", () => {
    const rating = (c: Partial<ClaimEvidenceData>) =>
      (claimReview({ ...claim, ...c }, "https://explorer.example/") as Record<string, any>).reviewRating;
    expect(rating({})).toMatchObject({ ratingValue: 2, worstRating: 1, bestRating: 3 });
    expect(rating({ contested: false, assertedCount: 0, deniedCount: 1 })).toMatchObject({
      ratingValue: 1,
      alternateName: "Denied once, asserted by nobody in the corpus",
    });
    expect(rating({ contested: false, assertedCount: 2, deniedCount: 0 })).toMatchObject({
      ratingValue: 3,
      alternateName: "Asserted twice, not denied in the corpus",
    });
  });
});

/** Claim clustering with the real sentence-embedding model: paraphrases join, the guards still hold. */
import { beforeAll, describe, expect, it } from "vitest";
import { clusterClaims } from "../../../server/extract/cluster-claims.js";
import { type Embeddings, embedHere } from "../../../server/extract/embeddings.js";
import { featuresOf } from "../../../server/extract/features.js";
import { analyse } from "../../../server/extract/nlp.js";

const features = (text: string) => {
  const a = analyse(text);
  return featuresOf(a.tokens, 0, a.tokens.length);
};

const TEXTS = {
  incursion: "Kelmar troops crossed the border overnight",
  incursionParaphrase: "Kelmar troops entered Gondaran land after crossing the frontier at night",
  incursionDenied: "Kelmar troops did not cross the border overnight",
  retaliation: "Kelmar will respond firmly to any provocation by Gondara",
  truce: "Kelmar remains committed to the ceasefire with Gondara",
  blockade: "Kelmar blocked nine ships at Bayt Nur",
  blockadeElsewhere: "Gondara blocked ten ships at Tel Mara",
};
let vectors: Embeddings;
beforeAll(async () => {
  const got = await embedHere(Object.values(TEXTS));
  if (!got) throw new Error("the sentence-embedding model did not load");
  vectors = got;
}, 300_000);

const cluster = (texts: string[], withMeaning: boolean) =>
  clusterClaims(texts.map((t) => ({ features: features(t), embedding: withMeaning ? vectors.get(t) : undefined })));

describe("claim clustering by meaning", () => {
  it("joins a paraphrase that shares few words, which word similarity alone leaves apart", () => {
    const texts = [TEXTS.incursion, TEXTS.incursionParaphrase];
    const [a, b] = cluster(texts, true);
    expect(a).toBe(b);
    const [c, d] = cluster(texts, false);
    expect(c).not.toBe(d);
  });

  it("never joins a claim with its negation, however near in meaning", () => {
    const [a, b] = cluster([TEXTS.incursion, TEXTS.incursionDenied], true);
    expect(a).not.toBe(b);
  });

  it("keeps apart what the same parties are said to do, which the model rates alike for their names", () => {
    const [a, b] = cluster([TEXTS.retaliation, TEXTS.truce], true);
    expect(a).not.toBe(b);
  });

  it("keeps the same template about other parties apart", () => {
    const [a, b] = cluster([TEXTS.blockade, TEXTS.blockadeElsewhere], true);
    expect(a).not.toBe(b);
  });
});

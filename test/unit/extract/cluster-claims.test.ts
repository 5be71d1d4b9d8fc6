import { describe, expect, it } from "vitest";
import { clusterClaims } from "../../../server/extract/cluster-claims.js";
import { featuresOf } from "../../../server/extract/features.js";
import { extractCorpus } from "../../../server/extract/index.js";
import { analyse } from "../../../server/extract/nlp.js";
import { readDocument } from "../../../server/extract/read-document.js";
import { doc, mentionsOf } from "./helpers.js";

const features = (text: string) => {
  const a = analyse(text);
  return featuresOf(a.tokens, 0, a.tokens.length);
};
const cluster = (texts: string[]) => clusterClaims(texts.map((t) => ({ features: features(t) })));

describe("claim clustering", () => {
  it("keeps wording drift together (grave error → big mistake → colossal mistake)", () => {
    const ids = cluster([
      "new tariffs would be a grave error that could wreck trade relations",
      "new tariffs would be a big mistake and wreck trade relations",
      "the new tariffs are a colossal mistake for trade relations",
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it("never merges a claim with its negation", () => {
    const ids = cluster(["the company will close the plant in Leeds", "the company will not close the plant in Leeds"]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("a contrast ('not A, but B') is not a negated claim", () => {
    expect(features("the goal is not a truce, but lasting peace").negated).toBe(false);
    expect(features("the goal is never a truce").negated).toBe(true);
  });

  it("does not merge different propositions that share places and names", () => {
    const ids = cluster(["Russia will hold talks with Ukraine in Geneva", "Russia shelled ports in Ukraine overnight"]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("a figure joins wordings and tells claims apart ('the toll stands at 214 dead' ~ '214 dead', not '600 dead')", () => {
    const ids = cluster(["the official toll stands at 214 dead", "214 dead", "600 dead"]);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
    // a year dates a claim, it is not what the claim is about
    expect(features("the plant closed in 2019 after 40 years").entities).toEqual(["40"]);
  });

  it("one shared word is a match only when it is all one wording says and the speaker is the same", () => {
    const said = (speaker: string, ...texts: string[]) => texts.map((t) => ({ features: features(t), speaker }));
    const [long, short] = clusterClaims(
      said("defence", "the defence would appeal to the Supreme Court", "they will appeal"),
    );
    expect(short).toBe(long);
    const [other, shortOther] = clusterClaims([
      ...said("defence", "the defence would appeal to the Supreme Court"),
      ...said("prosecutor", "they will appeal"),
    ]);
    expect(shortOther).not.toBe(other);
  });

  it("folds places to their state and parts of hyphenated words", () => {
    expect(features("Washington will send aid to Kyiv").terms).toEqual(
      expect.arrayContaining(["@United States", "@Ukraine"]),
    );
    expect(features("US-Russia relations").terms).toEqual(expect.arrayContaining(["@United States", "@Russia"]));
  });

  it("is deterministic and gives stable claim ids across runs", () => {
    const docs = [
      doc("a.txt", "Mayor Lee said the tunnel would open in March.", "A", "newspaper", "2024-01-01"),
      doc("b.txt", "The tunnel will open in March, Mayor Lee said.", "B", "newspaper", "2024-01-02"),
    ];
    const one = extractCorpus(docs);
    const two = extractCorpus([...docs].reverse());
    expect(two).toEqual(one);
    const found = mentionsOf(one);
    expect(new Set(found.map((m) => m.claim)).size).toBe(1);
  });

  it("gives the same extraction from readings made elsewhere (worker threads)", () => {
    const docs = [
      doc("a.txt", "Mayor Lee said the tunnel would open in March.", "A"),
      doc("b.txt", "The tunnel will open in March, Lee said.", "B"),
    ];
    const readings = new Map(docs.map((d) => [d.id, readDocument(d.text)]));
    expect(extractCorpus(docs, { readings })).toEqual(extractCorpus(docs));
  });

  it("scales by blocking: many unrelated mentions each end in their own claim", () => {
    const words = [
      "apple",
      "harbor",
      "violin",
      "glacier",
      "tractor",
      "lantern",
      "meteor",
      "orchid",
      "pylon",
      "quartz",
      "saddle",
      "tundra",
    ];
    const texts: string[] = [];
    for (let i = 0; i < 400; i++)
      texts.push(`${words[i % 12]} ${words[(i * 7 + 3) % 12]} report number ${i} about ${words[(i * 5 + 1) % 12]}${i}`);
    const ids = clusterClaims(
      texts.map((t) => ({ features: { terms: t.split(" ").filter((w) => w.length > 3), negated: false } })),
    );
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBeGreaterThan(1);
  });
});

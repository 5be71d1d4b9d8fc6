import { describe, expect, it } from "vitest";
import { clusterClaims } from "../../../server/extract/cluster-claims.js";
import { featuresOf } from "../../../server/extract/features.js";
import { analyse } from "../../../server/extract/nlp.js";

const features = (text: string) => {
  const a = analyse(text);
  return featuresOf(a.tokens, 0, a.tokens.length);
};
const cluster = (texts: string[]) => clusterClaims(texts.map((t) => ({ features: features(t) })));
const same = (texts: string[]) => new Set(cluster(texts)).size === 1;

describe("paraphrases across outlets", () => {
  it("folds a country, its demonym and 'counterpart' to the same party (urged Chile to lift … / urged his Chilean counterpart to scrap …)", () => {
    expect(
      same([
        "Peru urged Chile to lift its import ban on Peruvian grapes",
        "Peru urged his Chilean counterpart to scrap the ban on grape imports from Peru",
      ]),
    ).toBe(true);
  });

  it("folds common news paraphrases of timing and arranging (hold … at an early date / arrange … soon)", () => {
    expect(
      same([
        "the two ministers agreed to hold a meeting of the joint fisheries commission at an early date",
        "the two ministers agreed to arrange a session of the joint fisheries commission soon",
      ]),
    ).toBe(true);
  });

  it("folds continue/keep and the people/public of a state", () => {
    expect(
      same([
        "Chile would continue to take necessary measures to protect the health of its people",
        "Chile would keep taking the measures needed to protect public health",
      ]),
    ).toBe(true);
  });

  it("folds a place written in three or four words ('the Republic of Korea') and reads 'take place' as no placing", () => {
    expect(
      same([
        "the ministers agreed to hold a summit with the Republic of Korea at an early date",
        "the ministers agreed that a summit with South Korea should take place soon",
      ]),
    ).toBe(true);
    expect(
      same([
        "the ministers agreed to hold a summit with the Republic of Korea at an early date",
        "the ministers agreed to hold a summit with North Korea at an early date",
      ]),
    ).toBe(false);
  });

  it("folds detention ~ detained and swift ~ early", () => {
    expect(
      same([
        "concern over the detention of a Peruvian engineer and requested his early release",
        "raised the case of a detained Peruvian engineer and asked for his swift release",
      ]),
    ).toBe(true);
  });

  it("reads a negating prefix ('unlawful', 'illegal') as 'not', but not a word that merely opens like one", () => {
    expect(same(["the levy was unlawful", "the parking levy is not lawful"])).toBe(true);
    expect(same(["the levy was unlawful", "the parking levy is lawful"])).toBe(false);
    expect(features("a universal levy").negated).toBe(false);
    expect(features("an important levy").negated).toBe(false);
  });

  it("does not join two wordings on a time adverb ('currently') and a name alone", () => {
    expect(
      same([
        "a causal link between Velox and the cases currently cannot be excluded",
        "patients currently taking Velox should not stop their other medicines",
      ]),
    ).toBe(false);
  });

  it("leaves a weekday out ('began on 2 June' and 'began on Monday' are one event), but not a calendar date", () => {
    expect(
      same([
        "the second stage of filling of the reservoir began on 2 June",
        "the second stage of filling had begun on Monday",
      ]),
    ).toBe(true);
    expect(features("the vote was held on Monday").entities).toEqual([]);
    expect(
      same([
        "the referendum on the new port will be held in June",
        "the referendum on the new port will be held in July",
      ]),
    ).toBe(false);
  });

  it("folds breach ~ violation and fall ~ decline", () => {
    expect(
      same(["the filling is a violation of the 1998 Tarlan Treaty", "the filling breached the 1998 Tarlan Treaty"]),
    ).toBe(true);
    expect(
      same([
        "flows at the border station had fallen by almost 40 percent",
        "flows at the border station had declined by almost 40 percent",
      ]),
    ).toBe(true);
  });

  it("reads 'lacked any' as the negation 'has no'", () => {
    expect(same(["the ban lacked any legal basis", "the import ban has no legal basis"])).toBe(true);
    expect(same(["the ban lacked any legal basis", "the import ban has a legal basis"])).toBe(false);
  });

  it("does not merge lifting a ban with imposing one", () => {
    expect(
      same(["Chile will lift its import ban on Peruvian grapes", "Chile will impose an import ban on Peruvian grapes"]),
    ).toBe(false);
  });

  it("does not merge the same paraphrase about other parties", () => {
    expect(
      same([
        "Peru urged Chile to lift its import ban on grapes",
        "Bolivia urged Argentina to lift its import ban on grapes",
      ]),
    ).toBe(false);
  });

  it("does not merge a paraphrase with its negation", () => {
    expect(
      same([
        "Chile will keep taking measures to protect public health",
        "Chile will not continue to take measures to protect public health",
      ]),
    ).toBe(false);
  });
});

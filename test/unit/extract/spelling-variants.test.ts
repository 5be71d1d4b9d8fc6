import { describe, expect, it } from "vitest";
import type { ClaimFeatures } from "../../../server/extract/features.js";
import { extractCorpus } from "../../../server/extract/index.js";
import { spellingVariants, withSpellings } from "../../../server/extract/spelling-variants.js";
import { doc, mentionsOf } from "./helpers.js";

const named = (...entities: string[]): ClaimFeatures => ({ terms: [], entities, names: [], negated: false });

describe("spelling variants (a machine translation's garbled names)", () => {
  it("folds a name one edit away into the corpus's most frequent spelling", () => {
    const v = spellingVariants([
      named("harnvik", "ostrelo"),
      named("harnvik", "ostrelo"),
      named("harnwik", "ostrello"),
    ]);
    expect(v.entities.get("harnwik")).toBe("harnvik");
    expect(v.entities.get("ostrello")).toBe("ostrelo");
    expect(v.entities.has("harnvik")).toBe(false);
  });

  it("takes a swap of two letters as one edit, and leaves names two edits apart", () => {
    const v = spellingVariants([named("tamsvik"), named("tamsvik"), named("tasmvik"), named("tamsnok")]);
    expect(v.entities.get("tasmvik")).toBe("tamsvik");
    expect(v.entities.has("tamsnok")).toBe(false);
  });

  it("leaves short names alone: one letter tells them apart", () => {
    const v = spellingVariants([named("orna"), named("orna"), named("orma")]);
    expect(v.entities.size).toBe(0);
  });

  it("folds entities and name terms apart, and a term only where it came from a name", () => {
    const f: ClaimFeatures = {
      terms: ["borwen", "struck", "pier"],
      entities: ["borwenia"],
      names: ["borwen"],
      negated: false,
    };
    const g: ClaimFeatures = { terms: ["borven", "strick"], entities: ["borvenia"], names: ["borven"], negated: false };
    const v = spellingVariants([g, g, f]);
    const folded = withSpellings(f, v);
    expect(folded.entities).toEqual(["borvenia"]);
    expect(folded.terms).toEqual(["borven", "struck", "pier"]);
    expect(
      withSpellings(
        { ...g, terms: ["strick"], names: [] },
        spellingVariants([f, f, { ...g, terms: ["strick"], names: [] }]),
      ).terms,
    ).toEqual(["strick"]);
  });

  it("makes a garbled copy of a report the same claim as the report", () => {
    const found = mentionsOf(
      extractCorpus([
        doc("a.txt", "The port authority said the freighter Delmaris had struck the pier.", "Harbour Wire"),
        doc("b.txt", "The port authority informs that the freighter Delmariss struck the pier.", "Machine Daily"),
        doc("c.txt", "The port authority said the freighter Velmora had struck the pier.", "Coast News"),
      ]),
    );
    const claimOf = (ship: string) => found.find((m) => m.text.includes(ship))!.claim;
    expect(claimOf("Delmariss")).toBe(claimOf("Delmaris had"));
    expect(claimOf("Velmora")).not.toBe(claimOf("Delmaris had"));
  });
});

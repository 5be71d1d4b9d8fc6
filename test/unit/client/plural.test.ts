import { describe, expect, it } from "vitest";
import { plural, times } from "../../../client/src/text/plural.js";

describe("plural", () => {
  it("says 1 claim, 2 claims, 1 neighbour, once and twice", () => {
    expect([plural(1, "claim"), plural(2, "claim"), plural(0, "claim"), plural(1, "neighbour")]).toEqual([
      "1 claim",
      "2 claims",
      "0 claims",
      "1 neighbour",
    ]);
    expect([times(1), times(2), times(3)]).toEqual(["once", "twice", "3 times"]);
  });
});

import { describe, expect, it } from "vitest";
import { diffWords, similarity } from "../../../client/src/text/word-diff.js";

describe("diffWords", () => {
  it("marks words added and removed, keeping the new wording readable in order", () => {
    const parts = diffWords(
      "Washington had no intention of deploying offensive strike weapons",
      "Washington would not deploy offensive weapons",
    );
    const without = (kind: string) =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join("");
    expect(without("removed")).toBe("Washington would not deploy offensive weapons");
    expect(without("added")).toBe("Washington had no intention of deploying offensive strike weapons");
    expect(parts.find((p) => p.kind === "removed" && p.text.includes("strike"))).toBeDefined();
    expect(parts.find((p) => p.kind === "added" && p.text.includes("would not deploy"))).toBeDefined();
  });

  it("ignores case and surrounding punctuation when comparing", () => {
    expect(diffWords("in Ukraine.", "In “Ukraine”").every((p) => p.kind === "same")).toBe(true);
  });

  it("handles empty wordings", () => {
    expect(diffWords("", "new words")).toEqual([{ kind: "added", text: "new words" }]);
    expect(diffWords("old", "")).toEqual([{ kind: "removed", text: "old" }]);
  });

  it("scores similarity between 0 and 1", () => {
    expect(similarity("a b c", "a b c")).toBe(1);
    expect(similarity("a b c", "x y z")).toBe(0);
  });
});

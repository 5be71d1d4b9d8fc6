import { describe, expect, it } from "vitest";
import { contextWindow } from "../../../client/src/text/context.js";

describe("contextWindow", () => {
  const text = "First sentence here. Biden said the US would not deploy weapons. Third one follows.";
  const start = text.indexOf("the US");
  const end = text.indexOf(" weapons") + " weapons".length;

  it("extends the span to its sentence", () => {
    const c = contextWindow(text, start, end);
    expect(c.valid).toBe(true);
    expect(c.before).toBe("Biden said ");
    expect(c.match).toBe("the US would not deploy weapons");
    expect(c.after).toBe(".");
  });

  it("reports offsets outside the text", () => {
    expect(contextWindow(text, 10, 500).valid).toBe(false);
  });

  it("clips long paragraphs", () => {
    const long = `${"word ".repeat(200)}TARGET${" word".repeat(200)}`;
    const s = long.indexOf("TARGET");
    const c = contextWindow(long, s, s + 6, 50);
    expect(c.before.length).toBeLessThanOrEqual(50);
    expect(c.clippedAfter).toBe(true);
  });
});

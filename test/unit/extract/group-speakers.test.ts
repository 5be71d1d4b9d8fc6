import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.js";

describe("group and unnamed speakers", () => {
  it("sources close to the talks speak as a group of their own, not as the outlet that quotes them", () => {
    const [m] = extractText("Sources close to the negotiations said the two utilities would merge their grids by spring.", "Harbour Post");
    expect(m.actor).toBe("Sources close to the negotiations");
    expect(m.actor).not.toContain("Harbour Post");
  });

  it("a group placed somewhere ('observers in Lunde') is the group, not the place", () => {
    const [m] = extractText("Observers in Lunde said the count was delayed by a power cut at the central office.", "Harbour Post");
    expect(m.actor).toMatch(/^Observers in Lunde$/i);
  });

  it("'both sides' stand for the parties named elsewhere and make no actor of their own", () => {
    const found = extractText("Both sides said the ceasefire along the river would hold through the winter.", "Harbour Post");
    expect(found.map((m) => m.actor)).not.toContain("Both sides");
  });
});

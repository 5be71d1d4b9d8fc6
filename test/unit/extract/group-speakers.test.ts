import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.js";

describe("group and unnamed speakers", () => {
  it("sources close to the talks speak as a group of their own, not as the outlet that quotes them", () => {
    const [m] = extractText(
      "Sources close to the negotiations said the two utilities would merge their grids by spring.",
      "Harbour Post",
    );
    expect(m.actor).toBe("Sources close to the negotiations");
    expect(m.actor).not.toContain("Harbour Post");
  });

  it("a group placed somewhere ('observers in Lunde') is the group, not the place", () => {
    const [m] = extractText(
      "Observers in Lunde said the count was delayed by a power cut at the central office.",
      "Harbour Post",
    );
    expect(m.actor).toMatch(/^Observers in Lunde$/i);
  });

  it("'both sides' stand for the parties named elsewhere and make no actor of their own", () => {
    const found = extractText(
      "Both sides said the ceasefire along the river would hold through the winter.",
      "Harbour Post",
    );
    for (const m of found) expect(m.actor).not.toMatch(/sides/i);
  });
});

describe("who a described speaker is", () => {
  it.each([
    [
      "Three people familiar with the matter said the insurer had hired a second auditor.",
      "Three people familiar with the matter",
    ],
    [
      "Tax lawyers consulted by the Courier said the levy would not survive a challenge.",
      "Tax lawyers consulted by the Courier",
    ],
    ["Ines Faro of the Lisbon Dockers' Union said the strike would go on.", "Ines Faro"],
    ["Nurse Paulo Reis in Setubal said the ward had run out of saline.", "Paulo Reis"],
    ["The Portuguese Fishermen's Association said the quota was too low.", "Portuguese Fishermen's Association"],
  ])("%s", (text, speaker) => {
    expect(extractText(text, "Harbour Post")[0].actor).toContain(speaker);
  });

  it("'both X and Y' speak as X (the first named), never as a pair named 'X and the Y'", () => {
    const found = extractText(
      "The Harbour Agency recalled the cranes. Both the agency and the operator urged dockers to stay home.",
      "Harbour Post",
    );
    expect(found.map((m) => m.actor)).not.toContain("agency and the operator");
  });
});

import { describe, expect, it } from "vitest";
import { BOILERPLATE_RULES, boilerplateRule } from "../../../server/extract/boilerplate.js";
import { extractCorpus } from "../../../server/extract/index.js";
import { doc, extractText, mentionsOf } from "./helpers.js";

describe("headlines", () => {
  it("'S says P' in a headline is S's claim, with a rule name that says it came from a headline", () => {
    const found = extractText(
      "Port authority says the Kessel terminal will reopen on Monday\n\nShips queued outside the harbour on Friday.",
    );
    const m = found.find((x) => x.text.includes("Kessel terminal"));
    expect(m).toMatchObject({ actor: "Port authority", text: "the Kessel terminal will reopen on Monday" });
  });

  it("'P: SPEAKER' in a headline is the speaker's claim", () => {
    const found = extractText(
      "Claims of a leak at the Varna refinery are baseless: Energy Ministry\n\nThe refinery has run at full capacity since May.",
    );
    expect(found.find((x) => x.actor === "Energy Ministry")?.text).toBe(
      "Claims of a leak at the Varna refinery are baseless",
    );
  });

  it("a headline's rebuttal ('Ministry denies report …') denies the claim the article goes on to tell", () => {
    const found = extractText(
      "Transport ministry denies report of secret tunnel deal\n\n" +
        "The Evening Courier reported on Monday that the transport ministry had signed a secret tunnel deal with a builder.",
    );
    const denial = found.find((x) => x.actor === "Transport ministry")!;
    const claim = found.find((x) => x.text.startsWith("the transport ministry had signed"))!;
    expect(denial).toMatchObject({ stance: "denied" });
    expect(denial.rule).toMatch(/^headline-/);
    expect(denial.claim).toBe(claim.claim);
  });

  it("a headline's rebuttal sharing no words with what follows stays a claim of its own", () => {
    const found = extractText(
      "Transport ministry denies report\n\nHeavy rain closed three roads in the north on Monday, the police said.",
    );
    const denial = found.find((x) => x.actor === "Transport ministry")!;
    expect(denial).toMatchObject({ stance: "denied" });
    expect(found.filter((x) => x.claim === denial.claim)).toHaveLength(1);
  });

  it("a narrating headline, a crumb trail and a credit stay out", () => {
    const found = extractText(
      "Floods close the Kessel terminal\nNews | World | Source: Harbour Wire\n\nShips queued outside the harbour on Friday.",
    );
    expect(found.every((m) => !m.text.includes("Kessel") && !m.text.includes("Source"))).toBe(true);
  });
});

describe("site furniture", () => {
  it.each([
    ["UNITED24 - Make a charitable donation in support of the relief effort!", "donation-appeal"],
    ["High-quality journalism cannot be free: please support us.", "journalism-not-free"],
    ["Sign up for our daily briefing newsletter", "subscription-prompt"],
    ["We use cookies to improve your experience.", "cookie-notice"],
    ["© 2024 Harbour Wire. All rights reserved.", "copyright"],
    ["Read more: Strikes spread to northern ports", "read-also"],
    ["Share this article", "share-and-navigation"],
  ])("%s → %s", (line, rule) => {
    expect(boilerplateRule(line)).toBe(rule);
  });

  it("an article sentence that mentions a newsletter or a donation is no furniture", () => {
    expect(
      boilerplateRule(
        "The charity said the minister had promised in a newsletter sent to all members in March that the hospital wing would open before the end of the year, and that the ministry would match every donation.",
      ),
    ).toBeUndefined();
    expect(boilerplateRule("The governor said the bridge would reopen in June.")).toBeUndefined();
  });

  it("furniture lines give no claims, the article around them does", () => {
    const found = extractText(
      "Support independent journalism: donate now.\nThe governor said the bridge would reopen in June.\nSign up for our newsletter",
    );
    expect(found.map((m) => m.text)).toEqual(["the bridge would reopen in June"]);
  });

  it("every rule has a distinct name", () => {
    expect(new Set(BOILERPLATE_RULES.map((r) => r.name)).size).toBe(BOILERPLATE_RULES.length);
  });
});

describe("a body's own release speaks in the first person", () => {
  it("“We have not closed the border.” in a ministry's release is the ministry's denial; in a newspaper it is no claim", () => {
    const text = "Rumours that the border crossings were shut are untrue. We have not closed the border.";
    const own = mentionsOf(extractCorpus([doc("a.txt", text, "Ministry of the Interior", "government")]));
    expect(own.find((m) => m.text.startsWith("We have not closed"))).toMatchObject({
      actor: "source:Ministry of the Interior",
      stance: "denied",
    });
    const paper = mentionsOf(extractCorpus([doc("b.txt", text, "Harbour Post", "newspaper")]));
    expect(paper.find((m) => m.text.startsWith("We have not closed"))).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { DENIAL_RULES } from "../../../server/extract/denials.js";
import { attributed, extractText } from "./helpers.js";

const only = (text: string) => {
  const found = attributed(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("denials spoken in the content (rules in denials.ts)", () => {
  it("every rule has a name and an example", () => {
    for (const rule of DENIAL_RULES) expect(rule.name && rule.example).toBeTruthy();
    expect(new Set(DENIAL_RULES.map((r) => r.name)).size).toBe(DENIAL_RULES.length);
  });

  describe("verdict: a report or claim said to be wrong", () => {
    it("S said the report was “not accurate”: a denial pointing back, with the rule on the mention", () => {
      const m = only("A spokesman for the ferry line said the report was “not accurate.”");
      expect(m.stance).toBe("denied");
      expect(m.text).toContain("not accurate");
    });
    it("“That is simply wrong,” S said", () => {
      expect(only("“That is simply wrong,” the harbour master said.").stance).toBe("denied");
    });
    it("S said the idea that P was not correct: P is what is denied", () => {
      const m = only("The geologist said the idea that the spring dried up because of the quarry was not correct.");
      expect(m).toMatchObject({ stance: "denied", text: "the spring dried up because of the quarry" });
    });
    it("a long subject that names a claim: “Rumours on social media that P are untrue”", () => {
      const m = only(
        "Rumours circulating on social media this week that the airline had grounded its entire fleet of turboprops are untrue, the operator said.",
      );
      expect(m).toMatchObject({ stance: "denied", text: "the airline had grounded its entire fleet of turboprops" });
    });
    it("S said the comments of some analysts about P have no foundation", () => {
      const m = only(
        "The finance minister said the comments of some analysts about a budget gap of nine percent have no foundation.",
      );
      expect(m).toMatchObject({ stance: "denied", text: "a budget gap of nine percent" });
    });
    it("“To speak about P is unfounded,” S said: P is what is denied", () => {
      const m = only("To speak about the guilt of the crew before the inquiry ends is unfounded, the operator said.");
      expect(m).toMatchObject({ stance: "denied", text: "the guilt of the crew before the inquiry ends" });
    });
    it("S said the evidence was far too weak", () => {
      expect(only("Two other chemists said the evidence was far too weak to support it.").stance).toBe("denied");
    });
    it("a judgement on something that is not a statement is no denial", () => {
      expect(only("The skipper said the weather was perfect for the race.").stance).toBe("asserted");
    });
  });

  it("called-verdict: S called the account “impossible”, or the article not true", () => {
    expect(only("The fire chief called that account “impossible”.").stance).toBe("denied");
    expect(only("The rail operator called the article not true.").stance).toBe("denied");
    expect(only("The mayor called the plan not the best option.").stance).toBe("asserted");
  });
  it("contrary-to: “Contrary to reports in some media, Q” rejects the reports", () => {
    expect(only("The board said that, contrary to claims by the union, no jobs would go.").stance).toBe("denied");
    expect(extractText("Contrary to expectations, the bank held its rates.", "Harbour Post")[0].stance).toBe(
      "asserted",
    );
  });

  it("not-reality: reports that P “do not correspond to reality”", () => {
    expect(only("The ministry said reports of a grain embargo “do not correspond to reality”.").stance).toBe("denied");
  });

  describe("never-said", () => {
    it("“We are not claiming that P”: S denies P", () => {
      const m = only("“We are not claiming that the vaccine stops every infection,” said Dr. Rana Celik.");
      expect(m).toMatchObject({ actor: "Rana Celik", stance: "denied", text: "the vaccine stops every infection" });
    });
    it("S said it had never said P", () => {
      expect(only("The federation said it had never said the final would move to Lisbon.")).toMatchObject({
        stance: "denied",
        text: "the final would move to Lisbon",
      });
    });
    it("a negated report of an object is not a denial ('did not say the date')", () => {
      const found = extractText("The club did not say the date of the vote.");
      expect(found.every((m) => m.stance === "asserted")).toBe(true);
    });
  });

  it("a bare denial with a pointer for its object: “The ministry denied it.”", () => {
    expect(only("The water ministry denied it.")).toMatchObject({ actor: "water ministry", stance: "denied" });
  });
  it("no-such: S had no record of any such complaint", () => {
    expect(only("The water board said it had no record of any such complaint.")).toMatchObject({ stance: "denied" });
  });
  it("no-such: “The mayor made no such promise”", () => {
    expect(only("“The mayor made no such promise,” her deputy told reporters.").stance).toBe("denied");
  });

  it("what someone never said is narration, not their speech", () => {
    const [m] = extractText("The union never said the strike would last a month.", "Harbour Post");
    expect(m.cue).toBe("narration");
    expect(m.actor).toBe("source:Harbour Post");
  });
});

describe("a denied report that spells out its claim", () => {
  it("S denied a report claiming P: P is denied, and the report's claim is not S's assertion", () => {
    const found = attributed("The port authority denied a report claiming the harbour had been closed to tankers.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ stance: "denied", text: "the harbour had been closed to tankers" });
  });
});

it("verdict joined to the predicate: “The report is made of nothing and fabricated,” S said", () => {
  const [m] = attributed("“The report is made up of rumours and fabricated,” spokeswoman Li Wen said.");
  expect(m.stance).toBe("denied");
});

describe("no-evidence: the speaker finds nothing that would support P", () => {
  it("S said there was no evidence that P: P is what is denied", () => {
    const m = only("The fisheries board said there was no evidence that the trawler had entered the reserve.");
    expect(m).toMatchObject({ stance: "denied", text: "the trawler had entered the reserve" });
  });
  it("“We have seen no indication of P,” S said", () => {
    const m = only("“We have seen no indication of a second fire in the warehouse,” the brigade commander said.");
    expect(m).toMatchObject({ stance: "denied", text: "a second fire in the warehouse" });
  });
  it("S saw no grounds for such a step: a denial pointing back", () => {
    const m = only("The club said there were no grounds for such a step.");
    expect(m.stance).toBe("denied");
  });
  it("what the speaker had no reason to do is a statement, not a denial", () => {
    expect(only("The mayor said there was no reason to close the beach.").stance).toBe("asserted");
  });
  it("a search that came back empty answers a claim that there was something to find (negated-events found-none)", () => {
    expect(only("Okafor said inspectors found no trace of the toxin in the harvest.").stance).toBe("denied");
  });
});

describe("sentences no verb attributes may still deny", () => {
  it("a quote's next sentence: “… . The report is false.”", () => {
    const found = extractText("“We acted within the hour,” Lund said. “The report is false.”", "Harbour Post");
    const denial = found.find((m) => m.text.includes("false"));
    expect(denial).toMatchObject({ stance: "denied", actor: "Lund" });
    expect(denial?.rule).toBe("quote-continues+verdict");
  });
  it("a statement's own narration: “There is no indication that P.”", () => {
    const [m] = extractText("There is no indication that the valve failed before the inspection.", "Harbour Post");
    expect(m).toMatchObject({
      stance: "denied",
      actor: "source:Harbour Post",
      text: "the valve failed before the inspection",
      rule: "narration+no-evidence",
    });
  });
});

it("a date is never a speaker: “The regulator said on Tuesday …”", () => {
  const [m] = attributed("The regulator said on Tuesday that the pipeline would stay shut until June.");
  expect(m.actor).toBe("regulator");
});

describe("an apposed denial: “P, a claim S denies”", () => {
  it("P keeps its speaker; S denies it, pointing back at P", () => {
    const found = attributed(
      "Harbour officials said the ferry had skipped two inspections, a claim Norvell Ferries denies.",
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      actor: "Harbour officials",
      stance: "asserted",
      text: "the ferry had skipped two inspections",
    });
    expect(found[1]).toMatchObject({ actor: "Norvell Ferries", stance: "denied" });
    expect(found[1].claim).toBe(found[0].claim);
  });
  it("“…, an accusation S dismissed as absurd”", () => {
    const found = attributed(
      "The mayor said the contractor had padded its bills, an accusation the firm dismissed as absurd.",
    );
    expect(found.map((m) => m.stance)).toEqual(["asserted", "denied"]);
    expect(found[1].actor).toBe("firm");
  });
});

describe("negated assent and doubt", () => {
  it.each([
    ["The league does not agree that the referee was biased.", "the referee was biased"],
    ["The insurer did not accept that the flood was foreseeable.", "the flood was foreseeable"],
    [
      "Hydrologist Ilse Brandt expressed doubt about the flow figure given by the utility.",
      "the flow figure given by the utility",
    ],
    ["The coach voiced doubts that the stadium would be ready by June.", "the stadium would be ready by June"],
  ])(
    "S does not agree that P / did not accept that P / expressed doubt about P: P is denied (%s)",
    (sentence, text) => {
      expect(only(sentence)).toMatchObject({ stance: "denied", text });
    },
  );
  it("a demonstrative 'that' is no clause, and assent itself is no attribution", () => {
    expect(extractText("He did not think that was fair.", "Harbour Post")[0].stance).toBe("asserted");
    expect(attributed("The board accepted the offer on Monday.")).toHaveLength(0);
  });
  it("support is no doubt: S expressed support for P", () => {
    expect(only("The coach expressed support for the new stadium.").stance).toBe("asserted");
  });
});

describe("turning down an act is no denial of a claim", () => {
  it("“rejected a takeover proposal”, “dismissed the appeal”, “rejected calls to resign” report what was done", () => {
    const found = extractText(
      "Port news\n\nBrookvale Ports said on Monday it had rejected a 900 million euro ($1 billion) takeover proposal from Kelso. " +
        "The tribunal dismissed the appeal. The mayor rejected opposition calls to resign.",
    );
    expect(found.every((m) => m.stance === "asserted")).toBe(true);
    expect(found.find((m) => m.actor === "Brookvale Ports")).toMatchObject({
      text: "it had rejected a 900 million euro ($1 billion) takeover proposal from Kelso",
    });
  });

  it("rejecting a claim still denies it", () => {
    const found = extractText("Port news\n\nThe port authority rejected claims that the crane had been overloaded.");
    expect(found.find((m) => m.stance === "denied")).toMatchObject({ text: "the crane had been overloaded" });
  });
});

describe("verdicts as real news words them", () => {
  it.each([
    [
      "a verdict noun after an article: “This is a shameful lie,” S said",
      "“This is a shameful lie at a sad time,” the club's spokesman said.",
    ],
    [
      "a claim called a fabrication",
      "The union said the claims that its members blocked the depot were a fabrication of the owners.",
    ],
    ["a figure called a fraud", "The mayor said the published count of 90 ballots was a fraud."],
    ["“made up”", "The coach says the dressing-room story is made up."],
    ["“taken out of context”", "The railway said the memos had been taken out of context."],
    [
      "a hedge before the verdict: “greatly exaggerated”",
      "The airline said the number of cancelled flights was greatly exaggerated.",
    ],
    [
      "“either mistaken or lying”",
      "The harbour master said whoever told this to the press was either mistaken or lying.",
    ],
    ["“not so, and …”", "The ministry says that it is not so and the ferry never left port."],
  ])("%s", (_name, sentence) => {
    expect(only(sentence).stance).toBe("denied");
  });

  it("a longer subject headed by a report: “the account of the strikers about the fire is impossible”", () => {
    const m = only(
      "The minister said the account of the strikers about the fire at the depot is “impossible and laughable”.",
    );
    expect(m.stance).toBe("denied");
  });

  it("a verdict whose subject is the noun the clause hangs on: “…, a figure S said was greatly exaggerated”", () => {
    const found = attributed("The union put the crowd at 40,000, a figure the police said was greatly exaggerated.");
    expect(found.find((m) => m.actor === "police")).toMatchObject({ stance: "denied" });
  });

  it("not-reality: the information about P “has nothing in common with reality”", () => {
    const m = only(
      "The governor said the information about hundreds of arrests, spread by some foreign sites, has nothing in common with reality.",
    );
    expect(m.stance).toBe("denied");
  });

  it("a judgement that is no verdict stays a statement", () => {
    expect(only("The mayor said the new bridge was a great success.").stance).toBe("asserted");
    expect(only("The coach said the final score was greatly disappointing.").stance).toBe("asserted");
    expect(only("The chemist said the sample had been taken from the river bed.").stance).toBe("asserted");
    expect(only("The coach said the squad was made up of young players.").stance).toBe("asserted");
  });

  it("a quote running over sentences is judged sentence by sentence: “… . The report is false. …,” S said", () => {
    const found = attributed(
      "Ferry news\n\n“We sailed on time. The claim that we left the pier late is wrong. Every passenger was on board,” the captain said.",
    );
    expect(found.find((m) => m.text === "we left the pier late")).toMatchObject({ stance: "denied", actor: "captain" });
  });
});

describe("who rejects, in words no frame reads", () => {
  it.each([
    ["fronted-denial", "Kelby Ferries this claim refuses.", "Kelby Ferries"],
    ["fronted-denial", "In Dunmore this deny.", "Dunmore"],
    ["named-verdict", "The port authority named such claims absurd.", "port authority"],
    [
      "named-verdict",
      "The Mayor of Tessel Jana Roos qualified as a lie the publications that the bridge was closed.",
      "Jana Roos",
    ],
  ])("%s: %s", (rule, sentence, actor) => {
    const [m] = extractText(`Harbour news\n\n${sentence}`, "Harbour Post");
    expect(m).toMatchObject({ stance: "denied", actor });
    expect(m.rule).toContain(rule);
  });

  it("the object before the verb inside a quote's frame: “The club this denies: Q,” said S", () => {
    const [m] = extractText("The club this denies: the stadium stays open as in the last season, said Marek Holub.");
    expect(m).toMatchObject({ stance: "denied", actor: "Marek Holub" });
  });

  it("“this week”, “named a coach”: no rejection", () => {
    const found = extractText(
      "Sport news\n\nThe club named a new coach this week. The board this week approved the budget.",
    );
    expect(found.every((m) => m.stance === "asserted")).toBe(true);
  });
});

describe("no-evidence: records and information that would show P", () => {
  it("S had “no record of any P”", () => {
    expect(only("The ferry line said it had “no record of any complaint about the ramp”.").stance).toBe("denied");
  });
  it("S has no information suggesting P: P is what is denied", () => {
    const m = only("The club said it had no information suggesting any player had been paid by the agent.");
    expect(m).toMatchObject({ stance: "denied", text: "any player had been paid by the agent" });
  });
  it("no information about a number is a gap, not a denial", () => {
    expect(only("The ministry said it had no information on the number of people evacuated.").stance).toBe("asserted");
  });
});

describe("discredited-report: what the speaker calls false in passing", () => {
  it("S said the authors of false rumours that P are being sought: P is what is denied", () => {
    const m = only("The police said the authors of false rumours that the bridge had been closed were being sought.");
    expect(m.stance).toBe("denied");
    expect(m.text).toContain("the bridge had been closed");
  });
  it("S said the false messages about the bridge came from abroad: a denial pointing back", () => {
    expect(only("The police said the false messages about the bridge came from abroad.").stance).toBe("denied");
  });
  it("“a campaign of lies”, “horror stories”", () => {
    expect(only("The club said the rival fans were running a campaign of lies.").stance).toBe("denied");
    expect(only("The warden said the lawyers were telling horror stories.").stance).toBe("denied");
  });
  it("a false start is no report", () => {
    expect(only("The coach said the race had a false start.").stance).toBe("asserted");
  });
});

it("a verdict after words that are no subject: “S said on her channel that reports that P do not correspond to reality”", () => {
  const m = only(
    "The spokeswoman said on her radio show that reports that the mayor had sold the land “do not correspond to reality”.",
  );
  expect(m).toMatchObject({ stance: "denied", text: "the mayor had sold the land" });
});

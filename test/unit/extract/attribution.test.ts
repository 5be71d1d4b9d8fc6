import { describe, expect, it } from "vitest";
import { attributed, extractText } from "./helpers.js";

const one = (text: string) => {
  const found = attributed(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("attribution patterns", () => {
  it("S said that P: the reported clause, the speaker, the cue", () => {
    const m = one("Mayor Anna Kowal said that the bridge would reopen in June.");
    expect(m).toMatchObject({
      text: "the bridge would reopen in June",
      actor: "Anna Kowal",
      stance: "asserted",
      cue: "say",
    });
  });

  it("S [adverbs] CUE P without 'that', with an auxiliary in between", () => {
    expect(one("The engineer has repeatedly warned the dam could fail within a decade.")).toMatchObject({
      text: "the dam could fail within a decade",
      cue: "warn",
    });
  });

  it("'pressed X to V' reports a request; 'pressed the button' does not", () => {
    const m = one("Chile's trade minister Rosa Vidal pressed Peru to reopen the border crossing at Tacna.");
    expect(m).toMatchObject({ actor: "Rosa Vidal", cue: "press" });
    expect(m.text).toContain("reopen the border crossing");
    expect(attributed("The pilot pressed the button twice before the engine started again.")).toEqual([]);
  });

  it("a trailing ', which …' clause is a second proposition of the same speaker; a clause closed by a comma is not", () => {
    const found = attributed("Mayor Anna Kowal urged the council to scrap the parking levy, which has no legal basis.");
    expect(found.map((m) => [m.actor, m.text])).toEqual([
      ["Anna Kowal", "the council to scrap the parking levy"],
      ["Anna Kowal", "which has no legal basis"],
    ]);
    expect(attributed("Mayor Anna Kowal said the levy, which took effect in May, had cut traffic.")).toHaveLength(1);
  });

  it("inverted quote with a bare title after the name: “P,” said NAME, TITLE of BODY; and the quote's later sentences are the speaker's too", () => {
    const found = attributed(
      "“Safety comes first,” said Dr Rita Osei-Banda, Director-General of the agency. “We acted on Friday. We will review it in June.”",
    );
    expect(found.map((m) => m.actor)).toEqual(["Rita Osei-Banda", "Rita Osei-Banda", "Rita Osei-Banda"]);
    expect(found[2].text).toContain("We will review it in June");
  });

  it("does not take a participle after the name for a title", () => {
    const found = attributed("“Safety comes first,” said Rita Osei, adding that the trial would resume.");
    expect(found.map((m) => [m.actor, m.cue])).toEqual([
      ["Rita Osei", "say"],
      ["Rita Osei", "add"],
    ]);
  });

  it("splits clauses joined by ', and' that each have a subject and verb, or a shared subject with a second auxiliary", () => {
    const found = attributed(
      "Mayor Anna Kowal said the bridge had been inspected in May, and the council would reopen it in June.",
    );
    expect(found.map((m) => m.text)).toEqual([
      "the bridge had been inspected in May",
      "the council would reopen it in June",
    ]);
    expect(
      attributed("Mayor Anna Kowal said the company had acted early and had seen no sign of damage.").map(
        (m) => m.text,
      ),
    ).toEqual(["the company had acted early", "had seen no sign of damage"]);
    expect(attributed("Mayor Anna Kowal said the talks were long, tense, and difficult.")).toHaveLength(1);
    expect(attributed("Mayor Anna Kowal said fuel prices rose and fell within a week.")).toHaveLength(1);
  });

  it("a participle after an attribution is the same speaker's: ', calling the move X', and after a denial ', pointing to Y'", () => {
    const called = attributed("Mayor Anna Kowal demanded a halt, calling the move a violation of the city charter.");
    expect(called.map((m) => [m.actor, m.text])).toEqual([
      ["Anna Kowal", "a halt"],
      ["Anna Kowal", "the move a violation of the city charter"],
    ]);
    const pointed = attributed(
      "The Velora company rejected suggestions that the pump caused the crash, pointing to the driver's speed.",
    );
    expect(pointed.map((m) => [m.stance, m.text])).toEqual([
      ["denied", "the pump caused the crash"],
      ["asserted", "the driver's speed"],
    ]);
  });

  it("ends a trailing attribution at ', but he warned …', whose 'he' is the speaker named before it", () => {
    const found = attributed(
      "The city has no plans to close the bridge, Mayor Anna Kowal said, but she warned that tolls could rise next year.",
    );
    expect(found.map((m) => [m.actor, m.text])).toEqual([
      ["Anna Kowal", "The city has no plans to close the bridge"],
      ["Anna Kowal", "tolls could rise next year"],
    ]);
    expect(attributed("He said Mayor Anna Kowal would resign.")[0].actor).not.toBe("Anna Kowal");
  });

  it("takes a relative clause after an inverted quote's speaker as describing the speaker", () => {
    expect(one("“We have never seen the river this low,” said Pavel Dusek, who chairs the growers' union.").actor).toBe(
      "Pavel Dusek",
    );
  });

  it("trailing attribution: P, S said [adjunct]", () => {
    const m = one("The strike will end on Monday, union leader Pedro Alves said after the vote.");
    expect(m).toMatchObject({ text: "The strike will end on Monday", actor: "Pedro Alves" });
  });

  it("inverted attribution: “P,” said S", () => {
    const m = one("“We will not sign this deal,” said Finance Minister Lena Berg.");
    expect(m.actor).toBe("Lena Berg");
    expect(m.text).toContain("We will not sign this deal");
  });

  it("according to S, P and P, according to S", () => {
    expect(one("According to the Health Ministry, the outbreak has peaked.")).toMatchObject({
      text: "the outbreak has peaked",
      actor: "Health Ministry",
      cue: "according to",
    });
    expect(one("The outbreak has peaked, according to the Health Ministry.")).toMatchObject({
      text: "The outbreak has peaked",
      actor: "Health Ministry",
    });
  });

  it("phrasal cues: made clear, pointed out, told reporters", () => {
    expect(one("Governor Ray Diaz made clear that no tolls would be added.").cue).toBe("make clear");
    expect(one("Ray Diaz pointed out that the budget was balanced.").cue).toBe("point out");
    expect(one("Ray Diaz told reporters that the budget was balanced.").text).toBe("the budget was balanced");
  });

  it("splits 'that A and that B' into two propositions", () => {
    const found = attributed("Chancellor Greta Holm stressed that wages must rise and that pensions are safe.");
    expect(found.map((m) => m.text)).toEqual(["wages must rise", "pensions are safe"]);
  });

  it("splits 'said A, but that B' and 'said A and that B' without a leading 'that'", () => {
    const but = attributed("The auditor said the ledger looked complete, but that it belonged to the old warehouse.");
    expect(but.map((m) => m.text)).toEqual(["the ledger looked complete", "it belonged to the old warehouse"]);
    const and = attributed("The coach said the pitch was dry and that the match would go ahead.");
    expect(and.map((m) => m.text)).toEqual(["the pitch was dry", "the match would go ahead"]);
  });

  it("a quote over several sentences belongs to the speaker named after it, sentence by sentence", () => {
    const found = attributed("“The harvest failed. Prices will double,” farm leader Tom Ruiz said.");
    expect(found.map((m) => m.actor)).toEqual(["Tom Ruiz", "Tom Ruiz"]);
    expect(found.map((m) => m.text)).toEqual([
      expect.stringContaining("The harvest failed"),
      expect.stringContaining("Prices will double"),
    ]);
  });

  it("a paragraph quote introduced by 'S said:' is S's, and an unattributed quote sentence continues the last speaker", () => {
    const found = attributed(
      "Coach Mia Lund said:\n\n“We trained hard all winter. The team is ready for the final.”\n",
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const m of found) expect(m.actor).toBe("Mia Lund");
    const cont = attributed("“Prices are stable,” said banker Ivo Marsh. “Rates will stay low.”");
    expect(cont.map((m) => m.actor)).toEqual(["Ivo Marsh", "Ivo Marsh"]);
  });

  it("'as S put it' attributes the sentence to S", () => {
    expect(
      one("The reform was meant to “clean the stables” – as the senator put it – before the election.").actor,
    ).toBe("senator");
  });

  it("agentless 'It was announced that P' goes to the body last quoted, or to the publisher", () => {
    const found = extractText("It was announced that the museum will close for repairs.", "City Hall", "government");
    expect(found[0]).toMatchObject({ text: "the museum will close for repairs", actor: "source:City Hall" });
  });

  it("'This was stated by S' makes S the relay of the sentence before", () => {
    const found = attributed(
      "Director Ken Ito urged staff to return to the office. This was stated during a briefing by spokeswoman Amy Chen.",
    );
    expect(found[0]).toMatchObject({ actor: "Ken Ito", via: ["Amy Chen"] });
  });

  it("relative clause speaker: '…, S, who accused X of Y'", () => {
    const found = attributed("The audit was criticised by Paul Grant, who accused the board of hiding losses.");
    expect(found.find((m) => m.cue === "accuse")).toMatchObject({
      actor: "Paul Grant",
      text: "the board of hiding losses",
    });
  });

  it("a participle after a non-reporting clause: 'S defended X, saying P'", () => {
    expect(one("Mayor Anna Kowal defended the budget, saying it protects schools.")).toMatchObject({
      actor: "Anna Kowal",
      text: "it protects schools",
    });
  });

  it("a nominal cue: 'S gave a response that P'", () => {
    expect(one("The minister gave a firm response that the tax would stay.")).toMatchObject({
      text: "the tax would stay",
    });
  });

  it("VP coordination shares the subject: 'S urged X to A and asked for B'", () => {
    const found = attributed("Envoy Sara Nunez urged both sides to hold fire and asked for a corridor for aid.");
    expect(found.map((m) => [m.actor, m.cue])).toEqual([
      ["Sara Nunez", "urge"],
      ["Sara Nunez", "ask for"],
    ]);
  });

  it("offsets index the raw text exactly, with leading BOM, CRLF and astral characters", () => {
    const text = "\uFEFF🚀 Launch day.\r\nEngineer Li Wei said that the rocket is ready.\r\n";
    const m = attributed(text)[0];
    expect(m.text).toBe("the rocket is ready");
  });
});

describe("what is not an attribution", () => {
  it("a modal before a reporting verb is a future action, not a report", () => {
    expect(attributed("The agency will respond to every complaint within a week.")).toEqual([]);
  });

  it("a capitalised name that looks like a verb form is not a cue", () => {
    expect(attributed("The United States signed the treaty in Geneva.")).toEqual([]);
  });

  it("a plural noun form of a cue is not a cue", () => {
    expect(attributed("Several western states reported record heat.").map((m) => m.actor)).not.toContain("western");
  });

  it("a headline without closing punctuation is not narration, and site furniture gives nothing", () => {
    const found = extractText("Port authority ready to reopen\n\nPlease disable your ad blocker to continue.\n");
    expect(found).toEqual([]);
  });

  it("a clause inside the content whose subject is not a speaker is no relay ('tests confirmed')", () => {
    expect(one("A spokeswoman said the firm acted as soon as tests confirmed the fault.")).toMatchObject({
      actor: "spokeswoman",
      via: [],
    });
  });

  it("plain narration is the publisher's own statement", () => {
    const found = extractText("The bridge reopened to traffic on Monday morning.", "Metro News");
    expect(found).toEqual([expect.objectContaining({ actor: "source:Metro News", cue: "narration" })]);
  });
});

describe("who speaks through figures and orders", () => {
  it("according to the body's estimate or figures: the body speaks", () => {
    const [m] = attributed("According to the Utility's current estimate, about 300 homes lost water overnight.");
    expect(m.actor).toBe("Utility");
    expect(m.text).toBe("about 300 homes lost water overnight");
  });
  it("findings or data with no owner are no one: the sentence is the publisher's", () => {
    const [m] = extractText("Preliminary findings indicate that the roof gave way under the snow.", "Harbour Post");
    expect(m).toMatchObject({ cue: "narration", actor: "source:Harbour Post" });
  });
  it("S ordered X to do Y reports S's order; ordering goods reports nothing", () => {
    expect(attributed("A judge ordered the council to reopen the library.")[0]).toMatchObject({
      actor: "judge",
      text: "the council to reopen the library",
    });
    expect(attributed("The railway ordered new trains from a Polish maker.")).toHaveLength(0);
  });
  it("an order and its reason ('… after P') are two propositions of the same speaker", () => {
    const found = attributed("The regulator ordered the dairy to recall its cheese after six children fell ill.");
    expect(found.map((m) => [m.actor, m.text])).toEqual([
      ["regulator", "the dairy to recall its cheese"],
      ["regulator", "six children fell ill"],
    ]);
  });
});

describe("asides and the paper's own sourcing", () => {
  it("S, however, consider that P: an aside and an opinion verb", () => {
    expect(attributed("Some economists, however, consider that the rate cut came too late.")[0]).toMatchObject({
      actor: "Some economists",
      text: "the rate cut came too late",
    });
  });
  it("S in conversation with our newspaper confirmed that P: S speaks, not the newspaper", () => {
    expect(
      attributed("Her coach Anton Weiss in conversation with our newspaper confirmed that the race was moved.")[0],
    ).toMatchObject({ actor: "Anton Weiss", text: "the race was moved" });
  });
  it("according to the information of our newspaper: the publisher narrates", () => {
    const [m] = extractText(
      "The verdict is expected, according to the information of our newspaper, in June.",
      "Harbour Post",
    );
    expect(m).toMatchObject({ actor: "source:Harbour Post", cue: "narration" });
  });
});

it("“P,” said NAME of the ORG: the affiliation is the speaker's, not the end of the attribution", () => {
  const found = attributed(
    "“The samples are intact,” said Professor Ines Calder of the Institute of Geology, who led the dig.",
  );
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ actor: "Ines Calder", text: expect.stringContaining("The samples are intact") });
});

it("S said: “A. B. C.”: every sentence of the quote is S's", () => {
  const found = attributed("The coach said: “We trained hard. Nobody here is injured. The final is ours to lose.”");
  expect(found.map((m) => m.actor)).toEqual(["coach", "coach", "coach"]);
});

it("'and that' before a clause opening with an adjective ('and that more checks …') splits", () => {
  const found = attributed("The pilot said the engine had failed and that more checks would be needed.");
  expect(found.map((m) => m.text)).toEqual(["the engine had failed", "more checks would be needed"]);
});

describe("speaker-colon-content: “SPEAKER: P” in headlines, bullets and aggregators", () => {
  it("a body or a person before the colon speaks", () => {
    expect(attributed("Fire Brigade: two crews remain at the warehouse overnight")[0]).toMatchObject({
      actor: "Fire Brigade",
      text: "two crews remain at the warehouse overnight",
    });
  });
  it("page furniture and section labels name no one", () => {
    expect(attributed("Editor's note: this story has been updated with new figures.")).toHaveLength(0);
    expect(attributed("Business Week: Yorkshire firms report stronger orders")).toHaveLength(0);
  });
  it("a topic label before an attributed headline yields to its verb's speaker", () => {
    const found = attributed("Harbour Group: Tarrant denies report on higher offer");
    expect(found.every((m) => m.actor !== "Harbour Group")).toBe(true);
  });
});

describe("a relative clause between the speaker and the verb", () => {
  it("S, which/who …, said P: the relative clause describes S", () => {
    const found = attributed(
      "The Port Authority, which runs the northern terminals, said that two cranes had been damaged. " +
        "Tomas Ueda of Halvard College, who has studied the glacier since 2010, said the melt was faster than forecast.",
    );
    expect(found.map((m) => [m.actor, m.text])).toEqual([
      ["Port Authority", "two cranes had been damaged"],
      ["Tomas Ueda", "the melt was faster than forecast"],
    ]);
  });

  it("NAME, a TITLE, which …, said P: the apposition still names the speaker", () => {
    const found = attributed(
      "Ilse Marten, an engineer at the consultancy Brookline, which the council hired, said the dam was sound.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actor: "Ilse Marten", text: "the dam was sound" });
  });

  it("a time before the speaker is no apposition: “On Monday, the board, which …, said”", () => {
    const found = attributed("On Monday, the water board, which manages the reservoirs, said supplies were safe.");
    expect(found[0]).toMatchObject({ actor: "water board", text: "supplies were safe" });
  });
});

describe("reporting verbs the tagger takes for nouns", () => {
  it("every regular form of a reporting verb reports after its subject: affirms, claims … it, repeated", () => {
    const text =
      "Flood season began early.\n\nThe fishermen's guild affirms that the quotas were cut without notice. " +
      "The collective DarkTide claims it holds the passenger lists. " +
      "Mayor Edda Lunn repeated that the bridge would reopen in May.";
    expect(attributed(text).map((m) => [m.actor, m.text])).toEqual([
      ["fishermen's guild", "the quotas were cut without notice"],
      ["DarkTide", "it holds the passenger lists"],
      ["Edda Lunn", "the bridge would reopen in May"],
    ]);
  });

  it("a possessive makes the form a noun: “their comments on Monday” is no cue", () => {
    expect(attributed("Flood season began early.\n\nTheir comments on Monday were brief.")).toEqual([]);
  });
});

describe("appositions and relays around the speaker", () => {
  const intro = "Flood season began early.\n\n";

  it("“S says P, as the agency reported”: S speaks, the agency relays, and P stops before the relay", () => {
    const found = attributed(`${intro}The mayor says the levee will hold, as the Tern News Agency reported.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actor: "mayor", text: "the levee will hold", via: ["Tern News Agency"] });
  });

  it("“As S said on Monday, P” and “P, as S reported”: P is the rest of the sentence", () => {
    const found = attributed(
      `${intro}As the port director said on Monday, the channel is closed. The water is receding, as the river authority reported.`,
    );
    expect(found.map((m) => [m.actor, m.text])).toEqual([
      ["port director", "the channel is closed"],
      ["river authority", "The water is receding"],
    ]);
  });

  it("a hyphenated participle is part of a title: “a Vienna-based monitoring group”", () => {
    const found = attributed(`${intro}Kira Lotz, a Vienna-based hydrologist, said the peak would come on Friday.`);
    expect(found[0]).toMatchObject({ actor: "Kira Lotz", text: "the peak would come on Friday" });
  });

  it("a body named with “for”, with an apposition: “The Observatory for River Safety, a charity, said”", () => {
    const found = attributed(`${intro}The Observatory for River Safety, a charity, said that 12 dams were at risk.`);
    expect(found[0]).toMatchObject({ actor: "Observatory for River Safety", text: "12 dams were at risk" });
  });

  it("an apposition opened by a possessive: “Northgate, Hollis's largest shareholder, said”", () => {
    const found = attributed(`${intro}Delta Mutual, the insurer's largest client, said the claims would be paid.`);
    const also = attributed(`${intro}Delta Mutual, Kern's largest client, said the claims would be paid.`);
    expect(found[0]).toMatchObject({ actor: "Delta Mutual", text: "the claims would be paid" });
    expect(also[0]).toMatchObject({ actor: "Delta Mutual", text: "the claims would be paid" });
  });
});

it("a bulleted line reads like the line without its bullet: “• Port Authority: 12 cranes damaged”", () => {
  const found = extractText(
    "Storm damage\n\nKey points\n• Port Authority: 12 cranes damaged in the gale\n\nThe port reopened.",
  );
  expect(found.find((m) => m.actor === "Port Authority")).toMatchObject({
    text: "12 cranes damaged in the gale",
    rule: "headline-speaker-colon-content",
  });
});

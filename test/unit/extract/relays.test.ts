import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../server/extract/index.js";
import { attributed, doc, extractText } from "./helpers.js";

describe("relays closing a sentence", () => {
  it("“S said that P,” X reports: S speaks, X relays, and the span stops before the closing quote", () => {
    const [m] = attributed(
      "“The governor stressed that the levees would hold through the spring floods,” the regional water board reports.",
    );
    expect(m).toMatchObject({
      actor: "governor",
      text: "the levees would hold through the spring floods",
      via: ["regional water board"],
    });
  });

  it("“P,” S said; X reported.: S speaks through X", () => {
    const found = attributed(
      "“Our inspectors found no trace of the toxin in the harvest,” Okafor said; Coastal Radio reported.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actor: "Okafor", via: ["Coastal Radio"] });
    expect(found[0].text).toContain("no trace of the toxin");
  });

  it("“P,” S said, according to the X readout: X relays", () => {
    const [m] = attributed(
      "“We will reopen the consulate before the summer,” Minister Elif Aydin said, according to the Foreign Ministry readout.",
    );
    expect(m).toMatchObject({ actor: "Elif Aydin", via: ["Foreign Ministry"] });
    expect(m.text).toContain("reopen the consulate");
  });
});

describe("speakers and addressees around a trailing cue", () => {
  it("“P,” NAME, TITLE of BODY told reporters: the name speaks, not the title", () => {
    const [m] = attributed(
      "“The mill never stored chlorine on that site,” Tomas Brandt, spokesman for the Harlow Paper Company told reporters on Friday.",
    );
    expect(m.actor).toBe("Tomas Brandt");
    expect(m.text).toContain("never stored chlorine");
  });

  it("“P,” S said to ADDRESSEE: the quote is the content, the addressee is not", () => {
    const [m] = attributed("“Your club will get every penny of the fee,” Chairman Ivo Lang said to Marco Rossi.");
    expect(m.actor).toBe("Ivo Lang");
    expect(m.text).toContain("every penny of the fee");
  });

  it("a cue whose content the trailing attribution took (“… an official comment,” S said) adds no mention", () => {
    const found = attributed("“The board ignored an official comment,” Dana Whitfield said.");
    expect(found.map((m) => m.actor)).toEqual(["Dana Whitfield"]);
  });
});

describe("relay chains", () => {
  it("ends when two frames hold each other's cue (a run of quoted fragments once grew without end)", () => {
    const text =
      'Patterns: "X blames Y", "Atlas Press reports", "Y was quoted by Atlas as saying", "HNA quoted X as saying", "In what HNA described as…", "According to the opposition site…", "A report by Global Report that cited X said…", "Atlas said" at the end.';
    const found = attributed(text);
    for (const m of found) expect(m.via.length).toBeLessThan(5);
  });
});

describe("a title and a name after the quote", () => {
  it("“P,” the owner, NAME, said: the name speaks", () => {
    const [m] = attributed("“The ferry will sail again on Friday,” the operator's director, Hanna Pike, said.");
    expect(m.actor).toBe("Hanna Pike");
    expect(m.text).toContain("sail again on Friday");
  });
});

describe("the account a document gives (account-carryover)", () => {
  const text =
    "According to the Harbour Authority, the talks focused on dredging the outer channel.\n\n" +
    "Minister Ana Kos said the canal would reopen to barges in May.\n\n" +
    "“We will be ready before the summer,” Kos told this newspaper.";
  it("what a person said after a body is cited comes through that body, with the rule named", () => {
    const ex = extractCorpus([doc("a.txt", text)]);
    const name = new Map(ex.actors.map((a) => [a.id, a.name]));
    const m = ex.claims.flatMap((c) => c.mentions).find((x) => x.text.includes("canal would reopen"))!;
    expect(m.via.map((v) => name.get(v))).toEqual(["Harbour Authority"]);
    expect(m.rule).toMatch(/\+account-carryover$/);
  });
  it("a direct quote is the outlet's own, not the body's", () => {
    const m = extractText(text).find((x) => x.text.includes("ready before the summer"))!;
    expect(m.via).toEqual([]);
  });
});

describe("nested commitments are the reporter's account", () => {
  it("S said Y had promised P: S's claim, not Y's statement", () => {
    const [m] = attributed("The union said the mayor had promised that the depot would stay open.");
    expect(m.actor).toBe("union");
    expect(m.text).toContain("the depot would stay open");
  });
  it("S said Y told Z that P: S's account", () => {
    const [m] = attributed("The ministry said the envoy told his host that the border would reopen in June.");
    expect(m.actor).toBe("ministry");
  });
  it("Y told Z that P, the statement said: Y speaks through the statement", () => {
    const found = attributed(
      "Minister Tove Aas told her counterpart that the ferry link would resume, the statement said.",
    );
    expect(found[0].actor).toBe("Tove Aas");
  });
});

describe("an aside between the speaker and the verb", () => {
  it("X, asked about it by reporters, rejected P: X speaks", () => {
    const [m] = attributed("The league, asked about the report by reporters, rejected the suggestion.");
    expect(m).toMatchObject({ actor: "league", stance: "denied" });
  });
  it("how and in what turn someone spoke is no part of who spoke ('resolutely rejected', 'in his turn said', 'for its part')", () => {
    expect(
      attributed(
        "The Ministry of Transport of Orvania resolutely rejected the accusations of the neighbouring side.",
      )[0],
    ).toMatchObject({ actor: "Ministry of Transport of Orvania", stance: "denied" });
    expect(attributed("Halvorsen in his turn said that the dam would be finished in May.")[0].actor).toBe("Halvorsen");
    expect(attributed("The union for its part said that the strike would go on.")[0].actor).toBe("union");
  });
  it("'spoke about' and 'spoke of' report what was said; 'spoke to reporters' alone says nothing", () => {
    expect(attributed("The observer mission spoke about serious irregularities in the count.")[0]).toMatchObject({
      actor: "observer mission",
      text: "serious irregularities in the count",
    });
    expect(extractText("The mayor spoke to reporters on Monday.")[0].rule).toBe("narration");
  });
  it("an inverted speaker's title may run on with 'of' ('…, said the spokesman of the ministry Ivan Sorel')", () => {
    const [m] = attributed("The border stays open, said the spokesman of the interior ministry Ivan Sorel.");
    expect(m).toMatchObject({ actor: "Ivan Sorel", text: "The border stays open" });
  });
  it("a named competition is no one who speaks ('according to her' after the Games finds no Games)", () => {
    const found = extractText("The rower won at the Winter Games. According to her, the boat was too heavy.");
    expect(found.map((m) => m.actor)).not.toContain("Winter Games");
  });
});

it("“P,” the statement read: the statement's author, named in an earlier sentence, speaks", () => {
  const found = extractText(
    "The minister added in an official statement that the agency had misquoted him. “The agency circulated false statements about the ministry,” the statement read.",
  );
  expect(found.find((m) => m.text.includes("false statements"))?.actor).toBe("minister");
});

it("“The UN says it has confirmed P”: “it” is the body that says so, not the one quoted before", () => {
  const found = extractText(
    "Quake toll rises\n\nThe regional government said 31 people had died. The Valley Relief Agency says it has confirmed 24 deaths in the valley.",
  ).filter((m) => m.text.includes("24 deaths"));
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ actor: "Valley Relief Agency", via: [] });
});

describe("a source cited in an aside, or behind its figures", () => {
  it("“X reported, citing Y, that P”: Y speaks, X relays", () => {
    const [m] = attributed(
      "The Harbour Gazette reported, citing the port authority, that the quay would reopen in May.",
    );
    expect(m).toMatchObject({
      actor: "port authority",
      via: ["Harbour Gazette"],
      text: "the quay would reopen in May",
    });
  });

  it("unnamed sources cited by an outlet stay the speakers (“citing sources close to the talks”)", () => {
    const [m] = attributed("The Tribune reported, citing sources close to the talks, that a ceasefire was near.");
    expect(m).toMatchObject({ actor: "sources close to the talks", via: ["Tribune"] });
  });

  it("“citing internal documents and two people familiar with the inquiry”: the people speak", () => {
    const [m] = attributed(
      "The Tribune reported, citing internal documents and two people familiar with the inquiry, that the limit was lifted.",
    );
    expect(m).toMatchObject({ actor: "two people familiar with the inquiry", via: ["Tribune"] });
  });

  it("a verb the tagger finds inside a noun phrase does not hide the that-clause (“said on a hacking forum that P”)", () => {
    expect(attributed("The group said on a hacking forum last week that it held the files.")[0].text).toBe(
      "it held the files",
    );
  });

  it("documents cited are what the outlet read, not speakers (“citing internal emails”)", () => {
    const [m] = attributed("The Tribune reported, citing internal emails, that the board knew of the fault.");
    expect(m).toMatchObject({ actor: "Tribune", via: [] });
  });

  it("“according to UN estimates”, “according to data from the health ministry”: the body behind the figures", () => {
    expect(attributed("The floods have displaced 40,000 people, according to UN estimates.")[0].actor).toBe(
      "United Nations",
    );
    expect(attributed("The toll rose to 61, according to data from the health ministry.")[0].actor).toBe(
      "health ministry",
    );
  });
});

describe("a passive's agent speaks (state media in translation)", () => {
  it("“As it was noted in the Presidium, P” and “As stressed by the ministry, P”", () => {
    expect(
      attributed("As it was noted in the Presidium, the talks took place at the request of the other side.")[0],
    ).toMatchObject({ actor: "Presidium", text: "the talks took place at the request of the other side" });
    expect(attributed("As stressed by the foreign ministry, the border stays open.")[0].actor).toBe("foreign ministry");
  });

  it("“It was noted in the Kremlin that P”; with no agent, or a time, the passive stays agentless", () => {
    expect(attributed("It was noted in the Kremlin that the consultations would resume in May.")[0].actor).toBe(
      "Kremlin",
    );
    expect(extractText("As reported in March, the smelter will close.")[0].rule).toBe("narration");
  });
});

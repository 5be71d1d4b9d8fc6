import { describe, expect, it } from "vitest";
import { isBareTitle } from "../../../server/extract/actors.js";
import { extractCorpus } from "../../../server/extract/index.js";
import { doc, mentionsOf } from "./helpers.js";

const said = (ex: ReturnType<typeof extractCorpus>) => mentionsOf(ex).filter((m) => m.cue !== "narration");

describe("actor identity across a corpus", () => {
  it("joins a family-name-first surname ('Minister Zhao', 'Zhao') to the one full name that opens with it", () => {
    const ex = extractCorpus([
      doc("a.txt", "Minister Zhao said the port would reopen next month.", "A"),
      doc("b.txt", "Zhao Ming told reporters that the port would reopen next month.", "B"),
      doc("c.txt", "The port will reopen next month, Zhao said.", "C"),
    ]);
    const people = ex.actors.filter((a) => a.kind === "person");
    expect(people.map((p) => p.name)).toEqual(["Zhao Ming"]);
    expect(people[0].aliases).toEqual(expect.arrayContaining(["Zhao", "Zhao Ming", "Minister Zhao"]));
  });

  it("reads \"Chile's top diplomat\" as Chile's foreign minister, not as another minister", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Chilean Foreign Minister Rosa Vidal said the border would reopen. Chilean Trade Minister Tomas Lira said tariffs would stay.",
        "A",
      ),
      doc("b.txt", "Chile's top diplomat said the border would reopen on Monday.", "B"),
    ]);
    expect(
      said(ex)
        .filter((m) => m.text.includes("reopen"))
        .map((m) => m.actor),
    ).toEqual(["Rosa Vidal", "Rosa Vidal"]);
  });

  it("takes no named thing ('the 1998 Tarlan Treaty', 'Puna Gorge Dam') for a person 'she' may point to", () => {
    const text =
      'Foreign Minister Ana Ruiz spoke in Lima. "This breaks the 1998 Tarlan Treaty and the Puna Gorge Dam must stop," Ruiz said. She called on Bolivia to halt the filling.';
    const ex = extractCorpus([doc("a.txt", text)]);
    expect(said(ex).find((m) => m.text.includes("halt the filling"))!.actor).toBe("Ana Ruiz");
    expect(ex.actors.map((a) => a.name)).not.toContain("Tarlan Treaty");
  });

  it("still reads a surname that is also a thing word as a person ('Jude Law said')", () => {
    expect(said(extractCorpus([doc("a.txt", "Jude Law said the theatre would reopen in June.")]))[0].actor).toBe(
      "Jude Law",
    );
  });

  it("reads portfolio titles joined by 'and' or 'of' before a name as one title", () => {
    const found = said(
      extractCorpus([
        doc(
          "a.txt",
          "Water and Energy Minister Ilka Moravec said the dam was safe. “It threatens no one,” said Minister of Water and Energy Ilka Moravec.",
        ),
      ]),
    );
    expect(found.map((m) => m.actor)).toEqual(["Ilka Moravec", "Ilka Moravec"]);
  });

  it("still reads 'Putin and Foreign Minister Lavrov' as two people, the first speaking", () => {
    expect(
      said(
        extractCorpus([doc("a.txt", "Boris Petrov and Foreign Minister Anna Orlova said the talks would resume.")]),
      )[0].actor,
    ).toBe("Boris Petrov");
  });

  it("does not join a surname to a full name when two people's names open with it", () => {
    const ex = extractCorpus([
      doc("a.txt", "Zhao Ming said the port would reopen. Zhao Lin said the port would stay shut."),
      doc("b.txt", "The port will reopen soon, Zhao said.", "B"),
    ]);
    const speaker = said(ex).find((m) => m.text.includes("reopen soon"))!.actor;
    expect(["Zhao Ming", "Zhao Lin"]).not.toContain(speaker);
  });

  it("never keeps a bare title or honorific as an alias", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Foreign Minister Ana Ruiz said the border would reopen. Mr Tomas Vidal said the border would stay shut. Minister Ruiz added that trade would resume.",
      ),
    ]);
    for (const a of ex.actors)
      for (const alias of a.aliases) expect(isBareTitle(alias), `${a.name}: ${alias}`).toBe(false);
    expect(ex.actors.find((a) => a.name === "Ana Ruiz")!.aliases).toContain("Minister Ruiz");
  });

  it("tells bare titles from names and qualified titles", () => {
    for (const t of [
      "Mr",
      "Minister",
      "the spokesperson",
      "Foreign Minister",
      "Mrs.",
      "the Minister for Foreign Affairs",
    ])
      expect(isBareTitle(t), t).toBe(true);
    for (const t of ["Ruiz", "Minister Ruiz", "Mexican Foreign Minister", "Mr Vidal", "Japan's foreign minister"])
      expect(isBareTitle(t), t).toBe(false);
  });

  it("keeps a time adjunct out of the speaker ('Ruiz on Wednesday rejected …', 'the ministry last week said …')", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Foreign Minister Ana Ruiz on Wednesday rejected claims that the border was closed. The Interior Ministry last week said that arrests had risen.",
      ),
    ]);
    expect(said(ex).map((m) => [m.actor, m.stance])).toEqual([
      ["Ana Ruiz", "denied"],
      ["Interior Ministry", "asserted"],
    ]);
  });

  it("keeps day words that are part of a name ('the Sunday Times said')", () => {
    const ex = extractCorpus([doc("a.txt", "The Sunday Times said the minister would resign.")]);
    expect(said(ex)[0].actor).toBe("Sunday Times");
  });

  it("takes the body that released a statement as its speaker", () => {
    const ex = extractCorpus([
      doc("a.txt", "The talks will resume in June, according to a statement released by the Interior Ministry."),
    ]);
    expect(said(ex)[0].actor).toBe("Interior Ministry");
  });
});

describe("places are not people", () => {
  it("does not take a place name ('near Port Sabra') for the person 'he' points to", () => {
    const text =
      'The drills near Port Sabra are defensive, said Omar Haddad, the navy spokesman. "They are routine," he went on.';
    const found = said(extractCorpus([doc("a.txt", text)]));
    expect(found.map((m) => m.actor)).toEqual(["Omar Haddad", "Omar Haddad"]);
  });

  it("still takes a person after 'with' or a title's 'of' for a person", () => {
    const text = "Foreign Minister Ana Ruiz held talks with Omar Haddad on Monday. He said trade would grow.";
    expect(said(extractCorpus([doc("a.txt", text)]))[0].actor).toBe("Ana Ruiz");
  });
});

describe("passive relays with an apposition", () => {
  it("reads 'P, NAME, TITLE, was quoted as saying by Y' as NAME via Y", () => {
    const found = said(
      extractCorpus([
        doc(
          "a.txt",
          "Chile and Peru will sign a trade deal in April, Hisham Saleh, the Peruvian prime minister, was quoted as saying by World Courier.",
        ),
      ]),
    );
    expect(found[0]).toMatchObject({
      text: "Chile and Peru will sign a trade deal in April",
      actor: "Hisham Saleh",
      via: ["World Courier"],
    });
  });

  it("still reads the plain form without an apposition", () => {
    const found = said(
      extractCorpus([doc("a.txt", "The port will reopen in May, Omar Haddad was quoted as saying by World Courier.")]),
    );
    expect(found[0]).toMatchObject({
      text: "The port will reopen in May",
      actor: "Omar Haddad",
      via: ["World Courier"],
    });
  });
});

describe("relative clauses on a speaker", () => {
  it("drops 'who asked not to be named' from a speaker after 'according to'", () => {
    const found = said(
      extractCorpus([
        doc("a.txt", "Chile had blocked 10 ships, according to a Peruvian official who asked not to be named."),
      ]),
    );
    expect(found[0]).toMatchObject({ text: "Chile had blocked 10 ships", actor: "Peruvian official" });
  });

  it("keeps 'who' inside a quoted content out of the speaker", () => {
    const found = said(extractCorpus([doc("a.txt", "Omar Haddad said the sailors who were detained would be freed.")]));
    expect(found[0]).toMatchObject({ actor: "Omar Haddad", text: "the sailors who were detained would be freed" });
  });
});

import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../server/extract/index.js";
import { doc, mentionsOf } from "./helpers.js";

describe("actors", () => {
  it("merges transliterations and name variants of one person, keeping every alias seen", () => {
    const ex = extractCorpus([
      doc("a.txt", "Mayor Olga Petrenko said the tram line would open in May.", "A"),
      doc("b.txt", "Olha Petrenko told reporters that the tram line would open in May.", "B"),
      doc("c.txt", "The tram line will open in May, Petrenko said.", "C"),
    ]);
    const people = ex.actors.filter((a) => a.kind === "person");
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(
      expect.arrayContaining(["Olga Petrenko", "Olha Petrenko", "Petrenko", "Mayor Olga Petrenko"]),
    );
  });

  it("does not merge two people who share a surname but not a first name", () => {
    const ex = extractCorpus([
      doc("a.txt", "Anna Novak said the vote was fair. Boris Novak said the vote was rigged."),
    ]);
    expect(
      ex.actors
        .filter((a) => a.kind === "person")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Anna Novak", "Boris Novak"]);
  });

  it("resolves a role to the holder the corpus names ('the Brazilian president' → the named president)", () => {
    const ex = extractCorpus([
      doc("a.txt", "Brazilian President Ana Souza met the delegation on Monday.", "A"),
      doc("b.txt", "The Brazilian president said the forest law would pass.", "B"),
    ]);
    const found = mentionsOf(ex).filter((m) => m.cue !== "narration");
    expect(found[0].actor).toBe("Ana Souza");
    expect(ex.actors.find((a) => a.name === "Ana Souza")!.aliases).toContain("The Brazilian president");
  });

  it("resolves an apposition title and a later bare role to the named aide", () => {
    const text =
      "Adviser to the prime minister, Tom Baker, said talks would resume. Later the aide added that a deal was close.";
    const found = mentionsOf(extractCorpus([doc("a.txt", text)])).filter((m) => m.cue !== "narration");
    expect(found.map((m) => m.actor)).toEqual(["Tom Baker", "Tom Baker"]);
  });

  it("resolves 'he' to the subject of the nearest sentence naming a person", () => {
    const text = "Senator Paul Reyes met Governor Ann Lee on Friday. He said the bill had enough votes.";
    const found = mentionsOf(extractCorpus([doc("a.txt", text)])).filter((m) => m.cue !== "narration");
    expect(found[0].actor).toBe("Paul Reyes");
  });

  it("resolves 'the company' to the body the document named, and tells bodies, states and outlets apart", () => {
    const text =
      "Orbis Motors recalled 9,000 vans. The company said no one was hurt. Moscow said it would inspect the vans. Reuters said the recall was the largest this year.";
    const ex = extractCorpus([doc("a.txt", text)]);
    const kinds = Object.fromEntries(ex.actors.map((a) => [a.name, a.kind]));
    const found = mentionsOf(ex).filter((m) => m.cue !== "narration");
    expect(found.map((m) => m.actor)).toEqual(["Orbis Motors", "Russia", "Reuters"]);
    expect(kinds).toMatchObject({ "Orbis Motors": "organization", Russia: "state", Reuters: "outlet" });
  });

  it("keeps an unnamed official as their own actor", () => {
    const found = mentionsOf(
      extractCorpus([doc("a.txt", "The talks will resume next week, a senior EU official said.")]),
    );
    expect(found[0].actor).toBe("senior EU official");
  });

  it("records relays nearest first: 'the ministry said the minister told X that P'", () => {
    const text = "Minister Karl Weber told his counterpart that the border would stay open, the ministry said.";
    const found = mentionsOf(
      extractCorpus([doc("a.txt", "The Interior Ministry issued a statement.\n" + text)]),
    ).filter((m) => m.cue !== "narration");
    expect(found[0]).toMatchObject({ actor: "Karl Weber", via: ["Interior Ministry"] });
  });
});

describe("unnamed sources", () => {
  it("is one unnamed source whether or not the wording says senior or government", () => {
    const ex = extractCorpus([
      doc("a.txt", "The port is closed, a senior Chilean official said.", "A"),
      doc("b.txt", "The port is closed, a Chilean government official said.", "B"),
    ]);
    expect(ex.actors.filter((a) => a.kind === "person")).toHaveLength(1);
  });

  it("keeps unnamed officials of different states or roles apart", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "The port is closed, a senior Chilean official said. The port is open, a senior Peruvian official said. The port is closed, a Chilean diplomat said.",
      ),
    ]);
    expect(ex.actors.filter((a) => a.kind === "person")).toHaveLength(3);
  });
});

import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../server/extract/index.js";
import { attributed, doc, mentionsOf } from "./helpers.js";

describe("stance", () => {
  it("'S denied that P': S denies P", () => {
    const [m] = attributed("The airline denied that its pilots had skipped safety checks.");
    expect(m).toMatchObject({ stance: "denied", text: "its pilots had skipped safety checks", cue: "deny" });
  });

  it("'S dismissed suggestions that P' and 'S rejected claims that P' deny P", () => {
    expect(
      attributed("Minister Eva Lind dismissed suggestions that the tax breached the constitution.")[0],
    ).toMatchObject({ stance: "denied", text: "the tax breached the constitution" });
    expect(attributed("Minister Eva Lind rejected claims that the tax breached the constitution.")[0]).toMatchObject({
      stance: "denied",
    });
  });

  it("'S said the claim that P was baseless' denies P", () => {
    expect(
      attributed("Spokesman Omar Haddad said the claim that the army shelled the town was baseless.")[0],
    ).toMatchObject({ stance: "denied", text: "the army shelled the town" });
  });

  it("negation inside the claim is part of the claim, not a denial", () => {
    const [m] = attributed("General Ivan Sokol said the army has no intention of crossing the river.");
    expect(m).toMatchObject({ stance: "asserted", text: "the army has no intention of crossing the river" });
  });

  it("a denial pointing back ('rejected the accusation') joins the claim it rejects", () => {
    const text =
      "Union chief Maria Costa accused the port authority of hiding accident reports. " +
      "Harbour master Jon Berg said the new cranes arrived on time. " +
      "The port authority rejected the accusation.";
    const found = mentionsOf(extractCorpus([doc("a.txt", text)]));
    const accusation = found.find((m) => m.cue === "accuse")!;
    const denial = found.find((m) => m.stance === "denied")!;
    expect(denial.actor).toBe("port authority");
    expect(denial.claim).toBe(accusation.claim);
    expect(found.find((m) => m.actor === "Jon Berg")!.claim).not.toBe(denial.claim);
  });

  it("'rejected the findings as baseless and said …': the findings are the earlier claim the denial points at", () => {
    const text =
      "The national inspectorate had found the banned pesticide in 14 grain shipments from Norland since March, the ministry said. " +
      "Norland's farm ministry rejected the findings as baseless and said the ban was a gift to local farmers.";
    const found = mentionsOf(extractCorpus([doc("a.txt", text)]));
    const finding = found.find((m) => m.text.includes("pesticide"))!;
    const denial = found.find((m) => m.stance === "denied")!;
    expect(denial.actor).toBe("Norland's farm ministry");
    expect(denial.claim).toBe(finding.claim);
  });

  it("a reprint's copy of a pointer whose article gives it nothing to point at joins the copy that found its claim", () => {
    const found = mentionsOf(
      extractCorpus([
        doc(
          "wire.txt",
          "The treasury said the bank had moved 300 million dollars for the broker. Mercantia rejected the allegations.",
        ),
        doc("reprint.txt", "The bank moved money. Mercantia rejected the allegations.", "Reprint"),
      ]),
    );
    const claim = found.find((m) => m.actor === "treasury")!;
    const denials = found.filter((m) => m.stance === "denied");
    expect(denials).toHaveLength(2);
    for (const d of denials) expect(d.claim).toBe(claim.claim);
  });

  it("copies of a pointer with nothing to point at stand together, and apart from any other lone pointer", () => {
    const found = mentionsOf(
      extractCorpus([
        doc("a.txt", "The bank moved money. Mercantia rejected the allegations."),
        doc("b.txt", "Heavy rain fell. Mercantia rejected the allegations.", "B"),
        doc("c.txt", "Snow fell on Tuesday. The mayor denied it.", "C"),
      ]),
    );
    const [first, second] = found.filter((m) => m.actor === "Mercantia");
    expect(second.claim).toBe(first.claim);
    expect(found.find((m) => m.actor === "mayor")!.claim).not.toBe(first.claim);
  });

  it("a denial in one document attaches to the claim asserted in another when the wording matches", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Inspector Hana Kato said the factory dumped waste into the river.",
        "River Times",
        "newspaper",
        "2024-05-01",
      ),
      doc("b.txt", "The factory denied that it dumped waste into the river.", "Valley Post", "newspaper", "2024-05-02"),
    ]);
    const found = mentionsOf(ex);
    expect(found.map((m) => m.stance).sort()).toEqual(["asserted", "denied"]);
    expect(new Set(found.map((m) => m.claim)).size).toBe(1);
  });

  it("a gloss that restates the denial stays with it; a positive one is its own assertion", () => {
    const glossed = attributed("The ministry poured cold water on the report, noting that there was no such plan.");
    expect(glossed).toHaveLength(1);
    expect(glossed[0].stance).toBe("denied");
    const positive = attributed(
      "The firm rejected the criticism, saying the recall began as soon as the fault was found.",
    );
    expect(positive.map((m) => m.stance)).toEqual(["denied", "asserted"]);
  });
});

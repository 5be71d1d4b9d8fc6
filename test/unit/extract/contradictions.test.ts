import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../server/extract/index.js";
import { doc, mentionsOf } from "./helpers.js";

const corpus = (...texts: string[]) =>
  mentionsOf(extractCorpus(texts.map((t, i) => doc(`d${i}.txt`, t, `Outlet ${i}`, "newspaper", `2024-05-0${i + 1}`))));

describe("a negated restatement denies the claim it restates (contradictions.ts)", () => {
  it("'the militia shelled the depot' then 'we did not shell the depot': the second denies the first, in the same claim", () => {
    const found = corpus(
      "The coastal guard said the river militia shelled the fuel depot at Orvik on Monday.",
      "“We did not shell the fuel depot at Orvik,” a militia commander, Ari Lahti, said.",
    );
    const denial = found.find((m) => m.actor === "Ari Lahti")!;
    const claim = found.find((m) => m.actor === "coastal guard")!;
    expect(denial.stance).toBe("denied");
    expect(denial.claim).toBe(claim.claim);
  });

  it("the same speaker negating is not joined to their own claim", () => {
    const found = corpus(
      "Ari Lahti said the militia shelled the fuel depot at Orvik.",
      "Ari Lahti said the militia did not shell the fuel depot at Orvik.",
    );
    const said = found.find((m) => m.text.includes("shelled"))!;
    const unsaid = found.find((m) => m.text.includes("did not shell"))!;
    expect(said.stance).toBe("asserted");
    expect(unsaid.claim).not.toBe(said.claim);
    // what is left is a negated event (negated-events.ts), not a restatement of anyone's claim
    expect(unsaid.rule).not.toContain("negated-restatement");
  });

  it("litotes and bounds are no denials ('will not hesitate to appeal', 'would never fall below')", () => {
    const found = corpus(
      "The federation said it could appeal the ruling to the sports court.",
      "A federation lawyer, Mira Dahl, said the federation will not hesitate to appeal the ruling to the sports court.",
      "The utility said the minimum flow in the river is 80 cubic metres per second.",
      "Engineer Tove Lind said the flow in the river would never fall below 80 cubic metres per second.",
    );
    expect(found.every((m) => m.stance === "asserted")).toBe(true);
  });

  it("a hypothesis is not what a negation denies ('as we would if troops were sent')", () => {
    const found = corpus(
      "An aide, Paul Rehn, said Norland would act as Sorland would if troops were sent to the border.",
      "Minister Eva Berg said Sorland would not send troops to the border.",
    );
    expect(found.every((m) => m.stance === "asserted")).toBe(true);
  });

  it("negations clustered as one deny one claim: the one their restatements weigh most for, not one each", () => {
    const found = corpus(
      "The coastal guard said the river militia shelled the fuel depot at Orvik on Monday night with mortars.",
      "A blogger, Tom Reiss, wrote that the militia shelled a fuel depot near Harle.",
      "“We did not shell the fuel depot at Orvik on Monday night,” a militia commander, Ari Lahti, said.",
      "The militia did not shell the fuel depot, its spokesman Jon Berg said.",
    );
    const orvik = found.find((m) => m.actor === "coastal guard")!;
    const harle = found.find((m) => m.actor === "Tom Reiss")!;
    expect(orvik.claim).not.toBe(harle.claim);
    // alone, the spokesman's shorter wording restates the Harle claim best
    for (const speaker of ["Ari Lahti", "Jon Berg"]) {
      const denial = found.find((m) => m.actor === speaker)!;
      expect(denial.stance).toBe("denied");
      expect(denial.claim).toBe(orvik.claim);
    }
  });

  it("the mention carries the rule that made it a denial", () => {
    const ex = extractCorpus([
      doc("a.txt", "The port authority said the tanker leaked oil near Skarn.", "A"),
      doc(
        "b.txt",
        "“The tanker did not leak oil near Skarn,” the owner, Lars Vik, said.",
        "B",
        "newspaper",
        "2024-05-02",
      ),
    ]);
    const rules = ex.claims
      .flatMap((c) => c.mentions)
      .filter((m) => m.stance === "denied")
      .map((m) => m.rule);
    expect(rules).toEqual([expect.stringMatching(/\+negated-restatement$/)]);
  });
});

describe("a denial answers what was just reported (joinNearbyDenials)", () => {
  it("'the group said the slick reached the beaches' then 'the agency said the slick had not reached the coast': one claim", () => {
    const found = corpus(
      "The campaign group Sea Watch said on Tuesday that the oil slick had already reached the beaches of Harle island, where grey seals breed. " +
        "The coastal agency said the slick had not reached the coast.",
    );
    const claim = found.find((m) => m.actor === "Sea Watch")!;
    const denial = found.find((m) => m.actor === "coastal agency")!;
    expect(denial.stance).toBe("denied");
    expect(denial.rule).toContain("negated-nearby");
    expect(denial.claim).toBe(claim.claim);
  });

  it("one shared word is enough right after the report: 'the tanker had dumped waste oil' then 'nothing had been dumped'", () => {
    const found = corpus(
      "The coastguard said on Monday that the tanker Arla had dumped waste oil off the island of Skarn. " +
        "The owner, Vik Lines, said nothing had been dumped.",
    );
    const claim = found.find((m) => m.actor === "coastguard")!;
    const denial = found.find((m) => m.actor === "Vik Lines")!;
    expect(denial.stance).toBe("denied");
    expect(denial.rule).toContain("negated-nearby");
    expect(denial.claim).toBe(claim.claim);
  });

  it("a denial sharing too little with what came before stays a claim of its own", () => {
    const found = corpus(
      "The campaign group Sea Watch said on Tuesday that the oil slick had already reached the beaches of Harle island, where grey seals breed. " +
        "The port authority said the ferry timetable had not changed.",
    );
    const claim = found.find((m) => m.actor === "Sea Watch")!;
    const other = found.find((m) => m.actor === "port authority")!;
    expect(other.claim).not.toBe(claim.claim);
  });

  it("a denial does not join its own speaker's earlier claim", () => {
    const found = corpus(
      "The coastal agency said on Tuesday that the oil slick had already reached the beaches of Harle island, where grey seals breed. " +
        "The coastal agency later said the slick had not reached the coast.",
    );
    const [first, second] = found.filter((m) => m.actor === "coastal agency");
    expect(second.claim).not.toBe(first.claim);
  });
});

describe("copies of one denial vote for the claim they answer (joinNearbyDenials)", () => {
  it("the claim a denial answers in two reports wins over a nearer remark in one of them", () => {
    const claim =
      "The fishermen's union said on Sunday that a tanker had flushed its tanks off Karvik, leaving a slick of oil along the lighthouse cove.";
    const denial =
      "The harbour office said no ship had flushed tanks in its waters during the storm near the lighthouse.";
    const found = corpus(
      `${claim} The mayor said the storm had flushed debris into the lighthouse cove. ${denial}`,
      `${claim} ${denial}`,
    );
    const union = found.find((m) => m.actor.includes("union"))!;
    const denials = found.filter((m) => m.actor === "harbour office");
    expect(denials).toHaveLength(2);
    for (const d of denials) expect(d).toMatchObject({ stance: "denied", claim: union.claim });
  });

  it("a denial five sentences after the claim it answers still joins it", () => {
    const found = corpus(
      "The fishermen's union said a tanker had flushed its tanks off Karvik, leaving a slick of oil in the cove. " +
        "Boats stayed in port on Monday. Prices at the fish market rose. Schools were open. The weather was calm. " +
        "The harbour office said no ship had flushed tanks anywhere in its waters during the storm on Sunday night.",
    );
    const union = found.find((m) => m.actor.includes("union"))!;
    expect(found.find((m) => m.actor === "harbour office")).toMatchObject({ stance: "denied", claim: union.claim });
  });
});

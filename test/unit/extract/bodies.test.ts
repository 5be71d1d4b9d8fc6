import { describe, expect, it } from "vitest";
import { bodyKey } from "../../../server/extract/actors.js";
import { extractCorpus } from "../../../server/extract/index.js";
import type { Extraction } from "../../../server/extract/types.js";
import { doc, mentionsOf } from "./helpers.js";

const said = (ex: ReturnType<typeof extractCorpus>) => mentionsOf(ex).filter((m) => m.cue !== "narration");

describe("bodies and their country", () => {
  it("keys a possessive country, a demonym and 'of <Country>' forms of one body alike", () => {
    const key = bodyKey("Ministry of Foreign Affairs of Chile");
    for (const n of [
      "Chile's foreign ministry",
      "the Chilean foreign ministry",
      "Foreign Ministry of Chile",
      "the Chilean Ministry of Foreign Affairs",
    ])
      expect(bodyKey(n), n).toBe(key);
  });

  it("keeps bodies of different countries or kinds apart", () => {
    expect(bodyKey("Chile's foreign ministry")).not.toBe(bodyKey("Peru's foreign ministry"));
    expect(bodyKey("Chile's foreign ministry")).not.toBe(bodyKey("Chile's trade ministry"));
    expect(bodyKey("Bank of Chile")).not.toBe(bodyKey("Chile's central bank"));
  });

  it("merges the forms across documents into one actor and links it to the publisher that is that body", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "The minister will visit Lima in June.",
        "Ministry of Foreign Affairs of Chile",
        "government",
        "2024-05-01",
      ),
      doc(
        "b.txt",
        "The minister will visit Lima in June, Chile's foreign ministry said.",
        "Andes Wire",
        "news agency",
        "2024-05-02",
      ),
      doc(
        "c.txt",
        "The Chilean foreign ministry said the minister would visit Lima in June.",
        "Radio Sur",
        "broadcaster",
        "2024-05-03",
      ),
    ]);
    const bodies = ex.actors.filter((a) => a.kind === "organization");
    expect(bodies).toHaveLength(1);
    const publisher = ex.sources.find((s) => s.name === "Ministry of Foreign Affairs of Chile")!;
    expect(bodies[0].source).toBe(publisher.id);
    expect(ex.citations.filter((c) => c.document === ex.documents[1].id).map((c) => c.cites)).toContain(publisher.id);
  });

  it("resolves 'the ministry' to the nearest ministry, not to a nearer body of another kind", () => {
    const text =
      "Peru's foreign ministry summoned the ambassador on Monday. The UN refugee agency said 300 people had crossed the border. The ministry said the crossings were illegal.";
    const found = said(extractCorpus([doc("a.txt", text)]));
    expect(found.find((m) => m.text.includes("illegal"))!.actor).toMatch(/foreign ministry/i);
  });

  it("resolves 'the ministry' to a ministry quoted earlier in lower case, not to a body merely named since", () => {
    const text =
      "The minister will visit Lima in June, Chile's foreign ministry said. The minister told reporters the visit was approved by the UN refugee agency. The ministry said the talks would cover migration.";
    const found = said(extractCorpus([doc("a.txt", text)]));
    expect(found.find((m) => m.text.includes("migration"))!.actor).toMatch(/foreign ministry/i);
  });

  it("reads 'the regulator' as the body last named, and a pharmaceutical suffix as no part of a company's name", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "The Drug Safety Authority halted the trial run by Corvane Therapeutics. The regulator said the data were incomplete. Corvane said it would appeal.",
      ),
    ]);
    const found = said(ex);
    expect(found.find((m) => m.text.includes("incomplete"))!.actor).toBe("Drug Safety Authority");
    expect(
      ex.actors
        .filter((a) => a.kind === "organization")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Corvane", "Drug Safety Authority"]);
  });

  it("reads a capitalised 'the Ministry' as pointing back to the ministry named before", () => {
    const found = said(
      extractCorpus([
        doc(
          "a.txt",
          "The Ministry of Water and Energy announces that the filling began on 2 June. The Ministry notes that river levels are low.",
        ),
      ]),
    );
    expect(found.map((m) => m.actor)).toEqual(["Ministry of Water and Energy", "Ministry of Water and Energy"]);
  });

  it("resolves 'the company' past a hospital or agency named since to the company", () => {
    const text =
      "Corvane Therapeutics paused the trial. Prof Amir Castell, a hepatologist at St Anne's University Hospital who is not involved in the study, said the injuries were typical. The company said the patient had liver disease.";
    const found = said(extractCorpus([doc("a.txt", text)]));
    expect(found.map((m) => m.actor)).toEqual(["Amir Castell", "Corvane Therapeutics"]);
  });

  it("resolves 'the company' to the last body when no body of that kind is named", () => {
    const found = said(
      extractCorpus([doc("a.txt", "Velora Motors recalled 4,000 cars. The company said no one was hurt.")]),
    );
    expect(found[0].actor).toBe("Velora Motors");
  });

  it("never resolves 'the company' to a name that comes after it in its own sentence", () => {
    const found = said(
      extractCorpus([
        doc(
          "a.txt",
          "Tarnel said on Sunday that its payment systems were not breached. The company said no passwords or ID numbers were exposed.",
        ),
      ]),
    );
    expect(found.map((m) => m.actor)).toEqual(["Tarnel", "Tarnel"]);
  });
});

describe("citations of relayed speakers", () => {
  it("cites the relaying body and the person it quotes, but not a head of state reported on", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Chile's foreign ministry said Minister Rosa Vidal had told lawmakers that the border would reopen. President Luis Arce said talks would go on.",
      ),
    ]);
    const cited = ex.citations.map(
      (c) => ex.actors.find((a) => a.id === c.cites)?.name ?? ex.sources.find((s) => s.id === c.cites)?.name,
    );
    expect(cited).toEqual(expect.arrayContaining(["Rosa Vidal"]));
    expect(cited.some((n) => /foreign ministry/i.test(n ?? ""))).toBe(true);
    expect(cited).not.toContain("Luis Arce");
  });
});

/** [document file, credited source] for each reprint credit found. */
const reprintCredits = (ex: Extraction) =>
  ex.citations
    .filter((c) => c.kind === "reprint")
    .map((c) => [ex.documents.find((d) => d.id === c.document)?.file, ex.sources.find((s) => s.id === c.cites)?.name]);

describe("reprint credits", () => {
  it("does not count a document's own masthead or dateline credit as a reprint", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "LIMA, May 6 (Andes Wire) -- The border will reopen on Friday, officials said.",
        "Andes Wire",
        "news agency",
      ),
      doc(
        "b.txt",
        "Pacific Daily Online\n\nBorder to reopen\n\nThe border will reopen on Friday, officials said.",
        "Pacific Daily Online",
        "aggregator",
      ),
    ]);
    expect(ex.citations.filter((c) => c.kind === "reprint")).toEqual([]);
  });

  it("reads 'Source: X' after a section rule and 'originally published by X' as reprint credits, not any capitalised phrase", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "NewsBrief | World | Source: Andes Wire\n\nThe border will reopen on Friday, officials said.",
        "NewsBrief",
        "aggregator",
      ),
      doc(
        "b.txt",
        "The border will reopen on Friday, officials said.\n\nThis story was originally published by Pacific Daily Online and is reprinted with permission.",
        "NewsBrief",
        "aggregator",
      ),
      doc(
        "c.txt",
        "The border will reopen on Friday, officials said.\n\nThe plan was originally published by Minister Ana Ruiz in May.",
        "NewsBrief",
        "aggregator",
      ),
    ]);
    expect(reprintCredits(ex)).toEqual([
      ["a.txt", "Andes Wire"],
      ["b.txt", "Pacific Daily Online"],
    ]);
  });

  it("names the outlet of a 'Source:' line without the label, and takes no body's release or press desk for an outlet", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Border to reopen\n\nThe border will reopen on Friday, officials said.\n\nSource: Andes Press Agency",
        "NewsBrief",
        "aggregator",
      ),
      doc(
        "b.txt",
        "PRESS RELEASE\nPress Centre\n\nThe Port Authority of Valdera announces that the northern berth reopens on Friday.\n\nMedia Release No. 14",
        "Port Authority of Valdera",
        "government",
      ),
    ]);
    expect(reprintCredits(ex)).toEqual([["a.txt", "Andes Press Agency"]]);
  });

  it("keeps the credit of another agency an aggregator reprints", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "Pacific Daily Online\n\nLIMA, May 6 (Andes Wire) -- The border will reopen on Friday, officials said.",
        "Pacific Daily Online",
        "aggregator",
      ),
    ]);
    expect(reprintCredits(ex)).toEqual([["a.txt", "Andes Wire"]]);
  });
});

describe("the statement said", () => {
  it("goes to the body that issued the statement, not to the person quoted just before", () => {
    const text =
      'Chile\'s foreign ministry said in a statement that the talks had gone well.\n\n"We are ready to sign," Foreign Minister Ana Ruiz said.\n\nBoth sides will meet again in June, the statement said.';
    const found = mentionsOf(extractCorpus([doc("a.txt", text)])).filter((m) => m.cue !== "narration");
    expect(found.find((m) => m.text.includes("June"))!.actor).toMatch(/foreign ministry/i);
  });

  it("stays with the person when a person issued it and no body was named", () => {
    const text =
      "Ana Ruiz said in a statement that the talks had gone well.\n\nBoth sides will meet again in June, the statement added.";
    const found = mentionsOf(extractCorpus([doc("a.txt", text)])).filter((m) => m.cue !== "narration");
    expect(found.find((m) => m.text.includes("June"))!.actor).toBe("Ana Ruiz");
  });
});

describe("“the ministry” and its kin point back only to a body of their kind", () => {
  const speakers = (text: string) =>
    said(extractCorpus([doc("a.txt", `Floods in the north\n\n${text}`)])).map((m) => m.actor);

  it("a modified anaphor needs its modifier: “the interior ministry” is not the election commission", () => {
    expect(
      speakers(
        "The Central Election Commission said the count was complete. The interior ministry said that no observer had been held.",
      ),
    ).toEqual(["Central Election Commission", "interior ministry"]);
    expect(
      speakers(
        "The Ministry of the Interior said roads were open. The interior ministry said that no observer had been held.",
      ),
    ).toEqual(["Ministry of the Interior", "Ministry of the Interior"]);
  });

  it("“the ministry” is no commission, nor a lone capitalised word", () => {
    expect(speakers("The Water Commission said the dam held. The ministry said that pumps were on their way.")).toEqual(
      ["Water Commission", "ministry"],
    );
    expect(speakers("The Health Ministry said wards were open. The ministry said that no one had died.")).toEqual([
      "Health Ministry",
      "Health Ministry",
    ]);
  });
});

describe("pairs of bodies and bodies named like outlets", () => {
  const speakers = (text: string) =>
    said(extractCorpus([doc("a.txt", `Harvest report\n\n${text}`)])).map((m) => [m.actor, m.text]);

  it("“the agency” points to “the Tarn Food Agency” although the name reads like a news agency's", () => {
    expect(
      speakers("The Tarn Food Agency said the grain was safe. The agency urged bakers to keep buying it."),
    ).toEqual([
      ["Tarn Food Agency", "the grain was safe"],
      ["Tarn Food Agency", "bakers to keep buying it"],
    ]);
  });

  it("“both the agency and the company”: the first of the pair speaks", () => {
    expect(
      speakers(
        "The Tarn Food Agency said the grain was safe. Orla Mills said stocks were full. Both the agency and the company urged bakers to keep buying.",
      )[2],
    ).toEqual(["Tarn Food Agency", "bakers to keep buying"]);
  });

  it("“X and Y both say P”: the plain form after a quantified subject is the verb", () => {
    expect(speakers("The Tarn Food Agency and the grain council both say there is no reason to worry.")).toEqual([
      ["Tarn Food Agency", "there is no reason to worry"],
    ]);
  });
});

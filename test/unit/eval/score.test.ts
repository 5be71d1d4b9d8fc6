/** The scoring rules on small hand-made annotations, one rule per case. */
import { describe, expect, it } from "vitest";
import { parseExport, type ScoredExport } from "../../../server/eval/export-file.js";
import { type Gold, parseGold } from "../../../server/eval/gold.js";
import { formatScore } from "../../../server/eval/report.js";
import { scoreExtraction, unannotatedDocuments } from "../../../server/eval/score.js";

const gold = (over: Partial<Record<keyof Gold, unknown>> = {}): Gold =>
  parseGold(
    {
      corpus: "toy",
      actors: [
        { id: "mayor", name: "Ana Ruiz", aliases: ["the mayor"] },
        { id: "union", name: "Transit Union", aliases: [] },
      ],
      citedSources: [{ id: "wire", aliases: ["City Wire"] }],
      documents: [
        { document: "a.txt", narrators: ["union"], cites: ["wire"] },
        { document: "b.txt", cites: ["mayor"] },
      ],
      claims: [
        {
          id: "fares",
          mentions: [
            {
              document: "a.txt",
              start: 0,
              end: 40,
              actors: ["mayor"],
              stance: "asserted",
              evidence: "fares will fall",
            },
            {
              document: "b.txt",
              start: 10,
              end: 50,
              actors: ["mayor"],
              stance: "asserted",
              evidence: "fares will fall",
            },
          ],
        },
        {
          id: "strike",
          mentions: [
            { document: "a.txt", start: 100, end: 140, actors: ["union"], stance: "denied", evidence: "no strike" },
          ],
        },
      ],
      ...over,
    },
    "toy gold",
  );

type M = { document: string; start: number; end: number; actor: string; stance?: string; rule?: string; text?: string };
const exported = (claims: Record<string, M[]>, citations: { document: string; cites: string }[] = []): ScoredExport =>
  parseExport(
    {
      documents: [
        { id: "doc-a", file: "corpus/a.txt", source: "src-paper" },
        { id: "doc-b", file: "b.txt", source: null },
      ],
      sources: [
        { id: "src-paper", name: "The Paper" },
        { id: "src-wire", name: "City Wire" },
      ],
      actors: [
        { id: "act-ruiz", name: "Mayor Ruiz", aliases: ["Ana Ruiz"] },
        { id: "act-union", name: "the Transit Union" },
      ],
      claims: Object.entries(claims).map(([id, mentions]) => ({ id, mentions })),
      citations,
    },
    "toy export",
  );

const fares = (doc: string, start: number, extra: Partial<M> = {}): M => ({
  document: doc,
  start,
  end: start + 40,
  actor: "act-ruiz",
  rule: "said-that",
  ...extra,
});
const strike: M = {
  document: "doc-a",
  start: 100,
  end: 140,
  actor: "act-union",
  stance: "denied",
  rule: "denial-verb",
};

describe("scoreExtraction", () => {
  it("gives full marks to an extraction that finds everything, matching speakers by alias and documents by file name", () => {
    const s = scoreExtraction(
      gold(),
      exported({ c1: [fares("doc-a", 0), fares("doc-b", 10)], c2: [strike] }, [
        { document: "doc-a", cites: "src-wire" },
        { document: "doc-b", cites: "act-ruiz" },
      ]),
    );
    expect(s.overall).toBe(1);
    expect(s.denials).toEqual({ found: 1, gold: 1, predictedDenied: 1 });
    expect(s.travel.claims).toEqual([{ claim: "fares", documents: 2, together: 2, score: 1 }]);
  });

  it("finds a mention whose span covers half of the gold one, not one that covers less", () => {
    expect(scoreExtraction(gold(), exported({ c: [fares("doc-a", 20)] })).mentions.tp).toBe(1);
    expect(scoreExtraction(gold(), exported({ c: [fares("doc-a", 21, { end: 100 })] })).mentions.tp).toBe(0);
  });

  it("counts a right span with the wrong speaker or stance as a miss and names the rule that fired", () => {
    const s = scoreExtraction(
      gold(),
      exported({
        c: [fares("doc-a", 0, { actor: "act-union" })],
        d: [{ ...strike, stance: "asserted", rule: "quote-paragraph" }],
      }),
    );
    expect(s.mentions).toMatchObject({ tp: 0, spanMatchedWrongActorOrStance: 2, actorErrors: 1, stanceErrors: 1 });
    expect(s.denials.found).toBe(0);
    const text = formatScore(s, { verbose: true });
    expect(text).toMatch(/fares: asserted by mayor @0-40.*\n\s+got asserted by the Transit Union \(rule said-that\)/);
    expect(text).toMatch(/strike: denied by union .*\n\s+got asserted by the Transit Union \(rule quote-paragraph\)/);
    expect(text).toMatch(/b\.txt\] fares: .*\n\s+no prediction covers these words/);
  });

  it("leaves the publisher's own unannotated narration and optional gold mentions out of precision, but not other spurious mentions", () => {
    const narration: M = { document: "doc-a", start: 300, end: 340, actor: "src-paper", rule: "narration" };
    const byNarrator: M = { document: "doc-a", start: 400, end: 440, actor: "act-union", rule: "narration" };
    const spurious: M = {
      document: "doc-b",
      start: 300,
      end: 340,
      actor: "act-ruiz",
      rule: "according-to",
      text: "buses run late",
    };
    const s = scoreExtraction(gold(), exported({ c: [fares("doc-a", 0), narration, byNarrator, spurious] }));
    expect(s.mentions.predicted).toBe(2);
    expect(s.unmatched.map((p) => p.rule)).toEqual(["according-to"]);
    expect(formatScore(s, { verbose: true })).toMatch(
      /\[b\.txt\] asserted by Mayor Ruiz @300-340 \(rule according-to, claim c\): buses run late/,
    );

    const optional = gold({
      claims: [
        {
          id: "x",
          mentions: [
            { document: "b.txt", start: 300, end: 340, actors: ["mayor"], stance: "asserted", optional: true },
          ],
        },
      ],
    });
    const o = scoreExtraction(optional, exported({ c: [spurious] }));
    expect([o.mentions.predicted, o.mentions.gold, o.misses.length]).toEqual([0, 0, 0]);
  });

  it("scores one claim split over two predicted claims as half travelled, and one claim swallowing another as impure", () => {
    const split = scoreExtraction(
      gold(),
      exported({ c1: [fares("doc-a", 0)], c2: [fares("doc-b", 10)], c3: [strike] }),
    );
    expect(split.travel.score).toBe(0.5);
    expect(split.clustering).toMatchObject({ recall: 0, goldPairs: 1, predictedPairs: 0 });
    const merged = scoreExtraction(gold(), exported({ c: [fares("doc-a", 0), fares("doc-b", 10), strike] }));
    expect(merged.travel.score).toBe(0.667);
    expect(merged.clustering).toMatchObject({ precision: 0.333, recall: 1 });
  });

  it("names the annotated documents an extraction does not hold", () => {
    const only = parseExport({ documents: [{ id: "doc-a", file: "a.txt" }], actors: [], claims: [] }, "x");
    expect(unannotatedDocuments(gold(), only)).toEqual(["b.txt"]);
  });
});

describe("the inputs", () => {
  it("refuse a gold or an export that is not one, saying where", () => {
    expect(() =>
      parseGold(
        {
          actors: [],
          documents: [],
          claims: [{ id: "c", mentions: [{ document: "a.txt", start: 0, end: 4, actors: ["x"], stance: "maybe" }] }],
        },
        "my-gold.json",
      ),
    ).toThrow(/my-gold\.json is not a gold annotation.*\n?.*claims\[0\]\.mentions\[0\]\.stance|stance/s);
    expect(() => parseExport({ documents: [] }, "out.json")).toThrow(
      /out\.json is not a narrative-graph\/1 export.*actors/s,
    );
  });
});

/**
 * The extraction, scored as the hidden corpora will be: each hand-annotated corpus in
 * test/fixtures/corpora (and the seeds against ../shared/eval/seeds-gold.json) is extracted and
 * scored by the project's scorer (`npm run eval`, which gives the shared scorer's figures:
 * test/unit/eval/agreement.test.ts). Each must keep its floor in test/fixtures/corpora/floors.json,
 * so a change that costs quality anywhere fails here instead of unnoticed. A corpus without a floor,
 * or a floor without its corpus, fails too: nothing is skipped for being missing.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPrediction } from "../../../server/eval/export-file.js";
import { readGold } from "../../../server/eval/gold.js";
import { scoreExtraction } from "../../../server/eval/score.js";
import { type AnnotatedCorpus, annotatedCorpora, corporaDir, seeds } from "../../helpers/annotated-corpora.js";

const floors = Object.fromEntries(
  Object.entries(
    JSON.parse(readFileSync(path.join(corporaDir, "floors.json"), "utf8")) as Record<string, unknown>,
  ).filter(([name]) => name !== "_"),
) as Record<string, number>;

async function score(corpus: AnnotatedCorpus) {
  const { prediction } = await loadPrediction(corpus.dir);
  return scoreExtraction(await readGold(corpus.gold), prediction);
}

describe("extraction scored against the hand annotations", () => {
  it("meets the targets on the seeds: overall ≥ 0.85, every part ≥ 0.75, both denials", async () => {
    expect(existsSync(seeds.gold), `${seeds.gold} (link ../shared to the shared eval material)`).toBe(true);
    const s = await score(seeds);
    expect(s.overall).toBeGreaterThanOrEqual(0.85);
    for (const part of [s.mentions.f1, s.clustering.f1, s.travel.score, s.citations.f1])
      expect(part).toBeGreaterThanOrEqual(0.75);
    expect(s.denials.found).toBe(s.denials.gold);
  }, 60_000);

  const annotated = annotatedCorpora();
  it("has a floor for every hand-annotated corpus that is not blind, and a corpus for every floor", () => {
    expect(annotated.map((c) => c.name).sort()).toEqual(Object.keys(floors).sort());
  });
  for (const corpus of annotated) {
    it(`keeps ${corpus.name} at its floor (${floors[corpus.name] ?? "none set"}) or above`, async () => {
      expect(floors[corpus.name], `no floor for ${corpus.name} in floors.json`).toBeTypeOf("number");
      expect((await score(corpus)).overall).toBeGreaterThanOrEqual(floors[corpus.name]);
    }, 60_000);
  }
});

/**
 * The project's scorer gives the shared scorer's figures: every annotated corpus (and the seeds)
 * is extracted once and scored by both; each figure must be the same, part by part and claim by
 * claim, so a score from `npm run eval` is the score the hidden corpora give.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPrediction } from "../../../server/eval/export-file.js";
import { readGold } from "../../../server/eval/gold.js";
import { scoreJson } from "../../../server/eval/report.js";
import { scoreExtraction } from "../../../server/eval/score.js";
import { annotatedCorpora, root, seeds } from "../../helpers/annotated-corpora.js";

const sharedScorer = path.join(root, "../shared/eval/score.mjs");
const tmp = mkdtempSync(path.join(os.tmpdir(), "nne-agreement-"));

describe("npm run eval agrees with the shared scorer", () => {
  it("has the shared scorer and the seeds gold to compare with", () => {
    expect(existsSync(sharedScorer), `${sharedScorer} (link ../shared to the shared eval material)`).toBe(true);
    expect(existsSync(seeds.gold), seeds.gold).toBe(true);
  });

  for (const corpus of [seeds, ...annotatedCorpora()]) {
    it(`on ${corpus.name}`, async () => {
      const { prediction } = await loadPrediction(corpus.dir);
      const exported = path.join(tmp, `${corpus.name}.json`);
      writeFileSync(exported, JSON.stringify(prediction));
      const theirs = JSON.parse(
        execFileSync(process.execPath, [sharedScorer, corpus.gold, exported, "--json"], { encoding: "utf8" }),
      ) as object;
      const ours = scoreJson(scoreExtraction(await readGold(corpus.gold), prediction));
      expect(ours).toEqual(theirs);
    }, 60_000);
  }
});

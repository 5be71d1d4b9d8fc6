/**
 * The extraction, scored as the hidden corpora will be: each hand-annotated corpus in
 * test/fixtures/corpora (and the seeds against ../shared/eval/seeds-gold.json) is exported and
 * scored by the shared scorer (../shared/eval/score.mjs). The floors sit a little under today's
 * figures, so a change that costs quality anywhere fails here instead of unnoticed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../server/corpus/read-corpus.js";
import { toNarrativeGraph } from "../../../server/extract/index.js";
import { extractParallel } from "../../../server/shard/extract-parallel.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const scorer = path.join(root, "../shared/eval/score.mjs");
const corpora = path.join(root, "test/fixtures/corpora");

/** Overall score each corpus must keep (today's minus about two points). */
const FLOORS: Record<string, number> = {
  "avocado-call": 0.89,
  "car-recall": 0.78,
  "heldout-ministers-call": 0.88,
  "meren-dam": 0.78,
  "steel-tariffs": 0.87,
  "velatrin-trial": 0.77,
  // real-news-shaped development corpora (first scored runs: 0.427, 0.535, 0.464, 0.520, 0.404)
  "rn-bir-salem-strike": 0.52,
  "rn-corvalex-recall": 0.44,
  "rn-relay-doping": 0.5,
  "rn-relay-exoplanet": 0.37,
  "rn-tolsk-varn-call": 0.48,
};

interface Score {
  overall: number;
  mentions: { f1: number };
  denials: { found: number; gold: number };
  clustering: { f1: number };
  travel: { score: number };
  citations: { f1: number };
}

async function score(corpusDir: string, gold: string): Promise<Score> {
  const corpus = await readCorpus(corpusDir);
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "nne-score-")), "export.json");
  // as `npm run export` extracts: claims clustered by meaning too
  writeFileSync(out, JSON.stringify(toNarrativeGraph(await extractParallel(corpus.documents, 1))));
  return JSON.parse(execFileSync(process.execPath, [scorer, gold, out, "--json"], { encoding: "utf8" })) as Score;
}

/** Each corpus is extracted with the sentence-embedding model (a few seconds more on a busy machine). */
const SCORE_TIMEOUT_MS = 60_000;

describe.skipIf(!existsSync(scorer))("extraction scored by the shared scorer", () => {
  it("meets the targets on the seeds: overall ≥ 0.85, every part ≥ 0.75, both denials", async () => {
    const s = await score(path.join(root, "seeds"), path.join(root, "../shared/eval/seeds-gold.json"));
    expect(s.overall).toBeGreaterThanOrEqual(0.85);
    for (const part of [s.mentions.f1, s.clustering.f1, s.travel.score, s.citations.f1]) expect(part).toBeGreaterThanOrEqual(0.75);
    expect(s.denials.found).toBe(s.denials.gold);
  }, SCORE_TIMEOUT_MS);

  // A corpus whose gold says "blind": true was written and annotated by someone who never saw the
  // extractor; it stays out of every extractor run until it is unsealed for its first scored run
  // (drop the flag, give it a floor), so development cannot tune to it. Its gold is still checked
  // without the extractor in test/unit/corpora-gold.test.ts.
  const isBlind = (name: string) => JSON.parse(readFileSync(path.join(corpora, name, "gold.json"), "utf8")).blind === true;
  const annotated = readdirSync(corpora, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(path.join(corpora, d.name, "gold.json")) && !isBlind(d.name),
  );
  it("has a floor for every hand-annotated corpus that is not blind", () => {
    expect(annotated.map((d) => d.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });
  for (const dir of annotated) {
    it(`keeps ${dir.name} at ${FLOORS[dir.name]} or above`, async () => {
      const s = await score(path.join(corpora, dir.name), path.join(corpora, dir.name, "gold.json"));
      expect(s.overall).toBeGreaterThanOrEqual(FLOORS[dir.name] ?? 1);
    }, SCORE_TIMEOUT_MS);
  }
});

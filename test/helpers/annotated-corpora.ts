/**
 * The corpora a person annotated: every folder of test/fixtures/corpora with a gold.json, and the
 * seeds with the shared seeds gold. A corpus whose gold says "blind": true was written and
 * annotated by someone who never saw the extractor; it stays out of every extractor run until it
 * is unsealed for its first scored run (drop the flag, give it a floor), so development cannot
 * tune to it. Its gold is still checked without the extractor in test/unit/corpora-gold.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const corporaDir = path.join(root, "test/fixtures/corpora");

export interface AnnotatedCorpus {
  name: string;
  dir: string;
  gold: string;
}

const isBlind = (gold: string) => (JSON.parse(readFileSync(gold, "utf8")) as { blind?: boolean }).blind === true;

/** The annotated corpora that are not blind, by name. */
export function annotatedCorpora(): AnnotatedCorpus[] {
  return readdirSync(corporaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      dir: path.join(corporaDir, d.name),
      gold: path.join(corporaDir, d.name, "gold.json"),
    }))
    .filter((c) => existsSync(c.gold) && !isBlind(c.gold))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The seeds and their gold, which lives with the shared scorer outside the repository. */
export const seeds: AnnotatedCorpus = {
  name: "seeds",
  dir: path.join(root, "seeds"),
  gold: path.join(root, "../shared/eval/seeds-gold.json"),
};

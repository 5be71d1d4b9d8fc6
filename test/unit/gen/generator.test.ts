import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../../server/corpus/read-corpus.js";
import { type GenerateStats, generateCorpus } from "../../../server/gen/index.js";

interface Gold {
  actors: { id: string; aliases: string[] }[];
  documents: { document: string; cites: string[]; narrators: string[] }[];
  claims: {
    id: string;
    mentions: { document: string; start: number; end: number; evidence: string; stance: string; actors: string[] }[];
  }[];
}

const root = mkdtempSync(path.join(tmpdir(), "gen-test-"));
const corpusA = path.join(root, "a");
let stats: GenerateStats;
let gold: Gold;

beforeAll(async () => {
  stats = await generateCorpus({ docs: 400, seed: "t1", out: corpusA, gold: path.join(corpusA, "gold.json") });
  gold = JSON.parse(readFileSync(path.join(corpusA, "gold.json"), "utf8"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const digest = async (dir: string) => {
  const corpus = await readCorpus(dir);
  const h = createHash("sha256");
  for (const d of corpus.documents)
    h.update(d.file + "\0" + d.text + "\0" + JSON.stringify(d.publisher) + d.publishedAt);
  return h.digest("hex");
};

describe("generateCorpus", () => {
  it("writes exactly the documents asked for, as a corpus/1 folder the reader accepts without problems", async () => {
    expect(stats.documents).toBe(400);
    const corpus = await readCorpus(corpusA);
    expect(corpus.documents).toHaveLength(400);
    expect(corpus.problems).toEqual([]);
    const kinds = new Set(corpus.documents.map((d) => d.publisher?.kind));
    for (const k of ["government", "news agency", "newspaper", "aggregator", "blog"]) expect(kinds).toContain(k);
    expect(corpus.documents.some((d) => d.file.endsWith(".html"))).toBe(true);
  });

  it("is deterministic per seed and differs between seeds", async () => {
    const again = path.join(root, "again");
    const other = path.join(root, "other");
    await generateCorpus({ docs: 400, seed: "t1", out: again });
    await generateCorpus({ docs: 400, seed: "t2", out: other });
    expect(await digest(again)).toBe(await digest(corpusA));
    expect(await digest(other)).not.toBe(await digest(corpusA));
  }, 30_000); // writes 800 files: slow on a busy disk

  it("annotates every mention with the exact characters of its file", async () => {
    const texts = new Map((await readCorpus(corpusA)).documents.map((d) => [d.file, d.text]));
    let n = 0;
    for (const c of gold.claims)
      for (const m of c.mentions) {
        expect(texts.get(m.document)!.slice(m.start, m.end)).toBe(m.evidence);
        n++;
      }
    expect(n).toBe(stats.mentions);
  });

  it("has claims that travel across outlets, denials, and relays", () => {
    const travelling = gold.claims.filter((c) => new Set(c.mentions.map((m) => m.document)).size >= 5);
    expect(travelling.length).toBeGreaterThan(10);
    const mentions = gold.claims.flatMap((c) => c.mentions);
    expect(mentions.filter((m) => m.stance === "denied").length).toBeGreaterThan(20);
    expect(mentions.filter((m) => m.actors.length >= 2).length).toBeGreaterThan(50);
    // the same claim is worded differently in different documents
    const wordings = new Set(travelling[0].mentions.map((m) => m.evidence.toLowerCase()));
    expect(wordings.size).toBeGreaterThan(1);
  });

  it("reads like news: reporting verbs, according to, quotes, denials, pronoun back-references", async () => {
    const all = (await readCorpus(corpusA)).documents.map((d) => d.text).join("\n");
    for (const pattern of [
      /\bsaid that\b/,
      /\baccording to\b/i,
      /[“"][A-Z][^”"]+,[”"] (he|she|it) (said|added)/,
      /\b(denied|dismissed claims|rejected reports) that\b/,
      /\b(He|She) said\b/,
      /\bthe agency\b/,
      /\(([A-Z]{2,5})\) -/,
    ]) {
      expect(all).toMatch(pattern);
    }
  });

  it("spells some names in more than one romanisation, and lists every spelling as an alias", async () => {
    const all = (await readCorpus(corpusA)).documents.map((d) => d.text).join("\n");
    const varied = gold.actors.filter((a) => a.aliases.filter((x) => !/ /.test(x) && all.includes(x)).length >= 2);
    expect(varied.length).toBeGreaterThan(0);
  });

  it("refuses to write into a folder that holds something else", async () => {
    await expect(generateCorpus({ docs: 5, seed: 1, out: path.dirname(corpusA) })).rejects.toThrow(/not empty/);
  });
});

/**
 * Extraction split in shards (worker threads, or separate processes merged from partial files)
 * gives the same extraction as one process, down to the ids, and the same graph once loaded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../server/corpus/read-corpus.js";
import type { CorpusDocument } from "../../server/corpus/types.js";
import { distinctMentionTexts, embedHere, type Embeddings } from "../../server/extract/embeddings.js";
import { readDocument } from "../../server/extract/read-document.js";
import type { Extraction } from "../../server/extract/types.js";
import { generateCorpus } from "../../server/gen/index.js";
import { graphOf } from "../../server/graph/driver.js";
import { loadExtraction } from "../../server/graph/load.js";
import { migrate } from "../../server/graph/migrate.js";
import { extractParallel, readInWorkers } from "../../server/shard/extract-parallel.js";
import { mergeExtractions, partialExtraction } from "../../server/shard/partial.js";
import { readPartialFile, writePartialFile } from "../../server/shard/partial-file.js";
import { testDriver, wipe } from "../helpers/neo4j.js";

const root = mkdtempSync(path.join(tmpdir(), "shard-test-"));
let docs: CorpusDocument[];
let single: Extraction;
let embeddings: Embeddings | undefined;
let driver: Driver;

beforeAll(async () => {
  await generateCorpus({ docs: 80, seed: "shard", out: root });
  docs = (await readCorpus(root)).documents;
  // one thread, claims clustered by meaning as well as words (the model is fetched by npm test)
  single = await extractParallel(docs, 1);
  embeddings = await embedHere(distinctMentionTexts(docs, new Map(docs.map((d) => [d.id, readDocument(d.text)]))));
  driver = testDriver();
  await wipe(driver);
});
afterAll(async () => {
  await driver?.close();
  rmSync(root, { recursive: true, force: true });
});

/** What a loaded graph says about claims: each mention id with its claim, actor and stance. */
async function loadedMentions(extraction: Extraction): Promise<string[]> {
  await wipe(driver);
  const graph = graphOf(driver);
  await migrate(graph);
  await loadExtraction(graph, extraction, { corpus: root, texts: new Map(docs.map((d) => [d.id, d.text])) });
  const { records } = await driver.executeQuery("MATCH (a:Actor)-[r:ASSERTED|DENIED]->(c:Claim) RETURN r.id + ' ' + c.id + ' ' + a.id + ' ' + type(r) AS row ORDER BY row");
  return records.map((r) => r.get("row") as string);
}

describe("sharded extraction", () => {
  it("reads each document in a worker thread exactly as the main thread does", async () => {
    const readings = await readInWorkers(docs, 2);
    expect(readings.size).toBe(docs.length);
    for (const d of docs.slice(0, 20)) expect(isDeepStrictEqual(readings.get(d.id), readDocument(d.text))).toBe(true);
  });

  it("gives the same claims with two workers (each embedding its share of the wordings) as in one process", async () => {
    expect(embeddings?.size).toBeGreaterThan(0);
    // enough documents that extractParallel uses its worker threads (below 200 it works in one)
    const dir = path.join(root, ".two-hundred");
    await generateCorpus({ docs: 200, seed: "shard-workers", out: dir });
    const many = (await readCorpus(dir)).documents;
    const parallel = await extractParallel(many, 2);
    expect(parallel.claims.length).toBeGreaterThan(5);
    expect(parallel).toEqual(await extractParallel(many, 1));
  });

  it("gives the same claims from shards merged from partial files, and refuses an incomplete set", () => {
    const parts = [0, 1, 2].map((i) => ({ name: `part-${i}.json`, part: JSON.parse(JSON.stringify(partialExtraction(docs, i, 3))) }));
    expect(mergeExtractions(docs, parts, embeddings)).toEqual(single);
    expect(() => mergeExtractions(docs, parts.slice(0, 2))).toThrow(/missing shard 2\/3/);
    expect(() => mergeExtractions(docs, [parts[0], parts[0], parts[1]])).toThrow(/both shard 0\/3/);
  });

  it("writes and reads partial files a document per line, and merges them into the same extraction", async () => {
    const files = [0, 1].map((i) => path.join(root, `.part-${i}.ndjson`));
    const written = await Promise.all(files.map((f, i) => writePartialFile(f, docs, i, 2)));
    expect(written[0] + written[1]).toBe(docs.length);
    const parts = await Promise.all(files.map(async (f) => ({ name: f, part: await readPartialFile(f) })));
    expect(mergeExtractions(docs, parts, embeddings)).toEqual(single);
  });

  it("loads into the same graph", async () => {
    const merged = mergeExtractions(docs, [0, 1].map((i) => ({ name: `p${i}`, part: partialExtraction(docs, i, 2) })), embeddings);
    const a = await loadedMentions(single);
    const b = await loadedMentions(merged);
    expect(a.length).toBe(single.claims.reduce((n, c) => n + c.mentions.length, 0));
    expect(b).toEqual(a);
  });
});

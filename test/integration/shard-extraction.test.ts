/**
 * Extraction split in shards gives the same extraction as one process, down to the ids: on worker
 * threads, and through `npm run etl -- <dir> --shard i/n --out part` then `npm run etl -- --merge part…`,
 * which loads the same graph as a plain `npm run etl -- <dir>` into the test Neo4j.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../server/corpus/read-corpus.js";
import type { CorpusDocument } from "../../server/corpus/types.js";
import { readDocument } from "../../server/extract/read-document.js";
import type { Extraction } from "../../server/extract/types.js";
import { generateCorpus } from "../../server/gen/index.js";
import { type Graph, graphOf } from "../../server/graph/driver.js";
import { extractParallel, readInWorkers } from "../../server/shard/extract-parallel.js";
import {
  mergeExtractions,
  partEmbeddings,
  readPartialFile,
  writePartialFile,
} from "../../server/shard/partial-file.js";
import { startEtl } from "../helpers/etl-cli.js";
import { testDriver, testNeo4jUri, wipe } from "../helpers/neo4j.js";
import { expectSameGraph, snapshot } from "./graph-snapshot.js";

const root = mkdtempSync(path.join(tmpdir(), "shard-test-"));
const corpusDir = path.join(root, "corpus");
let docs: CorpusDocument[];
let single: Extraction;
let driver: Driver;
let graph: Graph;

const etl = (args: string[]) => startEtl(args, { NEO4J_URI: testNeo4jUri() }).exited;

beforeAll(async () => {
  await generateCorpus({ docs: 80, seed: "shard", out: corpusDir });
  // A file the reader refuses: its problem travels with the shard it falls in, and the merge reports it.
  await writeFile(
    path.join(corpusDir, "broken.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  );
  const corpus = await readCorpus(corpusDir);
  docs = corpus.documents;
  // one thread, claims clustered by meaning as well as words, as every entry point extracts
  single = (await extractParallel(docs, 1)).extraction;
  driver = testDriver();
  graph = graphOf(driver);
});
afterAll(async () => {
  await driver?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("sharded extraction", () => {
  it("reads each document in a worker thread exactly as the main thread does", async () => {
    const readings = await readInWorkers(docs, 2);
    expect(readings.size).toBe(docs.length);
    for (const d of docs.slice(0, 20)) expect(isDeepStrictEqual(readings.get(d.id), readDocument(d.text))).toBe(true);
  });

  it("gives the same claims with two workers (each embedding its share of the wordings) as in one process", async () => {
    // enough documents that extractParallel uses its worker threads (below 200 it works in one)
    const dir = path.join(root, ".two-hundred");
    await generateCorpus({ docs: 200, seed: "shard-workers", out: dir });
    const many = (await readCorpus(dir)).documents;
    const { extraction: parallel } = await extractParallel(many, 2);
    expect(parallel.claims.length).toBeGreaterThan(5);
    expect(parallel).toEqual((await extractParallel(many, 1)).extraction);
  });

  it("gives the same extraction from partial files merged, and refuses a missing, repeated or foreign part", async () => {
    const corpus = await readCorpus(corpusDir);
    const files = [0, 1, 2].map((i) => path.join(root, `part-${i}.ndjson`));
    const written = await Promise.all(files.map((f, index) => writePartialFile(f, corpus, { index, count: 3 })));
    expect(written.reduce((n, w) => n + w.documents, 0)).toBe(docs.length);
    expect(written.flatMap((w) => w.problems)).toEqual(corpus.problems);
    const parts = await Promise.all(files.map(async (name) => ({ name, part: await readPartialFile(name) })));
    const merged = mergeExtractions(parts, await partEmbeddings(parts));
    expect(merged.extraction).toEqual(single);
    expect(merged).toMatchObject({ corpus: corpus.root, problems: corpus.problems });
    expect(() => mergeExtractions(parts.slice(0, 2))).toThrow(/missing shard 2\/3/);
    expect(() => mergeExtractions([parts[0], parts[0], parts[1]])).toThrow(/both shard 0\/3/);
    const foreign = { name: "other.ndjson", part: { ...parts[2].part, corpus: "/elsewhere" } };
    expect(() => mergeExtractions([parts[0], parts[1], foreign])).toThrow(/other\.ndjson: is a part of \/elsewhere/);
  });

  it("names a partial file cut short", async () => {
    const cut = path.join(root, "cut.ndjson");
    const { documents } = await writePartialFile(cut, await readCorpus(corpusDir), { index: 0, count: 1 });
    const lines = (await readFile(cut, "utf8")).trim().split("\n");
    await writeFile(cut, `${lines.slice(0, -1).join("\n")}\n`);
    await expect(readPartialFile(cut)).rejects.toThrow(
      `cut.ndjson: has ${documents - 1} documents, its header says ${documents} (cut short?)`,
    );
  });
});

describe("npm run etl -- --shard, then --merge", () => {
  it("loads the same graph as one plain run, records the corpus's problems once, and exits 1 for the unreadable file", async () => {
    await wipe(driver);
    const plain = await etl([corpusDir, "--corpus-name", "sharded"]);
    expect(plain.code).toBe(1);
    const whole = await snapshot(graph);
    expect(whole.nodes.length).toBeGreaterThan(docs.length);

    await wipe(driver);
    const parts = [0, 1].map((i) => path.join(root, `cli-part-${i}.ndjson`));
    const shards = await Promise.all(parts.map((out, i) => etl([corpusDir, "--shard", `${i}/2`, "--out", out])));
    for (const s of shards) expect(s.stdout).toMatch(/^shard \d\/2: \d+ documents read → /);
    // The unreadable file is reported by the one shard it belongs to.
    expect(shards.map((s) => s.code).sort()).toEqual([0, 1]);
    expect(shards.map((s) => s.stderr).join("")).toMatch(/^error: broken\.txt: /);

    const merged = await etl(["--merge", ...parts, "--corpus-name", "sharded"]);
    expect(merged.stderr).toMatch(/^error: broken\.txt: /);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toMatch(
      new RegExp(`documents: ${docs.length} \\(${docs.length} added, 0 changed, 0 removed, 0 unchanged\\)`),
    );
    expectSameGraph(await snapshot(graph), whole);
    const runs = await graph.read(
      "MATCH (r:EtlRun {corpus: 'sharded', status: 'completed'}) RETURN r.errors AS errors",
    );
    expect(runs.map((r) => r.get("errors"))).toEqual([[expect.stringMatching(/^broken\.txt: /)]]);
  });

  it("refuses an incomplete set of parts, naming the missing shard, and loads nothing", async () => {
    await wipe(driver);
    const out = path.join(root, "lonely.ndjson");
    await etl([corpusDir, "--shard", "0/2", "--out", out]);
    const result = await etl(["--merge", out]);
    // 1: the command was wrong; 2 is kept for Neo4j being unreachable
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("etl failed: missing shard 1/2");
    expect((await snapshot(graph)).nodes).toEqual([]);
  });

  it("names a bad --shard and a --shard without --out", async () => {
    const bad = await etl([corpusDir, "--shard", "2/2", "--out", path.join(root, "x.ndjson")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe("etl failed: --shard 2/2: need 0 <= i < n");
    const alone = await etl([corpusDir, "--shard", "0/2"]);
    expect(alone.code).toBe(1);
    expect(alone.stderr.trim()).toBe("etl failed: --shard i/n and --out <file> go together");
  });
});

/**
 * `npm run etl` on a corpus with a 50 MB document, into the test Neo4j: loaded within a bounded
 * heap (the whole text stored, claims read from its head), or refused by name under a lower
 * CORPUS_MAX_BYTES while the rest loads. The reader and extraction limits alone are unit-tested in
 * test/unit/corpus-large-document.test.ts.
 */
import neo4j from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { startEtl } from "../helpers/etl-cli.js";
import { type LargeDocument, writeCorpusWithLargeDocument } from "../helpers/large-document.js";
import { testNeo4jUri, wipe } from "../helpers/neo4j.js";
import { perFile } from "../helpers/per-file.js";
import { openWorkspace } from "../helpers/workspace.js";

const MB = 1024 * 1024;
const CORPUS = "large";
/** A heap bound the run must stay within; the 50 MB file itself takes a fifth of it as bytes, more as text. */
const HEAP = "--max-old-space-size=512";
/** A lower extraction limit than the default keeps the load of the head's mentions short; the default is unit-tested. */
const EXTRACT_MAX_CHARS = 100_000;

const workspace = perFile(() => openWorkspace("reliability-large"));
let large: LargeDocument;

beforeAll(async () => {
  large = await writeCorpusWithLargeDocument(workspace.tmp, 50 * MB);
});

const etl = (env: Record<string, string>) =>
  startEtl([workspace.tmp, "--corpus-name", CORPUS], {
    NEO4J_URI: testNeo4jUri(),
    NODE_OPTIONS: HEAP,
    EXTRACT_MAX_CHARS: String(EXTRACT_MAX_CHARS),
    ...env,
  }).exited;
const num = (v: unknown) => neo4j.integer.toNumber(v as number);

describe("a 50 MB document", () => {
  it("loads next to the ordinary documents within a 512 MB heap: whole text stored, claims from its head, a warning naming it", async () => {
    const result = await etl({});
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning: ${large.file}: long document \\(52\\.\\d\\d M characters\\): claims are extracted from its first 0\\.\\d\\d M only \\(EXTRACT_MAX_CHARS=${EXTRACT_MAX_CHARS};`,
        ),
      ),
    ]);
    expect(result.stdout).toMatch(/documents: 6 \(6 added, 0 changed, 0 removed, 0 unchanged\)/);

    const [doc] = await workspace.graph.read(
      `MATCH (d:Document {corpus: $corpus, file: $file})
       RETURN size(d.text) AS chars, d.contentHash AS hash, [(d)-[:HAS_MENTION]->(m) | m.end] AS ends`,
      { corpus: CORPUS, file: large.file },
    );
    expect(num(doc.get("chars"))).toBe(large.chars);
    expect(doc.get("hash")).toBe(large.sha256);
    const ends = (doc.get("ends") as unknown[]).map(num);
    expect(ends.length).toBeGreaterThan(10);
    expect(Math.max(...ends)).toBeLessThanOrEqual(EXTRACT_MAX_CHARS);
    const documents = await workspace.graph.read(
      "MATCH (d:Document {corpus: $corpus}) WHERE EXISTS { (d)-[:HAS_MENTION]->() } RETURN count(d) AS n",
      { corpus: CORPUS },
    );
    expect(num(documents[0].get("n"))).toBe(6);

    const [run] = await workspace.graph.read(
      "MATCH (r:EtlRun {corpus: $corpus}) RETURN r.status AS status, r.errors AS errors, r.warnings AS warnings",
      { corpus: CORPUS },
    );
    expect(run.toObject()).toMatchObject({
      status: "completed",
      errors: [],
      warnings: [expect.stringMatching(new RegExp(`^${large.file}: long document`))],
    });
  });

  it("is refused by name under a lower CORPUS_MAX_BYTES, the rest loads, the run records it and the exit code is 1", async () => {
    await wipe(workspace.graph.driver);
    const result = await etl({ CORPUS_MAX_BYTES: String(10 * MB) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `error: ${large.file}: too large (50.0 MB; the limit is 10.0 MB, set CORPUS_MAX_BYTES to raise it)`,
    );
    expect(result.stdout).toMatch(/documents: 5 \(5 added, 0 changed, 0 removed, 0 unchanged\)/);
    const [run] = await workspace.graph.read(
      "MATCH (r:EtlRun {corpus: $corpus}) RETURN r.status AS status, r.errors AS errors",
      {
        corpus: CORPUS,
      },
    );
    expect(run.toObject()).toEqual({
      status: "completed",
      errors: [`${large.file}: too large (50.0 MB; the limit is 10.0 MB, set CORPUS_MAX_BYTES to raise it)`],
    });
  });
});

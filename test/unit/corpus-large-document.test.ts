/**
 * A 50 MB document next to ordinary ones: read whole under the default size limit and extracted
 * from its head (EXTRACT_MAX_CHARS), refused by name under a lower size limit while the rest is read.
 * The ETL run on it, with a bounded heap and a real Neo4j, is test/integration/reliability-large-document.test.ts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusLimits } from "../../server/config.js";
import { extractableHead, limitForExtraction } from "../../server/corpus/extraction-limit.js";
import { readCorpus } from "../../server/corpus/read-corpus.js";
import { extractCorpus } from "../../server/extract/index.js";
import { type LargeDocument, writeCorpusWithLargeDocument } from "../helpers/large-document.js";

const MB = 1024 * 1024;

describe("a 50 MB document in a corpus", () => {
  let dir: string;
  let large: LargeDocument;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "nne-corpus-large-"));
    large = await writeCorpusWithLargeDocument(dir, 50 * MB);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is read whole under the default limit (64 MiB), and its claims are extracted from its first million characters, with a warning naming it", async () => {
    expect(corpusLimits({})).toEqual({ maxBytes: 64 * MB, maxExtractChars: 1_000_000 });
    const corpus = await readCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents).toHaveLength(6);
    const doc = corpus.documents.find((d) => d.file === large.file)!;
    expect(doc).toMatchObject({ bytes: 50 * MB, contentHash: large.sha256, publisher: { name: "Archive dump" } });
    expect(doc.text.length).toBe(large.chars);

    const { documents, problems } = limitForExtraction(corpus.documents);
    expect(problems).toEqual([
      {
        file: large.file,
        severity: "warning",
        message: expect.stringMatching(
          /^long document \(52\.\d\d M characters\): claims are extracted from its first 1\.00 M only \(EXTRACT_MAX_CHARS=1000000; set it higher/,
        ),
      },
    ]);
    const head = documents.find((d) => d.file === large.file)!;
    // The text stays whole (it is stored); extraction reads its head only.
    expect(head.text).toBe(doc.text);
    expect(head.extractChars).toBeGreaterThan(900_000);
    expect(head.extractChars).toBeLessThanOrEqual(1_000_000);
    // The other documents go to extraction untouched.
    expect(documents.filter((d) => d !== head)).toEqual(corpus.documents.filter((d) => d !== doc));

    const extraction = extractCorpus(documents);
    const mentions = extraction.claims.flatMap((c) => c.mentions);
    const ofLarge = mentions.filter((m) => m.document === doc.id);
    expect(ofLarge.length).toBeGreaterThan(100);
    // Offsets into the head are offsets into the whole text.
    for (const m of ofLarge) {
      expect(m.end).toBeLessThanOrEqual(head.extractChars!);
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(new Set(mentions.map((m) => m.document)).size).toBe(6);
    expect(extraction.documents.find((d) => d.id === doc.id)?.text).toBe(doc.text);
  }, 120_000);

  it("is refused with a message naming it under a lower limit, and the other documents are read", async () => {
    const corpus = await readCorpus(dir, { maxBytes: 10 * MB });
    expect(corpus.problems).toEqual([
      {
        file: large.file,
        severity: "error",
        message: "too large (50.0 MB; the limit is 10.0 MB, set CORPUS_MAX_BYTES to raise it)",
      },
    ]);
    expect(corpus.documents.map((d) => d.file)).not.toContain(large.file);
    expect(corpus.documents).toHaveLength(5);
  });
});

describe("corpus limits from the environment", () => {
  it("reads CORPUS_MAX_BYTES and EXTRACT_MAX_CHARS, and names a bad value", () => {
    expect(corpusLimits({ CORPUS_MAX_BYTES: "10485760", EXTRACT_MAX_CHARS: "5000" })).toEqual({
      maxBytes: 10 * MB,
      maxExtractChars: 5000,
    });
    expect(() => corpusLimits({ EXTRACT_MAX_CHARS: "lots" })).toThrow(/^EXTRACT_MAX_CHARS="lots" is not valid/);
    expect(() => corpusLimits({ CORPUS_MAX_BYTES: "0" })).toThrow(/^CORPUS_MAX_BYTES="0" is not valid/);
  });
});

describe("extractableHead", () => {
  it("keeps a text within the limit whole", () => {
    expect(extractableHead("short text", 100)).toBe("short text");
  });

  it("ends at a line break near the limit, so no sentence is read half-way", () => {
    const text = "First line.\n".repeat(100);
    const head = extractableHead(text, 605);
    expect(head.endsWith("First line.\n")).toBe(true);
    expect(head.length).toBe(600);
  });

  it("ends after a space when no line break is near the limit", () => {
    const text = "word ".repeat(1000);
    expect(extractableHead(text, 503)).toBe("word ".repeat(100));
  });

  it("never splits a surrogate pair", () => {
    const text = "🚀".repeat(100);
    const head = extractableHead(text, 51);
    expect(head).toBe("🚀".repeat(25));
  });
});

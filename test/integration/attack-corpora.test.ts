/**
 * Two corpora with the same relative paths in one database: document ids once depended on the
 * file's path only, so the second load overwrote the first one's documents. Now every document,
 * mention and claim id of the graph includes the corpus (its key: the folder's absolute path here).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { runEtl } from "../../server/pipeline.js";
import { perFile } from "../helpers/per-file.js";
import { openWorkspace } from "../helpers/workspace.js";

const workspace = perFile(() => openWorkspace("attack-corpora"));

const SHARED = "The spokesman said that the port would reopen on Friday.";

/** A corpus folder: news/a.txt differs between the two corpora, news/b.txt is the same in both. */
async function corpus(name: string, first: string): Promise<string> {
  const dir = path.join(workspace.tmp, name);
  await mkdir(path.join(dir, "news"), { recursive: true });
  await writeFile(path.join(dir, "news", "a.txt"), first);
  await writeFile(path.join(dir, "news", "b.txt"), SHARED);
  return dir;
}

interface Traced {
  corpus: string;
  file: string;
  document: string;
  mentionDocument: string;
  evidence: string;
  span: string;
}

/** The corpora of this file's test (the database may hold others). */
const corpora: string[] = [];

/** Every mention with the document it hangs from, and the characters its offsets point at there. */
async function mentions(): Promise<Traced[]> {
  const rows = await workspace.graph.read(
    `MATCH (d:Document)-[:HAS_MENTION]->(m:Mention) WHERE d.corpus IN $corpora
     RETURN d.corpus AS corpus, d.file AS file, d.id AS document, m.document AS mentionDocument,
            m.evidence AS evidence, substring(d.text, m.start, m.end - m.start) AS span`,
    { corpora },
  );
  return rows.map((r) => r.toObject() as Traced);
}

const documentIds = async () =>
  (
    await workspace.graph.read("MATCH (d:Document) WHERE d.corpus IN $corpora RETURN d.id AS id ORDER BY id", {
      corpora,
    })
  ).map((r) => r.get("id") as string);

describe("two corpora with the same relative paths", () => {
  it("load side by side, each mention traced to its own corpus's document, and re-runs change nothing", async () => {
    const a = await corpus("a", "The minister said that the bridge was finished on time.");
    const b = await corpus("b", "The mayor said that the tunnel would open in May.");
    corpora.push(a, b);
    expect((await runEtl(a, { graph: workspace.graph, workers: 1 })).failed).toBe(false);
    expect((await runEtl(b, { graph: workspace.graph, workers: 1 })).failed).toBe(false);

    const docs = await workspace.graph.read(
      "MATCH (d:Document) WHERE d.corpus IN $corpora RETURN d.corpus AS corpus, d.file AS file, d.text AS text",
      { corpora },
    );
    expect(docs.map((r) => r.toObject()).sort((x, y) => (x.corpus + x.file).localeCompare(y.corpus + y.file))).toEqual([
      { corpus: a, file: "news/a.txt", text: "The minister said that the bridge was finished on time." },
      { corpus: a, file: "news/b.txt", text: SHARED },
      { corpus: b, file: "news/a.txt", text: "The mayor said that the tunnel would open in May." },
      { corpus: b, file: "news/b.txt", text: SHARED },
    ]);

    const traced = await mentions();
    for (const m of traced) {
      expect(m.mentionDocument).toBe(m.document);
      expect(m.span).toBe(m.evidence);
    }
    const of = (corpusDir: string, file: string) =>
      traced.filter((m) => m.corpus === corpusDir && m.file === file).map((m) => m.evidence);
    expect(of(a, "news/a.txt").join(" ")).toMatch(/bridge/);
    expect(of(b, "news/a.txt").join(" ")).toMatch(/tunnel/);
    // The file both corpora hold is kept twice, each copy with its own mentions and claims.
    expect(of(a, "news/b.txt").length).toBeGreaterThan(0);
    expect(of(b, "news/b.txt")).toEqual(of(a, "news/b.txt"));
    const claims = await workspace.graph.read(
      "MATCH (d:Document {file: 'news/b.txt'})-[:HAS_MENTION]->()-[:OF]->(c:Claim) WHERE d.corpus IN $corpora RETURN d.corpus AS corpus, c.id AS claim",
      { corpora },
    );
    expect(new Set(claims.map((r) => r.get("claim"))).size).toBe(new Set(claims.map((r) => r.get("corpus"))).size);

    const ids = await documentIds();
    const again = await runEtl(a, { graph: workspace.graph, workers: 1 });
    expect(again.summary.documents).toMatchObject({ total: 2, unchanged: 2, added: 0, removed: 0 });
    expect(await documentIds()).toEqual(ids);
    expect(await mentions()).toEqual(expect.arrayContaining(traced));
    const stored = await workspace.graph.read(
      "MATCH (d:Document)-[:HAS_MENTION]->(m:Mention) WHERE d.corpus IN $corpora RETURN count(m) AS n",
      { corpora },
    );
    expect(num(stored[0].get("n"))).toBe(traced.length);
  });
});

const num = (v: unknown) => neo4j.integer.toNumber(v as number);

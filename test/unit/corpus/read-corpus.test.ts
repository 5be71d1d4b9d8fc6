import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../server/corpus/read-corpus.js";

async function corpusOf(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "corpus-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}
const manifest = (documents: unknown[]) => JSON.stringify({ format: "corpus/1", documents });
const problemFor = (c: Awaited<ReturnType<typeof readCorpus>>, file: string) =>
  c.problems.filter((p) => p.file === file);

describe("readCorpus", () => {
  it("reads documents with their manifest entries, sub-folders included", async () => {
    const dir = await corpusOf({
      "manifest.json": manifest([
        { file: "a.txt", source: "Daily Planet", sourceKind: "newspaper", publishedAt: "2024-03-01" },
        { file: "sub/b.md", source: "Wire" },
      ]),
      "a.txt": "Mayor Jane Roe said the bridge will reopen.",
      "sub/b.md": "# Title\nOfficials denied it.",
    });
    const c = await readCorpus(dir);
    expect(c.problems).toEqual([]);
    expect(c.documents.map((d) => d.file)).toEqual(["a.txt", "sub/b.md"]);
    expect(c.documents[0]).toMatchObject({
      publisher: { name: "Daily Planet", kind: "newspaper" },
      publishedAt: "2024-03-01",
      title: "Mayor Jane Roe said the bridge will reopen.",
    });
    expect(c.documents[0].id).toMatch(/^doc-[0-9a-f]{16}$/);
  });

  it("gives the same ids on every run", async () => {
    const dir = await corpusOf({ "a.txt": "Text." });
    expect((await readCorpus(dir)).documents[0].id).toBe((await readCorpus(dir)).documents[0].id);
  });

  it("keeps UTF-8 text exactly as stored, so offsets count UTF-16 units of the raw file", async () => {
    const text = "\uFEFF“Quoted,” she said — 🚀 done.\r\n";
    const dir = await corpusOf({ "a.txt": text });
    expect((await readCorpus(dir)).documents[0].text).toBe(text);
  });

  it("reports a manifest that is not JSON and still reads every document", async () => {
    const dir = await corpusOf({ "manifest.json": "{ not json", "a.txt": "One.", "b.txt": "Two." });
    const c = await readCorpus(dir);
    expect(c.documents).toHaveLength(2);
    expect(problemFor(c, "manifest.json")[0]).toMatchObject({
      severity: "error",
      message: expect.stringContaining("not valid JSON"),
    });
  });

  it("reports wrong types, duplicates and missing files by name", async () => {
    const dir = await corpusOf({
      "manifest.json": manifest([
        { file: "a.txt", source: 42 },
        { file: "b.txt", source: "B" },
        { file: "b.txt", source: "B again" },
        { file: "gone.txt", source: "C" },
        { file: "../outside.txt", source: "D" },
        { file: "c.txt", source: "C", publishedAt: "yesterday" },
      ]),
      "a.txt": "A.",
      "b.txt": "B.",
      "c.txt": "C.",
    });
    const c = await readCorpus(dir);
    expect(
      problemFor(c, "a.txt")
        .map((p) => p.message)
        .join(),
    ).toMatch(/source/);
    expect(problemFor(c, "b.txt")[0].message).toMatch(/listed twice/);
    expect(problemFor(c, "gone.txt")[0]).toMatchObject({
      severity: "error",
      message: expect.stringMatching(/missing/),
    });
    expect(problemFor(c, "../outside.txt")[0].message).toMatch(/outside the corpus/);
    expect(problemFor(c, "c.txt")[0].message).toMatch(/publishedAt/);
    expect(c.documents.find((d) => d.file === "b.txt")?.publisher?.name).toBe("B");
    expect(c.documents.map((d) => d.file)).toEqual(["a.txt", "b.txt", "c.txt"]);
  });

  it("refuses empty, binary and oversized files by name and reads the rest", async () => {
    const dir = await corpusOf({
      "empty.txt": "",
      "blob.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]),
      "big.txt": "x".repeat(5000),
      "ok.txt": "Fine.",
    });
    const c = await readCorpus(dir, { maxBytes: 4000 });
    expect(c.documents.map((d) => d.file)).toEqual(["ok.txt"]);
    expect(problemFor(c, "empty.txt")[0].message).toMatch(/empty/);
    expect(problemFor(c, "blob.txt")[0]).toMatchObject({ severity: "error", message: expect.stringMatching(/binary/) });
    expect(problemFor(c, "big.txt")[0].message).toMatch(/too large/);
  });

  it("reads Latin-1 and UTF-16 files with a warning", async () => {
    const dir = await corpusOf({
      "latin.txt": Buffer.from("Caf\xe9 owner Jos\xe9 said no.", "latin1"),
      "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Minister said yes.", "utf16le")]),
    });
    const c = await readCorpus(dir);
    expect(c.documents.find((d) => d.file === "latin.txt")?.text).toBe("Café owner José said no.");
    expect(c.documents.find((d) => d.file === "utf16.txt")?.text).toBe("Minister said yes.");
    expect(problemFor(c, "latin.txt").map((p) => p.message)).toContainEqual(expect.stringMatching(/Windows-1252/));
    expect(problemFor(c, "utf16.txt").map((p) => p.message)).toContainEqual(expect.stringMatching(/UTF-16/));
    expect(c.problems.every((p) => p.severity === "warning")).toBe(true);
  });

  it("turns HTML into text of the same length, without scripts, with entities decoded", async () => {
    const html =
      "<html><head><title>Bridge &amp; Tunnel</title><script>alert(1)</script></head><body><p>The mayor said &ldquo;yes&rdquo;.</p></body></html>";
    const dir = await corpusOf({ "page.html": html });
    const doc = (await readCorpus(dir)).documents[0];
    expect(doc.text).toHaveLength(html.length);
    expect(doc.text).not.toContain("alert");
    expect(doc.title).toBe("Bridge & Tunnel");
    const at = doc.text.indexOf("The mayor said “");
    expect(at).toBe(html.indexOf("The mayor said &ldquo;"));
  });

  it("names files with spaces and unicode, and never follows a link out of the corpus", async () => {
    const outside = await corpusOf({ "secret.txt": "Secret." });
    const dir = await corpusOf({ "news report é.txt": "Report." });
    await symlink(path.join(outside, "secret.txt"), path.join(dir, "link.txt"));
    const c = await readCorpus(dir);
    expect(c.documents.map((d) => d.file)).toEqual(["news report é.txt"]);
    expect(problemFor(c, "link.txt")[0].message).toMatch(/outside the corpus/);
  });

  it("warns about documents the manifest does not describe and infers a wire publisher", async () => {
    const dir = await corpusOf({
      "manifest.json": manifest([]),
      "w.txt": "GENEVA, March 3 (Reuters) -- Talks resumed.",
    });
    const c = await readCorpus(dir);
    expect(c.documents[0].publisher?.name).toBe("Reuters");
    expect(problemFor(c, "w.txt")[0]).toMatchObject({
      severity: "warning",
      message: expect.stringMatching(/inferred/),
    });
  });

  it("fails clearly when the folder does not exist", async () => {
    await expect(readCorpus("/nonexistent/corpus")).rejects.toThrow(/corpus folder not found/);
  });
});

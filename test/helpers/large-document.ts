/** A corpus of ordinary documents (a copy of the seeds) next to one very large document, written at test time. */
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readCorpus } from "../../server/corpus/read-corpus.js";
import { generateCorpus } from "../../server/gen/index.js";
import { PROJECT_ROOT } from "./etl-cli.js";

export const LARGE_FILE = "large.txt";

export interface LargeDocument {
  file: string;
  bytes: number;
  /** sha256 of the file, as the reader's contentHash. */
  sha256: string;
  /** The file's text length in UTF-16 units, what offsets count. */
  chars: number;
}

/**
 * Writes the seeds and LARGE_FILE of exactly `bytes` bytes into `dir`: news-like text (synthetic
 * articles, the first megabyte or so without repetition, then repeated) ending on a line break.
 */
export async function writeCorpusWithLargeDocument(dir: string, bytes: number): Promise<LargeDocument> {
  await cp(path.join(PROJECT_ROOT, "seeds"), dir, { recursive: true });
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { documents: object[] };
  manifest.documents.push({ file: LARGE_FILE, source: "Archive dump", sourceKind: "other", publishedAt: "2022-01-10" });
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));

  const scratch = await mkdtemp(path.join(os.tmpdir(), "nne-large-articles-"));
  try {
    await generateCorpus({ docs: 1000, seed: 7, out: scratch });
    const articles = (await readCorpus(scratch)).documents.map((d) => d.text).join("\n\n") + "\n\n";
    const data = Buffer.alloc(bytes).fill(articles, "utf8");
    // Buffer.fill repeats the text and may stop inside a multi-byte character: end on whole lines.
    data.fill(0x0a, data.lastIndexOf(0x0a));
    await writeFile(path.join(dir, LARGE_FILE), data);
    return {
      file: LARGE_FILE,
      bytes,
      sha256: createHash("sha256").update(data).digest("hex"),
      chars: data.toString("utf8").length,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

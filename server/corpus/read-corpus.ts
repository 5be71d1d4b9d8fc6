import { lstat, stat } from "node:fs/promises";
import path from "node:path";
import { corpusLimits } from "../config.js";
import { decodeBytes } from "./decode.js";
import { hashOf, makeDocument } from "./document.js";
import { inferPublisher } from "./infer-publisher.js";
import { MANIFEST_FILE, type Manifest, normaliseFile, parseManifest } from "./manifest.js";
import { readInside } from "./read-inside.js";
import type { Corpus, CorpusDocument, CorpusProblem, Publisher } from "./types.js";
import { listDocumentFiles, resolveInside } from "./walk.js";

export interface ReadOptions {
  /** Files larger than this are refused with a message (a bound on memory, not on correctness); default CORPUS_MAX_BYTES. */
  maxBytes?: number;
}

/**
 * Reads a corpus/1 folder. Never throws for a bad file: each problem is recorded with the file's
 * name and the rest of the corpus is still read. Throws only when the folder itself is unusable.
 */
export async function readCorpus(dir: string, options: ReadOptions = {}): Promise<Corpus> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`corpus folder not found: ${dir}`);
  const maxBytes = options.maxBytes ?? corpusLimits().maxBytes;
  const problems: CorpusProblem[] = [];

  const manifest = await readManifest(root, maxBytes, problems);
  const listing = await listDocumentFiles(root);
  problems.push(...listing.problems.filter((p) => p.file !== MANIFEST_FILE)); // readManifest says what is wrong with it
  const onDisk = new Set(listing.files);

  for (const file of manifest.entries.keys()) {
    if (!resolveInside(root, file))
      problems.push({ file, severity: "error", message: "manifest path points outside the corpus folder; not read" });
    else if (!onDisk.has(file))
      problems.push({
        file,
        severity: "error",
        message: "listed in the manifest but missing from the folder (or not a .txt, .md or .html file)",
      });
  }

  const documents: CorpusDocument[] = [];
  for (const file of listing.files) {
    const doc = await readDocument(root, file, manifest, maxBytes, problems);
    if (doc) documents.push(doc);
  }
  return { root, title: manifest.title, documents, problems };
}

async function readManifest(root: string, maxBytes: number, problems: CorpusProblem[]): Promise<Manifest> {
  const exists = await lstat(path.join(root, MANIFEST_FILE)).then(
    () => true,
    () => false,
  );
  if (!exists) return { entries: new Map() };
  const read = await readInside(root, MANIFEST_FILE, maxBytes);
  if ("problem" in read) {
    problems.push({
      file: MANIFEST_FILE,
      severity: "error",
      message: `${read.problem}; documents are read without it`,
    });
    return { entries: new Map() };
  }
  const parsed = parseManifest(read.bytes.toString("utf8"));
  problems.push(...parsed.problems);
  return parsed.manifest;
}

async function readDocument(
  root: string,
  file: string,
  manifest: Manifest,
  maxBytes: number,
  problems: CorpusProblem[],
): Promise<CorpusDocument | null> {
  const read = await readInside(root, file, maxBytes);
  if ("problem" in read) {
    problems.push({ file, severity: "error", message: read.problem });
    return null;
  }
  const bytes = read.bytes;
  const size = bytes.length;
  const decoded = decodeBytes(bytes);
  if (decoded.error) {
    problems.push({ file, severity: "error", message: decoded.error });
    return null;
  }
  if (decoded.warning) problems.push({ file, severity: "warning", message: decoded.warning });
  if (decoded.text.trim() === "") {
    problems.push({ file, severity: "warning", message: "empty document, nothing to extract" });
    return null;
  }

  const entry = manifest.entries.get(normaliseFile(file));
  let publisher: Publisher | null = entry
    ? { name: entry.source, kind: entry.sourceKind, country: entry.country }
    : null;
  if (!entry) {
    publisher = inferPublisher(decoded.text);
    problems.push({
      file,
      severity: "warning",
      message: publisher
        ? `not in the manifest; publisher inferred from the text as "${publisher.name}"`
        : "not in the manifest; publisher unknown",
    });
  }
  return makeDocument({
    file,
    content: decoded.text,
    rawHash: hashOf(bytes),
    bytes: size,
    publisher,
    url: entry?.url,
    publishedAt: entry?.publishedAt ?? datelineDate(decoded.text),
    title: entry?.title,
    language: entry?.language,
  });
}

/** A publication date written near the top of the text ("date 2021-12-31"), when the manifest has none. */
function datelineDate(text: string): string | undefined {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(text.slice(0, 300))?.[1];
}

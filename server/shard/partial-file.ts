/**
 * Extraction split across processes or machines. `etl <dir> --shard i/n --out part` reads the
 * documents of shard i and writes a partial extraction; `etl --merge part…` checks that the parts
 * cover the corpus exactly once and assembles the whole extraction from them, the same as one process
 * would have produced. A part carries its documents whole (text and metadata), so the machine that
 * merges needs the part files only, not the corpus folder.
 *
 * One JSON line per document after a header line: readings are 4 to 6 times the size of the text
 * they come from as JSON, so a shard of a large corpus does not fit in one JSON string (V8 caps
 * strings near 512 MB): it is written and read a document at a time.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { documentId } from "../corpus/document.js";
import type { CorpusDocument, CorpusProblem } from "../corpus/types.js";
import { distinctMentionTexts, type Embeddings, embedHere } from "../extract/embeddings.js";
import { extractCorpus } from "../extract/index.js";
import { type DocumentReading, readOne } from "../extract/read-document.js";
import type { Extraction } from "../extract/types.js";
import { selectShard, shardOf } from "./shard-of.js";

/** 3: documents travel whole (text and metadata), with the corpus's name, title and problems. */
export const PARTIAL_FORMAT = "partial-extraction/3";

export interface Shard {
  index: number;
  count: number;
}

/** What one shard knows about its corpus. */
export interface PartHeader {
  format: typeof PARTIAL_FORMAT;
  shard: Shard;
  /** The corpus key (the folder's absolute path when it was read). */
  corpus: string;
  title?: string;
  /** The problems of this shard's files (the manifest's go with shard 0). */
  problems: CorpusProblem[];
  documents: number;
}

export interface PartialExtraction extends PartHeader {
  entries: { document: CorpusDocument; reading: DocumentReading }[];
}

/** Whether a problem belongs to shard `index`: the shard of the file it names (the manifest's is shard 0). */
export const problemInShard = (p: CorpusProblem, shard: Shard) =>
  p.file === "manifest.json" ? shard.index === 0 : shardOf({ id: documentId(p.file) }, shard.count) === shard.index;

/**
 * Reads the documents of `shard` (from the corpus's documents, already limited for extraction) and
 * writes the partial extraction to `file`; returns how many documents it holds and the shard's problems.
 */
export async function writePartialFile(
  file: string,
  corpus: { root: string; title?: string; documents: CorpusDocument[]; problems: CorpusProblem[] },
  shard: Shard,
): Promise<{ documents: number; problems: CorpusProblem[] }> {
  const mine = selectShard(corpus.documents, shard.index, shard.count);
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  const header: PartHeader = {
    format: PARTIAL_FORMAT,
    shard,
    corpus: corpus.root,
    ...(corpus.title ? { title: corpus.title } : {}),
    problems: corpus.problems.filter((p) => problemInShard(p, shard)),
    documents: mine.length,
  };
  await write(JSON.stringify(header));
  for (const document of mine) await write(JSON.stringify({ document, reading: readOne(document) }));
  out.end();
  await once(out, "finish");
  return { documents: mine.length, problems: header.problems };
}

/** Reads a file written by writePartialFile, naming the file and line of anything malformed. */
export async function readPartialFile(file: string): Promise<PartialExtraction> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let part: PartialExtraction | undefined;
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}, line ${n}: not JSON`);
    }
    if (!part) {
      const header = value as PartHeader;
      if (header?.format !== PARTIAL_FORMAT) throw new Error(`${file}: not a ${PARTIAL_FORMAT} file`);
      part = { ...header, entries: [] };
      continue;
    }
    const entry = value as { document?: CorpusDocument; reading?: DocumentReading };
    const d = entry.document;
    if (!d?.id || !d.file || !d.contentHash || typeof d.text !== "string" || !entry.reading) {
      throw new Error(
        `${file}, line ${n}: a document entry needs a document (id, file, contentHash, text) and its reading`,
      );
    }
    if (shardOf(d, part.shard.count) !== part.shard.index)
      throw new Error(`${file}, line ${n}: ${d.file} is not in shard ${part.shard.index}/${part.shard.count}`);
    part.entries.push({ document: d, reading: entry.reading });
  }
  if (!part) throw new Error(`${file}: empty`);
  if (part.entries.length !== part.documents)
    throw new Error(`${file}: has ${part.entries.length} documents, its header says ${part.documents} (cut short?)`);
  return part;
}

/**
 * The whole corpus from its parts: every shard exactly once, all of one corpus. Throws naming the part
 * that does not fit. `embeddings` are the claim wordings' vectors, for clustering by meaning (see
 * partEmbeddings): without them claims are clustered by their words alone.
 */
export function mergeExtractions(
  parts: { name: string; part: PartialExtraction }[],
  embeddings?: Embeddings,
): {
  corpus: string;
  title?: string;
  problems: CorpusProblem[];
  extraction: Extraction;
} {
  if (parts.length === 0) throw new Error("nothing to merge: give the partial extraction files");
  const [first] = parts;
  const count = first.part.shard.count;
  const seenShards = new Map<number, string>();
  for (const { name, part } of parts) {
    if (part.shard.count !== count)
      throw new Error(
        `${name}: shard ${part.shard.index}/${part.shard.count} does not match ${first.name} (of ${count})`,
      );
    if (part.corpus !== first.part.corpus)
      throw new Error(`${name}: is a part of ${part.corpus}, ${first.name} of ${first.part.corpus}`);
    const other = seenShards.get(part.shard.index);
    if (other) throw new Error(`${name} and ${other} are both shard ${part.shard.index}/${count}`);
    seenShards.set(part.shard.index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seenShards.has(i));
  if (missing.length)
    throw new Error(`missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`);

  const entries = parts.flatMap(({ part }) => part.entries);
  const documents = entries.map((e) => e.document);
  const readings = new Map(entries.map((e) => [e.document.id, e.reading]));
  return {
    corpus: first.part.corpus,
    title: first.part.title,
    problems: parts.flatMap(({ part }) => part.problems),
    extraction: extractCorpus(documents, { readings, embeddings }),
  };
}

/** The vectors of the parts' claim wordings (each distinct wording once), or undefined when the model is off or unavailable. */
export function partEmbeddings(parts: { part: PartialExtraction }[]): Promise<Embeddings | undefined> {
  const entries = parts.flatMap(({ part }) => part.entries);
  return embedHere(
    distinctMentionTexts(
      entries.map((e) => e.document),
      new Map(entries.map((e) => [e.document.id, e.reading])),
    ),
  );
}

/**
 * Extraction split across processes or machines. `etl <dir> --shard i/n` reads only the documents of
 * shard i (partialExtraction) and writes the result as JSON; `etl --merge a.json b.json …` checks that
 * the parts cover the corpus exactly once and assembles the whole extraction from them
 * (mergeExtractions), the same as one process would have produced.
 */
import type { CorpusDocument } from "../corpus/types.js";
import { readDocument, type DocumentReading } from "../extract/read-document.js";
import type { Embeddings } from "../extract/embeddings.js";
import type { Extraction } from "../extract/types.js";
import { assemble } from "./extract-parallel.js";
import { shardOf } from "./shard-of.js";

/** 2: readings carry claim features instead of tokens. */
export const PARTIAL_FORMAT = "partial-extraction/2";

export interface PartialExtraction {
  format: typeof PARTIAL_FORMAT;
  shard: { index: number; count: number };
  /** The documents this part read, with the hash of the bytes it read. */
  documents: { id: string; file: string; contentHash: string }[];
  readings: [string, DocumentReading][];
}

/** Reads the documents of shard `index` of `count` (pure: the caller writes it out). */
export function partialExtraction(docs: CorpusDocument[], index: number, count: number): PartialExtraction {
  const mine = docs.filter((d) => shardOf(d, count) === index);
  return {
    format: PARTIAL_FORMAT,
    shard: { index, count },
    documents: mine.map((d) => ({ id: d.id, file: d.file, contentHash: d.contentHash })),
    readings: mine.map((d) => [d.id, readDocument(d.text)]),
  };
}

/**
 * The whole extraction from the parts. `docs` is the corpus as read by the coordinator (texts are
 * needed for evidence); every one of its documents must be in exactly one part, read from the same
 * bytes. Throws naming the part or the file that does not fit. `embeddings` of the mention texts
 * (embeddings.ts) cluster the claims by meaning as extractParallel does.
 */
export function mergeExtractions(docs: CorpusDocument[], parts: { name: string; part: PartialExtraction }[], embeddings?: Embeddings): Extraction {
  if (parts.length === 0) throw new Error("nothing to merge: give the partial extraction files");
  for (const { name, part } of parts) if (part?.format !== PARTIAL_FORMAT) throw new Error(`${name}: not a ${PARTIAL_FORMAT} file`);
  const count = parts[0].part.shard.count;
  const seenShards = new Map<number, string>();
  for (const { name, part } of parts) {
    if (part.shard.count !== count) throw new Error(`${name}: shard ${part.shard.index}/${part.shard.count} does not match ${parts[0].name} (of ${count})`);
    const other = seenShards.get(part.shard.index);
    if (other) throw new Error(`${name} and ${other} are both shard ${part.shard.index}/${count}`);
    seenShards.set(part.shard.index, name);
  }
  const missingShards = Array.from({ length: count }, (_, i) => i).filter((i) => !seenShards.has(i));
  if (missingShards.length) throw new Error(`missing shard${missingShards.length > 1 ? "s" : ""} ${missingShards.map((i) => `${i}/${count}`).join(", ")}`);

  const byId = new Map(docs.map((d) => [d.id, d]));
  const readings = new Map<string, DocumentReading>();
  for (const { name, part } of parts) {
    const reading = new Map(part.readings);
    for (const ref of part.documents) {
      const doc = byId.get(ref.id);
      if (!doc) throw new Error(`${name}: ${ref.file} is not in the corpus being merged`);
      if (doc.contentHash !== ref.contentHash) throw new Error(`${name}: ${ref.file} has changed since it was read; run that shard again`);
      if (readings.has(ref.id)) throw new Error(`${name}: ${ref.file} was also read by another part`);
      const r = reading.get(ref.id);
      if (!r) throw new Error(`${name}: no reading for ${ref.file}`);
      readings.set(ref.id, r);
    }
  }
  const unread = docs.filter((d) => !readings.has(d.id));
  if (unread.length) throw new Error(`${unread.length} document(s) in no part, e.g. ${unread[0].file} (shard ${shardOf(unread[0], count)}/${count})`);
  return assemble(docs, readings, embeddings);
}

/**
 * Partial extractions on disk, one JSON line per document after a header line. Readings are 4 to 6
 * times the size of the text they come from as JSON, so a shard of a large corpus does not fit in
 * one JSON string (V8 caps strings near 512 MB): it is written and read a document at a time.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { CorpusDocument } from "../corpus/types.js";
import { readDocument } from "../extract/read-document.js";
import { PARTIAL_FORMAT, type PartialExtraction } from "./partial.js";
import { shardOf } from "./shard-of.js";

interface Header {
  format: typeof PARTIAL_FORMAT;
  shard: { index: number; count: number };
  documents: number;
}

/** Reads the documents of shard `index` of `count` and writes the partial extraction to `file`; returns how many. */
export async function writePartialFile(file: string, docs: CorpusDocument[], index: number, count: number): Promise<number> {
  const mine = docs.filter((d) => shardOf(d, count) === index);
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line + "\n")) await once(out, "drain");
  };
  const header: Header = { format: PARTIAL_FORMAT, shard: { index, count }, documents: mine.length };
  await write(JSON.stringify(header));
  for (const d of mine) await write(JSON.stringify({ id: d.id, file: d.file, contentHash: d.contentHash, reading: readDocument(d.text) }));
  out.end();
  await once(out, "finish");
  return mine.length;
}

/** Reads a file written by writePartialFile, naming the file and line of anything malformed. */
export async function readPartialFile(file: string): Promise<PartialExtraction> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let header: Header | undefined;
  const part: PartialExtraction = { format: PARTIAL_FORMAT, shard: { index: 0, count: 1 }, documents: [], readings: [] };
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
    if (!header) {
      header = value as Header;
      if (header?.format !== PARTIAL_FORMAT) throw new Error(`${file}: not a ${PARTIAL_FORMAT} file`);
      part.shard = header.shard;
      continue;
    }
    const entry = value as { id?: string; file?: string; contentHash?: string; reading?: PartialExtraction["readings"][number][1] };
    if (!entry.id || !entry.file || !entry.contentHash || !entry.reading) throw new Error(`${file}, line ${n}: a document entry needs id, file, contentHash and reading`);
    part.documents.push({ id: entry.id, file: entry.file, contentHash: entry.contentHash });
    part.readings.push([entry.id, entry.reading]);
  }
  if (!header) throw new Error(`${file}: empty`);
  if (part.documents.length !== header.documents) throw new Error(`${file}: has ${part.documents.length} documents, its header says ${header.documents} (cut short?)`);
  return part;
}

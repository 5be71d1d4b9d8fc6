/**
 * Writes a corpus/1 folder one document at a time: each file as soon as it is composed, the manifest
 * and the gold annotation as streams of entries, so memory does not grow with the corpus.
 */

import { once } from "node:events";
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";

export interface ManifestEntry {
  file: string;
  source: string;
  sourceKind?: string;
  country?: string;
  url?: string;
  publishedAt?: string;
  title?: string;
  language?: string;
}

/** A JSON array written entry by entry to an open file. */
class JsonArrayStream {
  private count = 0;
  constructor(private fd: number) {}
  push(value: unknown) {
    writeSync(this.fd, (this.count++ ? ",\n" : "\n") + JSON.stringify(value));
  }
  get size() {
    return this.count;
  }
}

export interface CorpusWriterOptions {
  out: string;
  title: string;
  /** Where to write the gold annotation, if wanted. */
  gold?: string;
  /** Header fields of the gold file written before its documents (corpus, actors, citedSources). */
  goldHeader?: Record<string, unknown>;
  /** Replace an earlier generated corpus in `out`. */
  force?: boolean;
}

export class CorpusWriter {
  private manifestFd: number;
  private manifest: JsonArrayStream;
  private goldFd?: number;
  private goldDocs?: JsonArrayStream;
  private claimsPath?: string;
  private claimsFd?: number;
  private goldClaims?: JsonArrayStream;
  private dirs = new Set<string>();
  bytes = 0;

  constructor(private options: CorpusWriterOptions) {
    prepareFolder(options.out, !!options.force);
    this.manifestFd = openSync(path.join(options.out, "manifest.json"), "w");
    writeSync(this.manifestFd, `{"format":"corpus/1","title":${JSON.stringify(options.title)},"documents":[`);
    this.manifest = new JsonArrayStream(this.manifestFd);
    if (options.gold) {
      this.goldFd = openSync(options.gold, "w");
      const header = JSON.stringify(options.goldHeader ?? {});
      writeSync(this.goldFd, header.slice(0, -1) + (header === "{}" ? "" : ",") + `"documents":[`);
      this.goldDocs = new JsonArrayStream(this.goldFd);
      this.claimsPath = path.join(options.out, ".gold-claims.tmp");
      this.claimsFd = openSync(this.claimsPath, "w");
      this.goldClaims = new JsonArrayStream(this.claimsFd);
    }
  }

  get wantsGold() {
    return this.goldFd !== undefined;
  }

  writeDocument(entry: ManifestEntry, text: string, goldDoc?: unknown) {
    const abs = path.join(this.options.out, entry.file);
    const dir = path.dirname(abs);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const fd = openSync(abs, "w");
    const bytes = Buffer.from(text, "utf8");
    writeSync(fd, bytes);
    closeSync(fd);
    this.bytes += bytes.length;
    this.manifest.push(entry);
    if (goldDoc && this.goldDocs) this.goldDocs.push(goldDoc);
  }

  writeClaim(claim: unknown) {
    this.goldClaims?.push(claim);
  }

  async finish(): Promise<void> {
    writeSync(this.manifestFd, "\n]}\n");
    closeSync(this.manifestFd);
    if (this.goldFd === undefined) return;
    writeSync(this.goldFd, `\n],"claims":[`);
    closeSync(this.claimsFd!);
    closeSync(this.goldFd);
    // append the claims, written aside while documents streamed, without reading them into memory
    const target = createWriteStream(this.options.gold!, { flags: "a" });
    const source = createReadStream(this.claimsPath!);
    source.pipe(target, { end: false });
    await once(source, "end");
    target.end("\n]}\n");
    await once(target, "finish");
    rmSync(this.claimsPath!);
  }
}

/** Creates the folder; an existing non-empty one is replaced only if it holds a corpus/1 manifest and force is set. */
function prepareFolder(out: string, force: boolean) {
  if (existsSync(out) && readdirSync(out).length > 0) {
    const manifest = path.join(out, "manifest.json");
    const isCorpus = existsSync(manifest) && readFileSync(manifest, "utf8").slice(0, 200).includes('"corpus/1"');
    if (!force || !isCorpus)
      throw new Error(
        `${out} is not empty${isCorpus ? "; pass --force to replace the corpus in it" : " and does not hold a corpus; choose another --out"}`,
      );
    rmSync(out, { recursive: true });
  }
  mkdirSync(out, { recursive: true });
}

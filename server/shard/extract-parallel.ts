/**
 * Extraction on several cores. Extraction has two halves: reading each document (tokens, sentences,
 * attributions: independent per document, most of the time) and assembling the corpus (actors
 * resolved across documents, claims clustered, ids allocated: needs every document at once). The
 * first half runs in worker threads, one shard of documents each (split by shardOf); the second runs
 * once, here, on all the readings, so the result is the same extraction one process would produce.
 */
import { Worker } from "node:worker_threads";
import { extractableText } from "../corpus/document.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractCorpus } from "../extract/index.js";
import type { DocumentReading } from "../extract/read-document.js";
import type { Extraction } from "../extract/types.js";
import { partition } from "./shard-of.js";

/** Reads the documents on `workers` threads (one shard each) and returns the readings by document id. */
export async function readInWorkers(docs: CorpusDocument[], workers: number): Promise<Map<string, DocumentReading>> {
  const shards = partition(docs, workers).filter((s) => s.length > 0);
  const received = new Map<string, DocumentReading>();
  const pool = new Map<string, string>();
  await Promise.all(shards.map((shard) => readShardInWorker(shard, received, pool)));
  // in the corpus's order, whichever worker finished first
  const readings = new Map<string, DocumentReading>();
  for (const d of docs) {
    const r = received.get(d.id);
    if (r) readings.set(d.id, r);
  }
  received.clear(); // node keeps terminated workers' listeners (which hold this map) for a while
  return readings;
}

/** The worker registers tsx first, so it loads the TypeScript sources the way the main thread does. */
const WORKER_BOOT = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./read-worker.ts", import.meta.url).href)}); })`;

type WorkerMessage = { readings: (readonly [string, DocumentReading])[] } | { done: true } | { error: string };

/**
 * Replaces, in place, every string in a received value by one shared copy from `pool`: a structured
 * clone gives each occurrence of "said", a speaker's name or a claim term its own string, about a
 * third of a reading's memory.
 */
function shareStrings(value: unknown, pool: Map<string, string>): void {
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === "string") {
      const shared = pool.get(v);
      if (shared === undefined) pool.set(v, v);
      else record[key] = shared;
    } else if (typeof v === "object" && v !== null) shareStrings(v, pool);
  }
}

/** Reads a shard on a worker thread, adding each batch of readings it posts to `into`. */
function readShardInWorker(docs: CorpusDocument[], into: Map<string, DocumentReading>, pool: Map<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true });
    worker.on("message", (msg: WorkerMessage) => {
      if ("readings" in msg) {
        for (const [id, reading] of msg.readings) {
          shareStrings(reading, pool);
          into.set(id, reading);
        }
        return;
      }
      void worker.terminate();
      if ("error" in msg) reject(new Error(`extraction worker failed: ${msg.error}`));
      else resolve();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`extraction worker stopped (exit code ${code}) before it finished`)));
    worker.postMessage({ docs: docs.map((d) => ({ id: d.id, text: extractableText(d) })) });
  });
}

/** Below this many documents a worker's start-up (it loads the TypeScript sources) costs more than it saves. */
const MIN_DOCUMENTS_PER_WORKER = 100;

/** Extraction of the whole corpus with the reading half spread over `workers` threads. */
export async function extractParallel(docs: CorpusDocument[], workers: number): Promise<Extraction> {
  if (workers <= 1 || docs.length < MIN_DOCUMENTS_PER_WORKER * 2) return extractCorpus(docs);
  return extractCorpus(docs, { readings: await readInWorkers(docs, workers) });
}

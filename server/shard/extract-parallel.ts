/**
 * Extraction on several cores. Extraction has two halves: reading each document (tokens, sentences,
 * attributions: independent per document, most of the time) and assembling the corpus (actors
 * resolved across documents, claims clustered, ids allocated: needs every document at once). The
 * first half runs in worker threads, one shard of documents each (split by shardOf); the second runs
 * once, here, on all the readings, so the result is the same extraction one process would produce.
 * Between the two, the workers embed the claim wordings for clustering by meaning, each distinct
 * wording once.
 */
import { Worker } from "node:worker_threads";
import type { CorpusDocument, CorpusProblem } from "../corpus/types.js";
import { assembleContained, type ContainedExtraction, readContained } from "../extract/contain.js";
import {
  distinctMentionTexts,
  type Embeddings,
  embedHere,
  meaningModel,
  warnWordsOnly,
} from "../extract/embeddings.js";
import { extractCorpus } from "../extract/index.js";
import { type DocumentReading, readingInput } from "../extract/read-document.js";
import type { Extraction } from "../extract/types.js";
import type { WorkerRequest } from "./read-worker.js";
import { partition } from "./shard-of.js";

export type Readings = ReadonlyMap<string, DocumentReading>;

/** extractCorpus with readings (and claim-wording embeddings) computed elsewhere: the corpus-wide half only. */
export function assemble(docs: CorpusDocument[], readings: Readings, embeddings?: Embeddings): Extraction {
  return extractCorpus(docs, { readings, embeddings });
}

/**
 * Reads the documents on `workers` threads (one shard each) and returns the readings by document id;
 * a document whose reading threw has none, and why is added to `failures` (by document id).
 */
export async function readInWorkers(
  docs: CorpusDocument[],
  workers: number,
  failures = new Map<string, string>(),
): Promise<Map<string, DocumentReading>> {
  const pool = openWorkers(docs, workers, failures);
  try {
    return await pool.read();
  } finally {
    pool.close();
  }
}

/** The worker registers tsx first, so it loads the TypeScript sources the way the main thread does. */
const WORKER_BOOT = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./read-worker.ts", import.meta.url).href)}); })`;

type WorkerMessage =
  | { readings: (readonly [string, DocumentReading])[]; failed: (readonly [string, string])[] }
  | { read: true }
  | { vectors: Float32Array[] }
  | { error: string };
type Reply = Exclude<WorkerMessage, { readings: unknown } | { error: string }>;

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

/** One worker thread, asked one thing at a time; readings it posts along the way go to `onReadings`. */
function openWorker(
  onReadings: (batch: (readonly [string, DocumentReading])[], failed: (readonly [string, string])[]) => void,
) {
  const worker = new Worker(WORKER_BOOT, { eval: true });
  let pending: { resolve(reply: Reply): void; reject(error: Error): void } | undefined;
  let closed = false;
  const settle = (outcome: Reply | Error) => {
    const p = pending;
    pending = undefined;
    if (outcome instanceof Error) p?.reject(outcome);
    else p?.resolve(outcome);
  };
  worker.on("message", (msg: WorkerMessage) => {
    if ("readings" in msg) onReadings(msg.readings, msg.failed);
    else settle("error" in msg ? new Error(`extraction worker failed: ${msg.error}`) : msg);
  });
  worker.once("error", settle);
  worker.once("exit", (code) => {
    if (!closed) settle(new Error(`extraction worker stopped (exit code ${code}) before it finished`));
  });
  return {
    ask(request: WorkerRequest): Promise<Reply> {
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(request);
      });
    },
    close(): void {
      closed = true;
      void worker.terminate();
    },
  };
}

/** A worker per non-empty shard of `docs`: they read the documents, then may embed claim wordings. */
function openWorkers(docs: CorpusDocument[], workers: number, failures: Map<string, string>) {
  const shards = partition(docs, workers).filter((s) => s.length > 0);
  const received = new Map<string, DocumentReading>();
  const pool = new Map<string, string>();
  const threads = shards.map(() =>
    openWorker((batch, failed) => {
      for (const [id, reading] of batch) {
        shareStrings(reading, pool);
        received.set(id, reading);
      }
      for (const [id, why] of failed) failures.set(id, why);
    }),
  );
  return {
    async read(): Promise<Map<string, DocumentReading>> {
      await Promise.all(
        shards.map((shard, i) => threads[i].ask({ docs: shard.map((d) => ({ id: d.id, ...readingInput(d) })) })),
      );
      // in the corpus's order, whichever worker finished first
      const readings = new Map<string, DocumentReading>();
      for (const d of docs) {
        const r = received.get(d.id);
        if (r) readings.set(d.id, r);
      }
      received.clear(); // node keeps terminated workers' listeners (which hold this map) for a while
      return readings;
    },
    /** Each distinct text once, in one slice per worker; undefined (after a warning) when the model is unavailable. */
    async embed(texts: string[]): Promise<Embeddings | undefined> {
      if (texts.length === 0) return undefined;
      const model = await meaningModel();
      if (!model) return undefined;
      const size = Math.ceil(texts.length / threads.length);
      try {
        const replies = await Promise.all(
          threads.map((t, i) => t.ask({ embed: { model, texts: texts.slice(i * size, (i + 1) * size) } })),
        );
        const vectors = replies.flatMap((r) => ("vectors" in r ? r.vectors : []));
        return new Map(texts.map((t, i) => [t, vectors[i]]));
      } catch (error) {
        warnWordsOnly(`${model.name} could not be loaded: ${(error as Error).message}`);
        return undefined;
      }
    },
    close(): void {
      for (const t of threads) t.close();
    },
  };
}

/** Below this many documents a worker's start-up (it loads the TypeScript sources) costs more than it saves. */
const MIN_DOCUMENTS_PER_WORKER = 100;

/**
 * Extraction of the whole corpus with the reading half, and the embedding of claim wordings, spread
 * over `workers` threads; a document that makes extraction throw is left out and named (contain.ts).
 */
export async function extractParallel(docs: CorpusDocument[], workers: number): Promise<ContainedExtraction> {
  if (workers <= 1 || docs.length < MIN_DOCUMENTS_PER_WORKER * 2) {
    const { readings, problems } = readContained(docs);
    const embeddings = await embedHere(distinctMentionTexts(docs, readings));
    return withUnread(
      problems,
      assembleContained(docs, readings, (d, r) => assemble(d, r, embeddings)),
    );
  }
  const failures = new Map<string, string>();
  const pool = openWorkers(docs, workers, failures);
  try {
    const readings = await pool.read();
    const embeddings = await pool.embed(distinctMentionTexts(docs, readings));
    const unread = docs
      .filter((d) => failures.has(d.id))
      .map((d) => ({ file: d.file, severity: "error" as const, message: failures.get(d.id)! }));
    return withUnread(
      unread,
      assembleContained(docs, readings, (d, r) => assemble(d, r, embeddings)),
    );
  } finally {
    pool.close();
  }
}

const withUnread = (unread: CorpusProblem[], assembled: ContainedExtraction): ContainedExtraction => ({
  extraction: assembled.extraction,
  problems: [...unread, ...assembled.problems],
});

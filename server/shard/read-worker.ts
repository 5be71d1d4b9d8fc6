/**
 * Worker thread body for extractParallel: reads (tokenises, tags, finds attributions in) the
 * documents it is sent, the per-document half of extraction, and posts the readings back a batch
 * at a time (so neither thread holds a whole shard's readings twice; a document whose reading throws
 * is posted as failed, with why), then `{ read: true }`. Asked
 * to embed claim wordings, it loads the sentence-embedding model once and posts the vectors back.
 */
import { parentPort } from "node:worker_threads";
import type { ModelFiles } from "../embed/fetch.js";
import { type Embedder, loadEmbedder } from "../embed/model.js";
import { describeFailure } from "../extract/contain.js";
import { type DocumentReading, type ReadingInput, readDocument } from "../extract/read-document.js";

export type WorkerRequest =
  | { docs: ({ id: string } & ReadingInput)[] }
  | { embed: { model: ModelFiles; texts: string[] } };

/** Documents per message. */
const BATCH = 200;

let embedder: Promise<Embedder> | undefined;

parentPort!.on("message", (request: WorkerRequest) => {
  void answer(request).catch((e: Error) => parentPort!.postMessage({ error: e.stack ?? String(e) }));
});

async function answer(request: WorkerRequest): Promise<void> {
  if ("docs" in request) {
    for (let i = 0; i < request.docs.length; i += BATCH) {
      const readings: (readonly [string, DocumentReading])[] = [];
      const failed: (readonly [string, string])[] = [];
      for (const d of request.docs.slice(i, i + BATCH)) {
        try {
          readings.push([d.id, readDocument(d.text, d.ownVoice)]);
        } catch (e) {
          failed.push([d.id, describeFailure(e)]);
        }
      }
      parentPort!.postMessage({ readings, failed });
    }
    parentPort!.postMessage({ read: true });
    return;
  }
  embedder ??= loadEmbedder(request.embed.model);
  const vectors = await (await embedder).embed(request.embed.texts);
  parentPort!.postMessage(
    { vectors },
    vectors.map((v) => v.buffer as ArrayBuffer),
  );
}

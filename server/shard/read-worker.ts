/**
 * Worker thread body for extractParallel: reads (tokenises, tags, finds attributions in) the
 * documents it is sent, the per-document half of extraction, and posts the readings back a batch
 * at a time (a document whose reading throws is posted as failed, with why) (so neither thread holds a whole shard's readings twice), then `{ done: true }`.
 */
import { parentPort } from "node:worker_threads";
import { describeFailure } from "../extract/contain.js";
import { readDocument, type DocumentReading } from "../extract/read-document.js";

export interface ReadRequest {
  docs: { id: string; text: string }[];
}

/** Documents per message. */
const BATCH = 200;

parentPort!.on("message", (request: ReadRequest) => {
  try {
    for (let i = 0; i < request.docs.length; i += BATCH) {
      const readings: (readonly [string, DocumentReading])[] = [];
      const failed: (readonly [string, string])[] = [];
      for (const d of request.docs.slice(i, i + BATCH)) {
        try {
          readings.push([d.id, readDocument(d.text)]);
        } catch (e) {
          failed.push([d.id, describeFailure(e)]);
        }
      }
      parentPort!.postMessage({ readings, failed });
    }
    parentPort!.postMessage({ done: true });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});

/**
 * Worker thread body for extractParallel: reads (tokenises, tags, finds attributions in) the
 * documents it is sent, the per-document half of extraction, and posts the readings back a batch
 * at a time (so neither thread holds a whole shard's readings twice), then `{ done: true }`.
 */
import { parentPort } from "node:worker_threads";
import { readDocument } from "../extract/read-document.js";

export interface ReadRequest {
  docs: { id: string; text: string }[];
}

/** Documents per message. */
const BATCH = 200;

parentPort!.on("message", (request: ReadRequest) => {
  try {
    for (let i = 0; i < request.docs.length; i += BATCH) {
      parentPort!.postMessage({ readings: request.docs.slice(i, i + BATCH).map((d) => [d.id, readDocument(d.text)] as const) });
    }
    parentPort!.postMessage({ done: true });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});

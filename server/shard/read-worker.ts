/**
 * Worker thread body for extractParallel: reads (tokenises, tags, finds attributions in) the
 * documents it is sent, the per-document half of extraction, and posts the readings back.
 */
import { parentPort } from "node:worker_threads";
import { readDocument } from "../extract/read-document.js";

export interface ReadRequest {
  docs: { id: string; text: string }[];
}

parentPort!.on("message", (request: ReadRequest) => {
  try {
    const readings = request.docs.map((d) => [d.id, readDocument(d.text)] as const);
    parentPort!.postMessage({ readings });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});

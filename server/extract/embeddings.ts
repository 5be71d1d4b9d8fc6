/**
 * Sentence embeddings of claim wordings, for clustering by meaning (cluster-claims.ts). Each distinct
 * wording is embedded once: wire copies repeat a text word for word across outlets. When the model
 * is switched off (EMBEDDINGS=off) or cannot be fetched or loaded, clustering compares words alone
 * and one warning says why.
 */
import { embeddingConfig } from "../config.js";
import { ensureModel, type ModelFiles } from "../embed/fetch.js";
import { type Embedder, loadEmbedder } from "../embed/model.js";
import type { DocumentReading } from "./read-document.js";

/** Unit vectors by the exact text of a mention. */
export type Embeddings = ReadonlyMap<string, Float32Array>;

/** The wordings clustering compares (denials that only point back are matched by stance.ts, not by meaning), each once. */
export function distinctMentionTexts(
  docs: readonly { id: string; text: string }[],
  readings: ReadonlyMap<string, DocumentReading>,
): string[] {
  const texts = new Set<string>();
  for (const d of docs) {
    for (const m of readings.get(d.id)?.mentions ?? []) if (!m.pointsBack) texts.add(d.text.slice(m.start, m.end));
  }
  return [...texts];
}

let warned = false;
/** Said once per process: a corpus of many batches should not repeat it. */
export function warnWordsOnly(reason: string): void {
  if (warned) return;
  warned = true;
  console.error(`warning: claims are clustered by their words only (no sentence-embedding model): ${reason}`);
}

/** The configured model's files, fetched on first use; undefined (after a warning) when off or unavailable. */
export async function meaningModel(log?: (message: string) => void): Promise<ModelFiles | undefined> {
  const config = embeddingConfig();
  if (!config.enabled) return undefined;
  try {
    return await ensureModel(config, log);
  } catch (error) {
    warnWordsOnly((error as Error).message);
    return undefined;
  }
}

let inThread: Promise<Embedder> | undefined;

/** Embeds in this thread with the configured model (loaded once per process), or undefined when it is off or unavailable. */
export async function embedHere(texts: readonly string[]): Promise<Embeddings | undefined> {
  if (texts.length === 0) return undefined;
  const files = await meaningModel();
  if (!files) return undefined;
  try {
    inThread ??= loadEmbedder(files);
    const vectors = await (await inThread).embed(texts);
    return new Map(texts.map((t, i) => [t, vectors[i]]));
  } catch (error) {
    inThread = undefined;
    warnWordsOnly(`${files.name} could not be loaded: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * A sentence-embedding model run in this process: the tokenizer.json's WordPiece tokenizer
 * (@huggingface/tokenizers, plain JS) and the ONNX transformer (onnxruntime-node, on the CPU).
 */
import { readFile } from "node:fs/promises";
import { Tokenizer } from "@huggingface/tokenizers";
import * as ort from "onnxruntime-node";
import type { ModelFiles } from "./fetch.js";
import { meanPool } from "./pool.js";

export interface Embedder {
  name: string;
  dims: number;
  /** One unit vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export interface LoadOptions {
  /** Threads one inference may use; 1 where the caller already runs one model per core. */
  threads?: number;
}

/** Texts per inference: sorted by length first, so a batch pads little. */
const BATCH = 32;
/** Tokens per text when the tokenizer.json sets no truncation (the models were trained on 128). */
const DEFAULT_MAX_TOKENS = 128;

export async function loadEmbedder(files: ModelFiles, options: LoadOptions = {}): Promise<Embedder> {
  const config = JSON.parse(await readFile(files.tokenizer, "utf8")) as { truncation?: { max_length?: number } | null };
  const tokenizer = new Tokenizer(config, {});
  const maxTokens = config.truncation?.max_length ?? DEFAULT_MAX_TOKENS;
  const session = await ort.InferenceSession.create(files.onnx, {
    graphOptimizationLevel: "all",
    ...(options.threads ? { intraOpNumThreads: options.threads, interOpNumThreads: 1 } : {}),
  });
  const needsTypes = session.inputNames.includes("token_type_ids");
  const output = session.outputNames[0];

  const encode = (text: string): number[] => {
    const ids = tokenizer.encode(text).ids;
    // the tokenizer does not apply tokenizer.json's truncation: keep the start and the closing [SEP]
    return ids.length <= maxTokens ? ids : [...ids.slice(0, maxTokens - 1), ids[ids.length - 1]];
  };

  async function run(batch: number[][]): Promise<Float32Array[]> {
    const tokens = Math.max(...batch.map((ids) => ids.length));
    const ids = new BigInt64Array(batch.length * tokens);
    const mask = new BigInt64Array(batch.length * tokens);
    batch.forEach((row, b) => row.forEach((id, t) => {
      ids[b * tokens + t] = BigInt(id);
      mask[b * tokens + t] = 1n;
    }));
    const shape = [batch.length, tokens];
    const feeds: Record<string, ort.Tensor> = { input_ids: new ort.Tensor("int64", ids, shape), attention_mask: new ort.Tensor("int64", mask, shape) };
    if (needsTypes) feeds.token_type_ids = new ort.Tensor("int64", new BigInt64Array(ids.length), shape);
    const result = await session.run(feeds);
    const hidden = result[output];
    const dims = hidden.dims[2];
    const vectors = meanPool(hidden.data as Float32Array, mask, batch.length, tokens, dims);
    hidden.dispose();
    return vectors;
  }

  const probe = await run([encode("probe")]);
  return {
    name: files.name,
    dims: probe[0].length,
    async embed(texts) {
      const encoded = texts.map(encode);
      const order = encoded.map((_, i) => i).sort((a, b) => encoded[a].length - encoded[b].length);
      const out: Float32Array[] = new Array(texts.length);
      for (let k = 0; k < order.length; k += BATCH) {
        const slice = order.slice(k, k + BATCH);
        const vectors = await run(slice.map((i) => encoded[i]));
        slice.forEach((i, j) => (out[i] = vectors[j]));
      }
      return out;
    },
  };
}

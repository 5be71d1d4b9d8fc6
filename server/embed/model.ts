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

/** Tokens per text when the tokenizer.json sets no truncation (the models were trained on 128). */
const DEFAULT_MAX_TOKENS = 128;

export async function loadEmbedder(files: ModelFiles): Promise<Embedder> {
  const config = JSON.parse(await readFile(files.tokenizer, "utf8")) as { truncation?: { max_length?: number } | null };
  const tokenizer = new Tokenizer(config, {});
  const maxTokens = config.truncation?.max_length ?? DEFAULT_MAX_TOKENS;
  // one thread per inference: a vector then never depends on how the sums were split across threads,
  // and extraction runs one model per core in its worker threads anyway
  const session = await ort.InferenceSession.create(files.onnx, {
    graphOptimizationLevel: "all",
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
  });
  const needsTypes = session.inputNames.includes("token_type_ids");
  const output = session.outputNames[0];

  const encode = (text: string): number[] => {
    const ids = tokenizer.encode(text).ids;
    // the tokenizer does not apply tokenizer.json's truncation: keep the start and the closing [SEP]
    return ids.length <= maxTokens ? ids : [...ids.slice(0, maxTokens - 1), ids[ids.length - 1]];
  };

  // one text per inference: the quantised model scales its activations over the whole input, so in
  // a batch a text's vector would depend on its neighbours (and a worker's share of the corpus)
  async function run(tokenIds: number[]): Promise<Float32Array> {
    const shape = [1, tokenIds.length];
    const ids = BigInt64Array.from(tokenIds, BigInt);
    const mask = new BigInt64Array(ids.length).fill(1n);
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor("int64", ids, shape),
      attention_mask: new ort.Tensor("int64", mask, shape),
    };
    if (needsTypes) feeds.token_type_ids = new ort.Tensor("int64", new BigInt64Array(ids.length), shape);
    const result = await session.run(feeds);
    const hidden = result[output];
    const [vector] = meanPool(hidden.data as Float32Array, mask, 1, tokenIds.length, hidden.dims[2]);
    hidden.dispose();
    return vector;
  }

  const probe = await run(encode("probe"));
  return {
    name: files.name,
    dims: probe.length,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (const text of texts) out.push(await run(encode(text)));
      return out;
    },
  };
}

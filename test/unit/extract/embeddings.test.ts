import { describe, expect, it } from "vitest";
import { makeDocument } from "../../../server/corpus/document.js";
import { distinctMentionTexts } from "../../../server/extract/embeddings.js";
import { readDocument } from "../../../server/extract/read-document.js";

describe("wordings to embed", () => {
  it("lists each distinct mention text once, however many outlets carry the wire copy", () => {
    const wire =
      "The port will reopen on Friday, the harbour authority said. Ships were waiting offshore, officials said.";
    const docs = ["a.txt", "b.txt", "c.txt"].map((file) =>
      makeDocument({ file, content: wire, publisher: { name: file } }),
    );
    docs.push(
      makeDocument({
        file: "d.txt",
        content: "The port stays shut until June, the union said.",
        publisher: { name: "d" },
      }),
    );
    const readings = new Map(docs.map((d) => [d.id, readDocument(d.text)]));
    const texts = distinctMentionTexts(docs, readings);
    const all = docs.flatMap((d) => readings.get(d.id)!.mentions.map((m) => d.text.slice(m.start, m.end)));
    expect(all.length).toBeGreaterThan(texts.length);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(texts)).toEqual(new Set(all));
    expect(texts.some((t) => t.includes("port will reopen"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { extractContained } from "../../../server/extract/contain.js";
import { extractCorpus } from "../../../server/extract/index.js";
import { type DocumentReading, readOne } from "../../../server/extract/read-document.js";
import { doc } from "./helpers.js";

const good = doc("good.txt", "The minister said that the bridge was finished on time.");
const other = doc("other.txt", "The union denied that the bridge was finished on time.", "Other Daily");
const bad = doc("bad.txt", "The engineer said the road was closed.", "Third Post");

/** An extractor fault that only `bad.txt` triggers. */
function faultOn<A extends unknown[], R>(text: string, real: (...args: A) => R, pick: (...args: A) => string[]) {
  return (...args: A): R => {
    if (pick(...args).includes(text)) throw new TypeError("t.charCodeAt is not a function");
    return real(...args);
  };
}

describe("extraction containment", () => {
  it("leaves out a document whose reading throws, names it, and extracts the rest as if it were absent", () => {
    const read = faultOn(bad.text, readOne, (d) => [d.text]);
    const { extraction, problems } = extractContained([good, bad, other], read);
    expect(problems).toEqual([
      {
        file: "bad.txt",
        severity: "error",
        message: expect.stringMatching(/^extraction failed in .+: .+; the document is left out/),
      },
    ]);
    expect(extraction).toEqual(extractCorpus([good, other]));
  });

  it("finds the document that makes the corpus-wide half throw, and assembles the others", () => {
    const assemble = faultOn(
      bad.text,
      (docs: (typeof good)[], readings: ReadonlyMap<string, DocumentReading>) => extractCorpus(docs, { readings }),
      (docs) => docs.map((d) => d.text),
    );
    const { extraction, problems } = extractContained([good, bad, other], undefined, assemble);
    expect(problems.map((p) => p.file)).toEqual(["bad.txt"]);
    expect(extraction).toEqual(extractCorpus([good, other]));
  });

  it("throws an error no single document causes: that is the extractor's, not a document's", () => {
    const assemble = (docs: (typeof good)[]) => {
      if (docs.length > 1) throw new Error("pairwise fault");
      return extractCorpus(docs);
    };
    expect(() => extractContained([good, other], undefined, assemble)).toThrow("pairwise fault");
  });
});

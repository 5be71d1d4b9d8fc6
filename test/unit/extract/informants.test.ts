import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../server/extract/index.js";
import { doc } from "./helpers.js";

describe("informants: who a document cites", () => {
  it("cites unnamed groups of people it takes information from, not principals or papers read as groups", () => {
    const ex = extractCorpus([
      doc(
        "a.txt",
        "The Valdera port will close for a month, two people familiar with the plans said. Analysts at Corvin Securities said the closure would cost the region dearly. Western leaders said the closure was regrettable. According to preliminary results, the port handled 40 ships in May.",
        "Harbour Wire",
        "news agency",
      ),
    ]);
    const name = new Map([...ex.actors, ...ex.sources].map((a) => [a.id, a.name]));
    expect(ex.citations.map((c) => name.get(c.cites)).sort()).toEqual([
      "Analysts at Corvin Securities",
      "two people familiar with the plans",
    ]);
  });
});

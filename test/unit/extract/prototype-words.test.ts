import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../../server/extract/index.js";
import { doc } from "./helpers.js";

/** Every name an object literal answers without holding it: what broke extraction on "constructor". */
const PROTOTYPE_NAMES = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype", "constructors", "toStrings"]),
];

/** Frames that put a word where every lexicon looks it up: as a speaker, a cue form, a claim term, a role. */
const frames = (w: string) => [
  `The minister said that the ${w} finished the bridge on time.`,
  `${w} said the talks were useful. The ${w} ${w}s denied it.`,
  `"We will ${w} the ${w}," the ${w} minister told reporters on Monday.`,
  `According to the top ${w}, the ${w} was ${w}ed by the government.`,
  `The president ${w} out that the ${w} had collapsed. Top diplomat ${w} said so.`,
];

describe("extraction never derailed by a word", () => {
  it("reads every Object.prototype name in every position, as a word and capitalised", () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const w of [name, name[0].toUpperCase() + name.slice(1), name.toUpperCase()]) {
        const ex = extractCorpus([
          doc("a.txt", frames(w).join("\n")),
          doc("b.txt", `The ${w} said the ${w} was ready.`, "Other Daily"),
        ]);
        expect(ex.documents.length, w).toBe(2);
        for (const c of ex.claims) for (const m of c.mentions) expect(typeof m.text, w).toBe("string");
      }
    }
  });

  it("extracts sentences made of prototype names, lexicon words and random Unicode", () => {
    const word = fc.oneof(
      fc.constantFrom(
        ...PROTOTYPE_NAMES,
        "said",
        "told",
        "denied",
        "minister",
        "the",
        "that",
        "error",
        "point",
        "out",
        "top",
        "diplomat",
        '"',
        ",",
        ".",
      ),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
      fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 6 }),
        (sentences) => {
          const text = sentences.map((s) => s.join(" ") + ".").join("\n");
          const ex = extractCorpus([doc("a.txt", text)]);
          for (const c of ex.claims) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        },
      ),
      { numRuns: 150 },
    );
  });
});

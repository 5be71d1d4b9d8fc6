/**
 * Hostile HTML: a megabyte of unclosed tags, comments or scripts must be read in one pass (each
 * used to rescan the rest of the file: 40 000 "<" took 5 s, so a megabyte most of an hour), keeping
 * offsets and plain text.
 * The test timeout is the bound: there is no timing here.
 */
import { describe, expect, it } from "vitest";
import { htmlTitle, htmlToText } from "../../server/corpus/html-text.js";

const megabyteOf = (unit: string) => unit.repeat(Math.floor(1_000_000 / unit.length));

describe("htmlToText on hostile input", () => {
  it.each(["<", "<!--", "<script>", "<p", "<a href=x ", "<title"])(
    "reads a megabyte of %j, keeping the length",
    (unit) => {
      const html = megabyteOf(unit);
      expect(htmlToText(html)).toHaveLength(html.length);
      expect(htmlTitle(html)).toBeUndefined();
    },
  );

  it("keeps a lone < of the text, and lets an unclosed comment or script hide the rest, as a browser does", () => {
    expect(htmlToText("a < b and <i>c</i> d")).toBe("a < b and    c     d");
    expect(htmlToText("kept <!-- never closed")).toBe("kept " + " ".repeat(17));
    expect(htmlToText("kept <script>alert(1)")).toBe("kept " + " ".repeat(16));
  });
});

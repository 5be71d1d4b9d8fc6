/**
 * Turns a composed document into the bytes of its file (.txt, or .html for outlets that publish web
 * pages) and records where each annotated clause landed, in UTF-16 offsets into that text.
 */
import type { MentionMark } from "./attribution.js";
import type { Block, ComposedDoc } from "./compose.js";

export interface PlacedMention {
  mark: MentionMark;
  start: number;
  end: number;
  evidence: string;
}

export interface Serialized {
  text: string;
  mentions: PlacedMention[];
}

export function serialize(doc: ComposedDoc, html: boolean): Serialized {
  const out = new Output();
  const blocks = [...doc.head, ...doc.body, ...doc.foot];
  if (html) {
    out.add(
      `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${doc.title}</title></head>\n<body>\n<article>\n`,
    );
    for (const b of blocks) {
      const tag = b.kind === "title" ? "h1" : "p";
      out.add(`<${tag}>`);
      writeBlock(out, b);
      out.add(`</${tag}>\n`);
    }
    out.add("</article>\n</body>\n</html>\n");
  } else {
    blocks.forEach((b, i) => {
      if (i > 0) out.add("\n\n");
      writeBlock(out, b);
    });
    out.add("\n");
  }
  return { text: out.text(), mentions: out.mentions };
}

function writeBlock(out: Output, b: Block) {
  b.sentences.forEach((s, i) => {
    if (i > 0) out.add(" ");
    for (const piece of s) out.add(piece.text, piece.mention);
  });
}

class Output {
  private parts: string[] = [];
  private length = 0;
  readonly mentions: PlacedMention[] = [];

  add(text: string, mark?: MentionMark) {
    if (mark) this.mentions.push({ mark, start: this.length, end: this.length + text.length, evidence: text });
    this.parts.push(text);
    this.length += text.length;
  }

  text() {
    return this.parts.join("");
  }
}

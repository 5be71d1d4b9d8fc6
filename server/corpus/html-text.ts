import { decode } from "html-entities";

/**
 * Turns HTML into text of exactly the same length, so that an offset into the text is an offset
 * into the file (FORMAT.md counts offsets in the file as stored). Tags, comments, scripts and
 * styles become spaces (block-level tags a newline, so sentences do not run together); an entity
 * becomes its character followed by spaces.
 */
export function htmlToText(html: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  // Each pattern stops at the next "<" or runs to the end, so hostile input ("<<<<…", unclosed
  // comments) costs one pass, not one pass per "<". An unclosed comment or script hides the rest,
  // as in a browser; a lone "<" in text ("a < b") is kept.
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, blank)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    .replace(
      /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|title|pre)\b[^<>]*>/gi,
      (tag) => "\n" + blank(tag.slice(1)),
    )
    .replace(/<[^<>]*>/g, blank)
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (entity) => {
      const char = decode(entity);
      return char.length <= entity.length ? char + " ".repeat(entity.length - char.length) : entity;
    });
}

/** The document's <title>, or its first <h1>, as plain text; looked for near the top, where they are. */
export function htmlTitle(html: string): string | undefined {
  // Bounded: on hostile input ("<title<title…" never closed) each failed match would rescan the whole text.
  const head = html.slice(0, 65_536);
  const m = /<title[^<>]*>([^<]*)<\/title>/i.exec(head) ?? /<h1[^<>]*>([\s\S]*?)<\/h1>/i.exec(head);
  const title = m
    ? decode(m[1].replace(/<[^>]*>/g, " "))
        .replace(/\s+/g, " ")
        .trim()
    : "";
  return title || undefined;
}

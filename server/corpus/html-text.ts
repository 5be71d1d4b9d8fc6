import { decode } from "html-entities";

/**
 * Turns HTML into text of exactly the same length, so that an offset into the text is an offset
 * into the file (FORMAT.md counts offsets in the file as stored). Tags, comments, scripts and
 * styles become spaces (block-level tags a newline, so sentences do not run together); an entity
 * becomes its character followed by spaces.
 */
export function htmlToText(html: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|title|pre)\b[^>]*>/gi, (tag) => "\n" + blank(tag.slice(1)))
    .replace(/<[^>]*>/g, blank)
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (entity) => {
      const char = decode(entity);
      return char.length <= entity.length ? char + " ".repeat(entity.length - char.length) : entity;
    });
}

/** The document's <title>, or its first <h1>, as plain text. */
export function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const title = m ? decode(m[1].replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim() : "";
  return title || undefined;
}

/**
 * Direct quotes, found on the raw characters of each line. Typography in the wild is messy
 * (an opening “ used to close, straight quotes), so quote marks are paired by alternation within
 * a line rather than by shape; a quote left open at the end of a line runs to the line's end.
 */
export interface Quote {
  /** Offsets of the opening and closing marks ([start, end) covers both marks). */
  start: number;
  end: number;
  /** True when the quote fills its line (a paragraph-long quote). */
  block: boolean;
  /** True when the closing mark is missing (the quote runs to the end of the line). */
  open: boolean;
}

const MARKS = new Set(["“", "”", '"', "«", "»", "„"]);

export function findQuotes(text: string, lineStart: number, lineEnd: number): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text[i];
    if (!MARKS.has(c)) continue;
    if (openAt < 0) {
      // a mark glued to the end of a word cannot open a quote ("word” more")
      openAt = i;
    } else {
      quotes.push({ start: openAt, end: i + 1, block: false, open: false });
      openAt = -1;
    }
  }
  if (openAt >= 0) quotes.push({ start: openAt, end: lineEnd, block: false, open: true });
  for (const q of quotes) {
    const before = text.slice(lineStart, q.start).trim();
    const after = text.slice(q.end, lineEnd).trim();
    q.block = before === "" && /^[\p{P}\s]*$/u.test(after) && q.end - q.start > 40;
  }
  return quotes;
}

/** The quote holding [start, end), if any. */
export function quoteAround(quotes: Quote[], start: number, end: number): Quote | undefined {
  return quotes.find((q) => q.start <= start && end <= q.end);
}

/**
 * The sentence(s) around a span, for showing evidence in context: extends to sentence or
 * paragraph boundaries, but never more than `reach` characters each side.
 */
export interface Context {
  before: string;
  match: string;
  after: string;
  clippedBefore: boolean;
  clippedAfter: boolean;
  /** False when the offsets are outside the text (the document changed since extraction). */
  valid: boolean;
}

const sentenceEnd = /[.!?…]["”’)\]]?\s|\n/g;

export function contextWindow(text: string, start: number, end: number, reach = 280): Context {
  if (!(start >= 0 && end >= start && end <= text.length)) {
    return { before: "", match: "", after: "", clippedBefore: false, clippedAfter: false, valid: false };
  }
  const lo = Math.max(0, start - reach);
  let from = lo;
  sentenceEnd.lastIndex = lo;
  for (let m = sentenceEnd.exec(text); m && m.index + m[0].length <= start; m = sentenceEnd.exec(text)) {
    from = m.index + m[0].length;
  }
  const hi = Math.min(text.length, end + reach);
  let to = hi;
  sentenceEnd.lastIndex = end > 0 ? end - 1 : 0;
  const next = sentenceEnd.exec(text);
  if (next && next.index < hi) to = Math.max(end, next.index + next[0].trimEnd().length);
  const clippedBefore = from === lo && lo > 0 && !/\s/.test(text[lo - 1] ?? "");
  return {
    before: text.slice(from, start).replace(/^\s+/, ""),
    match: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+$/, ""),
    clippedBefore: from > 0 && clippedBefore,
    clippedAfter: to < text.length && to === hi,
    valid: true,
  };
}

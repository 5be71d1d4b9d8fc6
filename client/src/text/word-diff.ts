/**
 * Word-level diff of two wordings of a claim, for showing them side by side.
 * Words are compared case-insensitively and without surrounding punctuation, so
 * "Ukraine," and "Ukraine" count as the same word; the original spelling is kept for display.
 */
export type DiffKind = "same" | "removed" | "added";

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

interface Token {
  text: string; // as written, including trailing whitespace
  key: string; // what is compared
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = m[0];
    const key = word
      .trim()
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    tokens.push({ text: word, key: key || word.trim() });
  }
  return tokens;
}

/** Longest common subsequence table on token keys, filled from the end. */
function lcsTable(a: Token[], b: Token[]): Uint32Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i].key === b[j].key ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

/** The parts of `after` relative to `before`, in reading order, adjacent parts of one kind merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const table = lcsTable(a, b);
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i].key === b[j].key) {
      push("same", b[j].text);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      push("removed", a[i++].text);
    } else {
      push("added", b[j++].text);
    }
  }
  while (i < a.length) push("removed", a[i++].text);
  while (j < b.length) push("added", b[j++].text);
  return parts;
}

/** Share of the words of `a` and `b` they have in common (0..1), for ordering wordings. */
export function similarity(a: string, b: string): number {
  const ta = tokenize(a);
  const tb = tokenize(b);
  if (ta.length + tb.length === 0) return 1;
  const common = lcsTable(ta, tb)[0][0];
  return (2 * common) / (ta.length + tb.length);
}

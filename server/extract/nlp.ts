/**
 * Tokens and sentences with exact UTF-16 offsets into the raw text, from wink-nlp.
 * wink's tokenizer is lossless (each token's preceding whitespace is kept), so offsets are
 * rebuilt by walking the text; nothing is trimmed or normalised before counting.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

// Only sentence boundaries and POS (which also yields lemmas): wink's lite NER finds dates and
// numbers, not people or bodies, so it would cost time for nothing we use.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  /** The token starts a new line (a newline precedes it). */
  lineStart: boolean;
  /** Starts with a capital letter (and holds a letter). */
  cap: boolean;
  /** Holds a letter or a digit: a word, not punctuation (asked of every token of every line, so answered once). */
  word: boolean;
}

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Index of the line (block separated by newlines) holding it. */
  line: number;
}

export interface Analysed {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * "a London-based analyst", "the long-awaited report": wink tags the participle after a hyphen as a verb,
 * which would end a speaker's title or make it a clause; joined to a word by the hyphen it is an adjective.
 */
function compoundPos(tokens: Token[], hyphen: Token | undefined, start: number, pos: string, lower: string): string {
  if (pos !== "VERB" || hyphen?.text !== "-" || hyphen.end !== start || !/(ed|n|t|ing)$/.test(lower)) return pos;
  const word = tokens[tokens.length - 2];
  return word && word.end === hyphen.start && /\p{L}/u.test(word.text) ? "ADJ" : pos;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `s` holds a letter (with `digits`, a letter or a digit): LETTER or LETTER_OR_DIGIT's test,
 * answered from the character codes while they are ASCII (nearly every token), the regex past that.
 */
export function hasLetter(s: string, digits = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return (digits ? LETTER_OR_DIGIT : LETTER).test(s);
    if (((c | 32) >= 97 && (c | 32) <= 122) || (digits && c >= 48 && c <= 57)) return true;
  }
  return false;
}

export function analyse(text: string): Analysed {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink index → our index (whitespace tokens are dropped)
  const map = new Int32Array(values.length + 1).fill(-1);
  const tokens: Token[] = [];
  let cursor = 0;
  let pendingNewline = true;
  for (let i = 0; i < values.length; i++) {
    const sp = spaces[i];
    cursor += sp.length;
    const value = values[i];
    const start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) throw new Error(`tokenizer lost alignment at offset ${cursor}`);
    if (
      sp.includes("\n") ||
      (start > cursor && text.indexOf("\n", cursor - sp.length) >= 0 && text.indexOf("\n", cursor - sp.length) < start)
    )
      pendingNewline = true;
    cursor = start + value.length;
    if (pos[i] === "SPACE" || value.trim() === "") {
      if (value.includes("\n")) pendingNewline = true;
      continue;
    }
    map[i] = tokens.length;
    const lower = value.toLowerCase();
    const c = value.charCodeAt(0);
    const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : lower !== value && /^\p{Lu}/u.test(value);
    const prev = tokens[tokens.length - 1];
    tokens.push({
      start,
      end: cursor,
      text: value,
      lower,
      pos: compoundPos(tokens, prev, start, pos[i], lower),
      lemma: lemmas[i] ?? lower,
      lineStart: pendingNewline,
      cap,
      word: hasLetter(value, true),
    });
    pendingNewline = false;
  }

  const sentences: Sentence[] = [];
  let line = -1;
  // wink breaks inside "Russia-U.S. ties": rejoin a split that falls inside an abbreviation
  const joined: [number, number][] = [];
  for (const [a, b] of spans) {
    const prev = joined[joined.length - 1];
    if (
      prev &&
      /(^|-)\p{Lu}\.$/u.test(values[prev[1]] ?? "") &&
      /^\p{Lu}\./u.test(values[a] ?? "") &&
      !spaces[a].includes("\n")
    )
      prev[1] = b;
    else joined.push([a, b]);
  }
  for (const [a, b] of joined) {
    let first = -1;
    let last = -1;
    for (let i = a; i <= b; i++)
      if (map[i] >= 0) {
        if (first < 0) first = map[i];
        last = map[i] + 1;
      }
    if (first < 0) continue;
    // a line break always ends a sentence: headlines, datelines and credits have no full stop
    let s = first;
    for (let k = first + 1; k <= last; k++) {
      if (k === last || tokens[k].lineStart) {
        if (tokens[s].lineStart || line < 0) line++;
        sentences.push({ first: s, last: k, start: tokens[s].start, end: tokens[k - 1].end, line });
        s = k;
      }
    }
  }
  return { text, tokens, sentences };
}

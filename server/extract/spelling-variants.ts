/**
 * One name, several spellings: a machine-translated copy writes "Borwenia", "Mercancia" and "Waila"
 * for the wire's "Borvenia", "Mercantia" and "Vaila", and clustering then reads different parties
 * where there is one. Across a corpus, a name (an entity, or a term that comes from a name) one edit
 * away from a more frequent name is folded into it. Only names of five letters or more: "Iran" and
 * "Iraq" are two countries, and short words leave too little to tell a misspelling from another word.
 */
import type { ClaimFeatures } from "./features.js";

const MIN_LENGTH = 5;
const LETTERS = /^\p{L}+$/u;

/**
 * The corpus's spelling of each name variant (variants only), for entities and for the terms that come
 * from names: two namespaces (an entity is the whole word, a term its cut stem), folded apart.
 */
export function spellingVariants(features: readonly ClaimFeatures[]): Spellings {
  return {
    entities: foldedSpellings(features.map((f) => f.entities ?? [])),
    names: foldedSpellings(features.map((f) => f.names ?? [])),
  };
}

export interface Spellings {
  entities: Map<string, string>;
  names: Map<string, string>;
}

function foldedSpellings(lists: readonly string[][]): Map<string, string> {
  const count = new Map<string, number>();
  for (const list of lists)
    for (const w of list) if (w.length >= MIN_LENGTH && LETTERS.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  // most frequent first (ties by spelling, so the result does not depend on document order): each
  // name folds into the most frequent spelling before it that it is one edit from
  const byFrequency = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1));
  const spellings = new Map<string, string[]>();
  const variants = new Map<string, string>();
  for (const w of byFrequency) {
    const keys = deletions(w);
    let into: string | undefined;
    for (const k of keys) {
      for (const s of spellings.get(k) ?? [])
        if (oneEditApart(s, w) && (into === undefined || before(s, into))) into = s;
    }
    if (into !== undefined) {
      variants.set(w, into);
      continue;
    }
    for (const k of keys) {
      const list = spellings.get(k);
      if (list) list.push(w);
      else spellings.set(k, [w]);
    }
  }
  return variants;

  function before(a: string, b: string): boolean {
    return count.get(a)! > count.get(b)! || (count.get(a) === count.get(b) && a < b);
  }
}

/** The features with each name variant spelled as the corpus spells it most. */
export function withSpellings(f: ClaimFeatures, spellings: Spellings): ClaimFeatures {
  if (spellings.entities.size === 0 && spellings.names.size === 0) return f;
  const name = (w: string) => spellings.names.get(w) ?? w;
  const names = new Set(f.names ?? []);
  return {
    ...f,
    terms: [...new Set(f.terms.map((t) => (names.has(t) ? name(t) : t)))],
    ...(f.entities ? { entities: [...new Set(f.entities.map((e) => spellings.entities.get(e) ?? e))] } : {}),
    ...(f.names ? { names: [...new Set(f.names.map(name))] } : {}),
  };
}

/** The word and the word less each one letter: two words one edit apart share one of these. */
function deletions(w: string): string[] {
  const out = new Set([w]);
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return [...out];
}

/** One letter changed, added, dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

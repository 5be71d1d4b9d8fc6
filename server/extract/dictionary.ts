/**
 * A fixed word list written as an object literal, looked up as a Map. Extraction looks words of the
 * document up in these lists; a plain object would answer "constructor" or "__proto__" with
 * Object.prototype's members (a function, not a string), and a single such word used to derail a
 * whole corpus.
 */
export const dictionary = <V>(entries: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(entries));

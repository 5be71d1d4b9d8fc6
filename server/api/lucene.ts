/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes that can never be a
 * syntax error: every term is escaped, so operators, quotes, brackets and wildcards are taken
 * literally, and all terms must match. Returns null when nothing searchable is left.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
// Lucene's operators are words too; lower case makes them ordinary terms for the analyzer.
const OPERATOR = /^(AND|OR|NOT|TO)$/;
const MAX_TERMS = 16;

export function luceneQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((t) => t.replace(SPECIAL, " ").trim())
    .flatMap((t) => t.split(/\s+/))
    .filter((t) => t.length > 0)
    .map((t) => (OPERATOR.test(t) ? t.toLowerCase() : t))
    .slice(0, MAX_TERMS);
  return terms.length ? terms.join(" AND ") : null;
}

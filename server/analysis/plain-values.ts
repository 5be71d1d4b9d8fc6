/**
 * Neo4j result values as plain JSON-able values: integers become numbers (or decimal strings
 * beyond 2^53), temporal values ISO strings, nodes and relationships their properties.
 */
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface PlainResult {
  columns: string[];
  rows: Record<string, Plain>[];
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (isTemporal(value)) return temporalString(value);
  if (neo4j.isNode(value)) return { labels: value.labels, ...plainMap(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainMap(value.properties) };
  if (neo4j.isPath(value))
    return [toPlain(value.start), ...value.segments.flatMap((s) => [toPlain(s.relationship), toPlain(s.end)])];
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return plainMap(value as Record<string, unknown>);
  return String(value);
}

export function recordsToPlain(records: Neo4jRecord[], columns?: string[]): PlainResult {
  const keys = columns ?? (records[0]?.keys as string[] | undefined) ?? [];
  return { columns: keys, rows: records.map((r) => Object.fromEntries(keys.map((k) => [k, toPlain(r.get(k))]))) };
}

function plainMap(map: Record<string, unknown>): { [key: string]: Plain } {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toPlain(v)]));
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** ISO 8601; a UTC date-time ends in Z rather than +00:00, like the corpus manifests. */
function temporalString(value: unknown): string {
  return String(value).replace(/\+00:00$/, "Z");
}

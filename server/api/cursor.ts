import { badInput } from "./errors.js";

/**
 * Opaque page cursors. A cursor is the offset of an item in a listing's stable order, encoded so
 * clients treat it as a token rather than arithmetic.
 */
const PREFIX = "o:";

/**
 * Past this no listing reaches, and the page queries slice lists at offset + page size, which Cypher
 * wants below 2^31: a larger cursor is forged and refused before it reaches Neo4j.
 */
export const MAX_CURSOR_OFFSET = 2 ** 30;

export const encodeCursor = (offset: number) => Buffer.from(PREFIX + offset).toString("base64url");

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const raw = /^[A-Za-z0-9_-]{1,24}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString() : "";
  const offset = raw.startsWith(PREFIX) ? Number(raw.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET) {
    throw badInput(`"after" is not a cursor this API returned: ${JSON.stringify(cursor.slice(0, 40))}`, "after");
  }
  return offset + 1;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A Relay connection over one slice of a listing that starts at `skip`. */
export function toPage<T>(items: T[], skip: number, totalCount: number): Page<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: skip + items.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

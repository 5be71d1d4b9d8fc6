/**
 * Which shard a document belongs to when a corpus is split across worker processes or machines.
 * The split depends only on the document's id (a hash of its path), so every worker computes the
 * same partition without talking to the others, and a document keeps its shard from run to run.
 */

/** FNV-1a over the id: uniform enough for ids that are themselves hashes, and stable everywhere. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(doc: { id: string }, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`shard count must be a positive whole number, got ${n}`);
  return fnv1a(doc.id) % n;
}

/** Parses "i/n" (as in `--shard 0/2`), naming what is wrong. */
export function parseShard(spec: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) throw new Error(`--shard must look like i/n (e.g. 0/2), got "${spec}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new Error(`--shard ${spec}: need 0 <= i < n`);
  return { index, count };
}

/** The documents of shard `index` of `count`, in their original order. */
export function selectShard<T extends { id: string }>(docs: readonly T[], index: number, count: number): T[] {
  return docs.filter((d) => shardOf(d, count) === index);
}

/** All documents split into `count` shards, each in original order. */
export function partition<T extends { id: string }>(docs: readonly T[], count: number): T[][] {
  const shards: T[][] = Array.from({ length: count }, () => []);
  for (const d of docs) shards[shardOf(d, count)].push(d);
  return shards;
}

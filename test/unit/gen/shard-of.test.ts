import { describe, expect, it } from "vitest";
import { documentId } from "../../../server/corpus/document.js";
import { parseShard, partition, selectShard, shardOf } from "../../../server/shard/shard-of.js";

const docs = Array.from({ length: 2000 }, (_, i) => ({ id: documentId(`d${Math.floor(i / 1000)}/${i}.txt`) }));

describe("shardOf", () => {
  it("puts every document in exactly one shard, the same one every time, and spreads them evenly", () => {
    const shards = partition(docs, 3);
    expect(shards.flat()).toHaveLength(docs.length);
    expect(new Set(shards.flat().map((d) => d.id)).size).toBe(docs.length);
    for (const [i, s] of shards.entries()) {
      expect(s).toEqual(selectShard(docs, i, 3));
      expect(s.length).toBeGreaterThan(docs.length / 3 - 100);
      expect(s.length).toBeLessThan(docs.length / 3 + 100);
    }
    expect(docs.map((d) => shardOf(d, 7))).toEqual(docs.map((d) => shardOf({ id: d.id }, 7)));
  });

  it("refuses nonsense counts and specs, naming the problem", () => {
    expect(() => shardOf(docs[0], 0)).toThrow(/positive/);
    expect(parseShard("1/4")).toEqual({ index: 1, count: 4 });
    expect(() => parseShard("4/4")).toThrow(/0 <= i < n/);
    expect(() => parseShard("a/b")).toThrow(/i\/n/);
  });
});

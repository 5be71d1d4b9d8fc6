/**
 * Malformed and cache-missing input over HTTP: a forged cursor past 2^31 once reached Cypher (a 500
 * and ~26 log lines); 100 000 nested brackets in a variable overflowed the stack in the cache key;
 * distinct unused variables forced misses and the cache's parsed objects grew the heap past
 * RESPONSE_CACHE_MB.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { perFile } from "../helpers/per-file.js";
import { codes, type RunningApi, seededGraph, startApi } from "./api-harness.js";

const CACHE_MB = 8;

const graph = perFile(seededGraph);
const api = perFile(() => startApi(graph, { RESPONSE_CACHE_MB: String(CACHE_MB) }));

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
});
afterEach(() => vi.restoreAllMocks());

const cursorOf = (offset: number | string) => Buffer.from(`o:${offset}`).toString("base64url");
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("malformed input: a 400 and one log line", () => {
  it("a forged cursor past 2^31", async () => {
    for (const offset of [2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      logged = [];
      const r = await api.gql(`query($a: String) { claims(first: 5, after: $a) { totalCount } }`, {
        a: cursorOf(offset),
      });
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(logged).toHaveLength(1);
    }
    // the last real offset still pages
    const last = await api.gql(`query($a: String) { claims(first: 5, after: $a) { nodes { id } } }`, {
      a: cursorOf(2 ** 30),
    });
    expect(last.errors).toBeUndefined();
  });

  it("an impossible date (2021-02-30) is refused with the reason, not read as 2 March", async () => {
    const r = await api.gql(`query($from: DateTime) { claims(first: 1, filter: { from: $from }) { totalCount } }`, {
      from: "2021-02-30",
    });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0].message).toMatch(/2021-02 has 28 days/);
    const literal = await api.gql(`{ claims(first: 1, filter: { to: "2021-02-30T10:00:00Z" }) { totalCount } }`);
    expect(codes(literal)).toEqual(["BAD_USER_INPUT"]);
    expect(logged.length).toBeLessThanOrEqual(2);
  });

  it("100 000 nested brackets in an unused variable: answered as if absent", async () => {
    const body = `{"query":"query($s: String) { claims(first: 1, filter: { search: $s }) { totalCount } }","variables":{"s":"talks","deep":${nested(100_000)}}}`;
    const r = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { data: unknown }).data).toMatchObject({ claims: { totalCount: expect.any(Number) } });
    expect(logged).toEqual([]);
  });

  it("100 000 nested brackets in a used variable: refused", async () => {
    const body = `{"query":"query($ids: [ID!]) { claims(first: 1, filter: { actorIds: $ids }) { totalCount } }","variables":{"ids":${nested(100_000)}}}`;
    const r = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(r.status).toBe(400);
    const json = (await r.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
    expect(logged.length).toBeLessThanOrEqual(1);
  });
});

describe("the response cache under cache-missing load", () => {
  it("unused variables do not force misses", async () => {
    const q = `query($n: Int) { claims(first: $n) { totalCount } }`;
    await api.gql(q, { n: 3 });
    for (let i = 0; i < 5; i++)
      expect((await api.gql(q, { n: 3, unused: i })).headers.get("x-response-cache")).toBe("hit");
  });

  it("keeps the heap within RESPONSE_CACHE_MB while distinct queries miss", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // every document's text in each answer, a distinct (absent) document each time: all misses
    const q = `query($id: ID!) { documents(first: 100) { nodes { id text } } document(id: $id) { id } }`;
    const answerBytes = JSON.stringify({ data: (await api.gql(q, { id: "doc-warm-up" })).data }).length;
    const requests = Math.ceil((3 * CACHE_MB * 2 ** 20) / answerBytes); // three caches' worth
    /** Heap growth over the load on `target`, after a full collection on both sides. */
    const growth = async (target: RunningApi, tag: string) => {
      // a fresh server allocates once on its first requests (plans, pools, JIT): not what its load keeps
      await Promise.all(Array.from({ length: 16 }, (_, k) => target.gql(q, { id: `doc-warm-${tag}${k}` })));
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < requests; i += 16) {
        const batch = await Promise.all(
          Array.from({ length: 16 }, (_, k) => target.gql(q, { id: `doc-${tag}${i + k}` })),
        );
        for (const r of batch) expect(r.errors).toBeUndefined();
      }
      gc();
      return (process.memoryUsage().heapUsed - before) / 2 ** 20;
    };
    // the same load on a server without a cache: what the rest (sockets, driver, Apollo) keeps
    const uncached = await startApi(graph, { RESPONSE_CACHE_MB: "0" });
    const baseline = await growth(uncached, "base").finally(() => uncached.close());
    const cached = await growth(api, "miss");
    expect(cached - baseline).toBeLessThan(CACHE_MB * 1.25);
    expect(cached - baseline).toBeGreaterThan(CACHE_MB * 0.25); // the cache did fill (ASCII text takes a byte a character; it is counted as two)
  }, 300_000);
});

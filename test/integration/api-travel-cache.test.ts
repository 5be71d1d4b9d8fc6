/**
 * A claim's travel a page at a time (pages join up into the whole travel; the outlet path sums it
 * up), and the response cache over HTTP: a repeated query is a hit, and any write to the graph (a
 * review through the API, or a write by another process, as an ETL run is) makes the next answer
 * fresh.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../server/graph/driver.js";
import { testDriver } from "../helpers/neo4j.js";
import { perFile } from "../helpers/per-file.js";
import { API_TOKEN, bearer, type RunningApi, seededGraph, startApi } from "./api-harness.js";

interface Step {
  order: number;
  cursor: string;
  wordingChanged: boolean;
  document: { id: string };
  mentions: { id: string }[];
}

const TRAVEL = `query($id: ID!, $first: Int, $after: String) { claim(id: $id) {
  id text assertedCount deniedCount travelLength
  travel(first: $first, after: $after) { order cursor wordingChanged document { id } mentions { id } }
  outletPath { order firstAt documents assertedCount deniedCount source { id } } } }`;

type Claim = {
  id: string;
  text: string;
  assertedCount: number;
  deniedCount: number;
  travelLength: number;
  travel: Step[];
  outletPath: {
    order: number;
    firstAt: string | null;
    documents: number;
    assertedCount: number;
    deniedCount: number;
    source: { id: string };
  }[];
};

async function claim(on: RunningApi, id: string, first?: number, after?: string) {
  const r = await on.gql<{ claim: Claim }>(TRAVEL, { id, first, after });
  expect(r.errors).toBeUndefined();
  return { claim: r.data!.claim, cache: r.headers.get("x-response-cache") };
}

/** The claim whose travel has the most steps, so that paging has something to page through. */
async function longestTravel(): Promise<string> {
  const r = await api.gql<{ claims: { nodes: { id: string; outlets: number }[] } }>(
    `{ claims(first: 1, sort: OUTLETS) { nodes { id outlets } } }`,
  );
  return r.data!.claims.nodes[0].id;
}

const graph = perFile(seededGraph);
const api = perFile(() => startApi(graph));
const cold = perFile(() => startApi(graph, { RESPONSE_CACHE_MB: "0" }));

describe("travel pages", () => {
  it("joins pages of two steps, cursor after cursor, into the whole travel", async () => {
    const id = await longestTravel();
    const whole = (await claim(cold, id, 500)).claim;
    expect(whole.travelLength).toBe(whole.travel.length);
    expect(whole.travel.length).toBeGreaterThan(2);
    const paged: Step[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await claim(cold, id, 2, after)).claim.travel;
      expect(page.length).toBeLessThanOrEqual(2);
      if (page.length === 0) break;
      paged.push(...page);
      after = page.at(-1)!.cursor;
    }
    expect(paged).toEqual(whole.travel);
    expect(whole.travel.map((s) => s.order)).toEqual(whole.travel.map((_, i) => i + 1));
  });

  it("refuses a page larger than 500 steps and a cursor it did not give", async () => {
    const id = await longestTravel();
    const big = await cold.gql(TRAVEL, { id, first: 501 });
    expect(big.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const bad = await cold.gql(TRAVEL, { id, first: 2, after: "not-a-cursor" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("sums the whole travel up by outlet, in the order outlets first reported the claim", async () => {
    const id = await longestTravel();
    const { claim: c } = await claim(cold, id, 500);
    expect(c.outletPath.length).toBeGreaterThan(1);
    expect(c.outletPath.map((o) => o.order)).toEqual(c.outletPath.map((_, i) => i + 1));
    const times = c.outletPath.map((o) => (o.firstAt === null ? Infinity : Date.parse(o.firstAt)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(c.outletPath.map((o) => o.source.id)).size).toBe(c.outletPath.length);
    expect(c.outletPath.reduce((n, o) => n + o.assertedCount, 0)).toBe(c.assertedCount);
    expect(c.outletPath.reduce((n, o) => n + o.deniedCount, 0)).toBe(c.deniedCount);
    expect(c.outletPath.reduce((n, o) => n + o.documents, 0)).toBeLessThanOrEqual(c.travelLength);
  });
  it("counts the whole travel per UTC day, by stance and outlet kind", async () => {
    const id = await longestTravel();
    const r = await cold.gql<{
      claim: {
        travelLength: number;
        travel: { mentions: { stance: string; at: string | null; source: { kind: string } | null }[] }[];
        volume: {
          day: string;
          assertedCount: number;
          deniedCount: number;
          byKind: { kind: string | null; count: number }[];
        }[];
      };
    }>(
      `query($id: ID!) { claim(id: $id) { travelLength travel(first: 500) { mentions { stance at source { kind } } }
        volume { day assertedCount deniedCount byKind { kind count } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.claim;
    expect(c.travel.length).toBe(c.travelLength);
    const expected = new Map<string, { asserted: number; denied: number; byKind: Map<string | null, number> }>();
    for (const m of c.travel.flatMap((s) => s.mentions)) {
      if (m.at === null) continue;
      const day = new Date(m.at).toISOString().slice(0, 10);
      const counts = expected.get(day) ?? { asserted: 0, denied: 0, byKind: new Map() };
      if (m.stance === "DENIED") counts.denied++;
      else counts.asserted++;
      const kind = m.source?.kind ?? null;
      counts.byKind.set(kind, (counts.byKind.get(kind) ?? 0) + 1);
      expected.set(day, counts);
    }
    expect(c.volume.length).toBeGreaterThan(0);
    expect(c.volume.map((d) => d.day)).toEqual([...expected.keys()].sort());
    for (const d of c.volume) {
      const e = expected.get(d.day)!;
      expect([d.assertedCount, d.deniedCount], d.day).toEqual([e.asserted, e.denied]);
      expect(new Map(d.byKind.map((k) => [k.kind, k.count])), d.day).toEqual(e.byKind);
    }
  });
});

describe("response cache", () => {
  it("answers a repeated query from the cache, the same as without a cache", async () => {
    const id = await longestTravel();
    const first = await claim(api, id);
    const second = await claim(api, id);
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.claim).toEqual(first.claim);
    expect((await claim(cold, id)).claim).toEqual(first.claim);
    expect((await claim(cold, id)).cache).toBeNull();
  });

  it("answers fresh after another process writes to the graph", async () => {
    const id = await longestTravel();
    await claim(api, id);
    expect((await claim(api, id)).cache).toBe("hit");
    // Another driver stands for an ETL run in another process: it shares nothing with the server.
    const other = graphOf(testDriver());
    try {
      await other.write("MATCH (c:Claim {id: $id}) SET c.text = c.text + ' (edited)'", { id });
      const after = await claim(api, id);
      expect(after.cache).toBe("miss");
      expect(after.claim.text).toMatch(/ \(edited\)$/);
      await other.write(
        "MATCH (c:Claim {id: $id}) SET c.text = substring(c.text, 0, size(c.text) - size(' (edited)'))",
        { id },
      );
      expect((await claim(api, id)).claim.text).not.toMatch(/edited/);
    } finally {
      await other.driver.close();
    }
  });

  it("answers fresh after a review through the API", async () => {
    const id = await longestTravel();
    const before = (await claim(api, id)).claim;
    expect((await claim(api, id)).cache).toBe("hit");
    const edge = before.travel[0].mentions[0].id;
    const r = await api.gql(
      `mutation($id: ID!) { reviewEdge(id: $id, decision: REJECT) { id } }`,
      { id: edge },
      bearer(API_TOKEN),
    );
    expect(r.errors).toBeUndefined();
    expect(r.headers.get("x-response-cache")).toBeNull();
    const after = await claim(api, id);
    expect(after.cache).toBe("miss");
    expect(after.claim.travel.flatMap((s) => s.mentions.map((m) => m.id))).not.toContain(edge);
    expect(after.claim.assertedCount + after.claim.deniedCount).toBe(before.assertedCount + before.deniedCount - 1);
  });

  it("never caches answers with errors", async () => {
    const bad = await api.gql(`{ claim(id: "clm-nope nope") { id } }`);
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect(bad.headers.get("x-response-cache")).toBeNull();
    const again = await api.gql(`{ claim(id: "clm-nope nope") { id } }`);
    expect(again.headers.get("x-response-cache")).toBeNull();
  });
});

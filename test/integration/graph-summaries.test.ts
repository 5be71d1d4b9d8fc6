/**
 * The summaries the load writes (travel order on mentions, SUMMARY_IN per claim and outlet,
 * VOLUME per claim and day, SPEAKS_ON per speaker and claim, SOURCE_LINK and PUBLICATIONS per
 * source, RELAY_LINK per relay) are refreshed only for what a run changed: after any
 * sequence of loads, reviews and removals they must be what a clean load of the same data writes,
 * and a clean load's must agree with the mentions and documents they summarise.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticExtraction } from "../../bench/synthetic-extraction.js";
import type { MentionRow } from "../../server/api/rows.js";
import { travelOf } from "../../server/api/travel.js";
import { withProvenance } from "../../server/extract/provenance.js";
import type { Extraction } from "../../server/extract/types.js";
import { type Graph, graphOf } from "../../server/graph/driver.js";
import { loadExtraction } from "../../server/graph/load.js";
import { scopedId } from "../../server/graph/load-plan.js";
import { migrate } from "../../server/graph/migrate.js";
import { reviewEdge } from "../../server/graph/reviews.js";
import { testDriver, wipe } from "../helpers/neo4j.js";
import { counts, expectSameGraph, snapshot, wipeExceptReviews } from "./graph-snapshot.js";

let driver: Driver;
let graph: Graph;
const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : (v as number));
const time = (v: unknown) => (v === null ? null : new Date(String(v)).toISOString());
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

beforeAll(async () => {
  driver = testDriver();
  graph = graphOf(driver);
  await wipe(driver);
  await migrate(graph);
});
afterAll(async () => {
  await driver.close();
});

/** `a` with its documents from `keep` onwards replaced by `b`'s (other content, same files), and `drop` documents left out. */
function mix(a: Extraction, b: Extraction, keep: number, drop = 0): Extraction {
  const kept = new Set(a.documents.slice(0, keep).map((d) => d.id));
  const documents = [...a.documents.filter((d) => kept.has(d.id)), ...b.documents.filter((d) => !kept.has(d.id))];
  const present = new Set(documents.slice(0, documents.length - drop).map((d) => d.id));
  return withProvenance({
    ...b,
    documents: documents.filter((d) => present.has(d.id)),
    claims: [...a.claims, ...b.claims.map((c) => ({ ...c, id: c.id + "-b" }))]
      .map((c) => ({
        ...c,
        mentions: c.mentions.filter((m) => present.has(m.document) && kept.has(m.document) !== c.id.endsWith("-b")),
      }))
      .filter((c) => c.mentions.length > 0),
    citations: [
      ...a.citations.filter((c) => kept.has(c.document)),
      ...b.citations.filter((c) => !kept.has(c.document)),
    ].filter((c) => present.has(c.document)),
  });
}

describe("load-time summaries", () => {
  it("after loads that change, add and remove documents, and a review, equal a clean load's", async () => {
    const a = syntheticExtraction({ documents: 120, seed: 1 });
    const b = syntheticExtraction({ documents: 150, seed: 2 });
    const changed = mix(a, b, 60);
    const shrunk = mix(a, b, 60, 25);

    await loadExtraction(graph, a, { corpus: "syn" });
    await loadExtraction(graph, changed, { corpus: "syn" });
    // Reject the first mention of the most mentioned claim (in a document the last load keeps): its travel, counts and outlets change.
    const kept = shrunk.documents.map((d) => scopedId("syn", d.id));
    const [top] = await graph.read("MATCH (c:Claim) RETURN c.id AS id ORDER BY c.shown DESC, c.id LIMIT 1");
    const [mention] = await graph.read(
      "MATCH (m:Mention {claim: $id}) WHERE m.document IN $kept RETURN m.id AS id ORDER BY m.rank LIMIT 1",
      { id: top.get("id"), kept },
    );
    await reviewEdge(graph, { edge: mention.get("id"), decision: "reject" });
    const shrink = await loadExtraction(graph, shrunk, { corpus: "syn" });
    expect(shrink.documents.removed).toBe(25);
    const incremental = await snapshot(graph);

    await wipeExceptReviews(graph);
    await loadExtraction(graph, shrunk, { corpus: "syn" });
    expect(await counts(graph)).toMatchObject({
      SUMMARY_IN: expect.any(Number),
      SOURCE_LINK: expect.any(Number),
      VOLUME: expect.any(Number),
      SPEAKS_ON: expect.any(Number),
      RELAY_LINK: expect.any(Number),
      PUBLICATIONS: expect.any(Number),
    });
    expectSameGraph(await snapshot(graph), incremental);
  });

  it("store each claim's travel order and per-outlet counts as its mentions give them", async () => {
    const rows = await graph.read(
      `MATCH (d:Document)-[:HAS_MENTION]->(m:Mention)-[:OF]->(c:Claim)
       OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
       RETURN m {.id, .start, .stance, .reviewed, .step, .rank, claim: c.id, document: d.id, source: s.id, at: toString(m.at)} AS m`,
    );
    const byClaim = new Map<string, (MentionRow & { step: number | null; rank: number | null })[]>();
    for (const r of rows) {
      const m = r.get("m");
      const row = {
        ...m,
        start: num(m.start),
        at: time(m.at),
        step: m.step === null ? null : num(m.step),
        rank: m.rank === null ? null : num(m.rank),
        evidence: "",
      };
      byClaim.set(row.claim, [...(byClaim.get(row.claim) ?? []), row]);
    }
    expect(byClaim.size).toBeGreaterThan(10);

    const outlets = await graph.read(
      "MATCH (c:Claim)-[r:SUMMARY_IN]->(s:Source) RETURN c.id AS claim, s.id AS source, r.documents AS documents, r.asserted AS asserted, r.denied AS denied, toString(r.first) AS first",
    );
    const stored = new Map(
      outlets.map((r) => [
        `${r.get("claim")} ${r.get("source")}`,
        [num(r.get("documents")), num(r.get("asserted")), num(r.get("denied")), time(r.get("first"))],
      ]),
    );
    const expected = new Map<string, [number, number, number, string | null]>();

    let rejected = 0;
    for (const [claim, mentions] of byClaim) {
      const shown = mentions.filter((m) => m.reviewed !== "rejected");
      rejected += mentions.length - shown.length;
      for (const m of mentions.filter((m) => m.reviewed === "rejected")) expect([m.step, m.rank]).toEqual([null, null]);
      // The stored order is the order travel.ts gives the claim's mentions.
      const travel = travelOf(shown);
      expect(shown.map((m) => [m.id, m.step]).sort(), claim).toEqual(
        travel.flatMap((s) => s.mentions.map((m) => [m.id, s.order])).sort(),
      );
      expect(
        travel.flatMap((s) => s.mentions.map((m) => mentions.find((x) => x.id === m.id)!.rank)),
        claim,
      ).toEqual(shown.map((_, i) => i + 1));
      for (const m of shown.filter((m) => m.source)) {
        const key = `${claim} ${m.source}`;
        const [documents, asserted, denied, first] = expected.get(key) ?? [0, 0, 0, null];
        const newDocument = !shown.some(
          (x) => x !== m && x.source === m.source && x.document === m.document && x.id < m.id,
        );
        const earliest = [first, m.at].filter((t): t is string => t !== null).sort()[0] ?? null;
        expected.set(key, [
          documents + (newDocument ? 1 : 0),
          asserted + (m.stance === "asserted" ? 1 : 0),
          denied + (m.stance === "denied" ? 1 : 0),
          earliest,
        ]);
      }
    }
    expect(rejected).toBe(1);
    expect(stored).toEqual(expected);
  });

  it("store each claim's mentions per UTC day, by stance and outlet kind, as its mentions give them", async () => {
    const mentions = await graph.read(
      `MATCH (d:Document)-[:HAS_MENTION]->(m:Mention)-[:OF]->(c:Claim)
       WHERE coalesce(m.reviewed, '') <> 'rejected' AND m.at IS NOT NULL
       OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
       RETURN c.id AS claim, toString(m.at) AS at, m.stance AS stance, s.kind AS kind`,
    );
    type Day = { asserted: number; denied: number; byKind: Record<string, number> };
    const expected = new Map<string, Day>();
    for (const r of mentions) {
      const key = `${r.get("claim")} ${new Date(r.get("at")).toISOString().slice(0, 10)}`;
      const day = expected.get(key) ?? { asserted: 0, denied: 0, byKind: {} };
      day[r.get("stance") as "asserted" | "denied"]++;
      const kind = r.get("kind") ?? "";
      day.byKind[kind] = (day.byKind[kind] ?? 0) + 1;
      expected.set(key, day);
    }
    expect(new Set([...expected.keys()].map((k) => k.split(" ")[0])).size).toBeGreaterThan(10);

    const stored = await graph.read(
      `MATCH (c:Claim)-[v:VOLUME]->(c)
       RETURN c.id AS claim, toString(v.day) AS day, v.asserted AS asserted, v.denied AS denied, v.kinds AS kinds, v.kindCounts AS kindCounts`,
    );
    const days = new Map<string, Day>(
      stored.map((r) => {
        const kinds = r.get("kinds") as string[];
        // kinds are stored sorted, each once
        expect(kinds).toEqual([...new Set(kinds)].sort());
        return [
          `${r.get("claim")} ${r.get("day")}`,
          {
            asserted: num(r.get("asserted")),
            denied: num(r.get("denied")),
            byKind: Object.fromEntries(kinds.map((k, i) => [k, num(r.get("kindCounts")[i])])),
          },
        ];
      }),
    );
    expect(days).toEqual(expected);
  });

  it("store per speaker and claim its mentions and stances, as the mentions and edges give them", async () => {
    const rows = await graph.read(
      `MATCH (m:Mention)-[:OF]->(c:Claim), (m)-[:BY]->(a:Actor)
       RETURN a.id AS actor, c.id AS claim, m.id AS id, toString(m.at) AS at, m.stance AS stance,
         coalesce(m.reviewed, '') = 'rejected' AS rejected, m.via[0] AS relay`,
    );
    type Stance = { n: number; at: string | null; ids: string[]; relayed: number; relays: string[] };
    const stance = (ms: typeof mentions): Stance => ({
      n: ms.length,
      at: ms[0]?.at ?? null,
      ids: ms.slice(0, 20).map((m) => m.id),
      relayed: ms.filter((m) => m.relay).length,
      relays: [...new Set(ms.flatMap((m) => (m.relay ? [m.relay] : [])))],
    });
    // By time (unknown last), then id: the order of a stance edge's mention ids.
    const mentions = rows
      .map((r) => ({
        actor: r.get("actor") as string,
        claim: r.get("claim") as string,
        id: r.get("id") as string,
        at: time(r.get("at")),
        stance: r.get("stance") as string,
        rejected: r.get("rejected") as boolean,
        relay: r.get("relay") as string | null,
      }))
      .sort((x, y) => byText(x.at ?? "~", y.at ?? "~") || byText(x.id, y.id));
    const expected = new Map<string, unknown>();
    for (const key of new Set(mentions.map((m) => `${m.actor} ${m.claim}`))) {
      const mine = mentions.filter((m) => `${m.actor} ${m.claim}` === key);
      const shown = (s: string) => mine.filter((m) => !m.rejected && m.stance === s);
      expected.set(key, {
        mentions: mine.length,
        firstAt: mine.map((m) => m.at).filter((t) => t !== null)[0] ?? null,
        asserted: stance(shown("asserted")),
        denied: stance(shown("denied")),
      });
    }
    const stored = await graph.read(
      `MATCH (a:Actor)-[r:SPEAKS_ON]->(c:Claim)
       RETURN a.id + ' ' + c.id AS key, r {.*, firstAt: toString(r.firstAt), assertedAt: toString(r.assertedAt), deniedAt: toString(r.deniedAt)} AS r`,
    );
    const summaries = new Map(
      stored.map((row) => {
        const r = row.get("r");
        const of = (k: "asserted" | "denied"): Stance => ({
          n: num(r[k]),
          at: time(r[`${k}At`]),
          ids: r[`${k}Ids`],
          relayed: num(r[`${k}Relayed`]),
          relays: r[`${k}Relays`],
        });
        return [
          row.get("key") as string,
          { mentions: num(r.mentions), firstAt: time(r.firstAt), asserted: of("asserted"), denied: of("denied") },
        ];
      }),
    );
    expect(expected.size).toBeGreaterThan(10);
    expect(summaries).toEqual(expected);
  });

  it("store per relay whose accounts it passes on, and per source its documents, as the mentions and documents give them", async () => {
    const chains = await graph.read(
      "MATCH (m:Mention) WHERE size(m.via) > 0 RETURN m.id AS id, m.via + [m.actor] AS chain, toString(m.at) AS at",
    );
    const expected = new Map<string, { mentions: Set<string>; first: string | null }>();
    for (const r of chains) {
      const chain = r.get("chain") as string[];
      for (let i = 0; i < chain.length - 1; i++) {
        const key = `${chain[i]} ${chain[i + 1]}`;
        const link = expected.get(key) ?? { mentions: new Set<string>(), first: null };
        link.mentions.add(r.get("id"));
        const at = time(r.get("at"));
        if (at !== null && (link.first === null || at < link.first)) link.first = at;
        expected.set(key, link);
      }
    }
    const links = await graph.read(
      "MATCH (p)-[l:RELAY_LINK]->(t) RETURN p.id + ' ' + t.id AS key, l.mentions AS mentions, toString(l.first) AS first",
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(
      new Map(links.map((l) => [l.get("key"), { mentions: num(l.get("mentions")), first: time(l.get("first")) }])),
    ).toEqual(new Map([...expected].map(([k, v]) => [k, { mentions: v.mentions.size, first: v.first }])));

    const sources = await graph.read(
      `MATCH (s:Source)
       OPTIONAL MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
       WITH s, count(d) AS documents, toString(min(d.publishedAt)) AS first
       OPTIONAL MATCH (s)-[p:PUBLICATIONS]->(s)
       RETURN s.id AS id, documents, first, p.documents AS stored, toString(p.first) AS storedFirst`,
    );
    for (const r of sources) {
      const documents = num(r.get("documents"));
      expect([r.get("stored") === null ? null : num(r.get("stored")), time(r.get("storedFirst"))], r.get("id")).toEqual(
        [documents > 0 ? documents : null, time(r.get("first"))],
      );
    }
  });

  it("store per source whom its documents cite and copy", async () => {
    const rows = await graph.read(
      `MATCH (s:Source)<-[:PUBLISHED_BY]-(d:Document)-[c:CITES]->(p) WHERE p <> s
       RETURN s.id AS source, p.id AS party, c.kind AS kind, count(DISTINCT d) AS n`,
    );
    const links = await graph.read(
      "MATCH (s:Source)-[l:SOURCE_LINK]->(p) RETURN s.id AS source, p.id AS party, l.cites AS cites, l.reprints AS reprints",
    );
    const byPair = new Map(
      links.map((l) => [
        `${l.get("source")} ${l.get("party")}`,
        { cites: num(l.get("cites")), reprints: num(l.get("reprints")) },
      ]),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const link = byPair.get(`${r.get("source")} ${r.get("party")}`);
      expect(link?.[r.get("kind") === "reprint" ? "reprints" : "cites"]).toBe(num(r.get("n")));
    }
  });
});

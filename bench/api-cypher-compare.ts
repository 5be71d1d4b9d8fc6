/**
 * Same-graph comparison of two versions of the API's Cypher (a folder holding mentions, claim-outlets,
 * graph-neighbours and graph-elements .cypher): db hits from PROFILE and wall time, for the travel
 * page and the depth-2 graph the API benchmark asks for. Run it once per folder on one loaded graph:
 *   mkdir -p /tmp/old && for f in mentions claim-outlets graph-neighbours graph-elements; do git show main:cypher/api/$f.cypher > /tmp/old/$f.cypher; done
 *   NEO4J_URI=bolt://… npx tsx bench/api-cypher-compare.ts /tmp/old; NEO4J_URI=bolt://… npx tsx bench/api-cypher-compare.ts cypher/api
 */

import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { addHop, type Candidate, idsByKind, type NodeKind } from "../server/api/graph-view.js";

const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687");
const conv = (v: any): any =>
  Array.isArray(v)
    ? v.map(conv)
    : v && typeof v === "object" && !neo4j.isInt(v)
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, conv(x)]))
      : Number.isInteger(v)
        ? neo4j.int(v)
        : v;
const sum = (p: any): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n: number, c: any) => n + sum(c), 0);
async function run(dir: string, name: string, params: any, tally: { hits: number; ms: number }) {
  const s = driver.session();
  const t = Date.now();
  const r = await s.run("PROFILE " + readFileSync(`${dir}/${name}.cypher`, "utf8"), conv(params));
  tally.ms += Date.now() - t;
  tally.hits += sum(r.summary.profile);
  await s.close();
  return r.records.map((x) => x.toObject());
}
const num = (v: any) => (neo4j.isInt(v) ? v.toNumber() : v);
async function graph(dir: string, claim: string) {
  const tally = { hits: 0, ms: 0 };
  const selected = new Map<string, NodeKind>();
  let { added: frontier } = addHop(selected, [{ id: claim, kind: "CLAIM", weight: 0 }], 200);
  for (let hop = 0; hop < 2 && frontier.length; hop++) {
    const rows = (await run(dir, "graph-neighbours", idsByKind(frontier), tally)).map((r: any) => ({
      ...r,
      weight: num(r.weight),
    })) as Candidate[];
    frontier = addHop(selected, rows, 200).added;
  }
  const [el] = await run(dir, "graph-elements", idsByKind(selected), tally);
  return { ...tally, nodes: (el.nodes as any[]).length, edges: (el.edges as any[]).length };
}
async function travel(dir: string, claim: string) {
  const tally = { hits: 0, ms: 0 };
  const [row] = await run(
    dir,
    "mentions",
    { ids: [], claimIds: [], documentIds: [], travel: [{ claim, skip: 0, limit: 100 }], pages: [] },
    tally,
  );
  await run(dir, "claim-outlets", { ids: [claim] }, tally);
  return { ...tally, mentions: (row.mentions as any[]).length };
}
const s = driver.session();
const claims = (await s.run("MATCH (c:Claim) RETURN c.id AS id ORDER BY c.shown DESC")).records.map(
  (r) => r.get("id") as string,
);
await s.close();
const top = claims[0],
  median = claims[Math.floor(claims.length / 2)];
for (const [label, f] of [
  ["travel, most reported claim", () => travel(process.argv[2], top)],
  ["travel, median claim", () => travel(process.argv[2], median)],
  ["graph depth 2 around median claim", () => graph(process.argv[2], median)],
  ["graph depth 2 around most reported claim", () => graph(process.argv[2], top)],
] as const) {
  const r = await f();
  console.log(JSON.stringify({ dir: process.argv[2], label, ...r }));
}
await driver.close();

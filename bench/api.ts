/**
 * `npx tsx bench/api.ts [--docs 1000] [--duration 10] [--connections 10] [--write]`: load test of the
 * GraphQL API over loopback HTTP with autocannon, bounded in time per scenario.
 *
 * Scenarios: a claim with its travel (the client's travel view) for a median claim, a full-text
 * search, a graph neighbourhood, and the travel of the most travelled claim (the heaviest, last).
 * The median claim is also run on a second server with DataLoader batching and priming off (one
 * Cypher query per parent object, the N+1 way) as the baseline. Each gives p50/p95/p99 latency and
 * requests per second; a warm-up precedes each, and each starts once the previous one's requests
 * have all been answered.
 *
 * Graph: NEO4J_URI when set (as `npm run bench` does, after its ETL loaded the corpus); otherwise a
 * throwaway local Neo4j loaded with a synthetic extraction of --docs documents. With --write the
 * figures replace the "API" section of bench/RESULTS.md; with --json one JSON line is printed for
 * bench/run.ts.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { Command } from "commander";
import { createApp, type ApiServer } from "../server/api/app.js";
import { apiConfig } from "../server/api/config.js";
import { openGraph, type Graph } from "../server/graph/driver.js";
import { loadExtraction } from "../server/graph/load.js";
import { migrate } from "../server/graph/migrate.js";
import { startLocalNeo4j, type LocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";
import { syntheticExtraction } from "./synthetic-extraction.js";

const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));
const SECTION = "API";

/** The client's travel view query (client/src/api/queries.ts fetchTravel), field for field. */
const TRAVEL = `query Travel($id: ID!) { claim(id: $id) {
  id text firstSeen outlets assertedCount deniedCount contested
  travel { order at wordingChanged
    document { id title url publishedAt file source { id name kind } }
    source { id name kind }
    mentions { id stance evidence start end confidence cue at actor { id name kind source { id } } via { id name type kind }
      document { id title url publishedAt file source { id name kind } } }
    cites { kind party { id name type } }
    reprintOf { id } } } }`;
const SEARCH = `query Search($q: String) { claims(filter: { search: $q }, first: 50) { totalCount nodes { id text firstSeen outlets assertedCount deniedCount contested } } }`;
const GRAPH = `query Graph($ids: [ID!]) { graph(claimIds: $ids, depth: 2, limit: 200) { truncated
  nodes { id kind label weight time contested } edges { id source target kind label weight time stance contested mentionIds } } }`;

interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  baseline?: boolean;
}

interface Measured {
  name: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies come from every response (autocannon's own histogram has no p95). */
function cannon(url: string, s: Scenario, seconds: number, connections: number): Promise<Measured> {
  const body = JSON.stringify({ query: s.query, variables: s.variables });
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${url}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration: seconds },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          name: s.name,
          requests: result.requests.total,
          errors: result.errors + result.non2xx + result.timeouts,
          rps: result.requests.total / (result.duration || seconds),
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          bytes: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
        });
      },
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${json.errors[0].message}`);
  return json.data!;
}

/** Picks what to ask for from the graph itself: nothing is tied to one corpus. */
async function scenarios(url: string): Promise<Scenario[]> {
  const { claims } = await gql(url, `{ claims(first: 100, sort: OUTLETS) { nodes { id text outlets assertedCount deniedCount } } }`);
  const nodes = claims.nodes as { id: string; text: string; outlets: number; assertedCount: number; deniedCount: number }[];
  if (nodes.length === 0) throw new Error("the graph has no claims: load a corpus first");
  const top = nodes[0];
  const median = nodes[Math.floor(nodes.length / 2)];
  const word = (median.text.match(/[A-Za-z]{5,}/g) ?? [median.text.split(/\s+/)[0]]).sort((a, b) => b.length - a.length)[0];
  return [
    { name: `claim(id) + travel, median claim (${median.assertedCount + median.deniedCount} mentions)`, query: TRAVEL, variables: { id: median.id }, baseline: true },
    { name: `search "${word}" (first 50)`, query: SEARCH, variables: { q: word } },
    { name: "graph around a claim (depth 2, limit 200)", query: GRAPH, variables: { ids: [median.id] } },
    { name: `claim(id) + travel, most travelled claim (${top.assertedCount + top.deniedCount} mentions, ${top.outlets} outlets)`, query: TRAVEL, variables: { id: top.id } },
  ];
}

async function prepareGraph(docs: number): Promise<{ graph: Graph; neo4j?: LocalNeo4j; dataDir?: string; source: string }> {
  if (process.env.NEO4J_URI) return { graph: await openGraph(), source: `the graph at NEO4J_URI` };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-bench-api-"));
  const neo4j = await startLocalNeo4j({ boltPort: await freePort(), httpPort: 0, dataDir });
  const graph = await openGraph({ uri: neo4j.uri });
  await migrate(graph);
  const { extraction, texts } = syntheticExtraction({ documents: docs, seed: 7 });
  await loadExtraction(graph, extraction, { corpus: "bench-api", texts });
  return { graph, neo4j, dataDir, source: `a synthetic extraction of ${docs} documents (bench/synthetic-extraction.ts) in a throwaway Neo4j` };
}

interface Served {
  server: ApiServer;
  url: string;
  /** Resolves once no request is being served: autocannon stops sending, but what it sent still runs. */
  settled(): Promise<void>;
}

async function serve(graph: Graph, batchLoads: boolean): Promise<Served> {
  const server = await createApp(graph, apiConfig({ RATE_LIMIT_MAX: "0", NODE_ENV: "production" }), { batchLoads });
  let active = 0;
  server.httpServer.on("request", (_req, res) => {
    active += 1;
    res.once("close", () => (active -= 1));
  });
  const settled = async () => {
    while (active > 0) await new Promise((r) => setTimeout(r, 50));
  };
  return { server, url: await server.listen(0), settled };
}

const ms = (v: number) => (Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(2) : v.toFixed(1));

function table(rows: Measured[]): string {
  return [
    "| scenario | p50 ms | p95 ms | p99 ms | req/s | requests | errors | bytes/resp |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.rps)} | ${r.requests} | ${r.errors} | ${r.bytes} |`),
  ].join("\n");
}

async function main(): Promise<void> {
  const opts = new Command()
    .option("--docs <n>", "synthetic documents when NEO4J_URI is not set", "1000")
    .option("--corpus <dir>", "the corpus bench/run.ts loaded (named in the output only)")
    .option("--duration <s>", "seconds per scenario (after a warm-up of a fifth of it)", "10")
    .option("--connections <n>", "concurrent connections", "10")
    .option("--json", "print one JSON line for bench/run.ts")
    .option("--write", "replace the API section of bench/RESULTS.md")
    .parse()
    .opts<{ docs: string; corpus?: string; duration: string; connections: string; json?: boolean; write?: boolean }>();
  const seconds = Number(opts.duration);
  const connections = Number(opts.connections);

  const { graph, neo4j, dataDir, source } = await prepareGraph(Number(opts.docs));
  const measured: Measured[] = [];
  const optimised = await serve(graph, true);
  const baseline = await serve(graph, false);
  try {
    // Each scenario right before its baseline, so both see the same machine; the heaviest last.
    for (const s of await scenarios(optimised.url)) {
      const runs: [Served, Scenario][] = [[optimised, s]];
      if (s.baseline) runs.push([baseline, { ...s, name: `baseline, no batching or priming (N+1): ${s.name}` }]);
      for (const [served, scenario] of runs) {
        await gql(served.url, scenario.query, scenario.variables);
        await cannon(served.url, scenario, Math.max(1, Math.round(seconds / 5)), connections);
        await served.settled();
        const m = await cannon(served.url, scenario, seconds, connections);
        await served.settled();
        measured.push(m);
        if (!opts.json) console.error(`${m.name}: p50 ${ms(m.p50)} ms, p95 ${ms(m.p95)} ms, p99 ${ms(m.p99)} ms, ${Math.round(m.rps)} req/s`);
      }
    }
  } finally {
    await optimised.server.close();
    await baseline.server.close();
    await graph.close();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const m = machine();
  const claim = measured[0];
  const verdict =
    claim && claim.p95 <= 20 && claim.rps >= 1_000
      ? `Targets met for the median claim: p95 ${ms(claim.p95)} ms, ${Math.round(claim.rps)} req/s.`
      : `Targets NOT met on this run for the median claim: p95 ${claim ? ms(claim.p95) : "–"} ms (target ≤ 20), ${claim ? Math.round(claim.rps) : 0} req/s (target ≥ 1 000).`;
  const markdown = [
    `Measured ${m.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, commit ${m.commit};`,
    `load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (other work on the machine slows every figure).`,
    `Graph: ${opts.corpus ? `the corpus ${opts.corpus} loaded by the ETL` : source}. Server: createApp on loopback, rate limit off;`,
    `autocannon, ${connections} connections, ${seconds} s per scenario after a warm-up; latencies from every response.`,
    `Command: \`npx tsx bench/api.ts --docs ${opts.docs} --duration ${seconds} --connections ${connections}${opts.write ? " --write" : ""}\`.`,
    "",
    table(measured),
    "",
    verdict,
    "The baseline row runs the same query on a second server with DataLoader batching and priming off (one Cypher",
    "query per parent object, N+1) to show what they buy. Server, Neo4j and autocannon share the machine's cores.",
  ].join("\n");

  if (opts.write) await writeFile(RESULTS, replaceSection(await readFile(RESULTS, "utf8").catch(() => ""), SECTION, markdown));
  if (opts.json) {
    const results = measured.flatMap((r) => [
      { name: `${r.name} p50`, value: r.p50, unit: "ms" },
      { name: `${r.name} p95`, value: r.p95, unit: "ms" },
      { name: `${r.name} p99`, value: r.p99, unit: "ms" },
      { name: `${r.name} req/s`, value: Math.round(r.rps), unit: "req/s" },
    ]);
    console.log(JSON.stringify({ results, markdown }));
  } else console.log(markdown);
}

main().catch((e: Error) => {
  console.error(`bench/api: ${e.message}`);
  process.exit(1);
});

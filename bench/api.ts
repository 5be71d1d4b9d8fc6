/**
 * `npx tsx bench/api.ts [--docs 10000] [--duration 10] [--connections 10] [--write]`: load test of the
 * GraphQL API over loopback HTTP with autocannon, bounded in time per scenario.
 *
 * Scenarios: a claim with its travel (the client's travel view) spread over many claims (a seeded
 * sample of all claims, and the 100 most reported), a full-text search, a graph neighbourhood, and
 * the travel of the most travelled claim (the heaviest, last). Each claim scenario runs on three
 * servers over the same graph: "warm", with the response cache on, after one request per claim
 * filled it; "cold", the cache off (what a first request costs); and the baseline, the cache off and
 * DataLoader batching and priming off too (one Cypher query per parent object, the N+1 way). Each
 * gives p50/p95/p99 latency and requests per second; a warm-up precedes each, and each starts once
 * the previous one's requests have all been answered. Each server is a child process, apart from
 * autocannon's.
 *
 * Graph: NEO4J_URI when set (as `npm run bench` does, after its ETL loaded the corpus); otherwise a
 * throwaway local Neo4j loaded with a synthetic extraction of --docs documents. With --write the
 * figures replace the "API" section of bench/RESULTS.md; with --json one JSON line is printed for
 * bench/run.ts.
 */
import { fork } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { Command } from "commander";
import { createApp } from "../server/api/app.js";
import { apiConfig } from "../server/api/config.js";
import { numberOption } from "../server/cli/options.js";
import { createRng } from "../server/gen/prng.js";
import { type Graph, openGraph } from "../server/graph/driver.js";
import { loadExtraction } from "../server/graph/load.js";
import { migrate } from "../server/graph/migrate.js";
import { type LocalNeo4j, startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { gqlData } from "../test/helpers/gql.js";
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
  /** One set per request, in turn: requests spread over many claims, not one. */
  variables: Record<string, unknown>[];
  /** Also run on the warm (cache on) and the N+1 baseline servers, not only the cold one. */
  warm?: boolean;
  baseline?: boolean;
}

type ServerKind = "warm" | "cold" | "baseline";

interface Measured {
  name: string;
  server: ServerKind;
  /** Share of answers the response cache gave (warm server only). */
  hits?: number;
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
function cannon(url: string, s: Scenario, server: ServerKind, seconds: number, connections: number): Promise<Measured> {
  const bodies = s.variables.map((variables) => JSON.stringify({ query: s.query, variables }));
  let next = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json" },
        connections,
        duration: seconds,
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          name: s.name,
          server,
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
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      latencies.push(responseTime),
    );
  });
}

/** Picks what to ask for from the graph itself: nothing is tied to one corpus. */
async function scenarios(url: string, graph: Graph, sample: number): Promise<Scenario[]> {
  const { claims } = await gqlData(
    url,
    `{ claims(first: 100, sort: OUTLETS) { nodes { id text outlets assertedCount deniedCount } } }`,
  );
  const nodes = claims.nodes as {
    id: string;
    text: string;
    outlets: number;
    assertedCount: number;
    deniedCount: number;
  }[];
  if (nodes.length === 0) throw new Error("the graph has no claims: load a corpus first");
  const top = nodes[0];
  const median = nodes[Math.floor(nodes.length / 2)];
  const word = (median.text.match(/[A-Za-z]{5,}/g) ?? [median.text.split(/\s+/)[0]]).sort(
    (a, b) => b.length - a.length,
  )[0];
  const all = (await graph.read("MATCH (c:Claim) RETURN c.id AS id ORDER BY id")).map((r) => r.get("id") as string);
  const sampled = createRng("bench-api").sample(all, sample);
  const ids = (list: string[]) => list.map((id) => ({ id }));
  return [
    {
      name: `claim(id) + travel, ${sampled.length} claims sampled from all ${all.length}`,
      query: TRAVEL,
      variables: ids(sampled),
      warm: true,
      baseline: true,
    },
    {
      name: `claim(id) + travel, the ${nodes.length} most reported claims`,
      query: TRAVEL,
      variables: ids(nodes.map((n) => n.id)),
      warm: true,
      baseline: true,
    },
    { name: `search "${word}" (first 50)`, query: SEARCH, variables: [{ q: word }] },
    { name: "graph around a claim (depth 2, limit 200)", query: GRAPH, variables: [{ ids: [median.id] }], warm: true },
    {
      name: `claim(id) + travel (first 100 steps), most travelled claim (${top.assertedCount + top.deniedCount} mentions, ${top.outlets} outlets)`,
      query: TRAVEL,
      variables: [{ id: top.id }],
      warm: true,
    },
  ];
}

async function prepareGraph(
  docs: number,
): Promise<{ graph: Graph; neo4j?: LocalNeo4j; dataDir?: string; source: string }> {
  if (process.env.NEO4J_URI) return { graph: await openGraph(), source: `the graph at NEO4J_URI` };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-bench-api-"));
  const neo4j = await startLocalNeo4j({ boltPort: await freePort(), httpPort: 0, dataDir });
  const graph = await openGraph({ uri: neo4j.uri });
  await migrate(graph);
  const extraction = syntheticExtraction({ documents: docs, seed: 7 });
  await loadExtraction(graph, extraction, { corpus: "bench-api" });
  return {
    graph,
    neo4j,
    dataDir,
    source: `a synthetic extraction of ${docs} documents (bench/synthetic-extraction.ts) in a throwaway Neo4j`,
  };
}

interface Served {
  url: string;
  /**
   * Resolves once no request is being served (autocannon stops sending, but what it sent still
   * runs), with the answers given and the cache hits among them since the previous call.
   */
  settled(): Promise<{ answers: number; hits: number }>;
  close(): Promise<void>;
}

/**
 * Each server runs in a child process of its own (this file with --serve), so that autocannon,
 * here, does not share the server's event loop: on one thread it would take half its time. The
 * child opens the graph at `uri` (a throwaway local Neo4j), else the one NEO4J_URI names.
 */
async function serve(kind: ServerKind, uri: string | undefined): Promise<Served> {
  const child = fork(fileURLToPath(import.meta.url), ["--serve", kind, ...(uri ? ["--serve-uri", uri] : [])], {
    stdio: ["ignore", "inherit", "pipe", "ipc"],
  });
  // Each server's log lines (a refused request, say) name the server they come from.
  createInterface({ input: child.stderr! }).on("line", (line) => console.error(`[${kind} server] ${line}`));
  const reply = <T>() =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the ${kind} server exited (code ${code})`));
      child.once("exit", onExit);
      child.once("message", (m) => {
        child.off("exit", onExit);
        resolve(m as T);
      });
    });
  const { url } = await reply<{ url: string }>();
  return {
    url,
    settled: () => {
      const answer = reply<{ answers: number; hits: number }>();
      child.send("settled");
      return answer;
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send("close");
      await exited;
    },
  };
}

/** The child's side of serve(): one API server, counting answers and cache hits. */
async function serveChild(kind: ServerKind, uri: string | undefined): Promise<void> {
  const graph = await openGraph(uri ? { uri } : {});
  const env = { RATE_LIMIT_MAX: "0", NODE_ENV: "production", RESPONSE_CACHE_MB: kind === "warm" ? "256" : "0" };
  const server = await createApp(graph, apiConfig(env), { batchLoads: kind !== "baseline" });
  let active = 0;
  let answers = 0;
  let hits = 0;
  server.httpServer.on("request", (_req, res) => {
    active += 1;
    res.once("close", () => {
      active -= 1;
      answers += 1;
      if (res.getHeader("x-response-cache") === "hit") hits += 1;
    });
  });
  process.send!({ url: await server.listen(0) });
  process.on("message", async (message) => {
    if (message === "settled") {
      while (active > 0) await new Promise((r) => setTimeout(r, 50));
      process.send!({ answers, hits });
      answers = hits = 0;
    } else if (message === "close") {
      await server.close();
      await graph.close();
      process.exit(0);
    }
  });
}

const ms = (v: number) => (Number.isNaN(v) ? "–" : v < 10 ? v.toFixed(2) : v.toFixed(1));

const SERVER_NAMES: Record<ServerKind, string> = {
  warm: "warm (cache on, filled)",
  cold: "cold (cache off)",
  baseline: "baseline (cache off, N+1)",
};

function table(rows: Measured[]): string {
  return [
    "| scenario | server | p50 ms | p95 ms | p99 ms | req/s | requests | errors | bytes/resp | cache hits |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${SERVER_NAMES[r.server]} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.rps)} | ${r.requests} | ${r.errors} | ${r.bytes} | ${r.hits === undefined ? "–" : `${Math.round(r.hits * 100)} %`} |`,
    ),
  ].join("\n");
}

/** Same-run ratios to the N+1 baseline (p95 and throughput), per scenario that has one. */
function ratios(rows: Measured[]): string[] {
  return rows
    .filter((r) => r.server === "baseline")
    .flatMap((base) =>
      rows
        .filter((r) => r.name === base.name && r.server !== "baseline")
        .map((r) =>
          base.requests === 0
            ? `- ${r.name}, ${SERVER_NAMES[r.server]}: the baseline answered no request within the run.`
            : `- ${r.name}, ${SERVER_NAMES[r.server]}: p95 ${(base.p95 / r.p95).toFixed(1)}x lower, ${(r.rps / base.rps).toFixed(1)}x the requests per second of the baseline.`,
        ),
    );
}

function verdict(r: Measured | undefined): string {
  if (!r) return "";
  const met = r.p95 <= 20 && r.rps >= 1_000;
  return `Targets (p95 ≤ 20 ms, ≥ 1 000 req/s) ${met ? "met" : "NOT met"} for ${r.name}, ${SERVER_NAMES[r.server]}: p95 ${ms(r.p95)} ms, ${Math.round(r.rps)} req/s.`;
}

async function main(): Promise<void> {
  const opts = new Command()
    .option("--docs <n>", "synthetic documents when NEO4J_URI is not set", numberOption, 10000)
    .option("--corpus <dir>", "the corpus bench/run.ts loaded (named in the output only)")
    .option("--duration <s>", "seconds per scenario (after a warm-up of a fifth of it)", numberOption, 10)
    .option("--connections <n>", "concurrent connections", numberOption, 10)
    .option("--claims <n>", "claims sampled for the spread claim scenario", numberOption, 1000)
    .option("--json", "print one JSON line for bench/run.ts")
    .option("--write", "replace the API section of bench/RESULTS.md")
    .parse()
    .opts<{
      docs: number;
      corpus?: string;
      duration: number;
      connections: number;
      claims: number;
      json?: boolean;
      write?: boolean;
    }>();
  const { duration: seconds, connections } = opts;

  const { graph, neo4j, dataDir, source } = await prepareGraph(opts.docs);
  const measured: Measured[] = [];
  const uri = neo4j?.uri;
  const servers: Record<ServerKind, Served> = {
    warm: await serve("warm", uri),
    cold: await serve("cold", uri),
    baseline: await serve("baseline", uri),
  };
  let size = "";
  try {
    const [stats] = await graph.read(
      "MATCH (d:Document) WITH count(d) AS documents MATCH (c:Claim) WITH documents, count(c) AS claims MATCH (m:Mention) RETURN documents, claims, count(m) AS mentions",
    );
    size = `${stats.get("documents")} documents, ${stats.get("claims")} claims, ${stats.get("mentions")} mentions`;
    // Each scenario on the warm, cold and baseline servers in turn, so all see the same machine; the heaviest last.
    for (const s of await scenarios(servers.cold.url, graph, opts.claims)) {
      const kinds: ServerKind[] = [
        ...(s.warm ? (["warm"] as const) : []),
        "cold",
        ...(s.baseline ? (["baseline"] as const) : []),
      ];
      for (const kind of kinds) {
        const served = servers[kind];
        // The warm server first answers every request of the scenario once (filling its cache), then warms up like the others.
        // a request that fails while filling (the request time limit on a cold page cache) is counted, not fatal:
        // its claim is then simply not cached, and the measured run shows what it costs
        let failed = 0;
        const ask = (variables: Record<string, unknown>) =>
          gqlData(served.url, s.query, variables).catch((e: Error) => {
            if (failed++ === 0) console.error(`bench/api: ${s.name}, ${SERVER_NAMES[kind]}: ${e.message}`);
          });
        if (kind === "warm") await pool(s.variables, connections, ask);
        else await ask(s.variables[0]);
        if (failed > 0)
          console.error(
            `bench/api: ${failed} of ${kind === "warm" ? s.variables.length : 1} requests failed before the measured run`,
          );
        await cannon(served.url, s, kind, Math.max(1, Math.round(seconds / 5)), connections);
        await served.settled();
        const m = await cannon(served.url, s, kind, seconds, connections);
        const { answers, hits } = await served.settled();
        if (kind === "warm") m.hits = answers > 0 ? hits / answers : 0;
        measured.push(m);
        if (!opts.json)
          console.error(
            `${m.name}, ${SERVER_NAMES[kind]}: p50 ${ms(m.p50)} ms, p95 ${ms(m.p95)} ms, p99 ${ms(m.p99)} ms, ${Math.round(m.rps)} req/s`,
          );
      }
    }
  } finally {
    for (const served of Object.values(servers)) await served.close();
    await graph.close();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const m = machine();
  const spread = measured.filter((r) => r.name === measured[0]?.name);
  const markdown = [
    `Measured ${m.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, commit ${m.commit};`,
    `load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (other work on the machine slows every figure).`,
    `Graph: ${opts.corpus ? `the corpus ${opts.corpus} loaded by the ETL` : source}: ${size}. Server: createApp on loopback, rate limit off;`,
    `autocannon, ${connections} connections, ${seconds} s per scenario after a warm-up; latencies from every response;`,
    "requests of a scenario go round its claims in turn.",
    `Command: \`npx tsx bench/api.ts --docs ${opts.docs} --duration ${seconds} --connections ${connections} --claims ${opts.claims}${opts.write ? " --write" : ""}\`.`,
    "",
    table(measured),
    "",
    ...spread.map(verdict),
    "",
    "Same-run ratios to the N+1 baseline:",
    ...ratios(measured),
    "",
    "Servers: warm has the response cache on (server/api/response-cache.ts), filled by one request per claim before the",
    "warm-up; each request still checks the graph version with Neo4j. Cold has it off: what a claim costs the first time",
    "after the graph changed. The baseline also turns DataLoader batching and priming off (one Cypher query per parent",
    "object, N+1). Server, Neo4j and autocannon share the machine's cores.",
  ].join("\n");

  if (opts.write)
    await writeFile(RESULTS, replaceSection(await readFile(RESULTS, "utf8").catch(() => ""), SECTION, markdown));
  if (opts.json) {
    const results = measured.flatMap((r) => {
      const name = `${r.name}, ${SERVER_NAMES[r.server]}`;
      return [
        { name: `${name} p50`, value: r.p50, unit: "ms" },
        { name: `${name} p95`, value: r.p95, unit: "ms" },
        { name: `${name} p99`, value: r.p99, unit: "ms" },
        { name: `${name} req/s`, value: Math.round(r.rps), unit: "req/s" },
      ];
    });
    console.log(JSON.stringify({ results, markdown }));
  } else console.log(markdown);
}

/** Runs `work` over every item, at most `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const serving = argument("--serve");
const run = serving ? () => serveChild(serving as ServerKind, argument("--serve-uri")) : main;
run().catch((e: Error) => {
  console.error(`bench/api: ${e.message}`);
  process.exit(1);
});

/**
 * `npx tsx bench/soak.ts [--seconds 120] [--connections 8] [--docs 1000] [--write]`: a bounded soak.
 *
 * The GraphQL API under steady concurrent load on loopback while an incremental ETL writes to the
 * same graph. A private Neo4j (temp data dir, free port) is loaded with a generated corpus of
 * --docs documents plus one long document (--long-mb, generated text); the API runs in a child
 * process with its default limits (so its memory is measured alone, apart from the ETL's and
 * autocannon's); autocannon cycles a mix of claims search, claim(id) with travel, graph(limit 100)
 * and stats, and with --adversarial the attacks of issue 15 too: claim(id) with a travel page of a
 * length and claim drawn afresh for every request (each one a response-cache miss), the expensive
 * graph(limit 500, depth 3), and 1M-character slices of the long document at random offsets.
 * Meanwhile, in a process of its own, the ETL adds --add more generated documents and changes --change
 * existing ones, then loads again, as long as time remains; autocannon stops only once the soak
 * time is over and the last ETL run has finished, so every write happens under load.
 *
 * Fails (exit 1) on any unexpected error: a transport error, a client-side timeout, a non-2xx status
 * or a GraphQL error (a Neo4j timeout included), except the API's TIMEOUT answer to an expensive
 * request (expected under this load: the request deadline doing its job); when any answer takes
 * longer than the request deadline plus 1 s; when the server's RSS exceeds its bound (--rss-bound MB,
 * by default what the server ships with: its V8 heap cap from `npm start`, plus its memory outside the
 * heap at the start and 64 MB for that to grow); or when its heap after a full GC at the end holds more
 * than the response cache's bound plus 32 MB beyond what it held at the start (a leak). With --write the figures replace the "Soak" section
 * of bench/RESULTS.md.
 */
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { appendFile, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import autocannon from "autocannon";
import { Command } from "commander";
import { createApp } from "../server/api/app.js";
import { apiConfig } from "../server/api/config.js";
import { numberOption } from "../server/cli/options.js";
import { generateCorpus } from "../server/gen/index.js";
import type { ManifestEntry } from "../server/gen/write-corpus.js";
import { openGraph } from "../server/graph/driver.js";
import type { LoadSummary } from "../server/graph/load-summary.js";
import { startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { runEtl } from "../server/pipeline.js";
import { GqlError, gqlData } from "../test/helpers/gql.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";

const SELF = fileURLToPath(import.meta.url);
const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));
const SECTION = "Soak";
const CORPUS_NAME = "soak";
const LONG_FILE = "long/annual-digest.txt";
/** The API's own default request limit (REQUEST_TIMEOUT_MS): the soak runs the server as shipped. */
const DEADLINE_MS = apiConfig({}).requestTimeoutMs;
/** How far past the deadline an answer may come and still count as on time. */
const DEADLINE_SLACK_MS = 1_000;
/** GraphQL error codes that are the server defending itself, not failing. */
const EXPECTED_CODES = new Set(["TIMEOUT"]);

interface MemorySample {
  t: number;
  rss: number;
  heapUsed: number;
  /** Memory outside the V8 heap: RSS less the heap's committed size (code, native buffers, the driver's sockets). */
  outsideHeap: number;
}

type ChildMessage = { url: string; heapLimit: number } | { sample: MemorySample } | { afterGc: MemorySample };

/**
 * The V8 heap cap `npm start` gives the API (package.json), so the soak's server has the memory bound
 * it ships with: past the cap V8 collects instead of growing the heap.
 */
const HEAP_CAP_FLAG = /--max-old-space-size=\d+/.exec(
  (
    JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts.start,
)?.[0];
/** Room for native memory to grow past its level at the start (response buffers, sockets). */
const OUTSIDE_HEAP_SLACK = 64 * 2 ** 20;

/** The API server's side: serve, report memory every second, report heap after a GC when asked. */
async function serveChild(uri: string): Promise<void> {
  const graph = await openGraph({ uri });
  const server = await createApp(graph, apiConfig({ RATE_LIMIT_MAX: "0", NODE_ENV: "production" }));
  const url = await server.listen(0, "127.0.0.1");
  const sample = (): MemorySample => {
    const m = process.memoryUsage();
    return { t: Date.now(), rss: m.rss, heapUsed: m.heapUsed, outsideHeap: m.rss - m.heapTotal };
  };
  const timer = setInterval(() => process.send!({ sample: sample() }), 1000);
  process.on("message", async (message: string) => {
    if (message === "gc") {
      globalThis.gc?.();
      process.send!({ afterGc: sample() });
    } else if (message === "stop") {
      clearInterval(timer);
      await server.close();
      await graph.close();
      process.exit(0);
    }
  });
  process.send!({ url, heapLimit: getHeapStatistics().heap_size_limit });
}

/** An ETL run in a process of its own, as users run it: its CPU work never delays autocannon's clock in this one. */
async function etlChild(uri: string, dir: string): Promise<void> {
  const graph = await openGraph({ uri });
  try {
    const { summary, problems } = await runEtl(dir, { graph, corpus: CORPUS_NAME });
    process.send!({ summary, problems: problems.length });
  } finally {
    await graph.close();
  }
}

function runEtlApart(uri: string, dir: string): Promise<{ summary: LoadSummary; problems: number }> {
  const child = fork(SELF, [], { env: { ...process.env, SOAK_ETL_URI: uri, SOAK_ETL_DIR: dir } });
  return new Promise((resolve, reject) => {
    let result: { summary: LoadSummary; problems: number } | undefined;
    child.once("message", (m: { summary: LoadSummary; problems: number }) => (result = m));
    child.once("exit", (code) =>
      result ? resolve(result) : reject(new Error(`the ETL run exited with code ${code}`)),
    );
  });
}

/** The server child, forked from this same file with the parent's loader flags (tsx) and a callable GC. */
function startServer(
  uri: string,
  samples: MemorySample[],
  serverErrors: Map<string, number>,
): Promise<{ child: ChildProcess; url: string; heapLimit: number; gcSample(): Promise<MemorySample> }> {
  const child = fork(SELF, [], {
    env: { ...process.env, SOAK_SERVE_URI: uri },
    execArgv: [...process.execArgv, "--expose-gc", ...(HEAP_CAP_FLAG ? [HEAP_CAP_FLAG] : [])],
    stdio: ["inherit", "inherit", "pipe", "ipc"],
  });
  // A client only sees "Internal server error": the cause is in the server's log, so the Neo4j codes are counted from it.
  createInterface({ input: child.stderr! }).on("line", (line) => {
    console.error(line);
    const code = /code: '(Neo\.[A-Za-z.]+)'/.exec(line)?.[1];
    if (code) serverErrors.set(code, (serverErrors.get(code) ?? 0) + 1);
  });
  let afterGc: ((s: MemorySample) => void) | undefined;
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the API server exited with code ${code} before it listened`)));
    child.on("message", (m: ChildMessage) => {
      if ("sample" in m) samples.push(m.sample);
      else if ("afterGc" in m) afterGc?.(m.afterGc);
      else if ("url" in m) {
        child.removeAllListeners("exit");
        resolve({
          child,
          url: m.url,
          heapLimit: m.heapLimit,
          gcSample: () => new Promise((r) => ((afterGc = r), child.send("gc"))),
        });
      }
    });
  });
}

/** A pool of generated documents: the first `docs` form the corpus, the rest are added run by run. */
interface Pool {
  dir: string;
  title: string;
  entries: ManifestEntry[];
}

async function readPool(dir: string): Promise<Pool> {
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as {
    title: string;
    documents: ManifestEntry[];
  };
  return { dir, title: manifest.title, entries: manifest.documents };
}

async function copyDocuments(pool: Pool, corpus: string, entries: ManifestEntry[]): Promise<void> {
  for (const e of entries) {
    await mkdir(path.dirname(path.join(corpus, e.file)), { recursive: true });
    await copyFile(path.join(pool.dir, e.file), path.join(corpus, e.file));
  }
}

async function writeManifest(corpus: string, title: string, entries: ManifestEntry[]): Promise<void> {
  await writeFile(
    path.join(corpus, "manifest.json"),
    JSON.stringify({ format: "corpus/1", title, documents: entries }),
  );
}

/**
 * One long document of generated text (the pool's documents repeated) of about `mb` MB, so that
 * text slices have something to cut: its claims are extracted from its head only.
 */
async function writeLongDocument(pool: Pool, corpus: string, mb: number): Promise<ManifestEntry> {
  const texts = await Promise.all(
    pool.entries
      .filter((e) => e.file.endsWith(".txt"))
      .slice(0, 50)
      .map((e) => readFile(path.join(pool.dir, e.file), "utf8")),
  );
  const block = texts.join("\n\n");
  const file = path.join(corpus, LONG_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, block.repeat(Math.max(1, Math.ceil((mb * 2 ** 20) / block.length))));
  return { ...pool.entries[0], file: LONG_FILE, title: "Annual digest" };
}

/** A change a later edition makes: one more reported sentence, so the document's extraction differs. */
async function changeDocument(corpus: string, entry: ManifestEntry, edition: number): Promise<void> {
  const file = path.join(corpus, entry.file);
  const sentence = `Update ${edition}: officials said on Monday that talks would continue next week.`;
  if (entry.file.endsWith(".html")) {
    const html = await readFile(file, "utf8");
    const at = html.lastIndexOf("</body>");
    await writeFile(
      file,
      at < 0 ? `${html}\n<p>${sentence}</p>\n` : `${html.slice(0, at)}<p>${sentence}</p>\n${html.slice(at)}`,
    );
  } else await appendFile(file, `\n\n${sentence}\n`);
}

interface EtlRun {
  added: number;
  changed: number;
  seconds: number;
  summary: LoadSummary;
  problems: number;
}

/** The soak's own set-up requests; on a busy machine a cold Neo4j may plan one past the deadline or stall: tried again. */
async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await gqlData(url, query, variables);
    } catch (e) {
      if (!(e instanceof GqlError) || !["TIMEOUT", "NEO4J_UNAVAILABLE"].includes(e.code) || attempt === 5) throw e;
    }
  }
}

const TRAVEL = `query Travel($id: ID!) { claim(id: $id) { id text outlets contested
  travel { order at wordingChanged document { id title publishedAt source { id name } } source { id name }
    mentions { id stance start end actor { id name } } reprintOf { id } } } }`;
const SEARCH = `query Search($q: String) { claims(filter: { search: $q }, first: 20) { totalCount nodes { id text outlets contested } } }`;
const GRAPH = `{ graph(limit: 100) { truncated nodes { id kind label } edges { id source target kind } } }`;
const STATS = `{ stats { documents sources actors claims mentions contestedClaims } }`;
/**
 * The travel of any claim, a page of any length: the cache key holds the declared variables (an
 * undeclared one no longer makes a miss, and GraphQL refuses an unused declared one), so each draw misses.
 */
const TRAVEL_MISS = TRAVEL.replace("query Travel($id: ID!)", "query TravelMiss($id: ID!, $first: Int)").replace(
  "travel {",
  "travel(first: $first) {",
);
const EXPENSIVE_GRAPH = `{ graph(limit: 500, depth: 3) { truncated nodes { id kind label } edges { id source target kind } } }`;
const TEXT_SLICE = `query Slice($id: ID!, $start: Int!) { document(id: $id) { textLength text(start: $start, length: 1000000) } }`;

interface MixEntry {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Variables drawn afresh for each request (a cache miss by design). */
  vary?: () => Record<string, unknown>;
}

/** The request mix, with claim ids and search words taken from the loaded graph (nothing tied to one corpus). */
async function requestMix(url: string, adversarial: boolean): Promise<MixEntry[]> {
  const { claims } = await gql(url, `{ claims(first: 50, sort: OUTLETS) { nodes { id text } } }`);
  const nodes = claims.nodes as { id: string; text: string }[];
  if (nodes.length < 4) throw new Error(`the graph has ${nodes.length} claims: the soak needs at least 4`);
  const picks = [0, Math.floor(nodes.length / 3), Math.floor(nodes.length / 2), nodes.length - 1].map((i) => nodes[i]);
  const words = picks.map(
    (n) => (n.text.match(/[A-Za-z]{5,}/g) ?? [n.text.split(/\s+/)[0]]).sort((a, b) => b.length - a.length)[0],
  );
  return [
    ...picks.map((n) => ({ name: "claim(id) + travel", query: TRAVEL, variables: { id: n.id } })),
    ...words.slice(0, 2).map((q) => ({ name: "claims search", query: SEARCH, variables: { q } })),
    { name: "graph(limit 100)", query: GRAPH, variables: {} },
    { name: "stats", query: STATS, variables: {} },
    ...(adversarial
      ? await attacks(
          url,
          nodes.map((n) => n.id),
        )
      : []),
  ];
}

/** Issue 15's attacks: cache misses on demand, the most expensive graph, long text slices. */
async function attacks(url: string, claims: string[]): Promise<MixEntry[]> {
  let long = { id: "", textLength: 0 };
  for (let after: string | null = null; ; ) {
    const { documents } = await gql(
      url,
      `query Page($after: String) { documents(first: 100, after: $after) { nodes { id textLength } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const d of documents.nodes as { id: string; textLength: number }[])
      if (d.textLength > long.textLength) long = d;
    if (!documents.pageInfo.hasNextPage) break;
    after = documents.pageInfo.endCursor;
  }
  if (long.textLength < 2_000_000) throw new Error("the long document is not in the graph");
  const any = (n: number) => Math.floor(Math.random() * n);
  return [
    {
      name: "claim(id) + travel, cache miss",
      query: TRAVEL_MISS,
      variables: { id: claims[0], first: 100 },
      vary: () => ({ id: claims[any(claims.length)], first: 100 + any(401) }),
    },
    { name: "graph(limit 500, depth 3)", query: EXPENSIVE_GRAPH, variables: {} },
    {
      name: "text slice 1M chars",
      query: TEXT_SLICE,
      variables: { id: long.id, start: 0 },
      vary: () => ({ id: long.id, start: any(long.textLength - 1_000_000) }),
    },
  ];
}

/** The GraphQL error codes of an answer's body ("?" for an error without one); none for a clean answer. */
function errorCodes(body: string): string[] {
  if (!body.includes('"errors"')) return [];
  try {
    const errors =
      (JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? [];
    return errors.map((e) => e.extensions?.code ?? `? ${e.message.slice(0, 100)}`);
  } catch {
    return [`unreadable body: ${body.slice(0, 100)}`];
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const MB = (bytes: number) => bytes / 2 ** 20;
const f1 = (v: number) => (Number.isNaN(v) ? "–" : v.toFixed(1));

async function main(): Promise<void> {
  const opts = new Command()
    .option("--seconds <s>", "soak duration; the last ETL run may extend it", numberOption, 120)
    .option("--connections <n>", "concurrent connections", numberOption, 8)
    .option("--docs <n>", "documents loaded before the soak", numberOption, 1000)
    .option("--add <n>", "documents added per incremental ETL run", numberOption, 100)
    .option("--change <n>", "existing documents changed per incremental ETL run", numberOption, 20)
    .option("--seed <s>", "generator seed", "7")
    .option(
      "--rss-bound <mb>",
      "largest allowed server RSS, in MB (default: heap cap + memory outside the heap at start + 64)",
      numberOption,
    )
    .option("--long-mb <mb>", "size of the long document text slices are cut from, in MB", numberOption, 8)
    .option(
      "--adversarial",
      "add issue 15's attacks to the mix: cache misses, graph(limit 500, depth 3), 1M-character text slices",
    )
    .option("--write", "replace the Soak section of bench/RESULTS.md")
    .parse()
    .opts<{
      seconds: number;
      connections: number;
      docs: number;
      add: number;
      change: number;
      seed: string;
      rssBound?: number;
      longMb: number;
      adversarial?: boolean;
      write?: boolean;
    }>();
  const { seconds, connections, docs, add, change } = opts;
  const maxRuns = 10;

  const tmp = await mkdtemp(path.join(os.tmpdir(), "nne-soak-"));
  const log = (s: string) => console.error(`soak: ${s}`);
  const neo4j = await startLocalNeo4j({ boltPort: await freePort(), httpPort: 0, dataDir: path.join(tmp, "neo4j") });
  const graph = await openGraph({ uri: neo4j.uri });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    log(`Neo4j at ${neo4j.uri}; generating ${docs + add * maxRuns} documents (seed ${opts.seed})`);
    await generateCorpus({ docs: docs + add * maxRuns, seed: opts.seed, out: path.join(tmp, "pool") });
    const pool = await readPool(path.join(tmp, "pool"));
    const corpus = path.join(tmp, "corpus");
    let present = pool.entries.slice(0, docs);
    await copyDocuments(pool, corpus, present);
    const long = await writeLongDocument(pool, corpus, opts.longMb);
    await writeManifest(corpus, pool.title, [long, ...present]);
    const initial = await runEtl(corpus, { graph, corpus: CORPUS_NAME });
    log(
      `initial load: ${initial.summary.documents.total} documents, ${initial.summary.claims} claims in ${f1(initial.summary.seconds)} s`,
    );

    const samples: MemorySample[] = [];
    const serverErrors = new Map<string, number>();
    server = await startServer(neo4j.uri, samples, serverErrors);
    const mix = await requestMix(server.url, opts.adversarial === true);
    for (const r of mix) await gql(server.url, r.query, r.variables); // warm-up: every query planned once
    const startGc = await server.gcSample();
    samples.length = 0;

    const latencies: number[] = [];
    /** Answers that are failures, by request and code (or HTTP status). */
    const unexpected = new Map<string, number>();
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const byName = new Map(mix.map((r) => [r.name, { times: [] as number[], expected: 0 }]));
    const requests = mix.map((r) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: r.query, variables: r.variables }),
      // autocannon sends one request at a time per connection: the connection's context times it.
      setupRequest: (req: autocannon.Request, context: { sentAt?: number }) => {
        context.sentAt = performance.now();
        return r.vary ? { ...req, body: JSON.stringify({ query: r.query, variables: r.vary() }) } : req;
      },
      onResponse: (status: number, body: string, context: { sentAt?: number }) => {
        const figures = byName.get(r.name)!;
        if (context.sentAt !== undefined) figures.times.push(performance.now() - context.sentAt);
        const codes = errorCodes(body);
        if (codes.length > 0 && codes.every((c) => EXPECTED_CODES.has(c))) figures.expected++;
        else if (codes.length > 0) for (const c of new Set(codes)) count(unexpected, `${r.name}: ${c}`);
        else if (status < 200 || status >= 300) count(unexpected, `${r.name}: HTTP ${status}`);
      },
    }));
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    let instance!: autocannon.Instance;
    const finished = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        { url: `${server!.url}/graphql`, connections, duration: seconds * 10, requests, timeout: 30 },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
    });
    instance.on("response", (_c: unknown, _s: number, _b: number, responseTime: number) =>
      latencies.push(responseTime),
    );
    log(`load: ${connections} connections cycling ${mix.length} requests at ${server.url}`);

    // The incremental ETL: runs back to back from 5 s in, as long as the soak time is not over.
    const runs: EtlRun[] = [];
    await new Promise((r) => setTimeout(r, 5000));
    while (elapsed() < seconds && runs.length < maxRuns) {
      const edition = runs.length + 1;
      const fresh = pool.entries.slice(present.length, present.length + add);
      const changed = Array.from(
        { length: change },
        (_, i) => present[Math.floor(((i + 0.5) * present.length) / change)],
      );
      await copyDocuments(pool, corpus, fresh);
      for (const e of changed) await changeDocument(corpus, e, edition);
      present = [...present, ...fresh];
      await writeManifest(corpus, pool.title, [long, ...present]);
      const t0 = Date.now();
      const { summary, problems } = await runEtlApart(neo4j.uri, corpus);
      runs.push({
        added: fresh.length,
        changed: changed.length,
        seconds: (Date.now() - t0) / 1000,
        summary,
        problems,
      });
      const d = summary.documents;
      log(
        `ETL run ${edition} at ${f1(elapsed())} s: +${d.added} added, ${d.changed} changed, ${d.unchanged} unchanged, ${summary.mentions} mentions written, ${f1(runs.at(-1)!.seconds)} s`,
      );
    }
    while (elapsed() < seconds) await new Promise((r) => setTimeout(r, 200));
    instance.stop();
    const result = await finished;
    await new Promise((r) => setTimeout(r, 1500)); // the last in-flight answers and one more memory sample
    const endGc = await server.gcSample();

    // Figures
    latencies.sort((a, b) => a - b);
    const duration = result.duration || elapsed();
    const unexpectedAnswers = [...unexpected.values()].reduce((a, b) => a + b, 0);
    const expectedAnswers = [...byName.values()].reduce((n, f) => n + f.expected, 0);
    const errors = result.errors + result.timeouts + unexpectedAnswers;
    const slowest = latencies.at(-1) ?? 0;
    const onTime = slowest <= DEADLINE_MS + DEADLINE_SLACK_MS;
    const rssStart = samples[0]?.rss ?? startGc.rss;
    const rssEnd = samples.at(-1)?.rss ?? endGc.rss;
    const rssMax = Math.max(...samples.map((s) => s.rss));
    const heapMax = Math.max(...samples.map((s) => s.heapUsed));
    const rssBound = opts.rssBound
      ? opts.rssBound * 2 ** 20
      : server.heapLimit + startGc.outsideHeap + OUTSIDE_HEAP_SLACK;
    const withinBound = rssMax <= rssBound;
    const retained = endGc.heapUsed - startGc.heapUsed;
    const retainedBound = apiConfig({}).responseCacheBytes + 32 * 2 ** 20;
    const noLeak = retained <= retainedBound;
    const passed = errors === 0 && withinBound && noLeak && onTime;
    const mixLine = opts.adversarial
      ? "4 claims from the graph, 2 claims searches, graph(limit 100), stats; and the attacks: claim(id) with travel and a fresh " +
        "page length and claim drawn each time (a response-cache miss nearly every request), graph(limit 500, depth 3), and a 1M-character " +
        `text(start, length) slice at a random offset of a ${opts.longMb} MB document)`
      : "4 claims from the graph, 2 claims searches, graph(limit 100), stats)";
    const m = machine();
    const markdown = [
      `Measured ${m.date.slice(0, 16).replace("T", " ")} UTC on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, commit ${m.commit};`,
      `load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} (the machine is shared: other work slows every figure).`,
      `Command: \`npx tsx bench/soak.ts --seconds ${seconds} --connections ${connections} --docs ${docs}${opts.adversarial ? " --adversarial" : ""}${opts.write ? " --write" : ""}\`.`,
      "",
      `Setup: a private Neo4j (temp data dir, free port) loaded with a generated corpus of ${docs} documents (seed ${opts.seed};`,
      `${initial.summary.claims} claims, initial load ${f1(initial.summary.seconds)} s); the API (createApp, default limits: request`,
      `deadline ${DEADLINE_MS / 1000} s, response cache ${apiConfig({}).responseCacheBytes / 2 ** 20} MB; rate limit off, as all requests come from one address) in its own`,
      `process on 127.0.0.1; autocannon with ${connections} connections cycling ${mix.length} GraphQL requests (claim(id) with travel for`,
      `${mixLine} for ${f1(duration)} s, while the ETL, in a process of its own,`,
      `added ${add} documents and changed ${change} per run and reloaded incrementally, back to back.`,
      "",
      "| load | figure |",
      "|---|---:|",
      `| requests | ${result.requests.total} |`,
      `| req/s | ${f1(result.requests.total / duration)} |`,
      `| latency p50 / p95 / p99 ms | ${f1(percentile(latencies, 50))} / ${f1(percentile(latencies, 95))} / ${f1(percentile(latencies, 99))} |`,
      `| latency max ms (bound: deadline + 1 s = ${DEADLINE_MS + DEADLINE_SLACK_MS}) | ${f1(slowest)} |`,
      `| transport errors / client timeouts / unexpected answers | ${result.errors} / ${result.timeouts} / ${unexpectedAnswers} |`,
      `| expected answers: TIMEOUT at the request deadline | ${expectedAnswers} |`,
      `| server RSS start / end / max MB | ${f1(MB(rssStart))} / ${f1(MB(rssEnd))} / ${f1(MB(rssMax))} |`,
      `| server RSS max MB, bound ${f1(MB(rssBound))}${opts.rssBound ? "" : ` (heap cap ${f1(MB(server.heapLimit))} + outside the heap at start ${f1(MB(startGc.outsideHeap))} + 64)`} | ${f1(MB(rssMax))} |`,
      `| server heap used after GC, start → end MB (rise bound: response cache + 32 = ${f1(MB(retainedBound))}) | ${f1(MB(startGc.heapUsed))} → ${f1(MB(endGc.heapUsed))} (${retained >= 0 ? "+" : ""}${f1(MB(retained))}) |`,
      `| server heap used max MB | ${f1(MB(heapMax))} |`,
      `| memory samples (1 s) | ${samples.length} |`,
      "",
      "| request | answers | p50 ms | p95 ms | max ms | TIMEOUT |",
      "|---|---:|---:|---:|---:|---:|",
      ...[...byName].map(([name, f]) => {
        const t = f.times.sort((a, b) => a - b);
        return `| ${name} | ${t.length} | ${f1(percentile(t, 50))} | ${f1(percentile(t, 95))} | ${f1(t.at(-1) ?? NaN)} | ${f.expected} |`;
      }),
      "",
      "| ETL run | files added / edited | loader: added | changed | unchanged | documents | mentions written | claims | seconds |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...runs.map((r, i) => {
        const d = r.summary.documents;
        return `| ${i + 1} | ${r.added} / ${r.changed} | ${d.added} | ${d.changed} | ${d.unchanged} | ${d.total} | ${r.summary.mentions} | ${r.summary.claims} | ${f1(r.seconds)} |`;
      }),
      "",
      "The loader counts a document as changed when its extraction changed, which corpus-wide steps (claim clustering,",
      "publisher inference) can cause beyond the edited files.",
      "Expected: TIMEOUT answers to requests that ran past the deadline; any other GraphQL error (a Neo4j timeout",
      "included), a non-2xx answer without one, or a transport error counts as unexpected.",
      ...[...unexpected].map(([k, n]) => `- ${n} × ${k}`),
      ...[...serverErrors].map(([code, n]) => `- in the server's log: ${n} × ${code}`),
      passed
        ? `Verdict: passed: 0 unexpected errors, every answer within ${f1(slowest)} ms (deadline + 1 s = ${DEADLINE_MS + DEADLINE_SLACK_MS} ms), RSS at most ${f1(MB(rssMax))} MB (bound ${f1(MB(rssBound))} MB), heap after GC ${f1(MB(retained))} MB above the start (bound ${f1(MB(retainedBound))} MB).`
        : `Verdict: FAILED: ${errors} unexpected errors, slowest answer ${f1(slowest)} ms (bound ${DEADLINE_MS + DEADLINE_SLACK_MS} ms), RSS at most ${f1(MB(rssMax))} MB (bound ${f1(MB(rssBound))} MB), heap after GC ${f1(MB(retained))} MB above the start (bound ${f1(MB(retainedBound))} MB).`,
    ].join("\n");
    if (opts.write)
      await writeFile(RESULTS, replaceSection(await readFile(RESULTS, "utf8").catch(() => ""), SECTION, markdown));
    console.log(markdown);
    process.exitCode = passed ? 0 : 1;
  } finally {
    if (server) {
      server.child.send("stop");
      await new Promise((r) => server!.child.once("exit", r));
    }
    await graph.close();
    await neo4j.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.env.SOAK_ETL_URI && process.env.SOAK_ETL_DIR) {
  etlChild(process.env.SOAK_ETL_URI, process.env.SOAK_ETL_DIR).catch((e: Error) => {
    console.error(`bench/soak ETL: ${e.message}`);
    process.exit(1);
  });
} else if (process.env.SOAK_SERVE_URI) {
  serveChild(process.env.SOAK_SERVE_URI).catch((e: Error) => {
    console.error(`bench/soak server: ${e.message}`);
    process.exit(1);
  });
} else {
  main().catch((e: Error) => {
    console.error(`bench/soak: ${e.message}`);
    process.exit(1);
  });
}

/**
 * `npx tsx bench/soak.ts [--seconds 120] [--connections 8] [--docs 1000] [--write]`: a bounded soak.
 *
 * The GraphQL API under steady concurrent load on loopback while an incremental ETL writes to the
 * same graph. A private Neo4j (temp data dir, free port) is loaded with a generated corpus of
 * --docs documents; the API runs in a child process (so its memory is measured alone, apart from
 * the ETL's and autocannon's); autocannon cycles a mix of claims search, claim(id) with travel,
 * graph(limit 100) and stats. Meanwhile, in this process, the ETL adds --add more generated
 * documents and changes --change existing ones, then loads again, as long as time remains;
 * autocannon stops only once the soak time is over and the last ETL run has finished, so every
 * write happens under load.
 *
 * Fails (exit 1) on any error: a transport error, a timeout, a non-2xx status or a GraphQL error in
 * a 200 body (a Neo4j timeout included), or when the server's RSS rises more than --rss-bound MB
 * above its level at the start of the soak. With --write the figures replace the "Soak" section of
 * bench/RESULTS.md.
 */
import { type ChildProcess, fork } from "node:child_process";
import { appendFile, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { Command } from "commander";
import { createApp } from "../server/api/app.js";
import { apiConfig } from "../server/api/config.js";
import { generateCorpus } from "../server/gen/index.js";
import type { ManifestEntry } from "../server/gen/write-corpus.js";
import { openGraph } from "../server/graph/driver.js";
import type { LoadSummary } from "../server/graph/load-summary.js";
import { startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { runEtl } from "../server/pipeline.js";
import { gqlData } from "../test/helpers/gql.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";

const SELF = fileURLToPath(import.meta.url);
const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));
const SECTION = "Soak";
const CORPUS_NAME = "soak";

interface MemorySample {
  t: number;
  rss: number;
  heapUsed: number;
}

type ChildMessage = { url: string } | { sample: MemorySample } | { afterGc: MemorySample };

/** The API server's side: serve, report memory every second, report heap after a GC when asked. */
async function serveChild(uri: string): Promise<void> {
  const graph = await openGraph({ uri });
  const server = await createApp(graph, apiConfig({ RATE_LIMIT_MAX: "0", NODE_ENV: "production" }));
  const url = await server.listen(0, "127.0.0.1");
  const sample = (): MemorySample => {
    const m = process.memoryUsage();
    return { t: Date.now(), rss: m.rss, heapUsed: m.heapUsed };
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
  process.send!({ url });
}

/** The server child, forked from this same file with the parent's loader flags (tsx) and a callable GC. */
function startServer(
  uri: string,
  samples: MemorySample[],
  serverErrors: Map<string, number>,
): Promise<{ child: ChildProcess; url: string; gcSample(): Promise<MemorySample> }> {
  const child = fork(SELF, [], {
    env: { ...process.env, SOAK_SERVE_URI: uri },
    execArgv: [...process.execArgv, "--expose-gc"],
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

const TRAVEL = `query Travel($id: ID!) { claim(id: $id) { id text outlets contested
  travel { order at wordingChanged document { id title publishedAt source { id name } } source { id name }
    mentions { id stance start end actor { id name } } reprintOf { id } } } }`;
const SEARCH = `query Search($q: String) { claims(filter: { search: $q }, first: 20) { totalCount nodes { id text outlets contested } } }`;
const GRAPH = `{ graph(limit: 100) { truncated nodes { id kind label } edges { id source target kind } } }`;
const STATS = `{ stats { documents sources actors claims mentions contestedClaims } }`;

/** The request mix, with claim ids and search words taken from the loaded graph (nothing tied to one corpus). */
async function requestMix(url: string): Promise<{ name: string; query: string; variables: Record<string, unknown> }[]> {
  const { claims } = await gqlData(url, `{ claims(first: 50, sort: OUTLETS) { nodes { id text } } }`);
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
  ];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const MB = (bytes: number) => bytes / 2 ** 20;
const f1 = (v: number) => (Number.isNaN(v) ? "–" : v.toFixed(1));

async function main(): Promise<void> {
  const opts = new Command()
    .option("--seconds <s>", "soak duration; the last ETL run may extend it", "120")
    .option("--connections <n>", "concurrent connections", "8")
    .option("--docs <n>", "documents loaded before the soak", "1000")
    .option("--add <n>", "documents added per incremental ETL run", "100")
    .option("--change <n>", "existing documents changed per incremental ETL run", "20")
    .option("--seed <s>", "generator seed", "7")
    .option("--rss-bound <mb>", "largest allowed rise of the server's RSS above its start, in MB", "300")
    .option("--write", "replace the Soak section of bench/RESULTS.md")
    .parse()
    .opts<{
      seconds: string;
      connections: string;
      docs: string;
      add: string;
      change: string;
      seed: string;
      rssBound: string;
      write?: boolean;
    }>();
  const seconds = Number(opts.seconds);
  const connections = Number(opts.connections);
  const docs = Number(opts.docs);
  const add = Number(opts.add);
  const change = Number(opts.change);
  const rssBound = Number(opts.rssBound);
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
    await writeManifest(corpus, pool.title, present);
    const initial = await runEtl(corpus, { graph, corpus: CORPUS_NAME });
    log(
      `initial load: ${initial.summary.documents.total} documents, ${initial.summary.claims} claims in ${f1(initial.summary.seconds)} s`,
    );

    const samples: MemorySample[] = [];
    const serverErrors = new Map<string, number>();
    server = await startServer(neo4j.uri, samples, serverErrors);
    const mix = await requestMix(server.url);
    for (const r of mix) await gqlData(server.url, r.query, r.variables); // warm-up: every query planned once
    const startGc = await server.gcSample();
    samples.length = 0;

    const latencies: number[] = [];
    const graphqlErrors = new Map<string, number>();
    const requests = mix.map((r) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: r.query, variables: r.variables }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) {
          const message = (JSON.parse(body) as { errors?: { message: string }[] }).errors?.[0]?.message ?? "?";
          const key = `${r.name}: ${message.slice(0, 120)}`;
          graphqlErrors.set(key, (graphqlErrors.get(key) ?? 0) + 1);
        }
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
      await writeManifest(corpus, pool.title, present);
      const t0 = Date.now();
      const { summary, problems } = await runEtl(corpus, { graph, corpus: CORPUS_NAME });
      runs.push({
        added: fresh.length,
        changed: changed.length,
        seconds: (Date.now() - t0) / 1000,
        summary,
        problems: problems.length,
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
    const gqlErrorCount = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
    const errors = result.errors + result.timeouts + result.non2xx + gqlErrorCount;
    const rssStart = samples[0]?.rss ?? startGc.rss;
    const rssEnd = samples.at(-1)?.rss ?? endGc.rss;
    const rssMax = Math.max(...samples.map((s) => s.rss));
    const rssRise = rssMax - rssStart;
    const heapMax = Math.max(...samples.map((s) => s.heapUsed));
    const withinBound = rssRise <= rssBound * 2 ** 20;
    const m = machine();
    const markdown = [
      `Measured ${m.date.slice(0, 16).replace("T", " ")} UTC on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, commit ${m.commit};`,
      `load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} (the machine is shared: other work slows every figure).`,
      `Command: \`npx tsx bench/soak.ts --seconds ${seconds} --connections ${connections} --docs ${docs}${opts.write ? " --write" : ""}\`.`,
      "",
      `Setup: a private Neo4j (temp data dir, free port) loaded with a generated corpus of ${docs} documents (seed ${opts.seed};`,
      `${initial.summary.claims} claims, initial load ${f1(initial.summary.seconds)} s); the API (createApp, rate limit off) in its own`,
      `process on 127.0.0.1; autocannon with ${connections} connections cycling ${mix.length} GraphQL requests (claim(id) with travel for`,
      `4 claims from the graph, 2 claims searches, graph(limit 100), stats) for ${f1(duration)} s, while the ETL, in the bench's process,`,
      `added ${add} documents and changed ${change} per run and reloaded incrementally, back to back.`,
      "",
      "| load | figure |",
      "|---|---:|",
      `| requests | ${result.requests.total} |`,
      `| req/s | ${f1(result.requests.total / duration)} |`,
      `| latency p50 / p95 / p99 ms | ${f1(percentile(latencies, 50))} / ${f1(percentile(latencies, 95))} / ${f1(percentile(latencies, 99))} |`,
      `| latency max ms | ${f1(latencies.at(-1) ?? NaN)} |`,
      `| transport errors / timeouts / non-2xx / GraphQL errors | ${result.errors} / ${result.timeouts} / ${result.non2xx} / ${gqlErrorCount} |`,
      `| server RSS start / end / max MB | ${f1(MB(rssStart))} / ${f1(MB(rssEnd))} / ${f1(MB(rssMax))} |`,
      `| server RSS rise (max − start) MB, bound ${rssBound} | ${f1(MB(rssRise))} |`,
      `| server heap used after GC, start → end MB | ${f1(MB(startGc.heapUsed))} → ${f1(MB(endGc.heapUsed))} (${MB(endGc.heapUsed - startGc.heapUsed) >= 0 ? "+" : ""}${f1(MB(endGc.heapUsed - startGc.heapUsed))}) |`,
      `| server heap used max MB | ${f1(MB(heapMax))} |`,
      `| memory samples (1 s) | ${samples.length} |`,
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
      `Expected errors: none (a Neo4j timeout or any GraphQL error in a 200 answer counts as an error).`,
      ...[...graphqlErrors].map(([k, n]) => `- ${n} × ${k}`),
      ...[...serverErrors].map(([code, n]) => `- in the server's log: ${n} × ${code}`),
      errors === 0 && withinBound
        ? `Verdict: passed: no errors, RSS rise ${f1(MB(rssRise))} MB within the ${rssBound} MB bound.`
        : `Verdict: FAILED: ${errors} errors, RSS rise ${f1(MB(rssRise))} MB (bound ${rssBound} MB).`,
    ].join("\n");
    if (opts.write)
      await writeFile(RESULTS, replaceSection(await readFile(RESULTS, "utf8").catch(() => ""), SECTION, markdown));
    console.log(markdown);
    process.exitCode = errors === 0 && withinBound ? 0 : 1;
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

if (process.env.SOAK_SERVE_URI) {
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

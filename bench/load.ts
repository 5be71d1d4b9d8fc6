/**
 * `npx tsx bench/load.ts [--docs 10000] [--sample 200] [--write]`: the graph load's throughput.
 *
 * Loads a synthetic extraction (bench/synthetic-extraction.ts) of --docs documents into a fresh
 * Neo4j with loadExtraction (batched UNWIND … MERGE/CREATE in bounded transactions), then loads it
 * again (nothing changed: the incremental check alone). In the same run, a naive load of --sample
 * documents runs the very same statements one row per auto-commit transaction, which is what the
 * batching is measured against. NEO4J_URI picks the server (it is wiped!); otherwise a throwaway
 * one is started. --write records the figures in the "Load" section of bench/RESULTS.md.
 */

import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { cypherFile } from "../server/graph/cypher-file.js";
import { type Graph, openGraph } from "../server/graph/driver.js";
import { loadExtraction } from "../server/graph/load.js";
import { type LoadPlan, planLoad } from "../server/graph/load-plan.js";
import { migrate } from "../server/graph/migrate.js";
import { startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { machine } from "./machine.js";
import { neo4jBaselines } from "./neo4j-baseline.js";
import { replaceSection } from "./results-file.js";
import { syntheticExtraction } from "./synthetic-extraction.js";

interface Options {
  docs: number;
  sample: number;
  write: boolean;
  heap: string;
  pageCache: string;
}

const RESULTS = path.resolve(import.meta.dirname, "RESULTS.md");

/** CPU seconds a process has used (user + system), from /proc; null where that cannot be read. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
const ownCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function wipe(graph: Graph) {
  await graph.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
}

/** The same statements the loader runs, but each row alone in its own auto-commit transaction. */
async function naiveLoad(
  graph: Graph,
  plan: LoadPlan,
  corpus: string,
): Promise<{ relationships: number; seconds: number; statements: number }> {
  const session = graph.session("WRITE");
  let relationships = 0;
  let statements = 0;
  const one = async (statement: string, params: Record<string, unknown>) => {
    const result = await session.run(cypherFile(statement), params);
    relationships += result.summary.counters.updates().relationshipsCreated;
    statements++;
  };
  const started = performance.now();
  try {
    for (const row of plan.sources) await one("load/upsert-sources", { rows: [row] });
    for (const row of plan.actors) await one("load/upsert-actors", { rows: [row] });
    for (const row of plan.claims) await one("load/upsert-claims", { rows: [row] });
    for (const d of plan.documents) {
      await one("load/write-documents", { rows: [d.doc] });
      for (const row of d.mentions) await one("load/write-mentions", { rows: [row] });
      for (const row of d.vias) await one("load/write-vias", { rows: [row] });
      for (const row of d.reports) await one("load/write-reports", { rows: [row] });
      for (const row of d.cites) await one("load/write-citations", { rows: [row] });
      for (const row of d.reprints) await one("load/write-reprints", { rows: [row], corpus });
    }
  } finally {
    await session.close();
  }
  return { relationships, statements, seconds: (performance.now() - started) / 1000 };
}

async function bench(o: Options) {
  let server: { stop(): Promise<void>; pid: number } | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-bench-load-"));
    const local = await startLocalNeo4j({
      boltPort: await freePort(),
      httpPort: 0,
      dataDir,
      heap: o.heap,
      pageCache: o.pageCache,
    });
    server = local;
    uri = local.uri;
  }
  const graph = await openGraph({
    uri,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  });
  try {
    await wipe(graph);
    await migrate(graph);
    const version = (await graph.read("CALL dbms.components() YIELD versions RETURN versions[0] AS v"))[0].get(
      "v",
    ) as string;
    const raw = await neo4jBaselines(uri);

    const generated = performance.now();
    const synthetic = syntheticExtraction({ documents: o.docs, seed: 1 });
    const generateSeconds = (performance.now() - generated) / 1000;
    const mentions = synthetic.claims.reduce((n, c) => n + c.mentions.length, 0);

    // Naive first, on an empty graph: the most favourable case for it.
    const sample = syntheticExtraction({ documents: o.sample, seed: 2 });
    const naive = await naiveLoad(graph, planLoad(sample, { corpus: "bench-naive" }), "bench-naive");
    await wipe(graph);
    const sampleBatched = await loadExtraction(graph, sample, { corpus: "bench-naive" });
    await wipe(graph);

    const cpuBefore = { neo4j: server ? cpuSeconds(server.pid) : null, node: ownCpuSeconds() };
    const first = await loadExtraction(graph, synthetic, { corpus: "bench" });
    const neo4jAfter = server ? cpuSeconds(server.pid) : null;
    const cpu = {
      neo4j: neo4jAfter !== null && cpuBefore.neo4j !== null ? neo4jAfter - cpuBefore.neo4j : null,
      node: ownCpuSeconds() - cpuBefore.node,
    };
    const again = await loadExtraction(graph, synthetic, { corpus: "bench" });

    const rate = (rels: number, s: number) => Math.round(rels / s);
    const figures = {
      machine: machine(),
      neo4j: version,
      documents: o.docs,
      mentions,
      relationships: first.relationshipsCreated,
      nodes: first.nodesCreated,
      loadSeconds: first.seconds,
      relPerSecond: rate(first.relationshipsCreated, first.seconds),
      rerunSeconds: again.seconds,
      naive: {
        documents: o.sample,
        statements: naive.statements,
        relationships: naive.relationships,
        seconds: naive.seconds,
        relPerSecond: rate(naive.relationships, naive.seconds),
      },
      sampleBatched: {
        relationships: sampleBatched.relationshipsCreated,
        seconds: sampleBatched.seconds,
        relPerSecond: rate(sampleBatched.relationshipsCreated, sampleBatched.seconds),
      },
      rawRelPerSecond: Math.round(raw.rawRelPerSecond),
      cpu,
      generateSeconds,
      loadAverage: os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" "),
    };
    return figures;
  } finally {
    await graph.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

type Figures = Awaited<ReturnType<typeof bench>>;

function markdown(f: Figures): string {
  const m = f.machine;
  const ratio = f.relPerSecond / f.naive.relPerSecond;
  const n = (x: number) => x.toLocaleString("en-US");
  return [
    `Measured ${m.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}, Neo4j ${f.neo4j} (commit ${m.commit}); load average at the end ${f.loadAverage}.`,
    "Command: `npx tsx bench/load.ts --write` (a synthetic extraction from bench/synthetic-extraction.ts into a fresh Neo4j).",
    "",
    "| figure | value | target |",
    "|---|---|---|",
    `| documents / mentions | ${n(f.documents)} / ${n(f.mentions)} | ≥ 10 000 documents |`,
    `| relationships created | ${n(f.relationships)} (and ${n(f.nodes)} nodes) | |`,
    `| load time, whole loadExtraction | ${f.loadSeconds.toFixed(1)} s | |`,
    `| **relationships per second** | **${n(f.relPerSecond)}** | ≥ 20 000 |`,
    `| naive (one row per auto-commit transaction, same statements, ${f.naive.documents} documents, ${n(f.naive.statements)} statements) | ${n(f.naive.relPerSecond)} rel/s | |`,
    `| **batched ÷ naive** | **${ratio.toFixed(1)}×** | ≥ 10× |`,
    `| batched on the naive sample (${f.naive.documents} documents) | ${n(f.sampleBatched.relPerSecond)} rel/s | |`,
    `| re-run with nothing changed | ${f.rerunSeconds.toFixed(1)} s | |`,
    `| floor: bare relationships, 10 000 per transaction, same server | ${n(f.rawRelPerSecond)} rel/s (the load runs at ${(f.relPerSecond / f.rawRelPerSecond).toFixed(2)}× this) | |`,
    ...(f.cpu.neo4j !== null
      ? [
          `| CPU used by the load: Neo4j + Node | ${f.cpu.neo4j.toFixed(1)} s + ${f.cpu.node.toFixed(1)} s → ${n(Math.round(f.relationships / (f.cpu.neo4j + f.cpu.node)))} rel per CPU-second | |`,
        ]
      : []),
  ].join("\n");
}

const program = new Command()
  .name("bench-load")
  .option("--docs <n>", "documents in the synthetic extraction", (v) => Number(v), 10_000)
  .option("--sample <n>", "documents in the naive load's sample", (v) => Number(v), 200)
  .option("--heap <size>", "heap of the throwaway Neo4j", process.env.NEO4J_HEAP ?? "2g")
  .option("--page-cache <size>", "page cache of the throwaway Neo4j", process.env.NEO4J_PAGECACHE ?? "1g")
  .option("--write", "record the figures in bench/RESULTS.md (section Load)", false)
  .action(async (o: Options) => {
    const figures = await bench(o);
    const md = markdown(figures);
    console.log(md);
    if (o.write) {
      const current = await readFile(RESULTS, "utf8").catch(() => "");
      await writeFile(RESULTS, replaceSection(current, "Load", md));
    }
  });

program.parseAsync().catch((e: Error) => {
  console.error(`bench/load failed: ${e.message}`);
  process.exit(1);
});

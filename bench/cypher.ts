/**
 * `npx tsx bench/cypher.ts [--docs 10000] [--runs 5] [--write]`: times every query of the analysts'
 * library (cypher/analysis/) on a synthetic graph, and checks with PROFILE that none scans a big
 * label (NodeByLabelScan / AllNodesScan on Document, Mention, Claim or Actor).
 *
 * The graph is bench/synthetic-extraction.ts written by the real loader (server/graph/load.ts)
 * into a throwaway local Neo4j (its own port and temporary data folder), so the bench never
 * touches the configured database. With --write the figures replace the "Cypher analysis"
 * section of bench/RESULTS.md. Exits non-zero when a query scans a big label.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import neo4j, { type ProfiledPlan } from "neo4j-driver";
import { buildParams } from "../server/analysis/param-values.js";
import { type AnalysisQuery, loadLibrary } from "../server/analysis/query-library.js";
import { type Graph, graphOf } from "../server/graph/driver.js";
import { loadExtraction } from "../server/graph/load.js";
import { migrate } from "../server/graph/migrate.js";
import { startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { benchParams } from "./analysis-params.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";
import { syntheticExtraction } from "./synthetic-extraction.js";

const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));
const SECTION = "Cypher analysis";
/** Labels with one node per document or more: scanning them is what an anchored query avoids. */
const BIG_LABELS = ["Document", "Mention", "Claim", "Actor"];
const SCANS = /^(NodeByLabelScan|AllNodesScan)/;

interface Figure {
  query: string;
  rows: number;
  medianMs: number;
  maxMs: number;
  dbHits: number;
  anchors: string[];
  bigScans: string[];
}

async function main(): Promise<void> {
  const opts = new Command()
    .option("--docs <n>", "synthetic documents", "10000")
    .option("--runs <n>", "timed runs per query (after one warm-up)", "5")
    .option("--seed <n>", "synthetic graph seed", "42")
    .option("--write", "write the figures into bench/RESULTS.md")
    .option(
      "--loaded",
      "time the graph already loaded at NEO4J_URI (npm run bench passes the one its ETL loaded) instead of building one",
    )
    .parse()
    .opts<{ docs: string; runs: string; seed: string; write?: boolean; loaded?: boolean }>();
  const docs = Number(opts.docs);
  const runs = Number(opts.runs);
  if (opts.loaded && !process.env.NEO4J_URI) throw new Error("--loaded needs NEO4J_URI: the graph to time");

  const dataDir = opts.loaded ? undefined : await mkdtemp(path.join(os.tmpdir(), "nne-bench-cypher-"));
  const server = dataDir
    ? await startLocalNeo4j({
        boltPort: await freePort(),
        httpPort: 0,
        dataDir,
        heap: "2g",
        pageCache: "1g",
        log: (m) => console.error(`[neo4j] ${m}`),
      })
    : undefined;
  const graph = graphOf(neo4j.driver(server?.uri ?? process.env.NEO4J_URI!));
  try {
    let loadSeconds: number | undefined;
    if (server) {
      await migrate(graph);
      const loadStarted = Date.now();
      const extraction = syntheticExtraction({ documents: docs, seed: Number(opts.seed) });
      await loadExtraction(graph, extraction, { corpus: `synthetic-${docs}` });
      loadSeconds = (Date.now() - loadStarted) / 1000;
    }
    const counts = await graphCounts(graph);
    console.error(
      `graph: ${JSON.stringify(counts)}${loadSeconds === undefined ? "" : `, loaded in ${loadSeconds.toFixed(1)} s`}`,
    );

    const given = await benchParams(graph);
    const figures: Figure[] = [];
    for (const query of await loadLibrary()) {
      const figure = await measure(graph, query, buildParams(query, given(query)), runs);
      figures.push(figure);
      console.error(
        `${query.name}: ${figure.medianMs} ms median, ${figure.rows} rows, ${figure.dbHits} db hits${figure.bigScans.length ? `, SCANS ${figure.bigScans.join(", ")}` : ""}`,
      );
    }
    const report = section(figures, counts, docs, runs, loadSeconds, server?.version ?? (await serverVersion(graph)));
    process.stdout.write(`## ${SECTION}\n\n${report}`);
    if (opts.write) await writeSection(report);
    if (figures.some((f) => f.bigScans.length > 0)) process.exitCode = 1;
  } finally {
    await graph.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function measure(
  graph: Graph,
  query: AnalysisQuery,
  params: Record<string, unknown>,
  runs: number,
): Promise<Figure> {
  let rows = 0;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = process.hrtime.bigint();
    rows = (await graph.read(query.cypher, params)).length;
    if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const session = graph.session("READ");
  try {
    const profile = (await session.run(`PROFILE ${query.cypher}`, params)).summary.profile;
    if (!profile) throw new Error(`${query.name}: PROFILE returned no plan`);
    const operators = flatten(profile);
    return {
      query: query.name,
      rows,
      medianMs: Math.round(times[Math.floor(times.length / 2)]),
      maxMs: Math.round(times[times.length - 1]),
      dbHits: operators.reduce((n, op) => n + op.dbHits, 0),
      anchors: [...new Set(operators.filter((op) => op.children.length === 0).map(describe))],
      bigScans: operators
        .filter((op) => SCANS.test(op.operatorType) && BIG_LABELS.some((l) => details(op).includes(`:${l}`)))
        .map(describe),
    };
  } finally {
    await session.close();
  }
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

function details(op: ProfiledPlan): string {
  return String(op.arguments?.Details ?? op.identifiers.join(", "));
}

/** "NodeUniqueIndexSeek(c:Claim {id: $claim})": the operator and what it reads. */
function describe(op: ProfiledPlan): string {
  return `${op.operatorType.replace(/@.*$/, "")}(${details(op).slice(0, 60)})`;
}

async function graphCounts(graph: Graph): Promise<Record<string, number>> {
  const [r] =
    await graph.read(`RETURN COUNT { (:Document) } AS documents, COUNT { (:Mention) } AS mentions, COUNT { (:Claim) } AS claims,
    COUNT { (:Actor) } AS actors, COUNT { (:Source) } AS sources, COUNT { ()-[]->() } AS relationships`);
  return Object.fromEntries((r.keys as string[]).map((k) => [k, neo4j.integer.toNumber(r.get(k))]));
}

async function serverVersion(graph: Graph): Promise<string> {
  const [r] = await graph.read("CALL dbms.components() YIELD versions RETURN versions[0] AS v");
  return String(r.get("v"));
}

function section(
  figures: Figure[],
  counts: Record<string, number>,
  docs: number,
  runs: number,
  loadSeconds: number | undefined,
  neo4jVersion: string,
): string {
  const m = machine();
  const lines = [
    loadSeconds === undefined
      ? `Every query of cypher/analysis/ on the graph the benchmark's ETL loaded from ${docs} generated documents (npm run gen):`
      : `Every query of cypher/analysis/ on a synthetic graph of ${docs} documents (bench/synthetic-extraction.ts written by the real loader):`,
    `${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}${loadSeconds === undefined ? "." : `; loaded in ${loadSeconds.toFixed(1)} s.`}`,
    `Median and slowest of ${runs} runs after one warm-up; db hits and leaf operators from PROFILE. Claim queries use the most reported claim,`,
    'amplifiers the actor with the most assertions. "Big scans" lists NodeByLabelScan/AllNodesScan on Document, Mention, Claim or Actor (should be none).',
    "",
    `Measured ${m.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), Node ${m.node}, Neo4j ${neo4jVersion} Community, commit ${m.commit};`,
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (1/5/15 min) when it finished: figures from a busy machine are upper bounds.`,
    "Command: `npx tsx bench/cypher.ts --docs " +
      docs +
      " --runs " +
      runs +
      (loadSeconds === undefined ? " --loaded` (with NEO4J_URI)" : " --write`"),
    "",
    "| query | rows | median ms | max ms | db hits | big scans | anchored on |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ...figures.map(
      (f) =>
        `| ${f.query} | ${f.rows} | ${f.medianMs} | ${f.maxMs} | ${f.dbHits} | ${f.bigScans.join(", ") || "none"} | ${f.anchors.join("; ").replace(/\|/g, "\\|")} |`,
    ),
    "",
  ];
  return lines.join("\n");
}

async function writeSection(report: string): Promise<void> {
  const current = await readFile(RESULTS, "utf8").catch(() => "");
  await writeFile(RESULTS, replaceSection(current, SECTION, report));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

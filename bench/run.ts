/**
 * The benchmark suite: `npm run bench -- [--sizes 1000,10000,100000] [--seed 1] [--workers 2]`.
 *
 * For each corpus size it generates a synthetic corpus (server/gen), runs the ETL end to end in its
 * own process (read → extract → load into a fresh Neo4j) to get times, throughput and the peak memory
 * of that process, measures extraction alone on one thread, then runs the API and Cypher benchmarks
 * (bench/api.ts, bench/cypher.ts) against the loaded graph. Once per run it measures baselines on this
 * machine (a word-count pass over the same text; raw relationship writes and a trivial query on the
 * same Neo4j) and runs the size-independent benchmarks (bench/client.ts and the others' scripts).
 * Everything lands in bench/RESULTS.md, with a log–log plot of time against size in bench/scaling.svg.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import neo4j from "neo4j-driver";
import { numberOption } from "../server/cli/options.js";
import { defaultOut, generateCorpus } from "../server/gen/index.js";
import { type LocalNeo4j, startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import type { EtlFigures } from "./etl-stage.js";
import type { Figure, ScriptRun, SizeRun } from "./figures.js";
import { type Machine, machine } from "./machine.js";
import { type Neo4jBaselines, neo4jBaselines } from "./neo4j-baseline.js";
import { logLogPlot, type Series } from "./plot.js";
import { type ExternalRun, renderSections } from "./report.js";
import { replaceSection } from "./results-file.js";
import { type Growth, scalingExponents } from "./scaling.js";

interface Options {
  sizes: number[];
  seed: string;
  workers: number;
  skip: Set<string>;
  regenerate: boolean;
  out: string;
  svg: string;
  heap: string;
  pageCache: string;
  budgetMinutes: number;
}

/**
 * Benchmarks other parts own, called the way each was written. Per-size ones run once per corpus
 * size (against the graph the ETL just loaded, when `graph` is set); the others once per run, with
 * --write so they record their own section.
 */
interface External {
  name: string;
  file: string;
  perSize: boolean;
  /** Needs the graph of this size loaded by the ETL (NEO4J_URI is set for it). */
  graph?: boolean;
  args: (docs: number, corpus: string) => string[];
  /** Figures and a section body from what the script printed; by default its last JSON line. */
  parse?: (stdout: string) => { results: Figure[]; markdown?: string };
}

const EXTERNAL: External[] = [
  {
    name: "API",
    file: "bench/api.ts",
    perSize: true,
    graph: true,
    args: (docs, corpus) => ["--docs", String(docs), "--corpus", corpus, "--json"],
  },
  // times the analysts' queries on the graph this size's ETL loaded, and prints its section
  {
    name: "Cypher analysis",
    file: "bench/cypher.ts",
    perSize: true,
    graph: true,
    args: (docs) => ["--docs", String(docs), "--runs", "3", "--loaded"],
    parse: markdownTable("median ms"),
  },
  // the write ceiling: the same graph through neo4j-admin's offline bulk importer, beside the load's rate
  {
    name: "Bulk import",
    file: "bench/bulk-import.ts",
    perSize: true,
    graph: true,
    args: (docs) => ["--docs", String(docs), "--json"],
  },
  { name: "Load", file: "bench/load.ts", perSize: false, args: () => ["--write"] },
  { name: "Extraction", file: "bench/extract.ts", perSize: false, args: () => ["--write"] },
  { name: "Client", file: "bench/client.ts", perSize: false, args: () => ["--write"] },
];

/** Reads a printed "## Section" whose table has a first column naming a figure and a column `column` in ms. */
function markdownTable(column: string) {
  return (stdout: string): { results: Figure[]; markdown?: string } => {
    const body = stdout.replace(/^[\s\S]*?^#+ [^\n]*\n/m, "").trim();
    const rows = body
      .split("\n")
      .filter((l) => l.startsWith("|"))
      .map((l) =>
        l
          .split("|")
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    const header = rows[0] ?? [];
    const at = header.indexOf(column);
    const results =
      at < 0
        ? []
        : rows
            .slice(2)
            .map((r) => ({ name: r[0], value: Number(r[at]), unit: "ms" }))
            .filter((f) => Number.isFinite(f.value));
    return { results, markdown: body };
  };
}

function parseOptions(): Options {
  const list = (v: string) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const opts = new Command()
    .name("bench")
    .description("Run every benchmark at several corpus sizes and write bench/RESULTS.md and bench/scaling.svg")
    .option("--sizes <list>", "corpus sizes in documents, comma-separated", "1000,10000,100000")
    .option("--seed <seed>", "generator seed", "1")
    .option(
      "--workers <n>",
      "extraction worker threads in the end-to-end ETL",
      numberOption,
      Math.min(2, os.cpus().length),
    )
    .option(
      "--skip <list>",
      "stages to leave out: gen-only, etl, extract, api, cypher, bulk (neo4j-admin import), load, extraction, client",
      "",
    )
    .option("--regenerate", "generate corpora again even when data/synthetic-<size>-<seed> exists")
    .option("--out <file>", "results file", "bench/RESULTS.md")
    .option("--svg <file>", "plot file", "bench/scaling.svg")
    .option("--heap <size>", "Neo4j heap for the benchmark server", "2g")
    .option("--page-cache <size>", "Neo4j page cache for the benchmark server", "2g")
    .option(
      "--budget <minutes>",
      "skip a stage at a larger size when its time, projected from the smaller size, would overrun this",
      numberOption,
      30,
    )
    .parse()
    .opts<{
      sizes: string;
      seed: string;
      workers: number;
      skip: string;
      regenerate?: boolean;
      out: string;
      svg: string;
      heap: string;
      pageCache: string;
      budget: number;
    }>();
  const sizes = list(opts.sizes).map(Number);
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes must be positive whole numbers, got "${opts.sizes}"`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: opts.seed,
    workers: opts.workers,
    skip: new Set(list(opts.skip).map((s) => s.toLowerCase())),
    regenerate: !!opts.regenerate,
    out: opts.out,
    svg: opts.svg,
    heap: opts.heap,
    pageCache: opts.pageCache,
    budgetMinutes: opts.budget,
  };
}

/** Runs a script with tsx; returns its output, its last JSON line on stdout (if any) and whether it succeeded. */
function runScript(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun & { stdout: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", file, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(`    ${path.basename(file)}: ${d.toString().trimEnd().replace(/\n/g, "\n    ")}\n`);
    });
    child.on("close", (code) => {
      const seconds = (Date.now() - started) / 1000;
      const last = stdout
        .trim()
        .split("\n")
        .reverse()
        .find((l) => l.trim().startsWith("{") || l.trim().startsWith("["));
      let json: unknown;
      try {
        json = last ? JSON.parse(last) : undefined;
      } catch {
        json = undefined;
      }
      resolve(
        code === 0
          ? { ok: true, json, seconds, stdout }
          : { ok: false, json, seconds, stdout, error: lastLines(stderr) || `exit code ${code}` },
      );
    });
  });
}

/** The line that says what went wrong ("Neo4jError: …"), else the last lines of the output. */
const lastLines = (s: string) => {
  const lines = s.trim().split("\n");
  const error = lines.find((l) => /\b\w*Error\b:/.test(l) && !/^\s+at /.test(l));
  return (error ?? lines.slice(-3).join(" / ")).trim().slice(0, 400);
};

/** A fresh Neo4j per corpus size, so each load starts from an empty store; NEO4J_URI overrides (then nothing is started). */
async function freshNeo4j(o: Options): Promise<{ uri: string; stop: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const driver = neo4j.driver(process.env.NEO4J_URI);
    const session = driver.session();
    await session
      .run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
      .finally(() => session.close());
    await driver.close();
    return { uri: process.env.NEO4J_URI, stop: async () => {} };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "nne-bench-neo4j-"));
  const server: LocalNeo4j = await startLocalNeo4j({
    boltPort: await freePort(),
    httpPort: 0,
    dataDir,
    heap: o.heap,
    pageCache: o.pageCache,
    log: (m) => console.error(`  [neo4j] ${m}`),
  });
  return {
    uri: server.uri,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const o = parseOptions();
  const m: Machine = machine();
  const command = `npm run bench -- --sizes ${o.sizes.join(",")} --seed ${o.seed} --workers ${o.workers}${o.skip.size ? ` --skip ${[...o.skip].join(",")}` : ""}`;
  console.error(`bench: ${command}\n  ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; commit ${m.commit}`);
  const runStarted = Date.now();
  const loadAtStart = os.loadavg()[0];
  // the others' scripts record their own sections into this file as they run: start it afresh, keeping only
  // the sections of benchmarks run on their own (soak, embeddings, …), which this run does not measure again
  writeFileSync(o.out, withoutSuiteSections(existsSync(o.out) ? readFileSync(o.out, "utf8") : ""));

  const sizes: SizeRun[] = [];
  let baselines: Neo4jBaselines | undefined;
  const externals: ExternalRun[] = [];

  async function runExternal(e: External, run: SizeRun, uri?: string) {
    if (!fits(run, e.name, (r) => r.external[e.name]?.seconds)) return;
    console.error(`  ${e.name} (${e.file})…`);
    const r = await runScript(e.file, e.args(run.docs, run.corpus), uri ? { NEO4J_URI: uri } : {});
    // a script may report its figures and still exit non-zero to flag a finding (bench/cypher.ts does for big-label scans)
    const parsed = e.parse?.(r.stdout);
    run.external[e.name] = parsed && parsed.results.length ? { ...r, json: parsed } : r;
  }

  const budgetEnds = runStarted + o.budgetMinutes * 60_000;
  /** Whether a stage fits in what is left of the budget; if not, says so in the run's notes. */
  const fits = (run: SizeRun, stage: string, seconds: (r: SizeRun) => number | undefined): boolean => {
    const projected = projectSeconds(sizes, run.docs, seconds);
    if (projected === undefined || Date.now() + projected * 1000 <= budgetEnds) return true;
    const note = `${stage}: skipped, projected ${(projected / 60).toFixed(0)} min from the smaller sizes would overrun the ${o.budgetMinutes} min budget (--budget)`;
    run.errors = [...(run.errors ?? []), note];
    console.error(`  ${note}`);
    return false;
  };

  for (const docs of o.sizes) {
    const run: SizeRun = { docs, corpus: defaultOut(docs, o.seed), external: {} };
    sizes.push(run);
    console.error(`\n== ${docs} documents`);
    if (o.regenerate || !existsSync(path.join(run.corpus, "manifest.json"))) {
      const t = Date.now();
      const stats = await generateCorpus({ docs, seed: o.seed, out: run.corpus, force: true });
      run.generate = { seconds: (Date.now() - t) / 1000, megabytes: stats.bytes / 1e6, mentions: stats.mentions };
      console.error(
        `  generated ${run.corpus}: ${(stats.bytes / 1e6).toFixed(1)} MB in ${run.generate.seconds.toFixed(1)} s`,
      );
    } else console.error(`  reusing ${run.corpus} (pass --regenerate to time generation)`);
    if (o.skip.has("gen-only")) continue;

    if (!o.skip.has("extract") && fits(run, "extraction alone", (r) => r.extract?.totalSeconds)) {
      console.error("  extraction alone, one thread…");
      const r = await runScript("bench/etl-stage.ts", ["extract", "--corpus", run.corpus, "--workers", "1"], {});
      if (r.ok) run.extract = r.json as EtlFigures;
      else run.errors = [...(run.errors ?? []), `extraction: ${r.error}`];
    }

    const perSize = EXTERNAL.filter((e) => e.perSize && !o.skip.has(key(e.name)) && existsSync(e.file));
    for (const e of perSize.filter((e) => !e.graph)) await runExternal(e, run);
    const etlFits = !o.skip.has("etl") && fits(run, "ETL end to end", (r) => r.etl?.totalSeconds);
    const onGraph = perSize.filter((e) => e.graph);
    if (!etlFits && !onGraph.length) continue;
    const graph = await freshNeo4j(o);
    try {
      if (!baselines) {
        console.error("  Neo4j baselines…");
        baselines = await neo4jBaselines(graph.uri);
      }
      if (etlFits) {
        console.error(`  ETL end to end (${o.workers} worker${o.workers > 1 ? "s" : ""})…`);
        const r = await runScript(
          "bench/etl-stage.ts",
          ["etl", "--corpus", run.corpus, "--workers", String(o.workers)],
          { NEO4J_URI: graph.uri },
        );
        if (r.ok) run.etl = r.json as EtlFigures;
        else run.errors = [...(run.errors ?? []), `ETL: ${r.error}`];
      }
      for (const e of onGraph) await runExternal(e, run, graph.uri);
    } finally {
      await graph.stop();
    }
  }

  for (const e of EXTERNAL.filter((e) => !e.perSize && !o.skip.has(key(e.name)))) {
    if (!existsSync(e.file)) {
      externals.push({ name: e.name, file: e.file, missing: true });
      continue;
    }
    console.error(`\n== ${e.name} (${e.file} ${e.args(0, "").join(" ")})`);
    const r = await runScript(e.file, e.args(0, ""), {});
    externals.push({ name: e.name, file: e.file, ok: r.ok, seconds: r.seconds, error: r.error });
  }
  for (const e of EXTERNAL.filter((e) => e.perSize && !existsSync(e.file)))
    externals.push({ name: e.name, file: e.file, missing: true });

  const growth: Growth[] = scalingExponents(sizes);
  const series: Series[] = timeSeries(sizes);
  writeFileSync(
    o.svg,
    logLogPlot(series, { title: "Time against corpus size (log–log)", xLabel: "documents", yLabel: "seconds" }),
  );
  let markdown = existsSync(o.out) ? readFileSync(o.out, "utf8") : "# Benchmark results\n";
  for (const [title, body] of renderSections({
    machine: m,
    command,
    sizes,
    baselines,
    growth,
    externals,
    svg: path.relative(path.dirname(o.out), o.svg),
    workers: o.workers,
    minutes: (Date.now() - runStarted) / 60_000,
    load: [loadAtStart, os.loadavg()[0]],
  })) {
    markdown = replaceSection(markdown, title, body);
  }
  writeFileSync(o.out, orderSections(markdown));
  console.error(`\nwrote ${o.out} and ${o.svg} in ${((Date.now() - runStarted) / 60_000).toFixed(1)} min`);
  for (const g of growth.filter((g) => g.superlinear))
    console.error(
      `grows faster than linearly: ${g.stage} (exponent ${g.exponent.toFixed(2)} from ${g.from} to ${g.to} documents)`,
    );
}

const key = (name: string) => name.toLowerCase().split(" ")[0];

/**
 * Seconds a stage would take at `docs`, from the sizes already measured: scaled from the largest
 * one by the growth seen so far (never assumed better than linear). Undefined before any measure.
 */
export function projectSeconds(
  done: SizeRun[],
  docs: number,
  seconds: (r: SizeRun) => number | undefined,
): number | undefined {
  const measured = done.filter((r) => seconds(r) !== undefined && r.docs < docs);
  if (!measured.length) return undefined;
  const last = measured[measured.length - 1];
  const prev = measured[measured.length - 2];
  const k = prev ? Math.max(1, Math.log(seconds(last)! / seconds(prev)!) / Math.log(last.docs / prev.docs)) : 1;
  return seconds(last)! * (docs / last.docs) ** k;
}

/** Seconds per stage per size, for the plot. */
function timeSeries(sizes: SizeRun[]): Series[] {
  const pick = (name: string, f: (r: SizeRun) => number | undefined): Series => ({
    name,
    points: sizes.flatMap((r) => (f(r) ? [{ x: r.docs, y: f(r)! }] : [])),
  });
  return [
    pick("generate", (r) => r.generate?.seconds),
    pick("read corpus", (r) => r.etl?.readSeconds ?? r.extract?.readSeconds),
    pick("extract, 1 thread", (r) => r.extract?.extractSeconds),
    pick("reading documents", (r) => r.extract?.readingSeconds),
    pick("clustering claims", (r) => r.extract?.clusterSeconds),
    pick("extract, workers", (r) => (r.etl && r.etl.workersUsed > 1 ? r.etl.extractSeconds : undefined)),
    pick("load", (r) => r.etl?.loadSeconds),
    pick("ETL end to end", (r) => r.etl?.totalSeconds),
  ].filter((s) => s.points.length > 0);
}

/** The sections a run of the suite writes, in their order; the sections of benchmarks run on their own follow. */
const SUITE_SECTIONS = [
  "Summary",
  "Targets",
  "Scaling",
  "End-to-end ETL",
  "Extraction speed",
  "Baselines",
  "Generator",
  "API",
  "Cypher analysis",
  "Load",
  "Extraction",
  "Client",
  "Not measured",
  "Bulk import",
];
const titleOf = (section: string) => section.split("\n")[0].replace(/^## /, "").trim();

function withoutSuiteSections(markdown: string): string {
  const [, ...rest] = markdown.split(/\n(?=## )/);
  const kept = rest.filter((s) => !SUITE_SECTIONS.includes(titleOf(s))).map((s) => s.trimEnd());
  return ["# Benchmark results", ...kept].join("\n\n") + "\n";
}

/** The suite's own sections first, then the others' in a fixed order. */
function orderSections(markdown: string): string {
  const [head, ...rest] = markdown.split(/\n(?=## )/);
  const rank = (s: string) => {
    const i = SUITE_SECTIONS.indexOf(titleOf(s));
    return i < 0 ? SUITE_SECTIONS.length : i;
  };
  return [head.trimEnd(), ...rest.map((s) => s.trimEnd()).sort((a, b) => rank(a) - rank(b))].join("\n\n") + "\n";
}

main().catch((e: Error) => {
  console.error(`bench failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

/** The suite's own sections of bench/RESULTS.md, rendered from one run's figures. */

import { figuresOf, type SizeRun } from "./figures.js";
import type { Machine } from "./machine.js";
import type { Neo4jBaselines } from "./neo4j-baseline.js";
import { type Growth, SUPERLINEAR } from "./scaling.js";

export interface ExternalRun {
  name: string;
  file: string;
  missing?: boolean;
  ok?: boolean;
  seconds?: number;
  error?: string;
}

export interface ReportInput {
  machine: Machine;
  command: string;
  sizes: SizeRun[];
  baselines?: Neo4jBaselines;
  growth: Growth[];
  externals: ExternalRun[];
  svg: string;
  workers: number;
  minutes: number;
  /** 1-minute load average when the run started and ended: above the core count, other work shared the CPUs. */
  load: [number, number];
}

/** One decimal, or two significant digits below 1 (so 0.07 MB/s does not print as 0.1). */
const f1 = (n: number) =>
  Math.abs(n) < 1 && n !== 0
    ? n.toPrecision(2)
    : n.toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const f0 = (n: number) => Math.round(n).toLocaleString("en-US");
const mb = (bytes: number) => f0(bytes / 2 ** 20);
const docsLabel = (n: number) => n.toLocaleString("en-US");

/** A Markdown table's lines: its header, the rule under it, and a row of cells per entry. */
function table(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)];
}

export function renderSections(input: ReportInput): [string, string][] {
  const sections: [string, string][] = [
    ["Summary", summary(input)],
    ["Targets", targets(input)],
    ["Scaling", scaling(input)],
    ["End-to-end ETL", etl(input)],
    ["Extraction speed", extraction(input)],
    ["Baselines", baselines(input)],
    ["Generator", generator(input)],
  ];
  for (const title of new Set(input.sizes.flatMap((s) => Object.keys(s.external))))
    sections.push([title, external(input, title)]);
  const missing = [
    ...input.externals.filter((e) => e.missing).map((e) => `- ${e.name}: ${e.file} does not exist yet.`),
    ...input.externals
      .filter((e) => e.ok === false)
      .map((e) => `- ${e.name}: \`${e.file} --write\` failed: ${e.error}`),
    ...input.sizes.flatMap((s) => (s.errors ?? []).map((e) => `- ${docsLabel(s.docs)} documents: ${e}`)),
  ];
  sections.push(["Not measured", missing.length ? missing.join("\n") : "Everything was measured."]);
  return sections;
}

function summary({ machine: m, command, minutes, load }: ReportInput): string {
  return [
    `Produced by one run of \`${command}\` (${f1(minutes)} min).`,
    `Load average (1 min) ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end, on ${m.cores} cores: above ${m.cores}, other work shared the CPUs and wall times are upper bounds (see the CPU-time column of Extraction speed).`,
    "",
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM; ${m.platform}; Node ${m.node}`,
    `- Date: ${m.date}`,
    `- Commit: ${m.commit}`,
    "",
    "Corpora are synthetic (`npm run gen -- --docs N --seed S`, server/gen): government readouts, wires, newspapers,",
    "broadcasters, aggregators that reprint wires verbatim, and blogs; claims relayed, denied and reworded along the way.",
    "Each size gets a fresh Neo4j. Ratios compare a stage with a baseline measured in this same run (see Baselines).",
  ].join("\n");
}

function largest(sizes: SizeRun[], f: (s: SizeRun) => number | undefined): { docs: number; value: number } | undefined {
  const s = [...sizes].reverse().find((r) => f(r) !== undefined);
  return s ? { docs: s.docs, value: f(s)! } : undefined;
}

/** The worst claim-query p95 the API benchmark reports (batched scenarios, not its N+1 baseline rows). */
function claimP95(s: SizeRun): number | undefined {
  const values = figuresOf(s.external["API"]?.json)
    .filter((f) => /claim/i.test(f.name) && /p95$/.test(f.name) && !/baseline/i.test(f.name))
    .map((f) => f.value);
  return values.length ? Math.max(...values) : undefined;
}

function targets({ sizes }: ReportInput): string {
  const rows: string[] = ["| target | measured | at | met? |", "|---|---|---|---|"];
  const row = (
    target: string,
    got: { docs: number; value: number } | undefined,
    show: (v: number) => string,
    ok: (v: number) => boolean,
    scaleNote = true,
  ) => {
    if (!got) rows.push(`| ${target} | not measured | | |`);
    else
      rows.push(
        `| ${target} | ${show(got.value)} | ${docsLabel(got.docs)} documents${scaleNote && got.docs < 100_000 ? " (not 100 000)" : ""} | ${ok(got.value) ? "yes" : "**no**"} |`,
      );
  };
  row(
    "ETL end to end, 100 000 documents < 10 min",
    largest(sizes, (s) => s.etl?.totalSeconds),
    (v) => `${f1(v / 60)} min`,
    (v) => v < 600,
  );
  row(
    "ETL peak memory < 4 GB",
    largest(sizes, (s) => s.etl?.peakRssBytes),
    (v) => `${mb(v)} MB`,
    (v) => v < 4 * 2 ** 30,
  );
  row(
    "extraction ≥ 1 MB/s per core",
    largest(sizes, (s) => (s.extract ? s.extract.megabytes / s.extract.extractSeconds : undefined)),
    (v) => `${f1(v)} MB/s`,
    (v) => v >= 1,
    false,
  );
  row(
    "load ≥ 20 000 rel/s",
    largest(sizes, (s) =>
      s.etl?.loadSeconds && s.etl.relationships ? s.etl.relationships / s.etl.loadSeconds : undefined,
    ),
    (v) => `${f0(v)} rel/s`,
    (v) => v >= 20_000,
    false,
  );
  row(
    "claim query p95 ≤ 20 ms at 100 000 documents",
    largest(sizes, claimP95),
    (v) => `${f1(v)} ms`,
    (v) => v <= 20,
  );
  return rows.join("\n");
}

function scaling({ growth, svg }: ReportInput): string {
  if (!growth.length) return "Needs at least two sizes.";
  const lines = [
    `![time against corpus size](${svg})`,
    "",
    `Growth exponent k in cost ∝ documents^k between consecutive sizes (1 = linear). Marked **faster than linear** when k > ${SUPERLINEAR}`,
    "and the larger figure is big enough to measure (≥ 1 s; ≥ 20 ms for a query; ≥ 512 MB for memory).",
    "",
    "| stage | from | to | before | after | k | |",
    "|---|---|---|---|---|---|---|",
    ...growth.map(
      (g) =>
        `| ${g.stage} | ${docsLabel(g.from)} | ${docsLabel(g.to)} | ${fmt(g.before, g.unit)} | ${fmt(g.after, g.unit)} | ${g.exponent.toFixed(2)} | ${g.superlinear ? "**faster than linear**" : ""} |`,
    ),
  ];
  const bad = growth.filter((g) => g.superlinear);
  lines.push(
    "",
    bad.length
      ? `Faster than linear: ${[...new Set(bad.map((g) => g.stage))].join(", ")}.`
      : "No stage grew faster than linearly in this run.",
  );
  return lines.join("\n");
}

const fmt = (v: number, unit: string) => (unit === "s" ? `${v < 10 ? v.toFixed(2) : f1(v)} s` : `${f0(v)} ${unit}`);

function etl({ sizes, workers, baselines: b }: ReportInput): string {
  const rows = sizes.filter((s) => s.etl);
  if (!rows.length) return "Not run.";
  return [
    `One process per size: read the corpus, extract with ${workers} worker thread${workers > 1 ? "s" : ""}, load into an empty Neo4j. Peak memory is that process's VmHWM`,
    "(Neo4j's own memory is separate: its heap and page cache are set by `--heap` and `--page-cache`).",
    "",
    ...table(
      [
        "documents",
        "MB",
        "read",
        "extract",
        "extract MB/s",
        "load",
        "relationships",
        "rel/s",
        "× raw writes",
        "end to end",
        "peak memory",
      ],
      rows.map((s) => {
        const e = s.etl!;
        const relPerS = e.relationships && e.loadSeconds ? e.relationships / e.loadSeconds : undefined;
        return [
          docsLabel(s.docs),
          f1(e.megabytes),
          `${f1(e.readSeconds)} s`,
          `${f1(e.extractSeconds)} s`,
          f1(e.megabytes / e.extractSeconds),
          e.loadSeconds ? `${f1(e.loadSeconds)} s` : "",
          e.relationships ? f0(e.relationships) : "",
          relPerS ? f0(relPerS) : "",
          relPerS && b ? (relPerS / b.rawRelPerSecond).toFixed(2) : "",
          `${f1(e.totalSeconds)} s`,
          `${mb(e.peakRssBytes)} MB`,
        ];
      }),
    ),
    "",
    "Command for one size: `NEO4J_URI=bolt://… npx tsx bench/etl-stage.ts etl --corpus data/synthetic-N-S --workers 2`.",
  ].join("\n");
}

function extraction({ sizes }: ReportInput): string {
  const rows = sizes.filter((s) => s.extract);
  if (!rows.length) return "Not run.";
  return [
    "Extraction alone (extractCorpus, clustering included) on one thread, against a word-count pass over the same text in the same process.",
    "Reading (readDocument over every document, the part worker threads share out) and clustering (clusterClaims over every mention's",
    "features) are also timed on their own, after the full extraction; the rest of extract is resolving actors and assembling.",
    "",
    ...table(
      [
        "documents",
        "MB",
        "mentions",
        "claims",
        "actors",
        "extract",
        "of which reading",
        "clustering",
        "MB/s (1 core)",
        "MB per CPU-second",
        "word count MB/s",
        "extraction / word count",
        "with workers (ETL)",
        "speed-up",
        "peak memory",
      ],
      rows.map((s) => {
        const e = s.extract!;
        const rate = e.megabytes / e.extractSeconds;
        const base = e.megabytes / e.baselineSeconds;
        const par = s.etl && s.etl.workersUsed > 1 ? s.etl.megabytes / s.etl.extractSeconds : undefined;
        return [
          docsLabel(s.docs),
          f1(e.megabytes),
          f0(e.mentions),
          f0(e.claims),
          f0(e.actors),
          `${f1(e.extractSeconds)} s`,
          e.readingSeconds !== undefined ? `${f1(e.readingSeconds)} s` : "",
          e.clusterSeconds !== undefined ? `${f1(e.clusterSeconds)} s` : "",
          f1(rate),
          e.extractCpuSeconds ? f1(e.megabytes / e.extractCpuSeconds) : "",
          f1(base),
          (rate / base).toFixed(3),
          par ? `${f1(par)} MB/s` : "",
          par ? `${(par / rate).toFixed(2)}×` : "",
          `${mb(e.peakRssBytes)} MB`,
        ];
      }),
    ),
    "",
    "Command: `npx tsx bench/etl-stage.ts extract --corpus data/synthetic-N-S --workers 1`.",
  ].join("\n");
}

function baselines({ baselines: b }: ReportInput): string {
  if (!b) return "Not measured (no Neo4j stage ran).";
  return [
    "Measured in this run on the benchmark's Neo4j, before any load:",
    "",
    `- raw relationship writes (\`UNWIND … CREATE (a)-[:R]->(b)\`, 10 000 per transaction): **${f0(b.rawRelPerSecond)} rel/s**`,
    `- trivial query round trip (\`RETURN 1\`): p50 ${b.trivialQueryP50Ms.toFixed(2)} ms, p95 ${b.trivialQueryP95Ms.toFixed(2)} ms`,
    "- word count over each corpus (in the extraction process): see Extraction speed",
  ].join("\n");
}

function generator({ sizes }: ReportInput): string {
  const rows = sizes.filter((s) => s.generate);
  if (!rows.length) return "Corpora were reused from data/; pass `--regenerate` to time the generator.";
  return [
    ...table(
      ["documents", "MB", "claim mentions", "seconds", "MB/s"],
      rows.map((s) => {
        const g = s.generate!;
        return [docsLabel(s.docs), f1(g.megabytes), f0(g.mentions), f1(g.seconds), f1(g.megabytes / g.seconds)];
      }),
    ),
    "",
    "Command: `npm run gen -- --docs N --seed S` (add `--gold` for the annotation).",
  ].join("\n");
}

/** A per-size script's figures: its own Markdown if it printed some, else a table of its results. */
function external({ sizes }: ReportInput, title: string): string {
  const runs = sizes.filter((s) => s.external[title]);
  const parts: string[] = [];
  const names = new Map<string, string | undefined>();
  for (const s of runs) for (const f of figuresOf(s.external[title].json)) names.set(f.name, f.unit);
  for (const s of runs) {
    const r = s.external[title];
    const md = (r.json as { markdown?: string } | undefined)?.markdown;
    if (md) parts.push(`### ${docsLabel(s.docs)} documents\n\n${md.trim()}`);
    if (!r.ok)
      parts.push(
        `${docsLabel(s.docs)} documents: the script exited with an error${md ? " after reporting (see above)" : ""}: ${r.error}`,
      );
  }
  if (names.size) {
    parts.unshift(
      table(
        ["figure", ...runs.map((s) => docsLabel(s.docs))],
        [...names].map(([name, unit]) => [
          `${name}${unit ? ` (${unit})` : ""}`,
          ...runs.map((s) => show(figuresOf(s.external[title].json).find((f) => f.name === name)?.value)),
        ]),
      ).join("\n"),
    );
  }
  return parts.join("\n\n") || "No figures reported.";
}

const show = (v: number | undefined) => (v === undefined ? "" : v >= 100 ? f0(v) : v.toFixed(2));

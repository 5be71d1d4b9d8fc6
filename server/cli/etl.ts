/**
 * `npm run etl -- <corpus-dir>`: read, extract and load a corpus folder into Neo4j.
 * `npm run etl -- <corpus-dir> --shard i/n --out part.ndjson`: extract one shard to a file, no database.
 * `npm run etl -- --merge part…`: load the parts of a sharded extraction.
 */
import { Command } from "commander";
import type { LoadProgress } from "../graph/load-summary.js";
import { formatSummary, loadProgressBar } from "../graph/progress-bar.js";
import { type EtlResult, extractShard, runEtl, runMerge } from "../pipeline.js";
import { parseShard } from "../shard/shard-of.js";
import { exitCodeOf } from "./exit-code.js";
import { reportProblems } from "./report-problems.js";

interface Options {
  corpusName?: string;
  workers?: number;
  shard?: string;
  out?: string;
  merge?: boolean;
}

/** A load with a progress bar; prints its summary and warnings and returns the exit code. */
async function withProgressBar(load: (onProgress: (p: LoadProgress) => void) => Promise<EtlResult>): Promise<number> {
  const bar = loadProgressBar();
  try {
    const { summary, schemaWarnings, failed } = await load((p) => bar.onProgress(p));
    bar.stop();
    for (const warning of schemaWarnings) console.error(`warning: ${warning}`);
    console.log(formatSummary(summary));
    for (const issue of summary.issues.slice(0, 20)) console.error(`warning: ${issue}`);
    return failed ? 1 : 0;
  } finally {
    bar.stop();
  }
}

async function run(args: string[], opts: Options): Promise<number> {
  const load = { corpus: opts.corpusName, workers: opts.workers, onProblems: reportProblems };
  if (opts.merge) {
    if (opts.shard || opts.out) throw new Error("--merge takes partial files only (no --shard or --out)");
    return withProgressBar((onProgress) => runMerge(args, { ...load, onProgress }));
  }
  if (args.length !== 1)
    throw new Error(`give one corpus folder, or --merge and the partial files (got ${args.length} arguments)`);
  const [dir] = args;
  if (!opts.shard && !opts.out) return withProgressBar((onProgress) => runEtl(dir, { ...load, onProgress }));
  if (!opts.shard || !opts.out) throw new Error("--shard i/n and --out <file> go together");
  const { documents, problems } = await extractShard(dir, parseShard(opts.shard), opts.out);
  console.log(`shard ${opts.shard}: ${documents} documents read → ${opts.out}`);
  return reportProblems(problems) ? 1 : 0;
}

new Command()
  .name("etl")
  .description(
    "Read a corpus/1 folder, extract who said what, and load it into Neo4j (incremental: only what changed is rewritten). " +
      "With --shard, extract one shard to a file instead; with --merge, load such files.",
  )
  .argument(
    "<inputs...>",
    "a folder of .txt/.md/.html documents with an optional manifest.json (with --merge: the partial files)",
  )
  .option("--corpus-name <name>", "the name the documents are stored under (default: the folder's absolute path)")
  .option("--workers <n>", "threads reading documents in parallel (default: one per core)", (v) =>
    Math.max(1, Number.parseInt(v, 10) || 1),
  )
  .option("--shard <i/n>", "extract only shard i of n (documents split by a hash of their path) and write it to --out")
  .option("--out <file>", "where --shard writes its partial extraction")
  .option("--merge", "load the partial extractions given as arguments (every shard of one corpus, once)")
  .action(async (args: string[], opts: Options) => {
    process.exitCode = await run(args, opts);
  })
  .parseAsync()
  .catch((e: Error) => {
    console.error(`etl failed: ${e.message}`);
    process.exit(exitCodeOf(e));
  });

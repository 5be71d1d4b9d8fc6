/** `npm run etl -- <corpus-dir> [--corpus-name X]`: read, extract and load a corpus folder into Neo4j. */
import { Command } from "commander";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { extractParallel } from "../shard/extract-parallel.js";
import { limitForExtraction } from "../corpus/extraction-limit.js";
import { readCorpus } from "../corpus/read-corpus.js";
import type { CorpusProblem } from "../corpus/types.js";
import { openGraph, type Graph } from "../graph/driver.js";
import { loadExtraction, type LoadProgress, type LoadSummary } from "../graph/load.js";
import { migrate } from "../graph/migrate.js";
import { formatSummary, loadProgressBar } from "../graph/progress-bar.js";
import { exitCodeOf } from "./exit-code.js";
import { reportProblems } from "./report-problems.js";

export interface EtlOptions {
  /** The corpus key documents are stored under (default: the folder's absolute path). */
  corpusName?: string;
  /** An open graph to load into (left open); otherwise one is opened and closed here. */
  graph?: Graph;
  onProgress?: (progress: LoadProgress) => void;
  /** Threads that read documents in parallel (default: one per core); the corpus-wide half runs once. */
  workers?: number;
}

export interface EtlResult {
  summary: LoadSummary;
  problems: CorpusProblem[];
  /** Some file could not be read (the rest was loaded). */
  failed: boolean;
}

/** Reads, extracts and loads a corpus folder; prints each corpus problem with its file name on stderr. */
export async function runEtl(dir: string, options: EtlOptions = {}): Promise<EtlResult> {
  const corpus = await readCorpus(dir);
  const extractable = limitForExtraction(corpus.documents);
  const { extraction, problems: unextracted } = await extractParallel(extractable.documents, options.workers ?? availableParallelism());
  const problems = [...corpus.problems, ...extractable.problems, ...unextracted];
  const failed = reportProblems(problems);
  const graph = options.graph ?? (await openGraph());
  try {
    const migrations = await migrate(graph);
    for (const file of migrations.changedSinceApplied) console.error(`warning: schema file ${file} changed after it was applied; it is not re-run`);
    const summary = await loadExtraction(graph, extraction, {
      corpus: options.corpusName ?? corpus.root,
      title: corpus.title,
      texts: new Map(corpus.documents.map((d) => [d.id, d.text])),
      problems,
      onProgress: options.onProgress,
    });
    return { summary, problems, failed };
  } finally {
    if (!options.graph) await graph.close();
  }
}

function main(): void {
  new Command()
    .name("etl")
    .description("Read a corpus/1 folder, extract who said what, and load it into Neo4j (incremental: only what changed is rewritten)")
    .argument("<corpus-dir>", "folder of .txt/.md/.html documents with an optional manifest.json")
    .option("--corpus-name <name>", "the name the documents are stored under (default: the folder's absolute path)")
    .option("--workers <n>", "threads reading documents in parallel (default: one per core)", (v) => Math.max(1, Number.parseInt(v, 10) || 1))
    .action(async (dir: string, opts: { corpusName?: string; workers?: number }) => {
      const bar = loadProgressBar();
      try {
        const { summary, failed } = await runEtl(dir, { corpusName: opts.corpusName, workers: opts.workers, onProgress: (p) => bar.onProgress(p) });
        bar.stop();
        console.log(formatSummary(summary));
        for (const issue of summary.issues.slice(0, 20)) console.error(`warning: ${issue}`);
        process.exitCode = failed ? 1 : 0;
      } finally {
        bar.stop();
      }
    })
    .parseAsync()
    .catch((e: Error) => {
      console.error(`etl failed: ${e.message}`);
      process.exit(exitCodeOf(e));
    });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();

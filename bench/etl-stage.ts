/**
 * One benchmark measurement in its own process, so that its peak memory (VmHWM) is its own:
 *
 *   npx tsx bench/etl-stage.ts etl     --corpus DIR [--workers N]   read → extract → load into NEO4J_URI
 *   npx tsx bench/etl-stage.ts extract --corpus DIR [--workers N]   read → extract only
 *
 * Prints one JSON line (EtlFigures) on stdout; progress goes to stderr.
 */
import { Command } from "commander";
import { readCorpus } from "../server/corpus/read-corpus.js";
import type { CorpusDocument } from "../server/corpus/types.js";
import { clusterClaims } from "../server/extract/cluster-claims.js";
import { extractCorpus } from "../server/extract/index.js";
import { type DocumentReading, readDocument } from "../server/extract/read-document.js";
import type { Extraction } from "../server/extract/types.js";
import { openGraph } from "../server/graph/driver.js";
import { loadExtraction } from "../server/graph/load.js";
import { migrate } from "../server/graph/migrate.js";
import { extractParallel } from "../server/shard/extract-parallel.js";
import { peakRss } from "./machine.js";

export interface EtlFigures {
  documents: number;
  megabytes: number;
  /** Reference pass over the same text (tokenise and count words): what any extraction costs at least. */
  baselineSeconds: number;
  readSeconds: number;
  extractSeconds: number;
  /** CPU time of the extraction (all threads of this process): on a busy machine wall time also counts others' turns. */
  extractCpuSeconds: number;
  /** Worker threads asked for, and those that did work (1 when the extractor cannot take readings). */
  workers: number;
  workersUsed: number;
  mentions: number;
  claims: number;
  actors: number;
  /** extract only: the per-document half (readDocument over every document) on its own. */
  readingSeconds?: number;
  /** extract only: clusterClaims alone, on the features of every mention the readings found. */
  clusterSeconds?: number;
  loadSeconds?: number;
  relationships?: number;
  nodes?: number;
  totalSeconds: number;
  peakRssBytes: number;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Splits every document into words and counts them: a floor for any per-character work. */
export function wordCountBaseline(docs: CorpusDocument[]): number {
  const started = process.hrtime.bigint();
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const w of d.text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  if (counts.size === 0 && docs.length > 0) throw new Error("baseline saw no words");
  return seconds(started);
}

/**
 * The two halves the extractor does not time apart: reading every document, then clustering the
 * claim features of all their mentions (the same inputs extractCorpus clusters, before denial
 * targets are resolved).
 */
function phases(docs: CorpusDocument[]): { readingSeconds: number; clusterSeconds: number } {
  let t = process.hrtime.bigint();
  const readings: DocumentReading[] = docs.map((d) => readDocument(d.text));
  const readingSeconds = seconds(t);
  const items = readings.flatMap((r) => r.mentions.filter((m) => !m.pointsBack).map((m) => ({ features: m.features })));
  t = process.hrtime.bigint();
  clusterClaims(items);
  return { readingSeconds, clusterSeconds: seconds(t) };
}

async function extract(docs: CorpusDocument[], workers: number): Promise<Extraction> {
  return workers > 1 ? (await extractParallel(docs, workers)).extraction : extractCorpus(docs);
}

async function main() {
  const program = new Command()
    .argument("<what>", "etl | extract")
    .requiredOption("--corpus <dir>", "corpus folder")
    .option("--workers <n>", "extraction worker threads", "1")
    .parse();
  const what = program.args[0];
  const opts = program.opts<{ corpus: string; workers: string }>();
  const workers = Number(opts.workers);

  let t = process.hrtime.bigint();
  const corpus = await readCorpus(opts.corpus);
  const readSeconds = seconds(t);
  const bytes = corpus.documents.reduce((n, d) => n + d.bytes, 0);
  const baselineSeconds = wordCountBaseline(corpus.documents);
  console.error(
    `read ${corpus.documents.length} documents (${(bytes / 1e6).toFixed(1)} MB) in ${readSeconds.toFixed(1)} s`,
  );

  // the reference pass is not part of the ETL: time the pipeline without it
  const pipelineStarted = process.hrtime.bigint();
  t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const extraction = await extract(corpus.documents, workers);
  const extractSeconds = seconds(t);
  const used = process.cpuUsage(cpu);
  const extractCpuSeconds = (used.user + used.system) / 1e6;
  const mentions = extraction.claims.reduce((n, c) => n + c.mentions.length, 0);
  console.error(
    `extracted ${mentions} mentions, ${extraction.claims.length} claims in ${extractSeconds.toFixed(1)} s (${workers} worker${workers > 1 ? "s" : ""})`,
  );

  const figures: EtlFigures = {
    documents: corpus.documents.length,
    megabytes: bytes / 1e6,
    baselineSeconds,
    readSeconds,
    extractSeconds,
    extractCpuSeconds,
    workers,
    workersUsed: workers,
    mentions,
    claims: extraction.claims.length,
    actors: extraction.actors.length,
    totalSeconds: 0,
    peakRssBytes: 0,
  };
  if (what === "etl") {
    const graph = await openGraph();
    try {
      await migrate(graph);
      t = process.hrtime.bigint();
      const summary = await loadExtraction(graph, extraction, { corpus: corpus.root, title: corpus.title });
      figures.loadSeconds = seconds(t);
      figures.relationships = summary.relationshipsCreated;
      figures.nodes = summary.nodesCreated;
      console.error(`loaded ${summary.relationshipsCreated} relationships in ${figures.loadSeconds.toFixed(1)} s`);
    } finally {
      await graph.close();
    }
  } else if (what === "extract") {
    Object.assign(figures, phases(corpus.documents));
    console.error(
      `reading alone ${figures.readingSeconds!.toFixed(1)} s, clustering alone ${figures.clusterSeconds!.toFixed(1)} s`,
    );
  } else throw new Error(`unknown stage "${what}": etl or extract`);
  figures.totalSeconds = readSeconds + (what === "etl" ? seconds(pipelineStarted) : extractSeconds);
  figures.peakRssBytes = peakRss();
  process.stdout.write(JSON.stringify(figures) + "\n");
}

main().catch((e: Error) => {
  console.error(`bench stage failed: ${e.stack ?? e.message}`);
  process.exit(1);
});

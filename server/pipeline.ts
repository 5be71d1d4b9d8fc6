/**
 * The ETL, composed once: read → limit → extract → migrate → load. The ETL command, the export
 * command (up to extract), the sharded commands and the API's ingest all run these stages, so a
 * document takes the same path through the code whichever way it comes in.
 */
import { availableParallelism } from "node:os";
import { limitForExtraction } from "./corpus/extraction-limit.js";
import { readCorpus } from "./corpus/read-corpus.js";
import type { CorpusDocument, CorpusProblem } from "./corpus/types.js";
import type { Extraction } from "./extract/types.js";
import { type Graph, openGraph } from "./graph/driver.js";
import { loadExtraction } from "./graph/load.js";
import type { LoadProgress, LoadSummary } from "./graph/load-summary.js";
import { migrate } from "./graph/migrate.js";
import { extractParallel } from "./shard/extract-parallel.js";
import {
  mergeExtractions,
  partEmbeddings,
  readPartialFile,
  type Shard,
  writePartialFile,
} from "./shard/partial-file.js";

export interface ExtractedCorpus {
  /** The corpus key documents are stored under unless told otherwise (a folder's absolute path). */
  root: string;
  title?: string;
  /** The extraction; its documents carry their whole text. */
  extraction: Extraction;
  /** Every file that could not be read, or was read with a doubt (a document cut for extraction). */
  problems: CorpusProblem[];
}

export interface ExtractOptions {
  /** Threads that read documents in parallel (default: one per core); the corpus-wide half runs once. */
  workers?: number;
}

/** extract: on worker threads when the corpus is large enough to gain from them. */
const extract = (documents: CorpusDocument[], options: ExtractOptions) =>
  extractParallel(documents, options.workers ?? availableParallelism());

/** read → limit: a corpus folder, with the problems of both. */
async function readForExtraction(dir: string) {
  const corpus = await readCorpus(dir);
  const limited = limitForExtraction(corpus.documents);
  return {
    root: corpus.root,
    title: corpus.title,
    documents: limited.documents,
    problems: [...corpus.problems, ...limited.problems],
  };
}

/** read → limit → extract: a corpus folder, no database needed; a document extraction fails on is named and left out. */
export async function extractFolder(dir: string, options: ExtractOptions = {}): Promise<ExtractedCorpus> {
  const { documents, problems, ...corpus } = await readForExtraction(dir);
  const { extraction, problems: unextracted } = await extract(documents, options);
  return { ...corpus, extraction, problems: [...problems, ...unextracted] };
}

export interface LoadStageOptions {
  /** The corpus key to store the documents under (default: the extraction's root). */
  corpus?: string;
  onProgress?: (progress: LoadProgress) => void;
}

export interface Loaded {
  summary: LoadSummary;
  /** Schema files edited after they were applied (they are not re-run). */
  schemaWarnings: string[];
}

/** migrate → load: an extraction into the graph, with its problems recorded on the run. */
export async function loadExtracted(
  graph: Graph,
  extracted: ExtractedCorpus,
  options: LoadStageOptions = {},
): Promise<Loaded> {
  const migrations = await migrate(graph);
  const summary = await loadExtraction(graph, extracted.extraction, {
    corpus: options.corpus ?? extracted.root,
    title: extracted.title,
    problems: extracted.problems,
    onProgress: options.onProgress,
  });
  const schemaWarnings = migrations.changedSinceApplied.map(
    (file) => `schema file ${file} changed after it was applied; it is not re-run`,
  );
  return { summary, schemaWarnings };
}

export interface EtlOptions extends ExtractOptions, LoadStageOptions {
  /** An open graph to load into (left open); otherwise one is opened and closed here. */
  graph?: Graph;
  /** Told the corpus's problems once it is extracted, before the load starts. */
  onProblems?: (problems: CorpusProblem[]) => void;
}

export interface EtlResult extends Loaded {
  problems: CorpusProblem[];
  /** Some file could not be read (the rest was loaded). */
  failed: boolean;
}

/** Runs `work` on `graph`, or on a graph opened (and closed) for this one load. */
async function withGraph<T>(graph: Graph | undefined, work: (graph: Graph) => Promise<T>): Promise<T> {
  if (graph) return work(graph);
  const opened = await openGraph();
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

/** The whole ETL of a corpus folder. */
export async function runEtl(dir: string, options: EtlOptions = {}): Promise<EtlResult> {
  return loadStage(await extractFolder(dir, options), options);
}

async function loadStage(extracted: ExtractedCorpus, options: EtlOptions): Promise<EtlResult> {
  options.onProblems?.(extracted.problems);
  const loaded = await withGraph(options.graph, (graph) => loadExtracted(graph, extracted, options));
  return { ...loaded, problems: extracted.problems, failed: hasErrors(extracted.problems) };
}

const hasErrors = (problems: CorpusProblem[]) => problems.some((p) => p.severity === "error");

/**
 * read → limit → extract the per-document half of one shard of a folder, written to `out` for a
 * later merge (another machine may run each shard). Returns the shard's problems and document count.
 */
export async function extractShard(dir: string, shard: Shard, out: string) {
  return writePartialFile(out, await readForExtraction(dir), shard);
}

/** limit → extract → migrate → load: documents already read (an upload), stored as corpus `corpus.root`. */
export async function runDocuments(
  documents: CorpusDocument[],
  corpus: { root: string; title?: string },
  options: EtlOptions = {},
): Promise<EtlResult> {
  const limited = limitForExtraction(documents);
  const { extraction, problems } = await extract(limited.documents, options);
  return loadStage({ ...corpus, extraction, problems: [...limited.problems, ...problems] }, options);
}

/** The parts of a sharded extraction, merged (the corpus-wide half of extract), then migrate → load. */
export async function runMerge(files: string[], options: EtlOptions = {}): Promise<EtlResult> {
  const parts = await Promise.all(files.map(async (name) => ({ name, part: await readPartialFile(name) })));
  const merged = mergeExtractions(parts, await partEmbeddings(parts));
  return loadStage(
    { root: merged.corpus, title: merged.title, extraction: merged.extraction, problems: merged.problems },
    options,
  );
}

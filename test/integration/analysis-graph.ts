/** Test data for the analysis queries: the model-level fixture, loaded statement by statement. */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { readCorpus } from "../../server/corpus/read-corpus.js";
import { extractCorpus } from "../../server/extract/index.js";
import type { Graph } from "../../server/graph/driver.js";
import { loadExtraction } from "../../server/graph/load.js";
import { splitStatements } from "../../server/graph/migrate.js";

export const CIRCULAR_CORPUS = fileURLToPath(new URL("../fixtures/circular/corpus/", import.meta.url));
export const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
export const CIRCULAR_GRAPH = fileURLToPath(new URL("../fixtures/circular/graph.cypher", import.meta.url));

/** Runs a Cypher script (statements ending with `;` at the end of a line), one transaction each. */
export async function runCypherScript(graph: Graph, file: string): Promise<void> {
  for (const statement of splitStatements(await readFile(file, "utf8"))) {
    await graph.write(statement);
  }
}

/**
 * Reads, extracts and loads a corpus folder: the ETL's stages, called directly until
 * server/cli/etl.ts's runEtl lands.
 */
export async function loadCorpus(graph: Graph, dir: string): Promise<void> {
  const corpus = await readCorpus(dir);
  const extraction = extractCorpus(corpus.documents);
  await loadExtraction(graph, extraction, { corpus: corpus.root, texts: new Map(corpus.documents.map((d) => [d.id, d.text])), title: corpus.title });
}

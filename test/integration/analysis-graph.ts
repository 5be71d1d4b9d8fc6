/** Test data for the analysis queries: the model-level fixture script and the real ETL on corpus folders. */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { runEtl } from "../../server/cli/etl.js";
import type { Graph } from "../../server/graph/driver.js";
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

/** Loads a corpus folder through the real ETL (read, extract, migrate, load) into `graph`. */
export async function loadCorpus(graph: Graph, dir: string): Promise<void> {
  const { failed } = await runEtl(dir, { graph });
  if (failed) throw new Error(`the ETL could not read some file of ${dir}`);
}

/** Test data for the analysis queries: the model-level fixture script and the real ETL on corpus folders. */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { buildParams } from "../../server/analysis/param-values.js";
import type { Plain } from "../../server/analysis/plain-values.js";
import { type AnalysisQuery, findQuery } from "../../server/analysis/query-library.js";
import { runAnalysisQuery } from "../../server/analysis/run-query.js";
import type { Graph } from "../../server/graph/driver.js";
import { splitStatements } from "../../server/graph/migrate.js";
import { runEtl } from "../../server/pipeline.js";

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

export interface Analyst {
  /** Runs a library query by name with string parameters, as `npm run cypher` does. */
  ask(name: string, given?: Record<string, string>): Promise<Record<string, Plain>[]>;
  /** The claim whose text best matches the words (the `claims` query an analyst would run). */
  claimId(words: string): Promise<string>;
}

export function analyst(graph: Graph, library: AnalysisQuery[]): Analyst {
  const ask: Analyst["ask"] = async (name, given = {}) => {
    const query = findQuery(library, name);
    return (await runAnalysisQuery(graph, query, buildParams(query, given))).rows;
  };
  return {
    ask,
    async claimId(words) {
      const [best] = await ask("claims", { text: words });
      expect(best, `a claim matching ${words}`).toBeDefined();
      return best.claim as string;
    },
  };
}

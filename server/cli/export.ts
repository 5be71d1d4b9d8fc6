/** `npm run export -- <corpus-dir> <out.json>`: the narrative-graph/1 export of a corpus, no database needed. */
import { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { limitForExtraction } from "../corpus/extraction-limit.js";
import { readCorpus } from "../corpus/read-corpus.js";
import { toNarrativeGraph } from "../extract/index.js";
import { extractParallel } from "../shard/extract-parallel.js";
import { reportProblems } from "./report-problems.js";

const program = new Command()
  .name("export")
  .description("Extract a corpus/1 folder and write its narrative-graph/1 JSON (no database needed)")
  .argument("<corpus-dir>", "folder of .txt/.md/.html documents with an optional manifest.json")
  .argument("<out>", "path of the JSON file to write")
  .action(async (dir: string, out: string) => {
    const corpus = await readCorpus(dir);
    const limited = limitForExtraction(corpus.documents);
    const failed = reportProblems([...corpus.problems, ...limited.problems]);
    const extraction = await extractParallel(limited.documents, availableParallelism());
    await writeFile(out, JSON.stringify(toNarrativeGraph(extraction), null, 1) + "\n");
    const mentions = extraction.claims.reduce((n, c) => n + c.mentions.length, 0);
    console.error(`exported ${corpus.documents.length} documents, ${extraction.claims.length} claims, ${mentions} mentions → ${out}`);
    process.exitCode = failed ? 1 : 0;
  });

program.parseAsync().catch((e: Error) => {
  console.error(`export failed: ${e.message}`);
  process.exit(2);
});

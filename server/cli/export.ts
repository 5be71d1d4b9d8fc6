/** `npm run export -- <corpus-dir> <out.json>`: the narrative-graph/1 export of a corpus, no database needed. */
import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import { toNarrativeGraph } from "../extract/narrative-graph.js";
import { extractFolder } from "../pipeline.js";
import { reportProblems } from "./report-problems.js";

const program = new Command()
  .name("export")
  .description("Extract a corpus/1 folder and write its narrative-graph/1 JSON (no database needed)")
  .argument("<corpus-dir>", "folder of .txt/.md/.html documents with an optional manifest.json")
  .argument("<out>", "path of the JSON file to write")
  .action(async (dir: string, out: string) => {
    const { extraction, problems } = await extractFolder(dir);
    const failed = reportProblems(problems);
    await writeFile(out, `${JSON.stringify(toNarrativeGraph(extraction), null, 1)}\n`);
    const mentions = extraction.claims.reduce((n, c) => n + c.mentions.length, 0);
    console.error(
      `exported ${extraction.documents.length} documents, ${extraction.claims.length} claims, ${mentions} mentions → ${out}`,
    );
    process.exitCode = failed ? 1 : 0;
  });

program.parseAsync().catch((e: Error) => {
  console.error(`export failed: ${e.message}`);
  process.exit(2);
});

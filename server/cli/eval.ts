/**
 * `npm run eval -- <corpus-dir|export.json> <gold.json> [--verbose] [--json]`: how well the
 * extraction finds what a person annotated, scored as the shared scorer scores it.
 */
import { Command } from "commander";
import { loadPrediction } from "../eval/export-file.js";
import { readGold } from "../eval/gold.js";
import { formatScore, scoreJson } from "../eval/report.js";
import { scoreExtraction, unannotatedDocuments } from "../eval/score.js";
import { reportProblems } from "./report-problems.js";

new Command()
  .name("eval")
  .description(
    "Score an extraction against your own gold annotation (mentions, denials, clustering, travel, citations)",
  )
  .argument("<corpus>", "a corpus/1 folder (extracted here) or a narrative-graph/1 export (from `npm run export`)")
  .argument("<gold>", "the gold annotation, in the format of ../shared/eval/seeds-gold.json")
  .option("--verbose", "list every gold mention missed and every spurious prediction, with the rule that fired")
  .option("--json", "print the score as JSON")
  .action(async (input: string, goldFile: string, opts: { verbose?: boolean; json?: boolean }) => {
    const gold = await readGold(goldFile);
    const { prediction, problems } = await loadPrediction(input);
    reportProblems(problems);
    const missing = unannotatedDocuments(gold, prediction);
    if (missing.length === gold.documents.length && missing.length > 0)
      throw new Error(
        `${input} holds none of the documents ${goldFile} annotates (${missing.slice(0, 3).join(", ")}…): is it the right corpus?`,
      );
    for (const file of missing)
      console.error(`warning: ${file} is annotated in ${goldFile} but not in ${input}; its mentions count as missed`);
    const score = scoreExtraction(gold, prediction);
    console.log(opts.json ? JSON.stringify(scoreJson(score, opts), null, 1) : formatScore(score, opts));
  })
  .parseAsync()
  .catch((e: Error) => {
    console.error(`eval failed: ${e.message}`);
    process.exit(2);
  });

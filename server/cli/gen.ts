/** `npm run gen -- --docs N --seed S [--out DIR] [--gold [FILE]]`: writes a synthetic corpus/1 folder. */

import path from "node:path";
import cliProgress from "cli-progress";
import { Command } from "commander";
import { defaultOut, generateCorpus } from "../gen/index.js";
import { positiveIntOption } from "./options.js";

const program = new Command()
  .name("gen")
  .description(
    "Generate a synthetic news corpus (corpus/1 folder) in which claims travel through relay chains, get denied and drift in wording",
  )
  .requiredOption("--docs <n>", "number of documents", positiveIntOption)
  .option("--seed <seed>", "PRNG seed: the same seed and size give the same corpus", "1")
  .option("--out <dir>", "output folder (default data/synthetic-<docs>-<seed>)")
  .option("--gold [file]", "also write the gold annotation in the seeds-gold.json format (default <out>/gold.json)")
  .option("--force", "replace a corpus generated earlier in the output folder")
  .action(async (opts: { docs: number; seed: string; out?: string; gold?: string | boolean; force?: boolean }) => {
    const out = opts.out ?? defaultOut(opts.docs, opts.seed);
    const gold = opts.gold === true ? path.join(out, "gold.json") : opts.gold || undefined;
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: "gen [{bar}] {value}/{total} documents", hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
    bar?.start(opts.docs, 0);
    const started = Date.now();
    const stats = await generateCorpus({
      docs: opts.docs,
      seed: opts.seed,
      out,
      gold,
      force: opts.force,
      onProgress: (n) => bar?.update(n),
    });
    bar?.stop();
    const seconds = (Date.now() - started) / 1000;
    console.error(
      `wrote ${stats.documents} documents (${(stats.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s → ${out}\n` +
        `${stats.events} stories, ${stats.outlets} outlets, ${stats.actors} actors, ${stats.mentions} claim mentions${gold ? `; gold → ${gold}` : ""}`,
    );
  });

program.parseAsync().catch((e: Error) => {
  console.error(`gen failed: ${e.message}`);
  process.exit(2);
});

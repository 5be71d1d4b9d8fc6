/**
 * `npx tsx bench/extract.ts [--docs 2000] [--seed 1] [--write]`: extraction throughput on one core.
 * Runs extractCorpus over a generated corpus (server/gen, in memory: nothing is written) at two
 * sizes and reports MB/s, mentions, and heap growth, to check that the cost is linear in the text
 * and that memory grows with the output, not faster. --write records the "Extraction" section of
 * bench/RESULTS.md.
 */

import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { readCorpus } from "../server/corpus/read-corpus.js";
import type { CorpusDocument } from "../server/corpus/types.js";
import { EXTRACTOR_VERSION, extractCorpus } from "../server/extract/index.js";
import { generateCorpus } from "../server/gen/index.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";

interface Run {
  documents: number;
  megabytes: number;
  seconds: number;
  /** CPU time of this process: on a busy machine the wall clock also counts other processes' turns. */
  cpuSeconds: number;
  mbPerSecond: number;
  mbPerCpuSecond: number;
  mentions: number;
  claims: number;
  heapGrowthMB: number;
  outputMB: number;
}

async function corpusOf(docs: number, seed: string): Promise<CorpusDocument[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-extract-"));
  try {
    await generateCorpus({ docs, seed, out: dir, force: true });
    return (await readCorpus(dir)).documents;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function measure(documents: CorpusDocument[]): Run {
  const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const extraction = extractCorpus(documents);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const outputMB = Buffer.byteLength(JSON.stringify(extraction)) / 1e6;
  const mentions = extraction.claims.reduce((n, c) => n + c.mentions.length, 0);
  return {
    documents: documents.length,
    megabytes: bytes / 1e6,
    seconds,
    cpuSeconds,
    mbPerSecond: bytes / 1e6 / seconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
    mentions,
    claims: extraction.claims.length,
    heapGrowthMB: (heapAfter - heapBefore) / 1e6,
    outputMB,
  };
}

const program = new Command()
  .option("--docs <n>", "documents in the larger run (the smaller is a quarter)", "2000")
  .option("--seed <seed>", "generator seed", "1")
  .option("--write", "record the figures in bench/RESULTS.md (section Extraction)", false)
  .action(async (o: { docs: string; seed: string; write: boolean }) => {
    const large = Number(o.docs);
    const all = await corpusOf(large, o.seed);
    measure(all.slice(0, Math.min(200, all.length))); // warm up the JIT and wink's model
    const runs = [measure(all.slice(0, Math.floor(large / 4))), measure(all)];
    for (const r of runs) {
      console.log(
        `${r.documents} docs, ${r.megabytes.toFixed(2)} MB: ${r.seconds.toFixed(2)} s wall, ${r.cpuSeconds.toFixed(2)} s CPU, ${r.mbPerSecond.toFixed(2)} MB/s wall, ${r.mbPerCpuSecond.toFixed(2)} MB/s per CPU second, ${r.mentions} mentions, ${r.claims} claims, heap +${r.heapGrowthMB.toFixed(0)} MB (output ${r.outputMB.toFixed(1)} MB as JSON)`,
      );
    }
    const [a, b] = runs;
    const k = Math.log(b.cpuSeconds / a.cpuSeconds) / Math.log(b.megabytes / a.megabytes);
    console.log(`growth exponent k = ${k.toFixed(2)} (time ∝ size^k)`);
    if (o.write) {
      const m = machine();
      const file = path.join("bench", "RESULTS.md");
      const md = existsSync(file) ? await readFile(file, "utf8") : "";
      const body = [
        `Command: \`npx tsx bench/extract.ts --docs ${large} --write\` (extractCorpus on one thread over a generated corpus, clustering included; extractor ${EXTRACTOR_VERSION}).`,
        `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, commit ${m.commit}, ${m.date}.`,
        "",
        "| documents | MB | wall s | CPU s | MB/s (wall) | MB/s per CPU second | mentions | claims | heap growth (MB) | output as JSON (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ...runs.map(
          (r) =>
            `| ${r.documents} | ${r.megabytes.toFixed(2)} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.mbPerSecond.toFixed(2)} | ${r.mbPerCpuSecond.toFixed(2)} | ${r.mentions} | ${r.claims} | ${r.heapGrowthMB.toFixed(0)} | ${r.outputMB.toFixed(1)} |`,
        ),
        "",
        `Growth exponent between the two sizes (CPU time): k = ${k.toFixed(2)} (time ∝ size^k; 1 is linear). Load average while measuring: ${os.loadavg()[0].toFixed(1)}.`,
      ].join("\n");
      await writeFile(file, replaceSection(md, "Extraction", body));
    }
  });

program.parseAsync().catch((e: Error) => {
  console.error(`bench failed: ${e.message}`);
  process.exit(2);
});

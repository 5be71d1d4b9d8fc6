/**
 * `npx tsx bench/embeddings.ts [--docs 10000] [--seed 1] [--workers 2] [--sample 1000] [--write]`: what
 * clustering claims by meaning costs.
 *
 * 1. Per document, on one thread, in this process: the distinct mention wordings of the first
 *    --sample documents of the corpus embedded with the configured model (loaded beforehand).
 * 2. The ETL end to end (bench/etl-stage.ts etl, in its own process so its peak memory is its own,
 *    each run against a fresh local Neo4j) on the synthetic corpus of --docs documents, with
 *    EMBEDDINGS=off and EMBEDDINGS=on.
 *
 * --write replaces the "Embeddings" section of bench/RESULTS.md.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { embeddingConfig } from "../server/config.js";
import { readCorpus } from "../server/corpus/read-corpus.js";
import { distinctMentionTexts, embedHere } from "../server/extract/embeddings.js";
import { readDocument } from "../server/extract/read-document.js";
import { defaultOut, generateCorpus } from "../server/gen/index.js";
import { startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import type { EtlFigures } from "./etl-stage.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";

interface PerDocument {
  documents: number;
  mentions: number;
  texts: number;
  seconds: number;
  cpuSeconds: number;
}

async function perDocument(corpus: string, sample: number): Promise<PerDocument> {
  const docs = (await readCorpus(corpus)).documents.slice(0, sample);
  const readings = new Map(docs.map((d) => [d.id, readDocument(d.text)]));
  const texts = distinctMentionTexts(docs, readings);
  // load the model first: its start-up is paid once per thread, not per document
  if (!(await embedHere(["warm-up"]))) throw new Error("the sentence-embedding model did not load");
  const started = performance.now();
  const cpu = process.cpuUsage();
  await embedHere(texts);
  const used = process.cpuUsage(cpu);
  return {
    documents: docs.length,
    mentions: docs.reduce((n, d) => n + readings.get(d.id)!.mentions.length, 0),
    texts: texts.length,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

/** One ETL run in its own process against a Neo4j started for it alone. */
async function etl(corpus: string, workers: number, embeddings: "on" | "off"): Promise<EtlFigures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "nne-bench-embed-neo4j-"));
  const server = await startLocalNeo4j({
    boltPort: await freePort(),
    httpPort: 0,
    dataDir,
    log: (m) => console.error(`  [neo4j] ${m}`),
  });
  try {
    return await stage(["etl", "--corpus", corpus, "--workers", String(workers)], {
      NEO4J_URI: server.uri,
      EMBEDDINGS: embeddings,
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function stage(args: string[], env: NodeJS.ProcessEnv): Promise<EtlFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/etl-stage.ts", ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as EtlFigures);
      else reject(new Error(`bench/etl-stage.ts ${args.join(" ")} failed (exit ${code})`));
    });
  });
}

const MB = 1024 * 1024;

function report(o: Options, per: PerDocument, off: EtlFigures, on: EtlFigures): string {
  const m = machine();
  const row = (label: string, f: EtlFigures) =>
    `| ${label} | ${f.extractSeconds.toFixed(1)} s | ${f.extractCpuSeconds.toFixed(1)} s | ${(f.loadSeconds ?? 0).toFixed(1)} s | ${f.totalSeconds.toFixed(1)} s | ${f.claims.toLocaleString("en")} | ${(f.peakRssBytes / MB).toFixed(0)} MB |`;
  return [
    `Command: \`npx tsx bench/embeddings.ts --docs ${o.docs} --seed ${o.seed} --workers ${o.workers} --sample ${o.sample} --write\`; model ${embeddingConfig().model.artifact}:${embeddingConfig().model.version}.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, commit ${m.commit}, ${m.date}. Load average (1 min) at the end: ${os.loadavg()[0].toFixed(1)}.`,
    "",
    `Embedding cost on one thread, first ${per.documents.toLocaleString("en")} documents of data/synthetic-${o.docs}-${o.seed}: ${per.mentions.toLocaleString("en")} mentions,`,
    `${per.texts.toLocaleString("en")} distinct wordings (each embedded once), ${per.seconds.toFixed(1)} s wall (${per.cpuSeconds.toFixed(1)} s CPU):`,
    `**${((per.seconds * 1000) / per.texts).toFixed(1)} ms per wording, ${((per.seconds * 1000) / per.documents).toFixed(1)} ms per document**.`,
    "",
    `ETL end to end at ${o.docs.toLocaleString("en")} documents (read, extract with ${o.workers} worker threads, load into a fresh Neo4j; one process each):`,
    "",
    "| embeddings | extract | extract CPU | load | end to end | claims | peak memory (VmHWM) |",
    "|---|---|---|---|---|---|---|",
    row("off (words only)", off),
    row("on", on),
    "",
    `End to end with embeddings: **${(on.totalSeconds / off.totalSeconds).toFixed(2)}×** the time without (target: within 3×).`,
  ].join("\n");
}

interface Options {
  docs: number;
  seed: string;
  workers: number;
  sample: number;
  write: boolean;
}

const program = new Command()
  .option("--docs <n>", "documents in the synthetic corpus for the ETL runs", "10000")
  .option("--seed <seed>", "generator seed", "1")
  .option("--workers <n>", "extraction worker threads in the ETL", "2")
  .option("--sample <n>", "documents whose wordings are embedded on one thread for the per-document cost", "1000")
  .option("--write", "record the figures in bench/RESULTS.md (section Embeddings)", false)
  .action(async (raw: { docs: string; seed: string; workers: string; sample: string; write: boolean }) => {
    const o: Options = {
      docs: Number(raw.docs),
      seed: raw.seed,
      workers: Number(raw.workers),
      sample: Number(raw.sample),
      write: raw.write,
    };
    const corpus = defaultOut(o.docs, o.seed);
    if (!existsSync(corpus)) await generateCorpus({ docs: o.docs, seed: o.seed, out: corpus });
    const per = await perDocument(corpus, o.sample);
    console.error(`per document: ${per.texts} wordings of ${per.documents} documents in ${per.seconds.toFixed(1)} s`);
    const off = await etl(corpus, o.workers, "off");
    const on = await etl(corpus, o.workers, "on");
    const body = report(o, per, off, on);
    console.log(body);
    if (o.write) {
      const file = path.join("bench", "RESULTS.md");
      const md = existsSync(file) ? await readFile(file, "utf8") : "";
      await writeFile(file, replaceSection(md, "Embeddings", body));
    }
  });

program.parseAsync().catch((e: Error) => {
  console.error(`bench failed: ${e.message}`);
  process.exit(2);
});

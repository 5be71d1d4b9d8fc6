/**
 * First draw of a real graph: the explorer served by a running API (with a corpus loaded, e.g.
 * the seeds) opened in fresh headless Chromium pages at 1280×800. Measures navigation → graph
 * ready, when the last graph data arrived, the longest main-thread task after that, and the
 * size of the built bundle as served (raw, gzip, brotli).
 *
 *   npm start &                      # API + client over a Neo4j loaded with `npm run etl -- seeds`
 *   npx tsx bench/client-first-draw.ts --url http://127.0.0.1:4000 [--runs 5] [--write]
 *
 * --write records the figures in bench/RESULTS.md, section "Client first draw".
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { chromium } from "playwright-core";
import { chromiumArgs } from "../test/browser/harness.js";
import { replaceSection } from "./results-file.js";

interface Run {
  readyMs: number;
  dataMs: number;
  longestAfterDataMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function bundleSizes(dir = "dist/client/assets"): { raw: number; gzip: number; brotli: number } {
  const sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))) {
    const file = path.join(dir, f);
    sizes.raw += statSync(file).size;
    sizes.gzip += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
    sizes.brotli += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
  }
  return sizes;
}

async function main(): Promise<void> {
  const opts = new Command()
    .requiredOption("--url <url>", "the running explorer (npm start)")
    .option("--runs <n>", "fresh pages (the median is reported)", "5")
    .option("--write", "record the result in bench/RESULTS.md")
    .parse()
    .opts<{ url: string; runs: string; write?: boolean }>();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  const runs: Run[] = [];
  try {
    // One page first, not counted: the API's query plans and caches warm up.
    for (let i = 0; i <= Number(opts.runs); i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __readyAt?: number };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: "longtask", buffered: true });
        new MutationObserver(() => {
          if (document.body?.dataset.graph === "ready" && w.__readyAt === undefined) w.__readyAt = performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-graph"] });
      });
      await page.goto(opts.url);
      await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, null, {
        timeout: 120_000,
      });
      const run = await page.evaluate(() => {
        const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __readyAt: number };
        const graphRequests = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
          (e) => e.name.endsWith("/graphql") && e.responseEnd <= w.__readyAt,
        );
        const dataMs = Math.max(0, ...graphRequests.map((e) => e.responseEnd));
        const after = w.__longTasks.filter((t) => t.start + t.duration > dataMs);
        return { readyMs: w.__readyAt, dataMs, longestAfterDataMs: Math.max(0, ...after.map((t) => t.duration)) };
      });
      if (i > 0) {
        runs.push(run);
        console.log(
          `  run ${i}: ready ${Math.round(run.readyMs)} ms (data at ${Math.round(run.dataMs)} ms), longest task after the data ${Math.round(run.longestAfterDataMs)} ms`,
        );
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const sizes = bundleSizes();
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const ready = median(runs.map((r) => r.readyMs));
  const data = median(runs.map((r) => r.dataMs));
  const longest = median(runs.map((r) => r.longestAfterDataMs));
  console.log(
    `first draw: ready in ${Math.round(ready)} ms (data at ${Math.round(data)} ms); longest main-thread task after the data ${Math.round(longest)} ms`,
  );
  console.log(`bundle (js + css): ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli`);
  if (opts.write) {
    const body = [
      `The explorer's opening network view over the loaded corpus (${opts.url}), fresh headless Chromium pages at 1280×800,`,
      `median of ${runs.length} after one warm-up page. Command: \`npx tsx bench/client-first-draw.ts --url <explorer> --write\`.`,
      "",
      "| navigation → graph ready | of which waiting for data | longest main-thread task after the data | bundle raw | gzip | brotli |",
      "|---|---|---|---|---|---|",
      `| **${(ready / 1000).toFixed(2)} s** | ${(data / 1000).toFixed(2)} s | ${Math.round(longest)} ms | ${kb(sizes.raw)} | ${kb(sizes.gzip)} | ${kb(sizes.brotli)} |`,
      "",
      `Runs (ready, ms): ${runs.map((r) => Math.round(r.readyMs)).join(", ")}. Machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} when measured (shared with other work); ${new Date().toISOString().slice(0, 10)}.`,
    ].join("\n");
    const file = "bench/RESULTS.md";
    writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, "utf8") : "", "Client first draw", body));
    console.log(`Recorded in ${file}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * Client rendering bench: a synthetic 5 000-element narrative graph rendered in the built page
 * (dist/client, served by Vite's preview server) in headless Chromium, through the network
 * view's own styles and fcose layout, via the page's test hook (window.__nne.renderSynthetic).
 * Measures creation → layout stop → first frame drawn and a hit test answered.
 *
 *   npx tsx bench/client.ts [--elements 5000] [--runs 3] [--no-build] [--write]
 *
 * --write records the figures in bench/RESULTS.md, section "Client".
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { Command } from "commander";
import { chromium } from "playwright-core";
import { preview } from "vite";
// Brings in the type of window.__nne, the page's test hook.
import type { SyntheticResult } from "../client/src/test-hook.js";
import { replaceSection } from "./results-file.js";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CPU time of the page's main thread (CDP ThreadTime): close to the wall time on an idle machine. */
async function busySeconds(cdp: {
  send(method: "Performance.getMetrics"): Promise<{ metrics: Array<{ name: string; value: number }> }>;
}): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "ThreadTime")?.value ?? NaN;
}

/** What the page measures, and the main-thread CPU time Chromium reports for the same span. */
type Result = SyntheticResult & { busyMs?: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const opts = new Command()
    .option("--elements <n>", "elements in the synthetic graph", "5000")
    .option("--runs <n>", "runs per renderer (the median is reported)", "3")
    .option("--no-build", "use the existing dist/client")
    .option("--write", "record the result in bench/RESULTS.md")
    .parse()
    .opts<{ elements: string; runs: string; build: boolean; write?: boolean }>();
  const elements = Number(opts.elements);
  const runs = Number(opts.runs);

  if (opts.build || !existsSync("dist/client/index.html")) {
    execFileSync(
      "npx",
      ["vite", "build", "--config", "client/vite.config.ts", "--mode", "test", "--logLevel", "warn"],
      { stdio: "inherit" },
    );
  }
  const server = await preview({
    configFile: "client/vite.config.ts",
    preview: { port: 0, strictPort: false },
    logLevel: "silent",
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its URL");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  const browserVersion = `Chromium ${browser.version()}`;
  const rows: Array<{
    renderer: string;
    layout: string;
    median: number;
    layoutMedian: number;
    busyMedian: number;
    all: number[];
    nodes: number;
    edges: number;
  }> = [];
  try {
    for (const webgl of [false, true]) {
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh page per run, at the size the explorer is designed for.
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(url);
        await page.waitForFunction(() => Boolean(window.__nne));
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Performance.enable");
        const busyBefore = await busySeconds(cdp);
        const r: Result = await page.evaluate(
          ([n, gl]) => window.__nne!.renderSynthetic(n as number, { webgl: gl as boolean }),
          [elements, webgl] as const,
        );
        r.busyMs = ((await busySeconds(cdp)) - busyBefore) * 1000;
        console.log(
          `  run ${i + 1}: create ${Math.round(r.createMs)} ms, layout ${Math.round(r.layoutMs)} ms, first frames ${Math.round(r.drawMs)} ms; main-thread CPU ${Math.round(r.busyMs)} ms`,
        );
        results.push(r);
        await page.close();
      }
      const r = results[0];
      const row = {
        renderer: r.renderer,
        layout: r.layout,
        median: median(results.map((x) => x.totalMs)),
        layoutMedian: median(results.map((x) => x.layoutMs)),
        busyMedian: median(results.map((x) => x.busyMs ?? NaN)),
        all: results.map((x) => Math.round(x.totalMs)),
        nodes: r.nodes,
        edges: r.edges,
      };
      rows.push(row);
      console.log(
        `${row.renderer.padEnd(13)} ${row.layout}: ${row.nodes} nodes + ${row.edges} edges → interactive in ${Math.round(row.median)} ms (layout ${Math.round(row.layoutMedian)} ms; main-thread CPU ${Math.round(row.busyMedian)} ms; runs ${row.all.join(", ")} ms)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  if (opts.write) {
    const chromiumVersion = browserVersion;
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const body = [
      `Synthetic narrative graph (${rows[0].nodes} nodes + ${rows[0].edges} edges = ${elements} elements) rendered in the built page`,
      `through the network view's stylesheet and layout, headless Chromium at 1280×800. Time from creating the graph to`,
      `the layout stopping, a frame drawn and a tap answered; median of ${runs} fresh pages. Command: \`npx tsx bench/client.ts --write\`.`,
      "",
      "| renderer | layout | interactive, wall (median) | of which layout | main-thread CPU (median) | runs (wall) |",
      "|---|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.renderer} | ${r.layout} | **${(r.median / 1000).toFixed(2)} s** | ${(r.layoutMedian / 1000).toFixed(2)} s | ${(r.busyMedian / 1000).toFixed(2)} s | ${r.all.join(", ")} ms |`,
      ),
      "",
      "Wall time includes waiting for a CPU when other work shares the machine; main-thread CPU time (Chrome's ThreadTime over the",
      "same span) is what the page itself spent, close to what the wall time would be on an otherwise idle machine.",
      "",
      `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, load average ${os.loadavg()[0].toFixed(1)} when measured; ${chromiumVersion} (--disable-gpu, so WebGL is software-rendered); ${new Date().toISOString().slice(0, 10)}.`,
      "The explorer uses the canvas renderer up to 1 500 elements and the WebGL renderer above when the browser has hardware WebGL",
      "(a software WebGL such as headless Chromium's SwiftShader is slower than canvas, as the second row shows, so it is not used).",
    ].join("\n");
    const file = "bench/RESULTS.md";
    const current = existsSync(file) ? readFileSync(file, "utf8") : "";
    writeFileSync(file, replaceSection(current, "Client", body));
    console.log(`Recorded in ${file}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

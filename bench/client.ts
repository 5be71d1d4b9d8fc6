/**
 * The client's speed, in headless Chromium at 1280×800, on the built page (`vite build --mode test`,
 * which adds only the small test-hook chunk):
 *
 * 1. First draw of the seeds: the explorer (real API over a Neo4j loaded with seeds/) opened in fresh
 *    pages; navigation → network drawn (graph ready and a frame painted), when the graph data arrived,
 *    when the positions were computed, the longest main-thread task after the data, the main thread's
 *    CPU time. Median of --runs pages after one warm-up page (the API's plans and caches warm up).
 * 2. A synthetic 5 000-element graph drawn the way the network view draws (positions, then one graph
 *    created in place) through the page's test hook: elements → interactive.
 * 3. The bundle as served: raw, gzip and brotli sizes of what the first page load fetches.
 *
 *   npx tsx bench/client.ts [--url http://127.0.0.1:4000] [--runs 5] [--elements 5000] [--no-build]
 *                           [--profile first-draw.cpuprofile] [--against http://127.0.0.1:4001] [--write]
 *
 * --against names another explorer over the same data (another build, say main's): its first draws
 * are alternated with this one's, page for page, so that both meet the same machine load, and the
 * ratio of the medians is printed. On a shared machine, that ratio is the figure to trust.
 *
 * Without --url, a throwaway Neo4j is started, loaded with seeds/, and served by the API on a free
 * port. --profile records a CPU profile (Chrome DevTools format) of one more first draw and prints
 * where the main thread spent it. --write records the figures in bench/RESULTS.md, section "Client".
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import type { Browser } from "playwright-core";
// Brings in the type of window.__nne, the page's test hook.
import type { SyntheticResult } from "../client/src/test-hook.js";
import { createApp } from "../server/api/app.js";
import { apiConfig } from "../server/api/config.js";
import { projectRoot } from "../server/config.js";
import { openGraph } from "../server/graph/driver.js";
import { startLocalNeo4j } from "../server/neo4j-local/launcher.js";
import { freePort } from "../server/neo4j-local/ports.js";
import { runEtl } from "../server/pipeline.js";
import { launchChromium } from "../test/browser/harness.js";
import { machine } from "./machine.js";
import { replaceSection } from "./results-file.js";

interface Options {
  url?: string;
  against?: string;
  runs: string;
  elements: string;
  build: boolean;
  profile?: string;
  write?: boolean;
}

interface FirstDraw {
  /** Navigation start → graph ready and the next frame painted. */
  drawnMs: number;
  /** When the last graph request's response ended. */
  dataMs: number;
  /** When the positions were computed (network-layout.ts). */
  layoutMs: number;
  longestTaskAfterDataMs: number;
  /** The page's main-thread CPU time up to the draw (Chrome's ThreadTime). */
  mainThreadCpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/** An explorer over the seeds: the given one, or a throwaway Neo4j loaded with seeds/ and the API on it. */
async function explorer(url?: string): Promise<{ url: string; close(): Promise<void> }> {
  if (url) return { url, close: async () => {} };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nne-bench-client-"));
  console.log("Starting a throwaway Neo4j and loading seeds/…");
  const neo4j = await startLocalNeo4j({ boltPort: await freePort(), httpPort: 0, dataDir, heap: "512m" });
  const graph = await openGraph({ uri: neo4j.uri });
  await runEtl(path.join(projectRoot, "seeds"), { graph });
  const api = await createApp(graph, apiConfig({ RATE_LIMIT_MAX: "0", REQUEST_TIMEOUT_MS: "60000" }));
  const served = await api.listen(0);
  return {
    url: served,
    async close() {
      await api.close();
      await graph.close();
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Records long tasks and the moment the graph is drawn, from before the page's own scripts run. */
function instrument(): void {
  const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __drawnAt?: number };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    if (document.body?.dataset.graph !== "ready" || w.__drawnAt !== undefined) return;
    w.__drawnAt = -1;
    // Ready means the graph is in place; drawn means the frame after it has been painted.
    requestAnimationFrame(() => setTimeout(() => (w.__drawnAt = performance.now()), 0));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-graph"] });
}

async function firstDraw(browser: Browser, url: string, profile?: string): Promise<FirstDraw> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(instrument);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await page.goto(url);
  await page.waitForFunction(() => ((window as unknown as { __drawnAt?: number }).__drawnAt ?? -1) > 0, null, {
    timeout: 120_000,
  });
  const { metrics } = await cdp.send("Performance.getMetrics");
  const result = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __drawnAt: number };
    const graphRequests = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (e) => e.name.endsWith("/graphql") && e.responseEnd <= w.__drawnAt,
    );
    const dataMs = Math.max(0, ...graphRequests.map((e) => e.responseEnd));
    return {
      drawnMs: w.__drawnAt,
      dataMs,
      layoutMs: performance.getEntriesByName("nne:layout-done")[0]?.startTime ?? NaN,
      longestTaskAfterDataMs: Math.max(
        0,
        ...w.__longTasks.filter((t) => t.start + t.duration > dataMs).map((t) => t.duration),
      ),
    };
  });
  if (profile) await writeProfile(cdp, profile);
  await page.close();
  return { ...result, mainThreadCpuMs: (metrics.find((m) => m.name === "ThreadTime")?.value ?? NaN) * 1000 };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Writes the CPU profile and prints the functions with the most self time on the page's main thread. */
async function writeProfile(
  cdp: { send(method: "Profiler.stop"): Promise<{ profile: unknown }> },
  file: string,
): Promise<void> {
  const { profile } = (await cdp.send("Profiler.stop")) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  writeFileSync(file, JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id)?.callFrame;
    if (!f) return;
    const where = `${f.functionName || "(anonymous)"} ${path.basename(f.url) || ""}${f.url ? `:${f.lineNumber + 1}` : ""}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  console.log(`CPU profile written to ${file}; most self time on the main thread:`);
  for (const [where, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${Math.round(ms).toString().padStart(6)} ms  ${where}`);
}

async function synthetic(browser: Browser, url: string, elements: number, runs: number): Promise<SyntheticResult[]> {
  const results: SyntheticResult[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => Boolean(window.__nne) && document.body.dataset.graph === "ready", null, {
      timeout: 120_000,
    });
    const r = await page.evaluate((n) => window.__nne!.renderSynthetic(n), elements);
    console.log(
      `  ${elements} elements, run ${i + 1}: layout ${Math.round(r.layoutMs)} ms, create ${Math.round(r.createMs)} ms, first frames ${Math.round(r.drawMs)} ms → ${Math.round(r.totalMs)} ms`,
    );
    results.push(r);
    await page.close();
  }
  return results;
}

/** What the page loads first: the entry script and style sheet, and Cytoscape's chunk. */
function bundleSizes(dir = path.join(projectRoot, "dist", "client", "assets")) {
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const group = (test: RegExp) => {
    const files = readdirSync(dir).filter((f) => test.test(f));
    const sum = (suffix: string) => files.reduce((n, f) => n + size(path.join(dir, f + suffix)), 0);
    return { raw: sum(""), gzip: sum(".gz"), brotli: sum(".br") };
  };
  return {
    entry: group(/^index-.*\.(js|css)$/),
    cytoscape: group(/^create-cy-.*\.js$/),
  };
}

async function main(): Promise<void> {
  const o = new Command()
    .option("--url <url>", "a running explorer over the seeds (npm start); else one is started")
    .option("--runs <n>", "fresh pages per measurement (the median is reported)", "5")
    .option("--elements <n>", "elements in the synthetic graph", "5000")
    .option("--no-build", "use the existing dist/client (a --mode test build)")
    .option("--profile <file>", "also record a CPU profile of one first draw")
    .option("--against <url>", "another explorer over the same data, first draws alternated with this one's")
    .option("--write", "record the figures in bench/RESULTS.md")
    .parse()
    .opts<Options>();
  const runs = Number(o.runs);
  const elements = Number(o.elements);
  if (o.build || !existsSync(path.join(projectRoot, "dist/client/index.html"))) {
    execFileSync(
      "npx",
      ["vite", "build", "--config", "client/vite.config.ts", "--mode", "test", "--logLevel", "warn"],
      { stdio: "inherit", cwd: projectRoot },
    );
  }
  const app = await explorer(o.url);
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  const loadBefore = os.loadavg()[0];
  let draws: FirstDraw[] = [];
  const other: FirstDraw[] = [];
  let big: SyntheticResult[] = [];
  try {
    await firstDraw(browser, app.url);
    if (o.against) await firstDraw(browser, o.against);
    for (let i = 0; i < runs; i++) {
      if (o.against) {
        const d = await firstDraw(browser, o.against);
        console.log(
          `  against ${o.against}, run ${i + 1}: drawn at ${Math.round(d.drawnMs)} ms (data at ${Math.round(d.dataMs)} ms), main-thread CPU ${Math.round(d.mainThreadCpuMs)} ms`,
        );
        other.push(d);
      }
      const d = await firstDraw(browser, app.url);
      console.log(
        `  seeds, run ${i + 1}: drawn at ${Math.round(d.drawnMs)} ms (data at ${Math.round(d.dataMs)} ms, positions at ${Math.round(d.layoutMs)} ms), longest task after the data ${Math.round(d.longestTaskAfterDataMs)} ms, main-thread CPU ${Math.round(d.mainThreadCpuMs)} ms`,
      );
      draws.push(d);
    }
    if (o.profile) await firstDraw(browser, app.url, o.profile);
    big = await synthetic(browser, app.url, elements, runs);
  } finally {
    await browser.close();
    await app.close();
  }
  const loadAfter = os.loadavg()[0];
  const m = (f: (d: FirstDraw) => number) => median(draws.map(f));
  const s = (f: (r: SyntheticResult) => number) => median(big.map(f));
  const sizes = bundleSizes();
  const firstLoad = {
    raw: sizes.entry.raw + sizes.cytoscape.raw,
    gzip: sizes.entry.gzip + sizes.cytoscape.gzip,
    brotli: sizes.entry.brotli + sizes.cytoscape.brotli,
  };
  console.log(
    `seeds first draw: ${seconds(m((d) => d.drawnMs))} (data at ${seconds(m((d) => d.dataMs))}, positions at ${seconds(m((d) => d.layoutMs))}; longest main-thread task after the data ${Math.round(m((d) => d.longestTaskAfterDataMs))} ms; main-thread CPU ${seconds(m((d) => d.mainThreadCpuMs))})`,
  );
  console.log(
    `${big[0]?.elements ?? elements} elements: interactive in ${seconds(s((r) => r.totalMs))} (layout ${seconds(s((r) => r.layoutMs))})`,
  );
  console.log(
    `bundle, first load (entry + Cytoscape): ${kb(firstLoad.raw)} raw, ${kb(firstLoad.gzip)} gzip, ${kb(firstLoad.brotli)} brotli`,
  );
  if (o.against) {
    const mo = (f: (d: FirstDraw) => number) => median(other.map(f));
    console.log(
      `against ${o.against}, alternated: first draw ${seconds(mo((d) => d.drawnMs))} there, ${seconds(m((d) => d.drawnMs))} here (ratio ${(m((d) => d.drawnMs) / mo((d) => d.drawnMs)).toFixed(2)}); main-thread CPU ${seconds(mo((d) => d.mainThreadCpuMs))} there, ${seconds(m((d) => d.mainThreadCpuMs))} here (ratio ${(m((d) => d.mainThreadCpuMs) / mo((d) => d.mainThreadCpuMs)).toFixed(2)})`,
    );
  }
  console.log(`load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
  if (!o.write) return;
  const host = machine();
  draws = draws.sort((a, b) => a.drawnMs - b.drawnMs);
  big = big.sort((a, b) => a.totalMs - b.totalMs);
  const body = [
    `Headless Chromium at 1280×800 on the built page; median of ${runs} fresh pages each. Command: \`npx tsx bench/client.ts --write\``,
    `(the seeds are served by the real API over a throwaway Neo4j unless \`--url\` names a running explorer).`,
    "",
    "| measurement | median | of which | main-thread figures | runs |",
    "|---|---|---|---|---|",
    `| first draw of the seeds (navigation → network drawn) | **${seconds(m((d) => d.drawnMs))}** | data at ${seconds(m((d) => d.dataMs))}, positions at ${seconds(m((d) => d.layoutMs))} | longest task after the data ${Math.round(m((d) => d.longestTaskAfterDataMs))} ms; CPU ${seconds(m((d) => d.mainThreadCpuMs))} | ${draws.map((d) => Math.round(d.drawnMs)).join(", ")} ms |`,
    `| synthetic graph, ${big[0]?.nodes} nodes + ${big[0]?.edges} edges (elements → interactive) | **${seconds(s((r) => r.totalMs))}** | layout (${big[0]?.layout}) ${seconds(s((r) => r.layoutMs))}, create ${seconds(s((r) => r.createMs))}, first frames ${seconds(s((r) => r.drawMs))} | | ${big.map((r) => Math.round(r.totalMs)).join(", ")} ms |`,
    ...(o.against
      ? [
          "",
          `Alternated page for page with ${o.against} (another build over the same data), so both met the same load: first draw median ${seconds(median(other.map((d) => d.drawnMs)))} there, ${seconds(m((d) => d.drawnMs))} here (ratio ${(m((d) => d.drawnMs) / median(other.map((d) => d.drawnMs))).toFixed(2)}); main-thread CPU ${seconds(median(other.map((d) => d.mainThreadCpuMs)))} there, ${seconds(m((d) => d.mainThreadCpuMs))} here (ratio ${(m((d) => d.mainThreadCpuMs) / median(other.map((d) => d.mainThreadCpuMs))).toFixed(2)}).`,
        ]
      : []),
    "",
    "| bundle | raw | gzip | brotli |",
    "|---|---|---|---|",
    `| first load: entry script and style sheet | ${kb(sizes.entry.raw)} | ${kb(sizes.entry.gzip)} | ${kb(sizes.entry.brotli)} |`,
    `| first load: Cytoscape chunk (fetched with the data) | ${kb(sizes.cytoscape.raw)} | ${kb(sizes.cytoscape.gzip)} | ${kb(sizes.cytoscape.brotli)} |`,
    "",
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB RAM; Chromium ${chromiumVersion} (--disable-gpu); Node ${host.node};`,
    `commit ${host.commit}; ${host.date}. Load average (1 min) ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after: above 2, other work shared`,
    "the two cores and wall times are upper bounds.",
  ].join("\n");
  const file = path.join(projectRoot, "bench", "RESULTS.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  writeFileSync(file, replaceSection(current, "Client", body));
  console.log(`Recorded in ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

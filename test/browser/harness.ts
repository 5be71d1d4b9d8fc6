/**
 * Shared pieces of the browser tests: a built client, the real API over a seeded Neo4j, and a
 * headless Chromium page on it that records any request leaving the app's origin.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
// Brings in the type of window.__nne, the page's test hook.
import type {} from "../../client/src/test-hook.js";
import { type ApiServer, createApp } from "../../server/api/app.js";
import { apiConfig } from "../../server/api/config.js";
import { projectRoot } from "../../server/config.js";
import type { Graph } from "../../server/graph/driver.js";
import { runEtl } from "../../server/pipeline.js";
import { gqlData } from "../helpers/gql.js";
import { emptyTestGraph } from "../helpers/neo4j.js";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** Headless Chromium as every browser test and the client bench run it: Debian's, quiet on the network. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
export const resultsDir = path.join(projectRoot, "test-results", "browser");
export const docsScreenshots = path.join(projectRoot, "docs", "screenshots");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** A build made with `--mode test` has the test hook as a chunk of its own. */
const hasTestHook = (dist: string) => readdirSync(path.join(dist, "assets")).some((f) => f.startsWith("test-hook"));

/** The API serves dist/client: build it (with the test hook) when missing, older than the client's sources, or a production build. */
export function ensureClientBuilt(): void {
  const dist = path.join(projectRoot, "dist", "client");
  const index = path.join(dist, "index.html");
  if (
    existsSync(index) &&
    statSync(index).mtimeMs >= newestMtime(path.join(projectRoot, "client")) &&
    hasTestHook(dist)
  )
    return;
  execFileSync("npx", ["vite", "build", "--config", "client/vite.config.ts", "--mode", "test", "--logLevel", "warn"], {
    cwd: projectRoot,
    stdio: "inherit",
  });
}

/** The test Neo4j, wiped, migrated and loaded with a corpus folder through the real pipeline (read → limit → extract → migrate → load). */
export async function graphWithCorpus(dir: string): Promise<Graph> {
  const graph = await emptyTestGraph();
  await runEtl(dir, { graph });
  return graph;
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** Requests to anything but the app's origin (data: and blob: URLs are local). */
  foreignRequests: string[];
  pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowser(appUrl: string): Promise<BrowserSession> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const origin = new URL(appUrl).origin;
  context.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
  });
  mkdirSync(resultsDir, { recursive: true });
  return {
    browser,
    context,
    foreignRequests,
    pageErrors,
    async newPage() {
      const page = await context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      page.on("dialog", (d) => {
        pageErrors.push(`unexpected dialog: ${d.message()}`);
        void d.dismiss();
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/** Waits until the graph area shows a final state (ready, empty or error), and returns it. */
export async function graphSettled(page: Page): Promise<string> {
  // The test hook loads after the page's first requests: wait for it too.
  await page.waitForFunction(
    () => Boolean(window.__nne) && ["ready", "empty", "error"].includes(document.body.dataset.graph ?? ""),
    null,
    { timeout: 60_000 },
  );
  const state = await page.evaluate(() => document.body.dataset.graph ?? "");
  // An unexpected error state names its message in the assertion's output.
  return state === "error" ? `error: ${await page.locator("#graph-status").textContent()}` : state;
}

export async function evidenceSettled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => ["ready", "empty", "error"].includes(document.getElementById("evidence")?.dataset.state ?? ""),
    null,
    { timeout: 60_000 },
  );
  return page.evaluate(() => document.getElementById("evidence")?.dataset.state ?? "");
}

/** Clicks a graph node where it is drawn, as a user would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const box = await page.locator("#cy").boundingBox();
  const at = await page.evaluate((nodeId) => {
    const cy = window.__nne!.cy()!;
    const node = cy.getElementById(nodeId);
    const p = node.renderedPosition();
    // Bring it into view only when it is off screen.
    if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) cy.center(node);
    return node.renderedPosition();
  }, id);
  if (!box) throw new Error("the graph container is not on the page");
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

/** The ids of the elements selected in the page's graph. */
export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__nne!.cy()!
      .$(":selected")
      .map((e) => e.id()),
  );
}

export async function screenshot(page: Page, name: string, forDocs = false): Promise<void> {
  await page.screenshot({ path: path.join(resultsDir, `${name}.png`) });
  if (forDocs) {
    mkdirSync(docsScreenshots, { recursive: true });
    await page.screenshot({ path: path.join(docsScreenshots, `${name}.png`) });
  }
}

export interface Explorer {
  graph: Graph;
  api: ApiServer;
  url: string;
  session: BrowserSession;
  /** A GraphQL request to the API the page uses: its data, or an error. */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A new page on a path of the app (desktop size unless a viewport is given), its graph drawn. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The built client served by the real API over the test Neo4j loaded with a corpus folder, and a Chromium on it. */
export async function explorerOn(corpusDir: string): Promise<Explorer> {
  ensureClientBuilt();
  const graph = await graphWithCorpus(corpusDir);
  // A cold Neo4j compiles each query plan on first use; on a busy machine that can pass the 10 s default.
  const api = await createApp(graph, apiConfig({ RATE_LIMIT_MAX: "0", REQUEST_TIMEOUT_MS: "60000" }));
  const url = await api.listen(0);
  const session = await startBrowser(url);
  return {
    graph,
    api,
    url,
    session,
    gql: (query, variables) => gqlData(url, query, variables),
    async open(path_ = "/", viewport = { width: 1280, height: 800 }) {
      const page = await session.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${url}${path_}`);
      expect(await graphSettled(page)).toBe("ready");
      return page;
    },
    async close() {
      await session.close();
      await api.close();
      await graph.close();
    },
  };
}

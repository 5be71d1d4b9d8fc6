/**
 * The analysts' guide in a real Neo4j Browser, the one the local Neo4j serves at /browser/: it
 * loads with `:play`, and one of its questions runs from its slide (parameters, then query) and
 * answers what the same query file answers through the driver.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserGuideHtml } from "../../server/analysis/browser-guide.js";
import { type GuideServer, serveGuide } from "../../server/analysis/guide-server.js";
import { buildParams } from "../../server/analysis/param-values.js";
import { type AnalysisQuery, findQuery, loadLibrary } from "../../server/analysis/query-library.js";
import { runAnalysisQuery } from "../../server/analysis/run-query.js";
import { projectRoot } from "../../server/config.js";
import type { Graph } from "../../server/graph/driver.js";
import { testNeo4jBrowserUrl } from "../helpers/neo4j.js";
import { graphWithCorpus, launchChromium, screenshot } from "./harness.js";

/** A question whose parameters all have defaults, so its slide runs as it stands. */
const QUESTION = "contested-claims";

let graph: Graph;
let library: AnalysisQuery[];
let guide: GuideServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  graph = await graphWithCorpus(path.join(projectRoot, "test", "fixtures", "circular", "corpus"));
  library = await loadLibrary();
  guide = await serveGuide(browserGuideHtml(library));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // The Browser's page asks for web fonts and error reporting elsewhere; a test machine sends nothing out.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
  await guide?.close();
  await graph?.close();
});

const editor = () => page.locator(".monaco-editor textarea").first();

async function runInEditor(): Promise<void> {
  await page.getByTestId("editor-Run").click();
}

describe("the analysts' guide in Neo4j Browser", () => {
  it("plays from its URL, and a question runs from its slide with the query file's answer", async () => {
    const query = findQuery(library, QUESTION);
    const expected = await runAnalysisQuery(graph, query, buildParams(query, {}));
    expect(expected.rows.length, `${QUESTION} answers on the fixture`).toBeGreaterThan(0);

    await page.goto(testNeo4jBrowserUrl());
    await page
      .getByText(/You are connected/i)
      .first()
      .waitFor({ timeout: 90_000 });

    await editor().click();
    await page.keyboard.insertText(`:play ${guide.url}`);
    await runInEditor();
    const guideFrame = page.getByTestId("frame").filter({ hasText: `:play ${guide.url}` });
    const carousel = guideFrame.getByTestId("carousel");
    await expect.poll(() => carousel.locator("h3").first().textContent(), { timeout: 30_000 }).toContain("analysts");
    // One slide per question after the introduction, each named in the introduction's list.
    await expect.poll(() => guideFrame.innerText()).toContain(`1 / ${library.length + 1}`);
    for (const q of library) expect(await carousel.innerText()).toContain(`${q.name}: ${q.question}`);

    for (let i = 0; i < library.length && (await carousel.locator("h3").textContent()) !== QUESTION; i++)
      await guideFrame.getByTestId("nextSlide").click();
    expect(await carousel.locator("h3").textContent()).toBe(QUESTION);

    // A runnable block goes to the editor when clicked; the parameters first, then the query.
    await carousel.locator("pre.runnable").filter({ hasText: ":params" }).click();
    await runInEditor();
    await page.getByText("Successfully set your parameters.").first().waitFor({ timeout: 60_000 });
    await carousel.locator("pre.runnable").filter({ hasNotText: ":params" }).click();
    await runInEditor();

    const resultFrame = page.getByTestId("frame").first();
    await expect
      .poll(() => resultFrame.innerText(), { timeout: 60_000 })
      .toMatch(new RegExp(`completed after|${expected.rows.length} records?`));
    const shown = await resultFrame.innerText();
    await screenshot(page, "neo4j-browser-guide");
    expect(shown).not.toMatch(/ERROR|Neo\.ClientError/);
    for (const column of query.columns) expect(shown).toContain(column.name);
    for (const row of expected.rows) {
      expect(shown).toContain(String(row.claim));
      expect(shown).toContain(String(row.text));
    }
  });
});

/**
 * The GraphQL explorer in a real Chromium: served by the API, it loads everything from this
 * server under its Content-Security-Policy and runs a query, with no network beyond the server.
 */
import { describe, expect, it } from "vitest";
import { launchChromium } from "../browser/harness.js";
import { perFile } from "../helpers/per-file.js";
import { buildExplorer } from "./api-explorer-build.js";
import { seededGraph, startApi } from "./api-harness.js";

const graph = perFile(seededGraph);
const explorer = perFile(buildExplorer);
const api = perFile(() => startApi(graph, {}, { explorerDir: explorer.path }));
const browser = perFile(launchChromium);

describe("GraphQL explorer", () => {
  it("renders GraphiQL from this server only and runs a query, without CSP violations", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const elsewhere: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith(api.url) && !r.url().startsWith("data:")) elsewhere.push(r.url());
    });

    const response = await page.goto(`${api.url}/graphql`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    // The example query is put into the editor after the first render; a click before that runs nothing.
    await page.waitForFunction(
      () => document.querySelector(".graphiql-query-editor")?.textContent?.includes("totalCount"),
      null,
      { timeout: 30_000 },
    );
    await page.click(".graphiql-execute-button");
    await page.waitForFunction(
      () => document.querySelector(".result-window")?.textContent?.includes("totalCount"),
      null,
      { timeout: 30_000 },
    );
    const result = (await page.textContent(".result-window")) ?? "";
    expect(result).toMatch(/"claims"/);
    expect(result).not.toMatch(/"errors"/);

    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

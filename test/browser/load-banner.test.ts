/**
 * A load cut off part-way leaves part of a corpus in the graph. The API says so (stats, /health);
 * the page shows it too, in a banner naming the corpus, until a run of that corpus completes.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { startRun } from "../../server/graph/runs.js";
import { runEtl } from "../../server/pipeline.js";
import { perFile } from "../helpers/per-file.js";
import { explorerOn, graphSettled, screenshot } from "./harness.js";

const CORPUS = path.join(projectRoot, "test", "fixtures", "markup-corpus");
const explorer = perFile(() => explorerOn(CORPUS));

describe("the load-incomplete banner", () => {
  it("shows while a corpus's latest load did not complete, naming it, and goes once a re-run completes", async () => {
    const page = await explorer.session.newPage();
    const banner = page.locator("#load-banner");
    const settledBanner = async () => {
      await page.goto(explorer.url);
      expect(await graphSettled(page)).toBe("ready");
      await page.waitForFunction(() => document.getElementById("load-banner")?.dataset.state !== undefined);
      return page.evaluate(() => document.getElementById("load-banner")!.dataset.state);
    };

    expect(await settledBanner()).toBe("complete");
    expect(await banner.isVisible()).toBe(false);

    // What a load killed part-way leaves in the run log: its run started and never finished.
    await startRun(explorer.graph, { id: "run-cut-off", corpus: CORPUS, extractorVersion: "x", documents: 1 });
    expect(await settledBanner()).toBe("incomplete");
    expect(await banner.isVisible()).toBe(true);
    const text = await banner.textContent();
    expect(text).toContain("Load incomplete");
    expect(text).toContain("“markup-corpus”");
    expect(text).not.toContain(projectRoot);
    await screenshot(page, "load-incomplete-banner");

    expect((await runEtl(CORPUS, { graph: explorer.graph })).summary.documents.total).toBeGreaterThan(0);
    expect(await settledBanner()).toBe("complete");
    expect(await banner.isVisible()).toBe(false);
    expect(explorer.session.pageErrors).toEqual([]);
  });
});

/**
 * Document text, titles, outlet names and URLs are data: a corpus holding <script>, <img onerror>
 * and a javascript: URL must be shown as text in the evidence panel, and execute nothing.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { perFile } from "../helpers/per-file.js";
import { evidenceSettled, explorerOn, graphSettled, screenshot } from "./harness.js";

const explorer = perFile(() => explorerOn(path.join(projectRoot, "test", "fixtures", "markup-corpus")));

describe("markup in the corpus", () => {
  it("is rendered as text and never executed, in every claim's evidence", async () => {
    const response = await fetch(`${explorer.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ claims(first: 50) { nodes { id } } }" }),
    });
    const claims = ((await response.json()) as { data: { claims: { nodes: Array<{ id: string }> } } }).data.claims
      .nodes;
    expect(claims.length).toBeGreaterThan(0);

    const page = await explorer.session.newPage();
    const seen: string[] = [];
    for (const claim of claims) {
      await page.goto(`${explorer.url}/?view=travel&claim=${encodeURIComponent(claim.id)}`);
      expect(await graphSettled(page)).toBe("ready");
      expect(await evidenceSettled(page)).toBe("ready");
      // Open each mention's card too (the claim view already lists them with their context).
      seen.push((await page.locator("#evidence").textContent()) ?? "");
      expect(
        await page
          .locator("#evidence img, #evidence script, #evidence b, #evidence [onerror], #evidence [onmouseover]")
          .count(),
      ).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      // Hovering over the words that carry an onmouseover attribute must do nothing either.
      await page.locator("#evidence mark").first().hover();
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    }
    const all = seen.join("\n");
    expect(all).toContain("<script>");
    expect(all).toMatch(/<img src=x onerror=/);
    expect(all).toMatch(/Ferry news <img/);
    expect(await page.evaluate(() => document.querySelectorAll("script:not([src])").length)).toBe(0);
    await screenshot(page, "markup-as-text");
    await page.close();
    expect(explorer.session.pageErrors).toEqual([]);
    expect(explorer.session.foreignRequests).toEqual([]);
  });
});

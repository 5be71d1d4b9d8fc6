/**
 * A claim that travels through more documents than the travel view's first page: the view says
 * how many steps there are (and its volume strip counts all of them), and fetching the rest, a page
 * at a time or all at once, draws every one of them. The corpus is written at test time: one attributed sentence repeated by 620 documents
 * of six outlets, an hour apart (more than the first page plus one "Load more").
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Explorer, evidenceSettled, explorerOn, graphSettled, screenshot } from "./harness.js";

const documentCount = 620;
const outlets = ["Harbour Gazette", "Valley Courier", "Northern Wire", "City Ledger", "Coastal Times", "Evening Post"];

function writeLongTravelCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "nne-long-travel-"));
  const documents = Array.from({ length: documentCount }, (_, i) => {
    const file = `doc-${String(i).padStart(3, "0")}.txt`;
    writeFileSync(
      path.join(dir, file),
      `Bridge closure, update ${i + 1}\n\nTransport minister Elena Marsh said that the old harbour bridge will close for repairs in March.\n`,
    );
    return {
      file,
      source: outlets[i % outlets.length],
      sourceKind: "newspaper",
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    };
  });
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ format: "corpus/1", title: "One claim, many reports", documents }),
  );
  return dir;
}

let corpusDir: string;
let explorer: Explorer;
let claimId: string;

/** The documents of the claim's whole travel, as the API pages them. */
async function travelDocuments(): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { claim }: { claim: { travel: Array<{ cursor: string; document: { id: string } }> } } = await explorer.gql(
      "query($id: ID!, $after: String) { claim(id: $id) { travel(first: 500, after: $after) { cursor document { id } } } }",
      { id: claimId, after },
    );
    if (!claim.travel.length) return ids;
    ids.push(...claim.travel.map((s) => s.document.id));
    after = claim.travel[claim.travel.length - 1].cursor;
  }
}

/** The documents the drawn mention nodes stand for. */
const drawnDocuments = (page: Page) =>
  page.evaluate(() =>
    window
      .__nne!.cy()!
      .nodes(".mention")
      .map((n) => n.data("docId") as string),
  ) as Promise<string[]>;

beforeAll(async () => {
  corpusDir = writeLongTravelCorpus();
  explorer = await explorerOn(corpusDir);
  const { claims } = await explorer.gql<{ claims: { nodes: Array<{ id: string; travelLength: number }> } }>(
    "{ claims(first: 10) { nodes { id travelLength } } }",
  );
  // The repeated sentence is one claim, mentioned once per document.
  const long = claims.nodes.filter((c) => c.travelLength === documentCount);
  expect(long).toHaveLength(1);
  claimId = long[0].id;
});

afterAll(async () => {
  await explorer?.close();
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
});

describe("travel view of a claim with more steps than one page", () => {
  it("says how many steps there are, and shows them all on request", async () => {
    const page = await explorer.session.newPage();
    await page.goto(`${explorer.url}/?view=travel&claim=${encodeURIComponent(claimId)}`);
    expect(await graphSettled(page)).toBe("ready");
    const count = page.locator("#travel-count");
    await expect.poll(() => count.textContent()).toBe(`100 of ${documentCount} steps`);
    const travel = await travelDocuments();
    expect(travel).toHaveLength(documentCount);
    // The first page is the travel's first 100 steps, each drawn.
    const firstPage = await drawnDocuments(page);
    expect(firstPage).toHaveLength(100);
    expect(new Set(firstPage)).toEqual(new Set(travel.slice(0, 100)));
    // Every outlet is summarised, those past the first page included, with all its documents.
    const outletCounts = await page.locator(".outlet-path .outlet .count").allTextContents();
    expect(outletCounts).toHaveLength(outlets.length);
    expect(outletCounts.map(Number).reduce((a, b) => a + b, 0)).toBe(documentCount);
    // The volume strip counts the whole travel, a bar per day (an hour apart: 26 days), not the drawn page only.
    const days = Math.ceil(documentCount / 24);
    await expect.poll(() => page.locator("#volume .bucket").count()).toBe(days);
    const titles = await page.locator("#volume .bucket title").allTextContents();
    expect(titles.every((t) => t.includes("per day"))).toBe(true);
    expect(titles.reduce((n, t) => n + Number(/(\d+) assertions?/.exec(t)![1]), 0)).toBe(documentCount);
    expect(await evidenceSettled(page)).toBe("ready");
    await screenshot(page, "travel-long-first-page");

    // One more page, from the last step's cursor.
    await page.click("#travel-more");
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toBe(`600 of ${documentCount} steps`);
    expect(await graphSettled(page)).toBe("ready");
    expect(new URL(page.url()).searchParams.get("steps")).toBe("600");
    expect(new Set(await drawnDocuments(page))).toEqual(new Set(travel.slice(0, 600)));
    // Fewer than a page remain: only the button that fetches them all is left.
    expect(await page.locator("#travel-more").count()).toBe(0);

    await page.click("#travel-all");
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toBe(`All ${documentCount} steps`);
    expect(await graphSettled(page)).toBe("ready");
    expect(await page.locator("#travel-all").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("steps")).toBe(String(documentCount));
    const all = await drawnDocuments(page);
    expect(all).toHaveLength(documentCount);
    expect(new Set(all)).toEqual(new Set(travel));
    await screenshot(page, "travel-long-all");
    await page.close();
  });

  it("reopens a link to a step past the first page with that step selected", async () => {
    const { claim } = await explorer.gql<{ claim: { travel: Array<{ mentions: Array<{ id: string }> }> } }>(
      "query($id: ID!) { claim(id: $id) { travel(first: 500) { mentions { id } } } }",
      { id: claimId },
    );
    const late = claim.travel[450].mentions[0].id;
    const page = await explorer.session.newPage();
    await page.goto(
      `${explorer.url}/?view=travel&claim=${encodeURIComponent(claimId)}&sel=${encodeURIComponent(late)}&steps=600`,
    );
    expect(await graphSettled(page)).toBe("ready");
    await expect.poll(() => page.locator("#travel-count").textContent()).toBe(`600 of ${documentCount} steps`);
    expect(await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).selected(), late)).toBe(true);
    expect(await evidenceSettled(page)).toBe("ready");
    await expect
      .poll(() => page.locator(`#evidence .card[data-mention="${late}"] .who`).textContent())
      .toMatch(/Elena Marsh/);
    await page.close();
  });

  it("lists the claim's mentions in the evidence panel a page at a time, fetching the next on request", async () => {
    const { claim } = await explorer.gql<{ claim: { mentionCount: number; mentions: Array<{ id: string }> } }>(
      "query($id: ID!) { claim(id: $id) { mentionCount mentions(first: 50) { id } } }",
      { id: claimId },
    );
    expect(claim.mentionCount).toBe(documentCount);
    const page = await explorer.session.newPage();
    await page.goto(`${explorer.url}/?view=travel&claim=${encodeURIComponent(claimId)}`);
    expect(await evidenceSettled(page)).toBe("ready");
    await expect
      .poll(() => page.locator("#evidence h3", { hasText: "Mentions (" }).textContent())
      .toBe(`Mentions (${documentCount})`);
    const shown = () =>
      page
        .locator("#evidence .card[data-mention]")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-mention")));
    const first = await shown();
    expect(first.length).toBeLessThan(50);
    expect(first).toEqual(claim.mentions.slice(0, first.length).map((m) => m.id));
    await page.locator("#evidence button", { hasText: /^Show \d+ more$/ }).click();
    await expect.poll(async () => (await shown()).length, { timeout: 60_000 }).toBe(2 * first.length);
    expect(await shown()).toEqual(claim.mentions.slice(0, 2 * first.length).map((m) => m.id));
    await page.close();
  });

  it("made no request outside its own origin and raised no page error", () => {
    expect(explorer.session.foreignRequests).toEqual([]);
    expect(explorer.session.pageErrors).toEqual([]);
  });
});

/**
 * The explorer in a real Chromium, against the real API over Neo4j loaded with seeds/ through
 * the real extraction. Assertions are about structure and about what the seeds plainly say,
 * not about exact counts, so that extraction improvements do not break them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { perFile } from "../helpers/per-file.js";
import { clickNode, evidenceSettled, explorerOn, graphSettled, screenshot, selectedIds } from "./harness.js";

const explorer = perFile(() => explorerOn(path.join(projectRoot, "seeds")));

interface ClaimRow {
  id: string;
  text: string;
  reportedBy: Array<{ name: string }>;
}

const nodeData = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      window
        .__nne!.cy()!
        .nodes(sel)
        .map((n) => ({ ...n.data(), classes: n.classes() as string[] })),
    selector,
  ) as Promise<Array<Record<string, any>>>;

/** Types in the search box and opens the listed claim whose text matches. */
async function openClaimBySearch(page: Page, words: string, match: RegExp): Promise<string> {
  await page.fill("#search", words);
  await page.waitForURL((u) => u.searchParams.get("q") === words);
  const item = page.locator(".claim-item", { hasText: match }).first();
  await item.waitFor({ timeout: 30_000 });
  await item.click();
  await page.waitForFunction(() => window.__nne?.state().view === "travel");
  expect(await graphSettled(page)).toBe("ready");
  return page.evaluate(() => window.__nne!.state().claim);
}

describe("explorer on the seed corpus", () => {
  it("opens on the network with a node for every seed claim", async () => {
    const page = await explorer.open();
    const { claims, graph: view } = await explorer.gql<{
      claims: { nodes: ClaimRow[] };
      graph: { truncated: boolean };
    }>("{ claims(first: 100) { nodes { id text reportedBy { name } } } graph(limit: 300) { truncated } }");
    expect(claims.nodes.length).toBeGreaterThan(0);
    const drawn = new Set((await nodeData(page, "node.claim")).map((n) => n.id));
    // The seeds' graph fits the page's limit whole, so every claim must be drawn.
    expect(view.truncated).toBe(false);
    expect(claims.nodes.filter((c) => !drawn.has(c.id))).toEqual([]);
    expect(await nodeData(page, "node.actor")).not.toHaveLength(0);
    expect(await nodeData(page, "node.source")).not.toHaveLength(0);
    // Contested claims are marked, and the legend explains the marks.
    await expect.poll(() => page.locator(".legend").textContent()).toMatch(/contested/);
    await screenshot(page, "network", true);
    await page.close();
  });

  it("finds the offensive-weapons claim by search and shows how it travelled", async () => {
    const page = await explorer.open();
    const claimId = await openClaimBySearch(page, "offensive", /offensive/i);
    const mentions = await nodeData(page, "node.mention");
    const asserted = mentions.filter((m) => m.stance === "asserted" || m.stance === "mixed");
    const denied = mentions.filter((m) => m.stance === "denied");
    // Biden's assertion, relayed by the Kremlin (named as relay, or as the outlet that published it).
    expect(
      asserted.some(
        (m) =>
          /Biden/.test(m.actor ?? m.label) &&
          (m.via?.some((v: string) => /Kremlin/.test(v)) || /Kremlin/.test(m.outlet ?? "")),
      ),
    ).toBe(true);
    // The White House's denial, drawn differently from assertions.
    expect(denied.some((m) => /White House/.test(m.actor ?? m.label))).toBe(true);
    const shapes = await page.evaluate(() => {
      const cy = window.__nne!.cy()!;
      const shapeOf = (stance: string) => cy.nodes(`.mention[stance = "${stance}"]`).first().style("shape");
      return { asserted: shapeOf("asserted"), denied: shapeOf("denied") };
    });
    expect(shapes.asserted).not.toBe(shapes.denied);
    // One lane per outlet that reported it.
    const { claim } = await explorer.gql<{ claim: ClaimRow }>(
      "query($id: ID!) { claim(id: $id) { id text reportedBy { name } } }",
      { id: claimId },
    );
    const lanes = (await nodeData(page, "node.lane-label")).map((n) => n.label);
    expect(claim.reportedBy.length).toBeGreaterThan(1);
    for (const source of claim.reportedBy) expect(lanes).toContain(source.name);
    // Exactly one first appearance, and it is the earliest.
    const first = mentions.filter((m) => m.classes.includes("first"));
    expect(first).toHaveLength(1);
    expect(Math.min(...mentions.map((m) => m.time ?? Infinity))).toBe(first[0].time);
    // Relay edges say who took it from whom.
    const relays = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .edges(".relay")
        .map((e) => e.data("label") as string),
    );
    expect(relays.some((l) => /Kremlin/.test(l))).toBe(true);
    await expect.poll(() => page.locator(".legend").textContent()).toMatch(/denies/);
    expect(await evidenceSettled(page)).toBe("ready");
    await screenshot(page, "travel", true);
    await page.close();
  });

  it("clicking a mention shows the exact sentence in its document, highlighted, with source, date, confidence and the rule that found it", async () => {
    const page = await explorer.open();
    await openClaimBySearch(page, "offensive", /offensive/i);
    const denial = (await nodeData(page, 'node.mention[stance = "denied"]')).find((m) => /White House/.test(m.actor));
    expect(denial).toBeDefined();
    await clickNode(page, denial!.id);
    await page.waitForFunction((id) => window.__nne!.state().sel === id, denial!.id);
    expect(await evidenceSettled(page)).toBe("ready");
    const card = page.locator("#evidence .card.denied").first();
    await expect.poll(() => card.locator(".who").textContent()).toMatch(/White House/);
    const mark = (await card.locator("mark").textContent()) ?? "";
    const context = (await card.locator(".context").textContent()) ?? "";
    expect(mark.length).toBeGreaterThan(10);
    expect(context.length).toBeGreaterThan(mark.length);
    expect(context).toContain(mark);
    const meta = (await card.locator(".meta").first().textContent()) ?? "";
    expect(meta).toMatch(/RT/);
    expect(meta).toMatch(/2021/);
    expect(meta).toMatch(/confidence \d\.\d\d/);
    // The highlighted words are exactly the document's characters at the mention's offsets.
    const doc = await explorer.gql<{
      claim: {
        mentions: Array<{ id: string; start: number; end: number; rule: string | null; document: { text: string } }>;
      };
    }>("query($id: ID!) { claim(id: $id) { mentions { id start end rule document { text } } } }", {
      id: await page.evaluate(() => window.__nne!.state().claim),
    });
    const m = doc.claim.mentions.find((x) => x.id === denial!.id)!;
    expect(mark).toBe(m.document.text.slice(m.start, m.end));
    // An analyst sees why the edge exists: the name of the extraction rule, as the API gives it.
    expect(m.rule).toBeTruthy();
    expect(await card.locator(".meta .rule").textContent()).toBe(`found by: ${m.rule}`);
    await screenshot(page, "evidence", true);

    // The claim's wordings are compared side by side with word-level marks.
    await page.keyboard.press("Escape");
    await page.locator("#cy").focus();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => window.__nne!.state().sel === "");
    expect(await evidenceSettled(page)).toBe("ready");
    await expect.poll(() => page.locator("#evidence .wording").count()).toBeGreaterThan(1);
    expect(await page.locator("#evidence .wording ins, #evidence .wording del").count()).toBeGreaterThan(0);
    await screenshot(page, "wordings");
    await page.close();
  });

  it("filters the claims by stance and contestation, and keeps the filters in the URL", async () => {
    const page = await explorer.open();
    // Some claims are listed, and every one of them carries the badge.
    const listedAllHave = (badge: string) =>
      expect
        .poll(
          async () =>
            (await page.locator(".claim-item").count()) > 0 &&
            (await page.locator(`.claim-item:not(:has(.badge.${badge}))`).count()) === 0,
          { timeout: 30_000 },
        )
        .toBe(true);
    await page.selectOption("#f-stance", "denied");
    await page.waitForURL(/stance=denied/);
    await listedAllHave("denied");
    await page.check("#f-contested");
    await page.waitForURL(/contested=1/);
    await listedAllHave("contested");
    expect(await graphSettled(page)).toBe("ready");
    // The network shows only the listed claims.
    const listed = new Set(
      await page.locator(".claim-item").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claim)),
    );
    await page.waitForFunction(() => document.body.dataset.graph === "ready");
    const drawn = (await nodeData(page, "node.claim")).map((n) => n.id);
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(listed.has(id)).toBe(true);
    // A date range after the corpus leaves nothing, and says so.
    await page.fill("#f-from", "2030-01-01");
    await page.waitForURL(/from=2030-01-01/);
    await expect
      .poll(() => page.locator("#claims-status").textContent(), { timeout: 30_000 })
      .toMatch(/No claims match/);
    expect(await graphSettled(page)).toBe("empty");
    await page.click("#f-clear");
    await page.waitForURL((u) => !u.search.includes("stance") && !u.search.includes("from"));
    expect(await graphSettled(page)).toBe("ready");
    await page.close();
  });

  it("replays the spread with the time slider and reopens the same view from a shared link", async () => {
    const page = await explorer.open();
    await openClaimBySearch(page, "offensive", /offensive/i);
    // Lanes per actor, a mention selected, the slider moved back to the first publication.
    await page.click('.lane-choice button:has-text("actor")');
    await page.waitForURL(/lanes=actor/);
    await graphSettled(page);
    const first = (await nodeData(page, "node.mention.first"))[0];
    await clickNode(page, first.id);
    await page.waitForFunction((id) => window.__nne!.state().sel === id, first.id);
    await page.locator("#time-slider").focus();
    await page.keyboard.press("Home");
    await page.waitForURL(/[?&]t=/);
    const hidden = await page.evaluate(() => window.__nne!.cy()!.nodes(".mention.future").length);
    const shown = await page.evaluate(() => window.__nne!.cy()!.nodes(".mention:not(.future)").length);
    expect(hidden).toBeGreaterThan(0);
    expect(shown).toBeGreaterThan(0);
    await screenshot(page, "travel-slider");

    const shared = page.url();
    const state = await page.evaluate(() => window.__nne!.state());
    const heading = await page.locator("#evidence h2").first().textContent();
    const reopened = await explorer.open(shared.slice(explorer.url.length));
    expect(await evidenceSettled(reopened)).toBe("ready");
    expect(await reopened.evaluate(() => window.__nne!.state())).toEqual(state);
    expect(await reopened.locator("#evidence h2").first().textContent()).toBe(heading);
    expect(await selectedIds(reopened)).toEqual([state.sel]);
    expect(await reopened.evaluate(() => window.__nne!.cy()!.nodes(".mention.future").length)).toBe(hidden);
    expect(await reopened.locator("#time-slider").inputValue()).toBe(await page.locator("#time-slider").inputValue());
    await reopened.close();

    // Replay walks forward in time until everything is shown.
    await page.click("#play");
    await expect.poll(() => page.locator("#time-label").textContent(), { timeout: 30_000 }).toBe("All times");
    expect(await page.evaluate(() => window.__nne!.cy()!.nodes(".mention.future").length)).toBe(0);
    await page.close();
  });

  it("expands a node's neighbourhood on double-click and keeps the expansion in the URL", async () => {
    const page = await explorer.open("/?stance=denied");
    const before = await page.evaluate(() => window.__nne!.cy()!.nodes().length);
    const drawnClaims = new Set((await nodeData(page, "node.claim")).map((n) => n.id));
    // An actor of this denials-only view that also asserted a claim the view does not draw:
    // expanding it must draw that claim (a neighbourhood is every stance).
    let target: { actor: string; claim: string } | undefined;
    for (const { id } of await nodeData(page, "node.actor.expandable")) {
      const { actor } = await explorer.gql<{ actor: { asserted: { id: string }[] } | null }>(
        "query($id: ID!) { actor(id: $id) { asserted(first: 100) { id } } }",
        { id },
      );
      const claim = actor?.asserted.find((c) => !drawnClaims.has(c.id));
      if (claim) {
        target = { actor: id, claim: claim.id };
        break;
      }
    }
    if (!target)
      throw new Error("no drawn actor asserted a claim this view leaves out: the seeds no longer suit this test");
    const { actor, claim } = target;
    const box = (await page.locator("#cy").boundingBox())!;
    const at = await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).renderedPosition(), actor);
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await page.waitForURL(new RegExp(`open=${encodeURIComponent(actor)}`));
    await expect.poll(() => page.evaluate((id) => window.__nne!.cy()!.getElementById(id).length, claim)).toBe(1);
    expect(await page.evaluate(() => window.__nne!.cy()!.nodes().length)).toBeGreaterThan(before);
    expect(await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).hasClass("expandable"), actor)).toBe(
      false,
    );
    // The expansion survives a reload.
    await page.reload();
    expect(await graphSettled(page)).toBe("ready");
    expect(await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).hasClass("expandable"), actor)).toBe(
      false,
    );
    expect(await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).length, claim)).toBe(1);
    await page.close();
  });

  it("exports the view as PNG and JSON, the claim as ClaimReview JSON-LD, and copies a link", async () => {
    await explorer.session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: explorer.url });
    const page = await explorer.open();
    await openClaimBySearch(page, "offensive", /offensive/i);
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(file) };
    };
    const png = await saved("#export-png");
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
    const json = await saved("#export-json");
    const view = JSON.parse(json.bytes.toString());
    expect(view.format).toBe("narrative-explorer-view/2");
    expect(view.nodes.some((n: { kind: string }) => n.kind === "mention")).toBe(true);
    expect(view.state.view).toBe("travel");
    const jsonld = await saved("#export-jsonld");
    const review = JSON.parse(jsonld.bytes.toString());
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toMatch(/offensive/i);
    expect(review.itemReviewed["@type"]).toBe("Claim");
    expect(review.itemReviewed.appearance.length).toBeGreaterThan(1);
    expect(review.itemReviewed.firstAppearance.text.length).toBeGreaterThan(0);
    await page.click("#copy-link");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.close();
  });

  it("works from the keyboard: a claim opens with Enter, the graph is walked with arrows and Space", async () => {
    const page = await explorer.open();
    await page.locator(".claim-item").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__nne?.state().view === "travel");
    expect(await graphSettled(page)).toBe("ready");
    await page.locator("#cy").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("#graph-focus").textContent()).not.toBe("");
    await page.keyboard.press(" ");
    await page.waitForFunction(() => window.__nne!.state().sel !== "");
    expect(await evidenceSettled(page)).toBe("ready");
    // Focus is visible on buttons.
    await page.locator("#tab-network").focus();
    const outline = await page.locator("#tab-network").evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).not.toBe("none");
    await page.close();
  });

  it("shows empty and error states instead of a blank page", async () => {
    const page = await explorer.session.newPage();
    await page.goto(`${explorer.url}/?view=travel&claim=clm-0000000000000000`);
    expect(await graphSettled(page)).toBe("empty");
    await expect.poll(() => page.locator("#graph-status").textContent()).toMatch(/not stored/);
    await page.goto(`${explorer.url}/?view=travel`);
    expect(await graphSettled(page)).toBe("empty");
    await expect.poll(() => page.locator("#graph-status").textContent()).toMatch(/Choose a claim/);

    // The API failing: an error with a retry, which recovers once the API answers again.
    await page.route("**/graphql", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          errors: [{ message: "Neo4j is unavailable", extensions: { code: "NEO4J_UNAVAILABLE" } }],
        }),
      }),
    );
    await page.goto(explorer.url);
    expect(await graphSettled(page)).toMatch(/^error/);
    await expect.poll(() => page.locator("#graph-status").textContent()).toMatch(/Neo4j is unavailable/);
    await screenshot(page, "error-state");
    await page.unroute("**/graphql");
    await page.click("#graph-status button");
    await page.waitForFunction(() => document.body.dataset.graph === "ready", null, { timeout: 60_000 });
    await page.close();
  });

  it("made no request outside its own origin and raised no page error", () => {
    expect(explorer.session.foreignRequests).toEqual([]);
    expect(explorer.session.pageErrors).toEqual([]);
  });
});

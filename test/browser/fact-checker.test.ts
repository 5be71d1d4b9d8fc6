/**
 * What a fact-checker needs beyond the core loop (issue 16), in a real Chromium against the real
 * API over Neo4j loaded with seeds/: provenance first, a readable network, phones, exports that
 * stand alone, search and filters that do not surprise, and a compressed bundle without public
 * source maps. Expected values come from the API and the analysis queries, never hard-coded.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPngText } from "../../client/src/export/png-text.js";
import { parseQueryFile } from "../../server/analysis/query-library.js";
import { runAnalysisQuery } from "../../server/analysis/run-query.js";
import { projectRoot } from "../../server/config.js";
import { perFile } from "../helpers/per-file.js";
import { clickNode, evidenceSettled, explorerOn, graphSettled, screenshot, selectedIds } from "./harness.js";

const explorer = perFile(() => explorerOn(path.join(projectRoot, "seeds")));

async function claimMatching(words: string): Promise<{ id: string; text: string }> {
  const { claims } = await explorer.gql<{ claims: { nodes: Array<{ id: string; text: string }> } }>(
    "query($q: String) { claims(filter: { search: $q }, first: 1) { nodes { id text } } }",
    { q: words },
  );
  expect(claims.nodes).toHaveLength(1);
  return claims.nodes[0];
}

/** The travel of the one claim whose text matches, on a new page. */
async function travelOf(words: string): Promise<{ claim: { id: string; text: string }; page: Page }> {
  const claim = await claimMatching(words);
  return { claim, page: await explorer.open(`/?view=travel&claim=${claim.id}`) };
}

const saved = async (page: Page, button: string) => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync(await download.path());
};

describe("provenance first", () => {
  it("Claim.provenance over HTTP is the independence analysis's answer", async () => {
    const claim = await claimMatching("offensive");
    const independence = parseQueryFile(
      "independence",
      readFileSync(path.join(projectRoot, "cypher", "analysis", "independence.cypher"), "utf8"),
    );
    const analysis = await runAnalysisQuery(explorer.graph, independence, { claim: claim.id });
    const { claim: api } = await explorer.gql<{
      claim: {
        outlets: number;
        provenance: {
          outlets: number;
          independentOrigins: number;
          origins: Array<{ origin: string; firstOutlet: string; chain: string[] }>;
        };
      };
    }>(
      "query($id: ID!) { claim(id: $id) { outlets provenance { outlets independentOrigins origins { origin firstOutlet chain } } } }",
      { id: claim.id },
    );
    const rows = analysis.rows as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(api.provenance.independentOrigins).toBe(rows[0].independentOrigins);
    expect(api.provenance.outlets).toBe(api.outlets);
    expect(api.provenance.origins.map((o) => o.origin)).toEqual(rows.map((r) => r.origin));
    expect(api.provenance.origins[0].chain[0]).toBe(rows[0].origin);
    expect(api.provenance.origins[0].chain.at(-1)).toBe(rows[0].firstOutlet);
  });

  it("a claim's travel opens on 'N outlets · M independent origins' with the first origin's chain, and marks say whose account they are", async () => {
    const claim = await claimMatching("offensive");
    const { claim: api } = await explorer.gql<{
      claim: { provenance: { outlets: number; independentOrigins: number; origins: Array<{ chain: string[] }> } };
    }>("query($id: ID!) { claim(id: $id) { provenance { outlets independentOrigins origins { chain } } } }", {
      id: claim.id,
    });
    const page = await explorer.open(`/?view=travel&claim=${claim.id}`);
    const line = (await page.locator("#provenance").textContent()) ?? "";
    const p = api.provenance;
    // The header's count and first chain are the `independence` analysis's own answer.
    const rows = (
      await runAnalysisQuery(
        explorer.graph,
        parseQueryFile(
          "independence",
          readFileSync(path.join(projectRoot, "cypher", "analysis", "independence.cypher"), "utf8"),
        ),
        { claim: claim.id },
      )
    ).rows as Array<{ independentOrigins: number; origin: string; firstOutlet: string }>;
    const origins = rows[0].independentOrigins;
    expect(line).toContain(`${origins} independent origin${origins === 1 ? "" : "s"}`);
    expect(line).toContain(rows[0].origin);
    expect(line).toContain(rows[0].firstOutlet);
    expect(line).toContain(
      `${p.outlets} outlet${p.outlets === 1 ? "" : "s"} · ${p.independentOrigins} independent origin${p.independentOrigins === 1 ? "" : "s"}`,
    );
    expect(line).toContain(p.origins[0].chain.join(" → "));

    const marks = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .nodes(".mention")
        .map((n) => n.data() as { id: string; label: string; actor: string; via: string[] }),
    );
    const relayed = marks.filter((m) => m.via?.length);
    expect(relayed.length).toBeGreaterThan(0);
    for (const m of marks) {
      // The speaker is named after the relays that tell it: "Kremlin: Joseph Biden said".
      expect(m.label).toContain(`${[...(m.via ?? []).map((v) => `${v}:`), m.actor].join(" ")}`);
    }
    // Every relayed mark is reached by a relay edge from its nearest relay.
    const relays = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .edges(".relay")
        .map((e) => ({ target: e.target().id(), label: e.data("label") as string })),
    );
    for (const m of relayed) expect(relays.some((r) => r.target === m.id && r.label === `via ${m.via[0]}`)).toBe(true);

    // The volume strip counts every drawn mention, and a bar moves the replay to its time.
    const drawnMentions = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .nodes(".mention")
        .reduce((n, m) => n + (m.data("mentionIds") as string[]).length, 0),
    );
    const titles = await page.locator("#volume .bucket title").allTextContents();
    const counted = titles.reduce(
      (n, t) => n + Number(/(\d+) assertions?/.exec(t)![1]) + Number(/(\d+) denials?/.exec(t)![1]),
      0,
    );
    expect(counted).toBe(drawnMentions);
    await page.locator("#volume .bucket").first().click();
    await page.waitForURL(/[?&]t=/);
    expect(await page.evaluate(() => window.__nne!.cy()!.nodes(".mention:not(.future)").length)).toBeGreaterThan(0);
    await page.close();
  });

  it("in a claim's travel, relay lines are named on the marks, not over them, and no mark's label covers another", async () => {
    const { page } = await travelOf("offensive");
    const drawn = await page.evaluate(() => {
      const cy = window.__nne!.cy()!;
      const relays = cy.edges(".relay");
      const marks = cy
        .nodes(".mention")
        .map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }));
      const overlap = (a: (typeof marks)[0], b: (typeof marks)[0]) =>
        a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2;
      return {
        relays: relays.length,
        labelledAtRest: relays.filter((e) => e.style("label") !== "").length,
        // Every relayed mark names the relay it came through.
        marksNamingRelay: relays
          .targets()
          .filter((n) => (n.data("via") ?? []).some((v: string) => String(n.data("label")).includes(v))).length,
        relayTargets: relays.targets().filter((n) => n.hasClass("mention")).length,
        covered: marks.flatMap((a, i) =>
          marks.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.id} / ${b.id}`] : [])),
        ),
      };
    });
    expect(drawn.relays).toBeGreaterThan(0);
    expect(drawn.labelledAtRest).toBe(0);
    expect(drawn.marksNamingRelay).toBe(drawn.relayTargets);
    expect(drawn.covered).toEqual([]);
    // Pointed at, a relay line says whose account it came through.
    const named = await page.evaluate(() => {
      const edge = window.__nne!.cy()!.edges(".relay").first();
      edge.emit("mouseover");
      return { label: edge.style("label") as string, via: edge.data("label") as string };
    });
    expect(named.label).toBe(named.via);
    await page.close();
  });

  it("in the network, a stance known only through someone else's account is drawn as relayed and names whose account", async () => {
    const { graph } = await explorer.gql<{
      graph: { edges: Array<{ id: string; kind: string; weight: number; relayed: number; through: string[] }> };
    }>("{ graph(limit: 300) { edges { id kind weight relayed through } } }");
    const relayedOnly = graph.edges.filter((e) => e.relayed >= e.weight && e.through.length > 0);
    expect(relayedOnly.length).toBeGreaterThan(0);
    const page = await explorer.open("/");
    const drawn = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .edges(".relayed")
        .map((e) => ({ label: e.data("label") as string, style: e.style("line-style") as string })),
    );
    expect(drawn.length).toBeGreaterThan(0);
    for (const e of drawn) {
      expect(e.label).toMatch(/^(said|denied), per /);
      expect(e.style).not.toBe("solid");
    }
    await page.close();
  });
});

describe("a network a person can read", () => {
  it("one node per party, numbered claims, names at least 11 px, a complete legend", async () => {
    const page = await explorer.open("/");
    const nodes = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .nodes()
        .map((n) => ({
          kind: n.data("kind") as string,
          name: String(n.data("fullLabel")).toLowerCase(),
          key: n.data("key") as string | undefined,
        })),
    );
    const actors = new Set(nodes.filter((n) => n.kind === "actor").map((n) => n.name));
    const outlets = nodes.filter((n) => n.kind === "source").map((n) => n.name);
    expect(outlets.filter((name) => actors.has(name))).toEqual([]);
    const claims = nodes.filter((n) => n.kind === "claim");
    expect(claims.map((c) => Number(c.key)).sort((a, b) => a - b)).toEqual(claims.map((_, i) => i + 1));
    // Named parties are readable at the fitted zoom.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Math.min(
            ...window
              .__nne!.cy()!
              .nodes(".labelled")
              .map((n) => parseFloat(n.renderedStyle("font-size") as string)),
          ),
        ),
      )
      .toBeGreaterThanOrEqual(11);
    const legend = (await page.locator("#legend").textContent()) ?? "";
    for (const kind of [
      "asserts",
      "denies",
      "per someone else",
      "reported by",
      "cites",
      "reprints",
      "speaks as",
      "relays",
    ])
      expect(legend).toContain(kind);
    await page.close();
  });

  it("no name, claim number or node covers another in the overview, on a desktop and on a phone", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await explorer.open("/", viewport);
      const covered = await page.evaluate(() => {
        const boxes = window
          .__nne!.cy()!
          .nodes()
          .map((n) => ({
            id: n.id(),
            ...n.renderedBoundingBox({ includeLabels: true, includeNodes: true, includeOverlays: false }),
          }));
        // A pixel of tolerance for anti-aliasing at the edges.
        const overlap = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
          a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2;
        return boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.id} / ${b.id}`] : [])));
      });
      expect(covered, `at ${viewport.width}×${viewport.height}`).toEqual([]);
      await page.close();
    }
  });

  it("a search marks its hits in the scene, and the graph refits when the window narrows", async () => {
    const page = await explorer.open("/?q=offensive");
    const hits = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .nodes(".search-hit")
        .map((n) => String(n.data("fullLabel"))),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit).toMatch(/offensi/i);
    const inside = () =>
      page.evaluate(() => {
        const cy = window.__nne!.cy()!;
        const box = cy.nodes().renderedBoundingBox({ includeLabels: false });
        return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      });
    expect(await inside()).toBe(true);
    const before = await page.evaluate(() => window.__nne!.cy()!.width());
    await page.setViewportSize({ width: 1000, height: 700 });
    await expect.poll(() => page.evaluate(() => window.__nne!.cy()!.width())).toBeLessThan(before);
    await expect.poll(inside).toBe(true);
    await page.close();
  });

  it("a shared link redraws the same picture", async () => {
    const positions = async () => {
      const page = await explorer.open("/?stance=denied");
      const at = await page.evaluate(() =>
        Object.fromEntries(
          window
            .__nne!.cy()!
            .nodes()
            .map((n) => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]]),
        ),
      );
      await page.close();
      return at;
    };
    const first = await positions();
    expect(Object.keys(first).length).toBeGreaterThan(2);
    expect(await positions()).toEqual(first);
  });

  it("after an expansion the header counts what is drawn and the graph fits its canvas", async () => {
    const page = await explorer.open("/?stance=denied");
    const heading = () => page.locator("#network-counts").textContent();
    const before = await heading();
    const actor = await page.evaluate(() => window.__nne!.cy()!.nodes(".actor.expandable").first().id());
    await page.locator("#cy").focus();
    await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).emit("dbltap"), actor);
    await page.waitForURL(/open=/);
    await expect.poll(heading).not.toBe(before);
    const counted = await page.evaluate(() => window.__nne!.cy()!.nodes(".claim").length);
    expect(await heading()).toContain(`${counted} claim`);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.__nne!.cy()!;
          const box = cy.elements().renderedBoundingBox();
          return box.x1 >= -2 && box.y1 >= -2 && box.x2 <= cy.width() + 2 && box.y2 <= cy.height() + 2;
        }),
      )
      .toBe(true);
    await page.close();
  }, 240_000);
});

describe("relations drawn and followed", () => {
  /** The drawn node that stands for a party: itself, or the outlet an actor of the same name is folded into. */
  const drawnAs = (page: Page, ids: string[]) =>
    page.evaluate((wanted) => {
      const cy = window.__nne!.cy()!;
      return wanted.map((id) =>
        cy.getElementById(id).nonempty()
          ? id
          : (cy
              .nodes()
              .filter((n) => n.data("speaker") === id)[0]
              ?.id() ?? ""),
      );
    }, ids);

  it("every relay in the mentions' via chains between drawn parties is an edge of the network", async () => {
    const { graph } = await explorer.gql<{ graph: { edges: Array<{ source: string; target: string; kind: string }> } }>(
      "{ graph(limit: 300) { edges { source target kind } } }",
    );
    const relays = graph.edges.filter((e) => e.kind === "RELAYS");
    expect(relays.length).toBeGreaterThan(0);
    const page = await explorer.open("/");
    const drawn = new Set(
      await page.evaluate(() =>
        window
          .__nne!.cy()!
          .edges('[kind = "RELAYS"]')
          .map((e) => `${e.source().id()}>${e.target().id()}`),
      ),
    );
    for (const r of relays) {
      const [source, target] = await drawnAs(page, [r.source, r.target]);
      if (source !== target) expect(drawn.has(`${source}>${target}`)).toBe(true);
    }
    expect(await page.locator("#legend").textContent()).toContain("relays");
    await page.close();
  });

  it("the API follows and returns only the relations asked for", async () => {
    const { graph: all } = await explorer.gql<{
      graph: { edges: Array<{ source: string; target: string; kind: string }> };
    }>("{ graph(limit: 300) { edges { source target kind } } }");
    const relay = all.edges.find((e) => e.kind === "RELAYS" && e.source.startsWith("act-"))!;
    const denial = all.edges.find((e) => e.kind === "DENIED")!;
    const asks = [
      { kinds: ["RELAYS"], from: `actorIds: ["${relay.source}"]` },
      { kinds: ["DENIED"], from: `claimIds: ["${denial.target}"]` },
      { kinds: ["ASSERTED", "CITES"], from: "" },
    ];
    for (const { kinds, from } of asks) {
      const { graph } = await explorer.gql<{ graph: { nodes: Array<{ id: string }>; edges: Array<{ kind: string }> } }>(
        `query($r: [GraphEdgeKind!]) { graph(${from} limit: 300, relations: $r) { nodes { id } edges { kind } } }`,
        { r: kinds },
      );
      expect(graph.edges.length).toBeGreaterThan(0);
      for (const e of graph.edges) expect(kinds).toContain(e.kind);
    }
  });

  it("an expansion follows only the relations ticked, and its link redraws the same picture", async () => {
    const start = "/?stance=denied";
    const page = await explorer.open(start);
    const drawnBefore = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .nodes()
        .map((n) => ({ id: n.id(), speaker: (n.data("speaker") as string | undefined) ?? "" })),
    );
    const ids = new Set(drawnBefore.flatMap((n) => [n.id, n.speaker]).filter(Boolean));
    // A drawn party with relays to parties not drawn yet, as the API answers.
    let chosen = "";
    for (const n of drawnBefore.filter((n) => !n.id.startsWith("clm-"))) {
      const arg = n.id.startsWith("act-") ? "actorIds" : "sourceIds";
      const { graph } = await explorer.gql<{ graph: { nodes: Array<{ id: string }> } }>(
        `query($id: ID!) { graph(${arg}: [$id], relations: [RELAYS], limit: 80) { nodes { id } } }`,
        { id: n.speaker || n.id },
      );
      if (graph.nodes.some((m) => !ids.has(m.id))) {
        chosen = n.id;
        break;
      }
    }
    expect(chosen).not.toBe("");
    // Only "relays" ticked.
    for (const box of await page.locator("#expand-with input").all())
      if ((await box.getAttribute("value")) !== "v") await box.uncheck();
    await page.waitForURL(/rel=v(&|$)/);
    const edgesBefore = await page.evaluate(() =>
      window
        .__nne!.cy()!
        .edges()
        .map((e) => e.id()),
    );
    await page.evaluate((id) => window.__nne!.cy()!.getElementById(id).emit("dbltap"), chosen);
    await page.waitForFunction((id) => window.__nne!.state().open.includes(`${id}~v`), chosen);
    const added = await page.evaluate(
      (before) =>
        window
          .__nne!.cy()!
          .edges()
          .filter((e) => !before.includes(e.id()))
          .map((e) => e.data("kind") as string),
      edgesBefore,
    );
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(added)).toEqual(new Set(["RELAYS"]));
    await expect.poll(() => page.locator("#toast").textContent()).toMatch(/following relays \(via\)/);

    const picture = (p: Page) =>
      p.evaluate(() =>
        Object.fromEntries(
          window
            .__nne!.cy()!
            .nodes()
            .map((n) => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]]),
        ),
      );
    const link = page.url();
    const before = await picture(page);
    const again = await explorer.open(link.slice(explorer.url.length));
    expect(await again.locator("#rel-a").isChecked()).toBe(false);
    expect(await again.locator("#rel-v").isChecked()).toBe(true);
    expect(Object.keys(await picture(again)).sort()).toEqual(Object.keys(before).sort());
    const third = await explorer.open(link.slice(explorer.url.length));
    expect(await picture(third)).toEqual(await picture(again));
    for (const p of [page, again, third]) await p.close();
  }, 240_000);

  it("a claim's travel draws its documents' 'according to' citations from the cited party's earlier mark", async () => {
    type Step = {
      at: string | null;
      document: { id: string; source: { name: string } | null };
      cites: Array<{ kind: string; party: { id: string; name: string } }>;
      mentions: Array<{ id: string; at: string | null; actor: { name: string } }>;
    };
    const { claims } = await explorer.gql<{ claims: { nodes: Array<{ id: string }> } }>(
      "{ claims(first: 60, sort: FIRST_SEEN) { nodes { id } } }",
    );
    const norm = (x: string) => x.trim().toLowerCase();
    let checked = 0;
    for (const { id } of claims.nodes) {
      const { claim } = await explorer.gql<{ claim: { travel: Step[] } }>(
        "query($id: ID!) { claim(id: $id) { travel(first: 100) { at document { id source { name } } cites { kind party { id name } } mentions { id at actor { name } } } } }",
        { id },
      );
      // What the extraction gives: a document citing a party that stated the claim in an earlier document.
      const marks = claim.travel.flatMap((s) =>
        s.mentions.map((m) => ({ ...m, doc: s.document.id, outlet: s.document.source?.name ?? "", step: s })),
      );
      const time = (m: (typeof marks)[number]) => Date.parse(m.at ?? m.step.at ?? "") || Infinity;
      const expected = marks.flatMap((m) =>
        m.step.cites
          .filter((c) => c.kind === "ATTRIBUTION")
          .filter((c) => ![m.outlet, m.actor.name].some((n) => norm(n) === norm(c.party.name)))
          .filter((c) =>
            marks.some(
              (p) =>
                p.doc !== m.doc &&
                time(p) < time(m) &&
                [p.outlet, p.actor.name].some((n) => norm(n) === norm(c.party.name)),
            ),
          )
          .map((c) => ({ doc: marks.filter((p) => p.doc === m.doc).map((p) => p.id), party: c.party.name })),
      );
      if (expected.length === 0) continue;
      const page = await explorer.open(`/?view=travel&claim=${id}`);
      const drawn = await page.evaluate(() =>
        window
          .__nne!.cy()!
          .edges(".relay, .cites")
          .map((e) => ({
            target: e.target().data("mentionIds") as string[],
            from: [e.source().data("outlet"), e.source().data("actor")].filter(Boolean) as string[],
          })),
      );
      for (const x of expected) {
        // A citation is the document's: it reaches one of the document's marks.
        const into = drawn.filter((e) => e.target.some((id) => x.doc.includes(id)));
        expect(into.some((e) => e.from.some((n) => norm(n) === norm(x.party)))).toBe(true);
        checked++;
      }
      await page.close();
      if (checked >= 3) break;
    }
    expect(checked).toBeGreaterThan(0);
  }, 240_000);
});

describe("phones and narrow windows", () => {
  it("at 390×844 the panes are tabs, the graph has area, the page scrolls, and the main loop works", async () => {
    const claim = await claimMatching("offensive");
    const page = await explorer.open("/", { width: 390, height: 844 });
    const area = await page.evaluate(() => ({ w: window.__nne!.cy()!.width(), h: window.__nne!.cy()!.height() }));
    expect(area.w).toBeGreaterThan(300);
    expect(area.h).toBeGreaterThan(300);
    expect(
      await page.evaluate(
        () =>
          document.scrollingElement!.scrollHeight > window.innerHeight &&
          getComputedStyle(document.body).overflowY !== "hidden",
      ),
    ).toBe(true);
    await screenshot(page, "phone-network", true);
    // Claims → pick one → its travel in the graph pane → a mark → the evidence pane.
    await page.click("#pane-list");
    await page.fill("#search", "offensive");
    await page.locator(`.claim-item[data-claim="${claim.id}"]`).click();
    expect(await graphSettled(page)).toBe("ready");
    expect(await page.locator("#cy").isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__nne!.cy()!.height())).toBeGreaterThan(300);
    await screenshot(page, "phone-travel", true);
    const mark = await page.evaluate(() => window.__nne!.cy()!.nodes(".mention").first().id());
    await clickNode(page, mark);
    await page.waitForFunction((id) => window.__nne!.state().sel === id, mark);
    await expect.poll(() => page.locator("#pane-evidence").getAttribute("class")).toContain("news");
    await page.click("#pane-evidence");
    expect(await evidenceSettled(page)).toBe("ready");
    expect(await page.locator("#evidence .card mark").first().isVisible()).toBe(true);
    await screenshot(page, "phone-evidence", true);
    await page.close();
  });

  it("at 1280×800 all three panes show, and 'Widen panel' widens and narrows back", async () => {
    const { page } = await travelOf("offensive");
    expect(await evidenceSettled(page)).toBe("ready");
    for (const id of ["#claim-list", "#cy", "#evidence"]) expect(await page.locator(id).isVisible()).toBe(true);
    const graphWidth = () => page.evaluate(() => window.__nne!.cy()!.width());
    const normal = await graphWidth();
    const widen = page.locator("#evidence .widen");
    await widen.click();
    await expect.poll(() => widen.textContent()).toBe("Narrow panel");
    await expect.poll(graphWidth).toBeLessThan(normal);
    await widen.click();
    await expect.poll(() => widen.textContent()).toBe("Widen panel");
    await expect.poll(graphWidth).toBe(normal);
    await page.close();
  });
});

describe("exports that stand alone", () => {
  it("the PNG carries title, claim, legend and source; the JSON carries the evidence; the ClaimReview a rating scale", async () => {
    const { claim, page } = await travelOf("offensive");
    // A selection is the user's, not the figure's: it stays on the page and out of the export.
    const mark = await page.evaluate(() => window.__nne!.cy()!.nodes(".mention").first().id());
    await clickNode(page, mark);
    await page.waitForFunction((id) => window.__nne!.state().sel === id, mark);
    const canvas = await page.evaluate(() => ({ w: window.__nne!.cy()!.width(), h: window.__nne!.cy()!.height() }));
    const png = await saved(page, "#export-png");
    const meta = readPngText(new Uint8Array(png));
    expect(meta.Title).toMatch(/travelled/);
    expect(meta.Description).toContain(claim.text);
    expect(meta.Comment).toMatch(/independent origin/);
    expect(meta.Comment).toMatch(/UTC/);
    expect(meta.Source).toBe(page.url());
    expect(Date.parse(meta["Creation Time"])).toBeGreaterThan(0);
    expect(png.readUInt32BE(16)).toBeGreaterThan(canvas.w);
    expect(await selectedIds(page)).toEqual([mark]);

    const view = JSON.parse((await saved(page, "#export-json")).toString());
    expect(view.evidence.length).toBeGreaterThan(0);
    const { claim: stored } = await explorer.gql<{
      claim: { mentions: Array<{ id: string; document: { text: string } }> };
    }>("query($id: ID!) { claim(id: $id) { mentions { id document { text } } } }", { id: claim.id });
    for (const e of view.evidence) {
      expect(e.document.id).toMatch(/^doc-/);
      expect(e.outlet).toBeTruthy();
      expect(new Date(e.time).toISOString()).toBe(e.time);
      const text = stored.mentions.find((m) => m.id === e.mention)!.document.text;
      expect(text.slice(e.span.start, e.span.end)).toBe(e.quote);
    }
    for (const n of view.nodes.filter((n: { time?: unknown }) => n.time !== undefined && n.time !== null))
      expect(typeof n.time).toBe("string");

    const review = JSON.parse((await saved(page, "#export-jsonld")).toString());
    expect(review.reviewRating).toMatchObject({ worstRating: 1, bestRating: 3 });
    expect([1, 2, 3]).toContain(review.reviewRating.ratingValue);
    expect(review.reviewRating.ratingExplanation).toMatch(/not a verdict/);
    for (const a of review.itemReviewed.appearance)
      expect(a.headline && a.publisher.name && a.datePublished).toBeTruthy();
    await page.close();
  });
});

describe("the network's exports stand alone", () => {
  it("the PNG names what is drawn, its outlets, legend, link and time, without the selection; the JSON holds the drawn graph", async () => {
    const page = await explorer.open("/");
    const claim = await page.evaluate(() => window.__nne!.cy()!.nodes(".claim").first().id());
    await clickNode(page, claim);
    await page.waitForFunction((id) => window.__nne!.state().sel === id, claim);
    const drawn = await page.evaluate(() => {
      const cy = window.__nne!.cy()!;
      return {
        nodes: cy.nodes().map((n) => n.id()),
        edges: cy
          .edges()
          .filter((e) => !e.hasClass("filtered"))
          .map((e) => e.id()),
        outlets: cy.nodes(".source").map((n) => n.data("fullLabel") as string),
        width: cy.width(),
      };
    });
    const heading = (await page.locator("#network-counts").textContent()) ?? "";
    const legend = await page.locator("#legend .row:has(svg)").allTextContents();

    const png = await saved(page, "#export-png");
    const meta = readPngText(new Uint8Array(png));
    expect(meta.Title).toMatch(/network/i);
    // The subject counts what the header counts: "57 claims · 13 actors · 5 outlets".
    expect(meta.Description).toContain(heading.replace(/^Network · /, ""));
    for (const outlet of drawn.outlets) expect(meta.Comment).toContain(outlet);
    expect(meta.Legend.split(" | ")).toEqual(legend.map((l) => l.trim()));
    expect(meta.Source).toBe(page.url());
    expect(Date.parse(meta["Creation Time"])).toBeGreaterThan(0);
    expect(png.readUInt32BE(16)).toBeGreaterThan(drawn.width);
    expect(await selectedIds(page)).toEqual([claim]);

    const view = JSON.parse((await saved(page, "#export-json")).toString());
    expect(view.view).toBe("network");
    expect(view.url).toBe(page.url());
    expect(new Date(view.exportedAt).toISOString()).toBe(view.exportedAt);
    expect(view.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...drawn.nodes].sort());
    expect(view.edges.map((e: { id: string }) => e.id).sort()).toEqual([...drawn.edges].sort());
    for (const n of view.nodes.filter((n: { time?: unknown }) => n.time !== undefined && n.time !== null))
      expect(new Date(n.time).toISOString()).toBe(n.time);
    await page.close();
  });
});

describe("search and filters", () => {
  it("stems English words and finds speakers' names", async () => {
    const singular = await explorer.gql<{ claims: { totalCount: number } }>(
      '{ claims(filter: { search: "weapon" }) { totalCount } }',
    );
    const plural = await explorer.gql<{ claims: { totalCount: number } }>(
      '{ claims(filter: { search: "weapons" }) { totalCount } }',
    );
    expect(plural.claims.totalCount).toBeGreaterThan(0);
    expect(singular.claims.totalCount).toBe(plural.claims.totalCount);
    const { actors } = await explorer.gql<{
      actors: { nodes: Array<{ id: string; name: string; mentionCount: number }> };
    }>("{ actors(first: 50) { nodes { id name mentionCount } } }");
    const speaker = actors.nodes.find((a) => a.mentionCount > 0 && /^[A-Za-z ]+$/.test(a.name))!;
    const { actor } = await explorer.gql<{ actor: { asserted: Array<{ id: string }>; denied: Array<{ id: string }> } }>(
      "query($id: ID!) { actor(id: $id) { asserted(first: 20) { id } denied(first: 20) { id } } }",
      { id: speaker.id },
    );
    const found = await explorer.gql<{ claims: { nodes: Array<{ id: string }> } }>(
      "query($q: String) { claims(filter: { search: $q }, first: 100) { nodes { id } } }",
      { q: speaker.name },
    );
    const ids = new Set(found.claims.nodes.map((c) => c.id));
    for (const c of [...actor.asserted, ...actor.denied]) expect(ids.has(c.id)).toBe(true);
  });

  it("explains an over-long search and a reversed date range without a Retry, and Back undoes a filter", async () => {
    const page = await explorer.open("/");
    await page.fill("#search", "word ".repeat(120));
    await expect.poll(() => page.locator("#claims-status").textContent()).toMatch(/limited to 500 characters/);
    expect(await page.locator("#claims-status button").count()).toBe(0);
    await page.goto(`${explorer.url}/?from=2021-12-31&to=2021-12-01`);
    await expect.poll(() => page.locator("#claims-status").textContent()).toMatch(/after “To”/);
    expect(await graphSettled(page)).toBe("empty");
    await page.goto(explorer.url);
    await graphSettled(page);
    await page.selectOption("#f-stance", "denied");
    await page.waitForURL(/stance=denied/);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("stance"));
    expect(await page.locator("#f-stance").inputValue()).toBe("");
    await page.close();
  });

  it("offers only outlets that published something, and filters the travel marks with a note", async () => {
    const { sources } = await explorer.gql<{ sources: { nodes: Array<{ id: string; documentCount: number }> } }>(
      "{ sources(first: 100) { nodes { id documentCount } } }",
    );
    const page = await explorer.open("/");
    await expect.poll(() => page.locator("#f-outlet option").count()).toBeGreaterThan(1);
    const offered = await page
      .locator("#f-outlet option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered.sort()).toEqual(
      sources.nodes
        .filter((s) => s.documentCount > 0)
        .map((s) => s.id)
        .sort(),
    );
    const claim = await claimMatching("offensive");
    await page.goto(`${explorer.url}/?view=travel&claim=${claim.id}&stance=denied`);
    expect(await graphSettled(page)).toBe("ready");
    await expect.poll(() => page.locator("#travel-filtered").textContent()).toMatch(/Filters hide \d+ of \d+ marks/);
    await page.close();
  });
});

describe("smaller breaks", () => {
  it("an unknown claim says so in the header; a deep-linked claim is scrolled into the list; a skip link reaches the graph", async () => {
    const page = await explorer.session.newPage();
    await page.goto(`${explorer.url}/?view=travel&claim=clm-0000000000000000`);
    expect(await graphSettled(page)).toBe("empty");
    expect(await page.locator("#stage-head").textContent()).toMatch(/not found/);

    const { claims } = await explorer.gql<{ claims: { nodes: Array<{ id: string }> } }>(
      "{ claims(first: 100, sort: FIRST_SEEN) { nodes { id } } }",
    );
    const last = claims.nodes.at(-1)!.id;
    await page.goto(`${explorer.url}/?view=travel&claim=${last}`);
    await graphSettled(page);
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const item = document.querySelector(`.claim-item[data-claim="${id}"]`)!.getBoundingClientRect();
          const list = document.getElementById("claim-list")!.getBoundingClientRect();
          return item.top >= list.top - 1 && item.bottom <= list.bottom + 1;
        }, last),
      )
      .toBe(true);
    // Skip links come first: the second one lands in the graph.
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("skip-graph");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("cy");

    // No web address: the card says so instead of a dead link.
    await page.evaluate(() => window.__nne!.cy()!.nodes(".mention").first().emit("tap"));
    expect(await evidenceSettled(page)).toBe("ready");
    expect(await page.locator("#evidence a:not([href])").count()).toBe(0);
    expect(await page.locator("#evidence .no-url").first().getAttribute("title")).toMatch(/no web address/);
    await page.close();
  }, 240_000);

  it("the travel's axis starts at the first mark, dated in UTC and said not to scale; a document without a URL says so plainly; counts of one are singular", async () => {
    const { claim, page } = await travelOf("offensive");
    const axis = await page.evaluate(() => {
      const cy = window.__nne!.cy()!;
      const marks = cy.nodes(".mention");
      return {
        title: String(cy.getElementById("tick:axis").data("label")),
        firstTickX: cy.getElementById("tick:first").position("x"),
        firstMarkX: Math.min(...marks.map((n) => n.position("x"))),
      };
    });
    expect(axis.title).toMatch(/UTC/);
    expect(axis.firstTickX).toBe(axis.firstMarkX);
    expect(await page.locator("#legend").textContent()).toMatch(/UTC.*not to scale/);
    // A mark from a document the corpus holds without a URL: no dead link, a note instead.
    const { claim: stored } = await explorer.gql<{
      claim: { mentions: Array<{ id: string; document: { url: string | null } }> };
    }>("query($id: ID!) { claim(id: $id) { mentions(first: 50) { id document { url } } } }", { id: claim.id });
    // The seeds' documents are stored without URLs.
    const withoutUrl = stored.mentions.find((m) => !m.document.url);
    expect(withoutUrl).toBeDefined();
    const mark = await page.evaluate(
      (id) =>
        window
          .__nne!.cy()!
          .nodes(".mention")
          .filter((n) => (n.data("mentionIds") ?? []).includes(id))
          .first()
          .id(),
      withoutUrl!.id,
    );
    await clickNode(page, mark);
    expect(await evidenceSettled(page)).toBe("ready");
    expect(await page.locator("#evidence").textContent()).toMatch(/No link to the original/);
    expect(await page.locator('#evidence a:has-text("Open the original")').count()).toBe(0);
    // "1 outlet", never "1 outlets".
    const head = (await page.locator("#stage-head").textContent()) ?? "";
    expect(head).not.toMatch(/\b1 (outlets|claims|origins|independent origins)\b/);
    await page.close();
  });

  it("serves the bundle compressed and long-cached, and no source map", async () => {
    const html = await (await fetch(explorer.url)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    for (const encoding of ["br", "gzip"]) {
      const response = await fetch(`${explorer.url}${script}`, { headers: { "accept-encoding": encoding } });
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("cache-control")).toMatch(/max-age=31536000/);
      expect(response.headers.get("content-type")).toMatch(/javascript/);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
    const body = await (await fetch(`${explorer.url}${script}`)).text();
    expect(body).not.toMatch(/sourceMappingURL/);
    expect((await fetch(`${explorer.url}${script}.map`)).status).toBe(404);
  });

  it("made no request outside its own origin and raised no page error", () => {
    expect(explorer.session.foreignRequests).toEqual([]);
    expect(explorer.session.pageErrors).toEqual([]);
  });
});

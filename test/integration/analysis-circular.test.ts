/**
 * The analysis library on the hand-made circular-sourcing corpus, loaded as the model-level
 * fixture test/fixtures/circular/graph.cypher (what a perfect extraction writes): every query's
 * answer is known exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildParams } from "../../server/analysis/param-values.js";
import { type AnalysisQuery, loadLibrary } from "../../server/analysis/query-library.js";
import type { Graph } from "../../server/graph/driver.js";
import { refreshSourceSummaries } from "../../server/graph/maintenance.js";
import { migrate } from "../../server/graph/migrate.js";
import { reviewEdge } from "../../server/graph/reviews.js";
import { emptyTestGraph } from "../helpers/neo4j.js";
import { type Analyst, analyst, CIRCULAR_GRAPH, runCypherScript } from "./analysis-graph.js";

let graph: Graph;
let library: AnalysisQuery[];
let ask: Analyst["ask"];
let claimId: Analyst["claimId"];

beforeAll(async () => {
  graph = await emptyTestGraph();
  await migrate(graph);
  await runCypherScript(graph, CIRCULAR_GRAPH);
  // The per-source summaries the load writes after its documents, which circular-sourcing reads.
  await refreshSourceSummaries(graph);
  library = await loadLibrary();
  ({ ask, claimId } = analyst(graph, library));
});

afterAll(async () => {
  await graph?.close();
});

describe("the fixture", () => {
  it("is traceable: every edge's evidence is the document text at its offsets", async () => {
    const rows = await graph.read(
      "MATCH (a)-[e:ASSERTED|DENIED]->(:Claim) MATCH (d:Document {id: e.document}) RETURN substring(d.text, e.start, e.end - e.start) = e.evidence AS ok",
    );
    expect(rows.length).toBe(11);
    expect(rows.every((r) => r.get("ok"))).toBe(true);
  });
});

describe("every query", () => {
  it("returns exactly the columns its header declares, in order", async () => {
    const arson = await claimId("deliberately");
    const given: Record<string, Record<string, string>> = {
      claims: { text: "fire" },
      amplifiers: { actor: "Ines Marrow" },
    };
    for (const query of library) {
      const params = buildParams(
        query,
        given[query.name] ?? (query.params.some((p) => p.name === "claim") ? { claim: arson } : {}),
      );
      const records = await graph.read(query.cypher, params);
      expect(records.length, `${query.name} answers`).toBeGreaterThan(0);
      expect(records[0].keys, query.name).toEqual(query.columns.map((c) => c.name));
    }
  });
});

describe("on the circular corpus", () => {
  it("claims: finds a claim by its wording or by evidence quoting it", async () => {
    const [byText] = await ask("claims", { text: "electrical fault" });
    expect(byText.text).toMatch(/electrical fault/);
    // "set on purpose" is only in the Wire's evidence, not in the claim's canonical text.
    const [byEvidence] = await ask("claims", { text: '"set on purpose"' });
    expect(byEvidence.text).toMatch(/started deliberately/);
  });

  it("origin: starts at the Ledger, and flags citations of outlets that reported it later", async () => {
    const rows = await ask("origin", { claim: await claimId("deliberately") });
    expect(rows.map((r) => r.outlet)).toEqual([
      "Coastal Ledger",
      "Velmora Daily Wire",
      "North Sea Monitor",
      "Velmora Port Authority",
      "Harbour Times",
    ]);
    expect(rows[0]).toMatchObject({
      step: 0,
      delayHours: 0,
      publishedAt: "2024-03-03T18:00:00Z",
      chain: "Velmora Daily Wire → Coastal Ledger",
    });
    // The Ledger credits the Wire, which only ran the story three hours later.
    expect(rows[0].citesLater).toEqual(["Velmora Daily Wire"]);
    expect(rows[1].citesLater).toEqual(["North Sea Monitor"]);
    expect(rows[2]).toMatchObject({ delayHours: 12, relayedFrom: ["Coastal Ledger"], citesLater: [] });
    // The reprint relays the Port Authority's denial.
    expect(rows[4]).toMatchObject({
      stance: "denied",
      relayedFrom: ["Velmora Port Authority"],
      chain: "Ines Marrow → Velmora Port Authority → Harbour Times",
    });
    expect(rows[4].evidence).toBe("Marrow denied that the fire was started deliberately");
  });

  it("spread: orders outlets by first report, with each outlet's reach", async () => {
    const rows = await ask("spread", { claim: await claimId("deliberately") });
    expect(rows.map((r) => [r.rank, r.outlet, r.delayHours])).toEqual([
      [1, "Coastal Ledger", 0],
      [2, "Velmora Daily Wire", 3],
      [3, "North Sea Monitor", 12],
      [4, "Velmora Port Authority", 16],
      [5, "Harbour Times", 18],
    ]);
    // The Port Authority was first with the tonnage and the fault, late on the arson story.
    expect(rows[3]).toMatchObject({ stances: ["denied"], carriedFirst: 2, copied: 1, firstShare: 0.67 });
    expect(rows[4]).toMatchObject({ carriedFirst: 0, copied: 3 });
  });

  it("contested-claims: the arson claim, asserted by the three outlets, denied by the port director", async () => {
    const rows = await ask("contested-claims");
    expect(rows).toHaveLength(1);
    const [arson] = rows;
    expect(arson.text).toMatch(/started deliberately/);
    expect((arson.assertedBy as string[]).sort()).toEqual([
      "Coastal Ledger",
      "North Sea Monitor",
      "Velmora Daily Wire",
    ]);
    expect(arson.deniedBy).toEqual(expect.arrayContaining(["Ines Marrow", "Ines Marrow via Velmora Port Authority"]));
    expect((arson.denyingOutlets as string[]).sort()).toEqual(["Harbour Times", "Velmora Port Authority"]);
    expect(arson).toMatchObject({
      firstAsserted: "2024-03-03T18:00:00Z",
      firstDenied: "2024-03-04T10:00:00Z",
      assertions: 3,
      denials: 2,
    });
    // A window that leaves out the assertions leaves nothing contested.
    expect(await ask("contested-claims", { since: "2024-03-04T09:00:00Z" })).toEqual([]);
  });

  it("attribution-drift: forty tonnes, credited to three different speakers", async () => {
    const rows = await ask("attribution-drift", { minSpeakers: "3" });
    const tonnes = rows.find((r) => /Forty tonnes/.test(r.text as string));
    expect(tonnes).toBeDefined();
    expect((tonnes!.speakers as string[]).sort()).toEqual(["Ines Marrow", "Karel Dunst", "fire brigade"]);
    expect(tonnes!.attributions).toContain("Harbour Times: fire brigade via Velmora Port Authority");
    // The fault claim has one speaker everywhere: no drift.
    expect(rows.some((r) => /electrical fault/.test(r.text as string))).toBe(false);
  });

  it("wording-drift: 'set on purpose' replaces 'started deliberately' at the Wire", async () => {
    const rows = await ask("wording-drift", { claim: await claimId("deliberately") });
    expect(rows[0]).toMatchObject({ outlet: "Coastal Ledger", similarity: 1, firstUse: true });
    expect(rows[1].outlet).toBe("Velmora Daily Wire");
    expect(rows[1].added).toEqual(expect.arrayContaining(["set", "purpose"]));
    expect(rows[1].dropped).toEqual(expect.arrayContaining(["started", "deliberately"]));
    expect(rows[1].similarity as number).toBeLessThan(0.5);
    // The Monitor goes back to the first wording, adding only where the fire was.
    expect(rows[2].dropped).toEqual([]);
  });

  it("independence: the arson claim has one origin, and it is circular", async () => {
    const rows = await ask("independence", { claim: await claimId("deliberately") });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      independentOrigins: 1,
      firstOutlet: "Coastal Ledger",
      documents: 3,
      circular: true,
    });
    expect(rows[0].outlets as string[]).toEqual(["Coastal Ledger", "Velmora Daily Wire", "North Sea Monitor"]);
  });

  it("independence: the tonnage has two origins, the port (reprinted by the Times) and the mayor", async () => {
    const rows = await ask("independence", { claim: await claimId("tonnes grain destroyed") });
    expect(rows.map((r) => [r.independentOrigins, r.firstOutlet, r.outlets, r.circular])).toEqual([
      [2, "Velmora Port Authority", ["Velmora Port Authority", "Harbour Times"], false],
      [2, "Velmora Evening Post", ["Velmora Evening Post"], false],
    ]);
  });

  it("circular-sourcing: the Ledger, the Wire and the Monitor only cite each other", async () => {
    const rows = await ask("circular-sourcing");
    expect(rows).toHaveLength(1);
    expect((rows[0].outlets as string[]).sort()).toEqual(["Coastal Ledger", "North Sea Monitor", "Velmora Daily Wire"]);
    expect(rows[0]).toMatchObject({ size: 3, internal: 3, external: 0, closure: 1 });
    expect(rows[0].citations).toContain("North Sea Monitor → Coastal Ledger (1)");
    // Outside the days of the ring, there is none.
    expect(await ask("circular-sourcing", { since: "2024-03-04T07:00:00Z" })).toEqual([]);
  });

  it("amplifiers: the Evening Post carries the port director's figure without naming her", async () => {
    const rows = await ask("amplifiers", { actor: "Ines Marrow" });
    const byOutlet = Object.fromEntries(rows.map((r) => [r.outlet, r]));
    expect(byOutlet["Velmora Port Authority"]).toMatchObject({ claims: 2, reports: 2, unnamed: 0 });
    expect(byOutlet["Harbour Times"]).toMatchObject({ claims: 2, reports: 2, unnamed: 1, unnamedShare: 0.5 });
    expect(byOutlet["Velmora Evening Post"]).toMatchObject({ claims: 1, unnamed: 1, unnamedShare: 1 });
    // By id too.
    expect(await ask("amplifiers", { actor: "act-ines-marrow" })).toEqual(rows);
  });

  it("silence: the Evening Post covered the fire but said nothing of arson", async () => {
    const rows = await ask("silence", { claim: await claimId("deliberately") });
    expect(rows.map((r) => r.outlet)).toEqual(["Velmora Evening Post"]);
    expect(rows[0]).toMatchObject({ documents: 1, claims: 2, titles: ["Mayor visits burnt-out terminal"] });
    expect(await ask("silence", { claim: await claimId("deliberately"), until: "2024-03-04T12:00:00Z" })).toEqual([]);
  });
});

describe("after an analyst rejects an edge", () => {
  it("the rejected mention is no longer evidence for any query", async () => {
    const arson = await claimId("deliberately");
    // The Harbour Times' copy of the denial.
    await reviewEdge(graph, { edge: "men-circ-09", decision: "reject", note: "test" });
    const [contested] = await ask("contested-claims");
    expect(contested).toMatchObject({ denials: 1, denyingOutlets: ["Velmora Port Authority"] });
    expect((await ask("origin", { claim: arson })).map((r) => r.outlet)).not.toContain("Harbour Times");
    expect((await ask("wording-drift", { claim: arson })).map((r) => r.outlet)).not.toContain("Harbour Times");
  });
});

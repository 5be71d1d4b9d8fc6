/**
 * The analysis library on real extractions: the seeds and the hand-made circular-sourcing corpus,
 * each loaded through the real ETL (runEtl). Claims are found by their words,
 * never by id, and the assertions hold for any reasonable extraction of these texts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plain } from "../../server/analysis/plain-values.js";
import { type AnalysisQuery, loadLibrary } from "../../server/analysis/query-library.js";
import type { Graph } from "../../server/graph/driver.js";
import { migrate } from "../../server/graph/migrate.js";
import { emptyTestGraph } from "../helpers/neo4j.js";
import { type Analyst, analyst, CIRCULAR_CORPUS, loadCorpus, SEEDS } from "./analysis-graph.js";

let graph: Graph;
let library: AnalysisQuery[];
let ask: Analyst["ask"];
let claimId: Analyst["claimId"];

const strings = (value: Plain) => value as string[];

beforeAll(async () => {
  graph = await emptyTestGraph();
  await migrate(graph);
  await loadCorpus(graph, SEEDS);
  await loadCorpus(graph, CIRCULAR_CORPUS);
  library = await loadLibrary();
  ({ ask, claimId } = analyst(graph, library));
});

afterAll(async () => {
  await graph?.close();
});

describe("on the seeds", () => {
  const pledge = () => claimId('"offensive strike weapons"');

  it("contested-claims: no offensive weapons in Ukraine, asserted via the Kremlin, denied by the White House", async () => {
    const id = await pledge();
    const row = (await ask("contested-claims")).find((r) => r.claim === id);
    expect(row, "the pledge is contested").toBeDefined();
    expect(row!.text).toMatch(/offensive/i);
    expect(strings(row!.assertedBy).some((a) => /Kremlin/.test(a))).toBe(true);
    expect(strings(row!.deniedBy).some((a) => /White House/.test(a))).toBe(true);
    expect(strings(row!.assertingOutlets)).toContain("Kremlin");
    expect(row!.firstAsserted).toBe("2021-12-30T21:30:00Z");
    expect(row!.firstDenied! > row!.firstAsserted!).toBe(true);
  });

  it("origin: the Kremlin readout comes first, and later outlets relay the Kremlin", async () => {
    const rows = await ask("origin", { claim: await pledge() });
    expect(rows[0]).toMatchObject({ step: 0, outlet: "Kremlin", delayHours: 0, publishedAt: "2021-12-30T21:30:00Z" });
    const later = rows.filter((r) => r.outlet !== "Kremlin");
    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(later.some((r) => strings(r.relayedFrom).includes("Kremlin"))).toBe(true);
    for (const r of rows) expect(r.delayHours as number).toBeGreaterThanOrEqual(0);
  });

  it("spread: the Kremlin first, then the others in order of publication", async () => {
    const rows = await ask("spread", { claim: await pledge() });
    expect(rows[0]).toMatchObject({ rank: 1, outlet: "Kremlin", delayHours: 0 });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const times = rows.map((r) => r.firstReport as string);
    expect([...times].sort()).toEqual(times);
    for (const r of rows) expect((r.carriedFirst as number) + (r.copied as number)).toBeGreaterThan(0);
  });

  it("independence: every account of the pledge traces back to one origin", async () => {
    const rows = await ask("independence", { claim: await pledge() });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ independentOrigins: 1, firstOutlet: "Kremlin", circular: false });
    expect(strings(rows[0].outlets).length).toBeGreaterThanOrEqual(3);
  });

  it("silence: the Russian aggregator covered the call but not the pledge", async () => {
    const rows = await ask("silence", { claim: await pledge() });
    expect(rows.map((r) => r.outlet)).toContain("Russian news aggregator");
    expect(rows.map((r) => r.outlet)).not.toContain("Kremlin");
  });

  it("wording-drift: the pledge is worded differently as it travels", async () => {
    const rows = await ask("wording-drift", { claim: await pledge() });
    expect(rows[0]).toMatchObject({ outlet: "Kremlin", similarity: 1, firstUse: true });
    expect(rows.some((r) => (r.similarity as number) < 1)).toBe(true);
  });

  it("amplifiers: the outlets carrying Biden's claims", async () => {
    const rows = await ask("amplifiers", {
      actor: (await graph.read("MATCH (a:Actor) WHERE a.name CONTAINS 'Biden' RETURN a.name AS n"))[0].get("n"),
    });
    expect(rows.map((r) => r.outlet)).toEqual(expect.arrayContaining(["Kremlin", "RT"]));
    for (const r of rows) expect(r.unnamedShare as number).toBeLessThanOrEqual(1);
  });

  it("attribution-drift: each reported claim has several speakers across several outlets", async () => {
    const rows = await ask("attribution-drift");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(strings(r.speakers).length).toBeGreaterThanOrEqual(2);
      expect(r.outlets as number).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("on the circular corpus", () => {
  const arson = () => claimId("deliberately");

  it("circular-sourcing: the Ledger, the Wire and the Monitor cite each other; the seeds' outlets do not", async () => {
    const rows = await ask("circular-sourcing");
    expect(rows).toHaveLength(1);
    expect(strings(rows[0].outlets).sort()).toEqual(["Coastal Ledger", "North Sea Monitor", "Velmora Daily Wire"]);
    expect(rows[0].internal).toBe(3);
  });

  it("origin: the Ledger ran it first, crediting the Wire, which had not run it", async () => {
    const rows = await ask("origin", { claim: await arson() });
    expect(rows[0].outlet).toBe("Coastal Ledger");
    expect(rows[0].citesLater).toContain("Velmora Daily Wire");
  });

  it("independence: the Monitor's account is the Ledger's, not a second origin", async () => {
    const rows = await ask("independence", { claim: await arson() });
    const ledger = rows.find((r) => r.firstOutlet === "Coastal Ledger");
    expect(strings(ledger!.outlets)).toContain("North Sea Monitor");
    expect(rows.filter((r) => strings(r.outlets).includes("North Sea Monitor"))).toHaveLength(1);
  });

  it("contested-claims: arson, denied by the port director", async () => {
    const id = await arson();
    const row = (await ask("contested-claims")).find((r) => r.claim === id);
    expect(strings(row!.deniedBy).some((d) => /Marrow/.test(d))).toBe(true);
    expect(strings(row!.denyingOutlets)).toContain("Velmora Port Authority");
  });

  it("attribution-drift: forty tonnes, credited to the port director by one outlet and to the mayor by another", async () => {
    const id = await claimId("forty tonnes grain");
    const row = (await ask("attribution-drift")).find((r) => r.claim === id);
    expect(strings(row!.speakers)).toEqual(expect.arrayContaining(["Ines Marrow", "Karel Dunst"]));
  });

  it("silence: the Evening Post covered the fire and said nothing of arson", async () => {
    const rows = await ask("silence", { claim: await arson() });
    expect(rows.map((r) => r.outlet)).toContain("Velmora Evening Post");
    // Silence is within the claim's corpus: the seeds' outlets are not listed.
    expect(rows.map((r) => r.outlet)).not.toContain("RT");
  });
});

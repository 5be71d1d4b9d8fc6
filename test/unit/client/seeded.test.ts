import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { describe, expect, it } from "vitest";
import { graphSeed, runSeeded } from "../../../client/src/graph/seeded.js";

const elements = [
  ...Array.from({ length: 12 }, (_, i) => ({ data: { id: `n${i}` } })),
  ...Array.from({ length: 14 }, (_, i) => ({
    data: { id: `e${i}`, source: `n${i % 12}`, target: `n${(i * 5 + 1) % 12}` },
  })),
];

cytoscape.use(fcose);

// fcose (which places an expansion's new nodes) draws from Math.random: seeded, it is repeatable.
async function positions(): Promise<Record<string, { x: number; y: number }>> {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: structuredClone(elements) });
  await runSeeded(cy, { name: "fcose", randomize: true, animate: false } as cytoscape.LayoutOptions);
  const out = Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
  cy.destroy();
  return out;
}

describe("seeded layout", () => {
  it("gives the same graph the same positions, and leaves Math.random as it was", async () => {
    const random = Math.random;
    const first = await positions();
    expect(await positions()).toEqual(first);
    expect(Math.random).toBe(random);
  });

  it("seeds from the element ids", () => {
    const a = cytoscape({ headless: true, elements: structuredClone(elements) });
    const b = cytoscape({ headless: true, elements: structuredClone(elements).reverse() });
    expect(graphSeed(a)).toBe(graphSeed(b));
  });
});

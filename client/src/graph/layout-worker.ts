/// <reference path="../types/cytoscape-fcose.d.ts" />
/**
 * The network's fcose layout off the page's main thread: while positions are computed, the page
 * renders its claim list and stays responsive. Headless Cytoscape with the nodes' sizes, and the
 * same seeded random as everywhere else, so the same graph always comes out in the same picture.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { LayoutAnswer, LayoutRequest } from "./layout-client.js";
import { networkLayout } from "./layouts.js";
import { runSeeded } from "./seeded.js";

cytoscape.use(fcose);

self.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer;
  try {
    const cy = cytoscape({
      headless: true,
      // Headless Cytoscape ignores styles unless told otherwise, and fcose needs the node sizes.
      styleEnabled: true,
      elements: data.elements,
      style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    });
    await runSeeded(cy, networkLayout(data.elements.length));
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
    cy.destroy();
    answer = { id: data.id, positions };
  } catch (err) {
    answer = { id: data.id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};

/**
 * Layout choices. The network uses fcose; on large graphs its quality drops to "draft"
 * (spectral placement only), which is what keeps a 5 000-element graph under the 2 s budget.
 * Plain options only: Cytoscape itself is loaded by create-cy.ts and layout-worker.ts.
 */

import type { LayoutOptions } from "cytoscape";

export const largeGraph = 1500;

/** fcose's options for a whole network, laid out off screen (layout-worker.ts); the view fits it after. */
export function networkLayout(elementCount: number): LayoutOptions {
  const large = elementCount > largeGraph;
  return {
    name: "fcose",
    quality: large ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: false,
    // Labels are wide; counting them spreads the graph and shrinks the fitted zoom.
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    edgeElasticity: () => 0.45,
    gravity: 0.4,
    // The force phase is most of the first draw's main-thread time; past ~600 iterations a graph
    // of a few hundred elements no longer changes visibly (bench/client.ts).
    numIter: 600,
    tile: true,
  } as LayoutOptions;
}

/** Re-layout after an expansion: keep the nodes already placed, place only the new ones. */
export function incrementalLayout(): LayoutOptions {
  return {
    name: "fcose",
    quality: "default",
    randomize: false,
    animate: true,
    animationDuration: 400,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
  } as LayoutOptions;
}

export function presetLayout(): LayoutOptions {
  return { name: "preset", fit: true, padding: 30, animate: false };
}

/**
 * Layout choices. A network's first layout is network-layout.ts's; fcose places what an expansion
 * adds. Plain options only: Cytoscape itself is loaded by create-cy.ts.
 */

import type { LayoutOptions } from "cytoscape";

/** Past this many elements, names are shown on hubs only and the renderer draws cheaply. */
export const largeGraph = 1500;

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

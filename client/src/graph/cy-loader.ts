/**
 * Cytoscape is most of the bundle. The page's own code starts the first requests without it, and
 * the views ask for it here at the same moment, so it downloads and parses while the data travels.
 */
export type CyKit = typeof import("./create-cy.js");

let kit: Promise<CyKit> | undefined;

export function loadCytoscape(): Promise<CyKit> {
  kit ??= import("./create-cy.js");
  return kit;
}

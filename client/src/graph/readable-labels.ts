/**
 * Keeps the network's text readable when the view is zoomed out to fit: below zoom 1 the
 * stylesheet is rebuilt with sizes scaled by 1 / zoom, so labels stay at least their nominal
 * size (11–14 px) on screen instead of shrinking to 6 px. Rebuilt once a zoom gesture settles.
 */
import type { Core, StylesheetJson } from "cytoscape";

/** The style scale for a zoom, in tenths: small zoom steps do not restyle every element. */
export function readableScale(zoom: number): number {
  return Math.round(Math.max(1, 1 / zoom) * 10) / 10;
}

/** `applied`: the scale the graph's current stylesheet was built with. */
export function keepLabelsReadable(cy: Core, style: (scale: number) => StylesheetJson, applied = 1): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    const scale = readableScale(cy.zoom());
    if (scale === applied) return;
    applied = scale;
    cy.style(style(scale));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  };
  cy.on("zoom", later);
  apply();
  return () => {
    clearTimeout(timer);
    cy.off("zoom", later);
  };
}

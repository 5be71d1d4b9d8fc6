/**
 * Keeps the network's text readable when the view is zoomed out to fit: below zoom 1 the
 * stylesheet is rebuilt with sizes scaled by 1 / zoom, so labels stay at least their nominal
 * size (11–14 px) on screen instead of shrinking to 6 px. Rebuilt once a zoom gesture settles.
 */
import type { Core, StylesheetJson } from "cytoscape";

export function keepLabelsReadable(cy: Core, style: (scale: number) => StylesheetJson): () => void {
  let applied = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    // Tenths: small zoom steps do not restyle every element.
    const scale = Math.round(Math.max(1, 1 / cy.zoom()) * 10) / 10;
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

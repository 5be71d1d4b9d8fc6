/**
 * Deterministic layouts. fcose draws its spectral start from Math.random, so the same graph
 * came out in a new picture on every load and a shared link reopened the state but not the
 * picture. Running the layout with Math.random replaced by a generator seeded from the graph
 * makes the same data give the same positions. fcose computes synchronously inside run(), so
 * the swap covers exactly the layout's own draws.
 */
import type { Core, LayoutOptions } from "cytoscape";

/** mulberry32: small, fast, good enough for layout jitter and synthetic graphs. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the element ids, in a fixed order: the same graph gives the same seed. */
export function idSeed(ids: string[]): number {
  let h = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

export function graphSeed(cy: Core): number {
  return idSeed(cy.elements().map((e) => e.id()));
}

/** Runs a layout with a seeded Math.random and resolves when it stops. */
export function runSeeded(cy: Core, options: LayoutOptions, seed = graphSeed(cy)): Promise<void> {
  const layout = cy.layout(options);
  const stopped = new Promise<void>((resolve) => layout.one("layoutstop", () => resolve()));
  const original = Math.random;
  Math.random = generator(seed);
  try {
    layout.run();
  } finally {
    Math.random = original;
  }
  return stopped;
}

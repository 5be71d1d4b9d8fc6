/**
 * The viewport that fits laid-out nodes, computed before the graph is drawn: the stylesheet can
 * then be built once at the scale that zoom needs (readable-labels.ts), instead of drawing, fitting
 * and restyling. Margins leave room for the labels under the nodes and beside the outer ones.
 */
export interface Placed {
  x: number;
  y: number;
  size: number;
}

export function fitViewport(
  nodes: Placed[],
  width: number,
  height: number,
  // On a phone a fixed margin would eat half the width: at most a tenth of each side.
  margin = { x: Math.min(90, width / 10), y: Math.min(50, height / 10) },
  zoomRange = { min: 0.05, max: 2 },
): { zoom: number; pan: { x: number; y: number } } {
  if (nodes.length === 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.size / 2);
    x2 = Math.max(x2, n.x + n.size / 2);
    y1 = Math.min(y1, n.y - n.size / 2);
    y2 = Math.max(y2, n.y + n.size / 2);
  }
  const fits = Math.min(
    Math.max(1, width - 2 * margin.x) / Math.max(1, x2 - x1),
    Math.max(1, height - 2 * margin.y) / Math.max(1, y2 - y1),
  );
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fits));
  return { zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } };
}

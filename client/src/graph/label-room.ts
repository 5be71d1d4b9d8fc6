/**
 * Room for the names: after the layout, nodes whose boxes (the node, and the name drawn under it)
 * overlap on screen are pushed apart until none do. Done in screen pixels at the zoom the graph
 * will open at, because names keep their size on screen when the view zooms out (readable-labels.ts)
 * while the nodes shrink: what overlaps is only known for a given canvas. Pure, and deterministic.
 */
import type { Positions } from "./force-layout.js";
import { readableScale } from "./readable-labels.js";
import { fitViewport } from "./viewport.js";

export interface RoomNode {
  id: string;
  size: number;
  /** The text drawn with the node, at zoom 1 (px): a name under it, or a key (a claim's number) on it. */
  label?: { width: number; height: number; on?: boolean };
}

/** Gap kept between two boxes, and between a node and its name (text-margin-y), in px. */
const gap = 4;
const labelMargin = 3;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What is drawn around a node beyond its size, in model units: border, and the outline that marks it expandable. */
const ring = 4;

/** A node's box around its centre, in screen px, at `zoom` (names at their readable size). */
function boxOf(node: RoomNode, zoom: number): Box {
  const half = (node.size / 2 + ring) * zoom;
  if (!node.label) return { left: -half, right: half, top: -half, bottom: half };
  const text = readableScale(zoom) * zoom;
  const w = (node.label.width * text) / 2;
  if (node.label.on) {
    const h = Math.max(half, (node.label.height * text) / 2);
    return { left: -Math.max(half, w), right: Math.max(half, w), top: -h, bottom: h };
  }
  return {
    left: -Math.max(half, w),
    right: Math.max(half, w),
    top: -half,
    bottom: half + labelMargin * text + node.label.height * text,
  };
}

/**
 * Positions (model units) moved so that no two boxes overlap once fitted to a width × height canvas.
 * Names keep their size on screen while the graph shrinks, so spreading the graph wider gains
 * nothing (the fitted zoom drops as fast) and on a phone it ran away. Instead the zoom is fixed a
 * little below the first fit and every box is kept inside the canvas: the final fit can then only
 * zoom in, and a picture clear at one zoom stays clear at any higher one (gaps grow, names do not).
 */
export function makeLabelRoom(nodes: RoomNode[], positions: Positions, width: number, height: number): Positions {
  const placed = nodes.filter((n) => positions[n.id]);
  const x = placed.map((n) => positions[n.id].x);
  const y = placed.map((n) => positions[n.id].y);
  const n = placed.length;
  const fit = fitViewport(
    placed.map((node, i) => ({ x: x[i], y: y[i], size: node.size })),
    width,
    height,
  );
  const zoom = 0.9 * fit.zoom;
  const boxes = placed.map((node) => boxOf(node, zoom));
  // The canvas less fitViewport's margins, in model units, around the first fit's centre.
  const centre = { x: (width / 2 - fit.pan.x) / fit.zoom, y: (height / 2 - fit.pan.y) / fit.zoom };
  const half = {
    x: (width / 2 - Math.min(90, width / 10)) / zoom,
    y: (height / 2 - Math.min(50, height / 10)) / zoom,
  };
  const keepInside = (i: number) => {
    const b = boxes[i];
    x[i] = Math.min(centre.x + half.x - b.right / zoom, Math.max(centre.x - half.x - b.left / zoom, x[i]));
    y[i] = Math.min(centre.y + half.y - b.bottom / zoom, Math.max(centre.y - half.y - b.top / zoom, y[i]));
  };
  /** How far the boxes of i and j overlap along x and along y, in screen px (negative: apart). */
  const overlapOf = (i: number, j: number) => {
    const a = boxes[i];
    const b = boxes[j];
    return [
      Math.min(x[i] * zoom + a.right, x[j] * zoom + b.right) - Math.max(x[i] * zoom + a.left, x[j] * zoom + b.left),
      Math.min(y[i] * zoom + a.bottom, y[j] * zoom + b.bottom) - Math.max(y[i] * zoom + a.top, y[j] * zoom + b.top),
    ];
  };
  const separate = (i: number, j: number, alongX: boolean, overlap: number) => {
    const p = alongX ? x : y;
    const push = (overlap + gap + 1) / 2 / zoom;
    const sign = p[i] < p[j] || (p[i] === p[j] && i < j) ? -1 : 1;
    p[i] += sign * push;
    p[j] -= sign * push;
    keepInside(i);
    keepInside(j);
  };
  for (let pass = 0; pass < 300; pass++) {
    let overlaps = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [ox, oy] = overlapOf(i, j);
        // Half a pixel of tolerance: pairs pushed exactly to the gap must not count again by rounding.
        if (ox + gap <= 0.5 || oy + gap <= 0.5) continue;
        overlaps++;
        // Apart along the axis that needs the shorter move, half each, in model units; when the
        // canvas's edge stops that move, along the other one.
        const alongX = ox < oy;
        separate(i, j, alongX, alongX ? ox : oy);
        if (overlapOf(i, j).every((o) => o + gap > 0.5)) separate(i, j, !alongX, alongX ? oy : ox);
      }
    }
    if (overlaps === 0) break;
  }
  const out: Positions = { ...positions };
  placed.forEach((node, i) => {
    out[node.id] = { x: x[i], y: y[i] };
  });
  return out;
}

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

/** A node's box around its centre, in screen px, at `zoom` (names at their readable size). */
function boxOf(node: RoomNode, zoom: number): Box {
  const half = (node.size * zoom) / 2;
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
 * A few rounds: spreading the graph lowers the fitted zoom, which brings centres closer again.
 */
export function makeLabelRoom(
  nodes: RoomNode[],
  positions: Positions,
  width: number,
  height: number,
  rounds = 6,
): Positions {
  const placed = nodes.filter((n) => positions[n.id]);
  const x = placed.map((n) => positions[n.id].x);
  const y = placed.map((n) => positions[n.id].y);
  const n = placed.length;
  for (let round = 0; round < rounds; round++) {
    // Resolved at a slightly lower zoom than the fit: spreading lowers the fitted zoom a little, and a
    // picture clear at one zoom stays clear at any higher one (names keep their size, gaps grow).
    const zoom =
      0.9 *
      fitViewport(
        placed.map((node, i) => ({ x: x[i], y: y[i], size: node.size })),
        width,
        height,
      ).zoom;
    const boxes = placed.map((node) => boxOf(node, zoom));
    let moved = false;
    for (let pass = 0; pass < 80; pass++) {
      let overlaps = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const ox =
            Math.min(x[i] * zoom + a.right, x[j] * zoom + b.right) -
            Math.max(x[i] * zoom + a.left, x[j] * zoom + b.left);
          const oy =
            Math.min(y[i] * zoom + a.bottom, y[j] * zoom + b.bottom) -
            Math.max(y[i] * zoom + a.top, y[j] * zoom + b.top);
          // Half a pixel of tolerance: pairs pushed exactly to the gap must not count again by rounding.
          if (ox + gap <= 0.5 || oy + gap <= 0.5) continue;
          overlaps++;
          // Apart along the axis where the move costs the least share of the canvas, half each, in model units.
          if ((ox + gap) / width < (oy + gap) / height) {
            const push = (ox + gap + 1) / 2 / zoom;
            const sign = x[i] < x[j] || (x[i] === x[j] && i < j) ? -1 : 1;
            x[i] += sign * push;
            x[j] -= sign * push;
          } else {
            const push = (oy + gap + 1) / 2 / zoom;
            const sign = y[i] < y[j] || (y[i] === y[j] && i < j) ? -1 : 1;
            y[i] += sign * push;
            y[j] -= sign * push;
          }
        }
      }
      if (overlaps === 0) break;
      moved = true;
    }
    if (!moved) break;
  }
  const out: Positions = { ...positions };
  placed.forEach((node, i) => {
    out[node.id] = { x: x[i], y: y[i] };
  });
  return out;
}

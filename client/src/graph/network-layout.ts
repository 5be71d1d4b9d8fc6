/**
 * Positions for a network's elements, computed on the page before Cytoscape draws anything:
 * the force layout (force-layout.ts) shaped to the canvas, then room made for the names drawn
 * under their nodes (label-room.ts). The same graph on the same canvas always gives the same picture.
 */
import type { ElementDefinition } from "cytoscape";
import { type ForceEdge, type ForceNode, forceLayout, type Positions } from "./force-layout.js";
import { makeLabelRoom, type RoomNode } from "./label-room.js";
import { largeGraph } from "./layouts.js";
import { idSeed } from "./seeded.js";
import { font } from "./styles.js";

/** A name's box as networkStyle draws it at zoom 1: wrapped at 170 px, 2 px of background padding. */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

const maxLabelWidth = 170;
const padding = 2;

export function labelBox(text: string, fontPx: number, bold: boolean, measure: Measure) {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && measure(`${lines[last]} ${word}`, fontPx, bold) <= maxLabelWidth) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  const width = Math.min(maxLabelWidth, Math.max(0, ...lines.map((l) => measure(l, fontPx, bold))));
  return { width: width + 2 * padding, height: lines.length * fontPx * 1.2 + 2 * padding };
}

let context: CanvasRenderingContext2D | null = null;
/** The browser's own text metrics, in the graph's font. */
export const canvasMeasure: Measure = (text, fontPx, bold) => {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return text.length * fontPx * 0.6;
  context.font = `${bold ? 600 : 400} ${fontPx}px ${font}`;
  return context.measureText(text).width;
};

/**
 * Stretches the layout along one axis to the canvas's shape (at most twofold), so that a wide canvas
 * is filled instead of holding a round graph with empty sides. In place.
 */
function fillCanvas(positions: Positions, width: number, height: number): void {
  const points = Object.values(positions);
  if (points.length < 2) return;
  const span = (axis: "x" | "y") =>
    Math.max(1, Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis])));
  const ratio = width / height / (span("x") / span("y"));
  const stretch = Math.min(2, Math.max(ratio, 1 / ratio));
  const axis = ratio > 1 ? "x" : "y";
  for (const p of points) p[axis] *= stretch;
}

/**
 * `width` × `height`: the canvas. Names are those of the nodes classed `labelled` (or `hub` on
 * large graphs, whose names are not given room: there are too many nodes for that to be cheap).
 */
export function layOutNetwork(
  elements: ElementDefinition[],
  width: number,
  height: number,
  measure: Measure = canvasMeasure,
): Positions {
  // In id order: the API's order of the same graph must not change the picture.
  const byId = (a: ElementDefinition, b: ElementDefinition) =>
    String(a.data.id) < String(b.data.id) ? -1 : String(a.data.id) > String(b.data.id) ? 1 : 0;
  const nodes = elements.filter((e) => e.group === "nodes").sort(byId);
  const edges: ForceEdge[] = elements
    .filter((e) => e.group === "edges")
    .sort(byId)
    .map((e) => ({ source: String(e.data.source), target: String(e.data.target) }));
  const forceNodes: ForceNode[] = nodes.map((e) => ({ id: String(e.data.id), size: Number(e.data.size) || 20 }));
  const canvas = { width: width > 0 ? width : 800, height: height > 0 ? height : 600 };
  const positions = forceLayout(forceNodes, edges, {
    seed: idSeed(elements.map((e) => String(e.data.id))),
    aspect: canvas.width / canvas.height,
  });
  fillCanvas(positions, canvas.width, canvas.height);
  if (elements.length > largeGraph) return positions;
  const room: RoomNode[] = nodes.map((e) => {
    const named = String(e.classes ?? "")
      .split(" ")
      .includes("labelled");
    const claim = e.data.kind === "claim";
    const key = claim && e.data.key ? { ...labelBox(String(e.data.key), 12, true, measure), on: true } : undefined;
    return {
      id: String(e.data.id),
      size: Number(e.data.size) || 20,
      label: key ?? (named ? labelBox(String(e.data.label ?? ""), claim ? 12 : 14, !claim, measure) : undefined),
    };
  });
  return makeLabelRoom(room, positions, canvas.width, canvas.height);
}

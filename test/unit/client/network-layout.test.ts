import type { ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { forceLayout } from "../../../client/src/graph/force-layout.js";
import { makeLabelRoom, type RoomNode } from "../../../client/src/graph/label-room.js";
import { labelBox, layOutNetwork, type Measure } from "../../../client/src/graph/network-layout.js";
import { readableScale } from "../../../client/src/graph/readable-labels.js";
import { fitViewport } from "../../../client/src/graph/viewport.js";

// Text metrics without a browser: a fixed advance per character, enough to size boxes.
const measure: Measure = (text, px) => text.length * px * 0.6;

/** A hub-heavy graph: a few parties, each asserting many claims, some claims shared. */
function graph(parties: number, claims: number): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (let p = 0; p < parties; p++)
    out.push({
      group: "nodes",
      data: { id: `act-${p}`, kind: "actor", label: `Party number ${p} of the corpus`, size: 60 },
      classes: "actor labelled",
    });
  for (let c = 0; c < claims; c++) {
    out.push({
      group: "nodes",
      data: { id: `clm-${c}`, kind: "claim", key: String(c + 1), size: 20 },
      classes: "claim",
    });
    out.push({ group: "edges", data: { id: `a${c}`, source: `act-${c % parties}`, target: `clm-${c}` } });
    if (c % 3 === 0)
      out.push({ group: "edges", data: { id: `b${c}`, source: `act-${(c + 1) % parties}`, target: `clm-${c}` } });
  }
  return out;
}

/** Screen boxes (px) of the nodes and their text as drawn at the zoom that fits the canvas. */
function screenBoxes(elements: ElementDefinition[], width: number, height: number) {
  const positions = layOutNetwork(elements, width, height, measure);
  const nodes = elements.filter((e) => e.group === "nodes");
  const { zoom } = fitViewport(
    nodes.map((e) => ({ ...positions[e.data.id as string], size: Number(e.data.size) })),
    width,
    height,
  );
  const text = readableScale(zoom) * zoom;
  return nodes.map((e) => {
    const p = positions[e.data.id as string];
    const half = (Number(e.data.size) * zoom) / 2;
    const named = String(e.classes).includes("labelled");
    const box = named
      ? labelBox(String(e.data.label), 14, true, measure)
      : labelBox(String(e.data.key), 12, true, measure);
    const w = Math.max(half, (box.width * text) / 2);
    return named
      ? {
          id: e.data.id,
          left: p.x * zoom - w,
          right: p.x * zoom + w,
          top: p.y * zoom - half,
          bottom: p.y * zoom + half + (3 + box.height) * text,
        }
      : {
          id: e.data.id,
          left: p.x * zoom - w,
          right: p.x * zoom + w,
          top: p.y * zoom - Math.max(half, (box.height * text) / 2),
          bottom: p.y * zoom + Math.max(half, (box.height * text) / 2),
        };
  });
}

function overlapping(boxes: ReturnType<typeof screenBoxes>): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${a.id}/${b.id}`);
    }
  return out;
}

describe("network layout", () => {
  it("gives the same graph the same positions, whatever the order of its elements", () => {
    const elements = graph(5, 40);
    const first = layOutNetwork(elements, 640, 480, measure);
    expect(layOutNetwork([...elements].reverse(), 640, 480, measure)).toEqual(first);
  });

  it("leaves no node, name or claim number over another, on a desktop canvas and on a phone", () => {
    for (const [width, height] of [
      [640, 480],
      [390, 600],
    ]) {
      expect(overlapping(screenBoxes(graph(6, 50), width, height))).toEqual([]);
    }
  });

  it("keeps linked nodes closer than unlinked ones", () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, size: 20 }));
    // Two rings of ten, not linked to each other.
    const edges = nodes.map((_, i) => ({ source: `n${i}`, target: `n${i < 10 ? (i + 1) % 10 : 10 + ((i - 9) % 10)}` }));
    const p = forceLayout(nodes, edges, { seed: 7 });
    const dist = (a: string, b: string) => Math.hypot(p[a].x - p[b].x, p[a].y - p[b].y);
    const linked = edges.map((e) => dist(e.source, e.target));
    const mean = linked.reduce((s, d) => s + d, 0) / linked.length;
    expect(mean).toBeLessThan(dist("n0", "n15"));
  });

  it("moves nothing when nothing overlaps", () => {
    const nodes: RoomNode[] = [
      { id: "a", size: 20 },
      { id: "b", size: 20 },
    ];
    const positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 300 } };
    expect(makeLabelRoom(nodes, positions, 640, 480)).toEqual(positions);
  });

  it("lays out a 2 000-node graph", () => {
    const elements = graph(200, 1800);
    const positions = layOutNetwork(elements, 1000, 700, measure);
    expect(Object.keys(positions)).toHaveLength(2000);
    expect(Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});

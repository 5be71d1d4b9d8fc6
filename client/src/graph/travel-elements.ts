/** Turns a travel model and its preset layout into Cytoscape elements, with lanes and a time axis. */
import type { ElementDefinition } from "cytoscape";
import { formatDateTime, timeTicks } from "../text/time-format.js";
import { computeTravelLayout, defaultLayoutOptions } from "./travel-layout.js";
import type { TravelModel } from "./travel-model.js";

/**
 * `width`: the drawing width to aim for (the container's). `zoom`: the zoom the view will open at
 * (below 1 when many lanes must fit the height). Text keeps its size on screen at any zoom
 * (keepLabelsReadable), so horizontal gaps are set in screen pixels: at zoom 0.35 a 130-unit gap was
 * 45 px, and marks' labels, 125 px wide, lay over each other.
 */
export function travelElements(model: TravelModel, width = 1000, zoom = 1): ElementDefinition[] {
  const k = 1 / Math.min(1, zoom);
  const available = Math.max(400, width - 300) * k;
  const steps = Math.max(1, new Set(model.nodes.map((n) => n.time)).size - 1);
  // Narrow screens get tighter columns, down to what the labels need.
  const minGap = Math.min(defaultLayoutOptions.minGap * k, Math.max(95 * k, available / steps));
  const layout = computeTravelLayout(
    model.nodes.map((n) => ({ id: n.id, time: n.time, lane: n.lane })),
    model.lanes.map((l) => l.key),
    {
      ...defaultLayoutOptions,
      minGap,
      maxGap: defaultLayoutOptions.maxGap * k,
      targetWidth: available,
      // Marks stacked in one lane keep their two-line labels apart (about 40 px on screen).
      stackGap: Math.max(defaultLayoutOptions.stackGap, 60 * k),
    },
  );
  const out: ElementDefinition[] = [];
  // On a phone the lane names wrap into a narrower column, leaving the width to the marks.
  const narrow = width < 600;
  const left = layout.minX - (narrow ? 80 : 120) * k;
  const right = layout.maxX + 50 * k;

  for (const band of layout.lanes) {
    const label = model.lanes.find((l) => l.key === band.key)?.label ?? band.key;
    out.push(
      {
        group: "nodes",
        data: { id: `lane:${band.key}`, label, kind: "lane" },
        position: { x: left, y: band.y },
        classes: narrow ? "lane-label narrow" : "lane-label",
        selectable: false,
        grabbable: false,
      },
      {
        group: "nodes",
        data: { id: `lane-start:${band.key}`, kind: "lane" },
        position: { x: left + 10 * k, y: band.y },
        classes: "lane-end",
        selectable: false,
        grabbable: false,
      },
      {
        group: "nodes",
        data: { id: `lane-end:${band.key}`, kind: "lane" },
        position: { x: right, y: band.y },
        classes: "lane-end",
        selectable: false,
        grabbable: false,
      },
      {
        group: "edges",
        data: {
          id: `lane-line:${band.key}`,
          source: `lane-start:${band.key}`,
          target: `lane-end:${band.key}`,
          kind: "lane",
        },
        classes: "lane-line",
        selectable: false,
      },
    );
  }

  const dated = model.nodes.filter((n) => n.time !== null).map((n) => n.time as number);
  const last = layout.lanes[layout.lanes.length - 1];
  const axisY = last ? last.y + last.height - 20 : 60;
  if (dated.length) {
    const first = Math.min(...dated);
    // The axis starts at the first mark, dated in full; round ticks follow where there is room.
    out.push(
      {
        group: "nodes",
        data: { id: "tick:axis", label: "UTC ·", kind: "tick" },
        position: { x: left, y: axisY },
        classes: "tick axis-title",
        selectable: false,
        grabbable: false,
      },
      {
        group: "nodes",
        data: {
          id: `tick:first`,
          label: formatDateTime(new Date(first).toISOString()).replace(" UTC", ""),
          kind: "tick",
        },
        position: { x: layout.xOf(first), y: axisY },
        classes: "tick",
        selectable: false,
        grabbable: false,
      },
    );
    let prevX = layout.xOf(first) + 60 * k;
    for (const tick of timeTicks(first, Math.max(...dated), 10)) {
      const x = layout.xOf(tick.t);
      if (x - prevX < 90 * k) continue;
      prevX = x;
      out.push({
        group: "nodes",
        data: { id: `tick:${tick.t}`, label: tick.label, kind: "tick" },
        position: { x, y: axisY },
        classes: "tick",
        selectable: false,
        grabbable: false,
      });
    }
  }
  if (model.nodes.some((n) => n.time === null)) {
    out.push({
      group: "nodes",
      data: { id: "tick:undated", label: "undated", kind: "tick" },
      position: { x: layout.xOf(null), y: axisY },
      classes: "tick",
      selectable: false,
      grabbable: false,
    });
  }

  for (const n of model.nodes) {
    const classes = [
      n.kind === "story" ? "mention reprints" : n.kind,
      n.first ? "first" : "",
      n.inStory ? "in-story" : "",
    ]
      .filter(Boolean)
      .join(" ");
    out.push({
      group: "nodes",
      data: {
        id: n.id,
        kind: n.kind,
        stance: n.stance,
        label: n.first ? `FIRST · ${n.label}` : n.label,
        time: n.time,
        mentionIds: n.mentionIds,
        docId: n.docId,
        storyKey: n.storyKey,
        inStory: n.inStory,
        actor: n.actor,
        outlet: n.outlet,
        via: n.via,
      },
      position: layout.positions.get(n.id),
      classes,
    });
  }
  for (const e of model.edges) {
    out.push({
      group: "edges",
      data: { ...e },
      classes: e.source.startsWith("relay:") ? `${e.kind} from-outside` : e.kind,
    });
  }
  return out;
}

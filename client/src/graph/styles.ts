/**
 * Cytoscape stylesheets. Data fields read here (`label`, `size`, `stance`…) are set by the
 * element builders in travel-elements.ts and network-elements.ts.
 */
import type { StylesheetJson } from "cytoscape";
import { palette, shapes } from "./palette.js";

export const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const common: StylesheetJson = [
  {
    selector: "node",
    style: {
      "font-family": font,
      "font-size": 11,
      color: palette.ink,
      "text-wrap": "wrap",
      "text-max-width": "160px",
      "text-background-color": palette.paper,
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "min-zoomed-font-size": 7,
      "border-color": palette.paper,
      "border-width": 1.5,
    },
  },
  {
    selector: "edge",
    style: {
      "curve-style": "bezier",
      width: 1.5,
      "line-color": palette.relay,
      "target-arrow-color": palette.relay,
      "arrow-scale": 0.9,
      "font-family": font,
      "font-size": 11,
      color: palette.muted,
      "text-background-color": palette.paper,
      "text-background-opacity": 0.85,
      "min-zoomed-font-size": 8,
    },
  },
  {
    selector: ":selected, .selected",
    style: {
      "border-color": palette.focus,
      "border-width": 4,
      "overlay-color": palette.focus,
      "overlay-opacity": 0.08,
    },
  },
  { selector: "edge:selected, edge.selected", style: { width: 4, "overlay-opacity": 0.12 } },
  { selector: ".kbd-focus", style: { "overlay-color": "#0a58ca", "overlay-opacity": 0.28, "overlay-padding": 7 } },
  { selector: ".future", style: { opacity: 0.1, events: "no" } },
  { selector: ".filtered", style: { display: "none" } },
];

/** `scale`: as in networkStyle, keeps the text at least its nominal size on screen when zoomed out. */
export function travelStyle(scale = 1): StylesheetJson {
  const px = (n: number) => Math.round(n * scale * 10) / 10;
  return [
    ...common,
    // Travel graphs are small: keep every label readable at any zoom.
    { selector: "node, edge", style: { "min-zoomed-font-size": 0 } },
    {
      selector: "node.mention",
      style: {
        label: "data(label)",
        width: 26,
        height: 26,
        "font-size": px(12),
        "text-max-width": `${px(125)}px`,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
      },
    },
    {
      selector: 'node.mention[stance = "asserted"]',
      style: { shape: shapes.asserted, "background-color": palette.asserted },
    },
    {
      selector: 'node.mention[stance = "denied"]',
      style: { shape: shapes.denied, "background-color": palette.denied, width: 32, height: 32 },
    },
    {
      selector: 'node.mention[stance = "mixed"]',
      style: { shape: shapes.mixed, "background-color": palette.mixed },
    },
    {
      selector: "node.reprints",
      style: {
        shape: shapes.reprints,
        width: 40,
        height: 30,
        "border-style": "double",
        "border-width": 5,
        "border-color": palette.ink,
      },
    },
    {
      selector: "node.first",
      style: {
        "border-color": palette.ink,
        "border-width": 4,
        "outline-color": palette.claim,
        "outline-width": 4,
        "outline-offset": 2,
      },
    },
    {
      selector: "node.relay",
      style: {
        shape: shapes.relay,
        label: "data(label)",
        width: 20,
        height: 20,
        "background-color": palette.paper,
        "border-color": palette.relay,
        "border-width": 2,
        "border-style": "dashed",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "font-size": px(11),
        "text-max-width": `${px(125)}px`,
        color: palette.muted,
      },
    },
    {
      selector: "node.lane-label",
      style: {
        label: "data(label)",
        shape: "rectangle",
        width: 1,
        height: 1,
        "background-opacity": 0,
        "border-width": 0,
        "text-halign": "left",
        "text-valign": "center",
        "font-size": px(13),
        "font-weight": "bold",
        "text-max-width": `${px(150)}px`,
        events: "no",
      },
    },
    { selector: "node.lane-label.narrow", style: { "text-max-width": `${px(72)}px`, "font-size": px(12) } },
    {
      selector: "node.lane-end",
      style: { width: 1, height: 1, "background-opacity": 0, "border-width": 0, events: "no", label: "" },
    },
    {
      selector: "edge.lane-line",
      style: {
        "line-color": "#d7dbe0",
        width: 1,
        "curve-style": "straight",
        events: "no",
        "target-arrow-shape": "none",
      },
    },
    {
      selector: "node.tick",
      style: {
        label: "data(label)",
        width: 1,
        height: 12,
        shape: "rectangle",
        "background-color": palette.muted,
        "border-width": 0,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "font-size": px(11),
        // Scaled with the text, or a date wraps into three lines when zoomed out.
        "text-max-width": `${px(160)}px`,
        color: palette.muted,
        events: "no",
      },
    },
    {
      selector: "node.tick.axis-title",
      style: { width: 1, height: 1, "text-halign": "left", "text-valign": "center", "font-weight": "bold" },
    },
    {
      selector: "edge.relay",
      style: {
        label: "data(label)",
        "curve-style": "unbundled-bezier",
        "control-point-distances": [-30],
        "control-point-weights": [0.5],
        "target-arrow-shape": "triangle",
        "line-style": "solid",
        "text-rotation": "none",
        "font-size": px(11),
      },
    },
    {
      selector: "edge.reprint-of",
      style: {
        "line-style": "dotted",
        "target-arrow-shape": "vee",
        label: "data(label)",
        "text-rotation": "none",
        "font-size": px(11),
      },
    },
    // From a party the corpus does not hold: its lane and node already name it, the edge need not.
    { selector: "edge.from-outside", style: { label: "" } },
    // The relayed mark's own label already names the relay ("Kremlin: Joseph Biden said"); written on
    // the edge as well, "via Kremlin" lay over the first marks. It shows when the edge is pointed at.
    { selector: "edge.relay", style: { label: "" } },
    {
      selector: "edge.relay.hover, edge.relay:selected, edge.relay.kbd-focus",
      style: { label: "data(label)", "text-background-opacity": 1, "z-index": 20 },
    },
    // The document attributes it ("according to X"): a document-level link, not a mention's relay.
    {
      selector: "edge.cites",
      style: {
        label: "data(label)",
        "curve-style": "unbundled-bezier",
        "control-point-distances": [30],
        "control-point-weights": [0.5],
        "line-color": "#8a6d9e",
        "target-arrow-color": "#8a6d9e",
        "target-arrow-shape": "chevron",
        "line-style": "dashed",
        "text-rotation": "none",
        "font-size": px(11),
      },
    },
  ];
}

/**
 * On large graphs only the hubs (the most-reached nodes) and the selected or focused node carry
 * a label: measuring and drawing thousands of labels is most of the first frame's cost. On the
 * others, the few most-reached nodes (`labelled`) carry theirs and the rest show on hover or
 * focus, so names do not pile up. `scale` (≥ 1, the inverse of a zoom below 1) keeps text at
 * least 11 px on screen however far the view is zoomed out (see keepLabelsReadable).
 */
export function networkStyle(large = false, scale = 1): StylesheetJson {
  const px = (n: number) => Math.round(n * scale * 10) / 10;
  const sparseLabels: StylesheetJson = large
    ? [
        { selector: "node", style: { label: "" } },
        { selector: "node.hub, node:selected, node.kbd-focus", style: { label: "data(label)" } },
        // Haystack edges are straight lines without arrows or control points: the cheapest to draw and hit-test.
        { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" } },
      ]
    : [
        { selector: "node", style: { label: "" } },
        { selector: "node.labelled", style: { label: "data(label)" } },
        {
          selector: "node.claim[key]",
          style: {
            label: "data(key)",
            "text-valign": "center",
            "text-margin-y": 0,
            "text-background-opacity": 0,
            "font-weight": 600,
            color: palette.ink,
          },
        },
        // Whose account a relayed stance is: named when the edge is selected or focused.
        { selector: "edge.relayed:selected, edge.relayed.kbd-focus", style: { label: "data(label)" } },
      ];
  return [
    ...common,
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "data(size)",
        height: "data(size)",
        "text-valign": "bottom",
        "text-margin-y": px(3),
        "font-size": px(12),
        "text-max-width": `${px(170)}px`,
        "text-background-padding": `${px(2)}px`,
        "min-zoomed-font-size": large ? 7 : 0,
      },
    },
    {
      selector: "node.actor",
      style: { shape: shapes.actor, "background-color": palette.actor, "font-size": px(14), "font-weight": 600 },
    },
    { selector: "node.claim", style: { shape: shapes.claim, "background-color": palette.claim, "font-size": px(12) } },
    {
      selector: "node.source",
      style: {
        shape: shapes.source,
        "background-color": palette.source,
        "font-size": px(14),
        "font-weight": 600,
        color: "#0b4f73",
      },
    },
    // An outlet that also speaks (the same party): the outlet's shape ringed in the actor's colour.
    { selector: "node.source.twin", style: { "border-color": palette.actor, "border-width": 4 } },
    {
      selector: "node.claim.contested",
      style: {
        "border-color": palette.denied,
        "border-width": 5,
        "border-style": "double",
        "background-color": "#f3c7a8",
        "font-weight": 600,
        color: "#8a3600",
        "z-index": 10,
      },
    },
    { selector: "node.expandable", style: { "outline-color": "#9aa3ad", "outline-width": 2, "outline-offset": 2 } },
    { selector: "edge", style: { "font-size": px(11), "min-zoomed-font-size": large ? 8 : 0 } },
    {
      selector: 'edge[kind = "ASSERTED"]',
      style: {
        "line-color": palette.asserted,
        "target-arrow-color": palette.asserted,
        "target-arrow-shape": "triangle",
        width: 2,
      },
    },
    {
      selector: 'edge[kind = "DENIED"]',
      style: {
        "line-color": palette.denied,
        "target-arrow-color": palette.denied,
        "target-arrow-shape": "tee",
        "line-style": "dashed",
        width: 2.5,
      },
    },
    // Told through someone else's account: a dotted line with a hollow arrow, and whose account it is.
    {
      selector: "edge.relayed",
      style: {
        "line-style": "dotted",
        "target-arrow-fill": "hollow",
        "text-rotation": "autorotate",
        color: palette.ink,
      },
    },
    {
      selector: 'edge[kind = "REPORTED_BY"]',
      style: { "line-color": "#aab2bb", "target-arrow-color": "#aab2bb", "target-arrow-shape": "vee", width: 1 },
    },
    {
      selector: 'edge[kind = "CITES"]',
      style: {
        "line-color": "#8a6d9e",
        "target-arrow-color": "#8a6d9e",
        "target-arrow-shape": "chevron",
        "line-style": "dotted",
      },
    },
    {
      selector: 'edge[kind = "REPRINTS"]',
      style: {
        "line-color": "#8a6d9e",
        "target-arrow-color": "#8a6d9e",
        "target-arrow-shape": "square",
        "line-style": "dashed",
      },
    },
    { selector: 'edge[kind = "PUBLISHES_AS"]', style: { "line-color": "#6b7480", "line-style": "dotted", width: 1.5 } },
    // One party's account passing on another's words ("the Kremlin said Biden said": Kremlin → Biden).
    {
      selector: 'edge[kind = "RELAYS"]',
      style: {
        "line-color": palette.relay,
        "target-arrow-color": palette.relay,
        "target-arrow-shape": "triangle-backcurve",
        "line-style": "dashed",
        "line-dash-pattern": [8, 3],
      },
    },
    { selector: "edge[weight > 1]", style: { width: "mapData(weight, 1, 10, 2, 7)" } },
    { selector: ".dim", style: { opacity: 0.15 } },
    {
      selector: ".search-hit",
      style: { "underlay-color": palette.claim, "underlay-opacity": 0.45, "underlay-padding": 8 },
    },
    ...sparseLabels,
    {
      selector: "node.hover, node:selected, node.kbd-focus",
      style: {
        label: "data(fullLabel)",
        "min-zoomed-font-size": 0,
        "z-index": 20,
        "text-background-opacity": 1,
        "text-max-width": `${px(260)}px`,
        "text-valign": "bottom",
        "text-margin-y": px(3),
      },
    },
  ];
}

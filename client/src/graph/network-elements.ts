/** GraphView (from the API) → Cytoscape elements for the network view. */
import type { ElementDefinition } from "cytoscape";
import type { GraphEdgeData, GraphNodeData, GraphViewData } from "../api/types.js";
import { parseTime } from "../text/time-format.js";

/** Node diameter from reach (mentions for claims and actors, documents for sources). */
export function nodeSize(weight: number): number {
  return Math.round(Math.min(90, 18 + 12 * Math.sqrt(Math.max(0, weight))));
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

export function networkNode(n: GraphNodeData, expanded: ReadonlySet<string>): ElementDefinition {
  const kind = n.kind.toLowerCase();
  const classes = [kind, n.contested && n.kind === "CLAIM" ? "contested" : "", expanded.has(n.id) ? "" : "expandable"];
  return {
    group: "nodes",
    data: {
      id: n.id,
      kind,
      label: n.kind === "CLAIM" ? truncate(n.label, 90) : n.label,
      fullLabel: n.label,
      weight: n.weight,
      size: nodeSize(n.weight),
      time: parseTime(n.time),
      contested: n.contested,
    },
    classes: classes.filter(Boolean).join(" "),
  };
}

export function networkEdge(e: GraphEdgeData): ElementDefinition {
  return {
    group: "edges",
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      label: e.label,
      weight: e.weight,
      time: parseTime(e.time),
      stance: e.stance ? e.stance.toLowerCase() : undefined,
      contested: e.contested,
      mentionIds: e.mentionIds,
    },
    classes: e.kind.toLowerCase(),
  };
}

/** How many of the most-reached nodes keep their labels on large graphs (see networkStyle). */
export const hubCount = 40;

/** Elements of a graph view; edges whose ends are missing are dropped, never drawn dangling. */
export function networkElements(view: GraphViewData, expanded: ReadonlySet<string>): ElementDefinition[] {
  const ids = new Set(view.nodes.map((n) => n.id));
  const hubs = new Set([...view.nodes].sort((a, b) => b.weight - a.weight).slice(0, hubCount).map((n) => n.id));
  return [
    ...view.nodes.map((n) => {
      const el = networkNode(n, expanded);
      if (hubs.has(n.id)) el.classes = `${el.classes} hub`;
      return el;
    }),
    ...view.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(networkEdge),
  ];
}

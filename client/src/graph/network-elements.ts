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
      label: n.kind === "CLAIM" ? truncate(n.label, 60) : n.label,
      fullLabel: n.label,
      weight: n.weight,
      size: nodeSize(n.weight),
      time: parseTime(n.time),
      contested: n.contested,
    },
    classes: classes.filter(Boolean).join(" "),
  };
}

/**
 * A stance known only through someone else's account ("the Kremlin said Biden said") is never
 * drawn as the actor's own word: it is labelled with whose account it is and drawn as relayed.
 */
export function networkEdge(e: GraphEdgeData): ElementDefinition {
  const relayedOnly = Boolean(e.relayed && e.relayed >= e.weight && e.through?.length);
  const told = relayedOnly ? `${e.kind === "DENIED" ? "denied" : "said"}, per ${e.through!.join(", ")}` : "";
  return {
    group: "edges",
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      label: told || e.label,
      weight: e.weight,
      through: e.through ?? [],
      time: parseTime(e.time),
      stance: e.stance ? e.stance.toLowerCase() : undefined,
      contested: e.contested,
      mentionIds: e.mentionIds,
    },
    classes: `${e.kind.toLowerCase()}${relayedOnly ? " relayed" : ""}`,
  };
}

/** How many of the most-reached nodes keep their labels on large graphs (see networkStyle). */
export const hubCount = 40;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * One node per real-world party: an actor that publishes as an outlet of the same name (the
 * Kremlin that speaks and the Kremlin that publishes) is folded into the outlet's node, which
 * keeps both roles; its edges move with it, and so does an actor that merely bears an outlet's
 * name. An actor publishing under another name stays a node of its own, linked by a "speaks as"
 * edge. Returns actor id → outlet id.
 */
export function twins(view: GraphViewData): Map<string, string> {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string>();
  for (const e of view.edges) {
    if (e.kind !== "PUBLISHES_AS") continue;
    const actor = nodes.get(e.source);
    const outlet = nodes.get(e.target);
    if (actor && outlet && sameName(actor.label, outlet.label)) out.set(actor.id, outlet.id);
  }
  // The extraction may name an outlet as a speaker without linking the two: one name, one party.
  const outletByName = new Map(
    view.nodes.filter((n) => n.kind === "SOURCE").map((n) => [n.label.trim().toLowerCase(), n.id]),
  );
  for (const n of view.nodes) {
    const outlet = n.kind === "ACTOR" ? outletByName.get(n.label.trim().toLowerCase()) : undefined;
    if (outlet && !out.has(n.id)) out.set(n.id, outlet);
  }
  return out;
}

/**
 * Elements of a graph view; edges whose ends are missing are dropped, never drawn dangling.
 * `labelled`: how many of the most-reached nodes carry a label before any hover or focus, so
 * the overview shows a few readable names instead of a pile of overlapping ones.
 */
export function networkElements(
  view: GraphViewData,
  expanded: ReadonlySet<string>,
  labelled = hubCount,
): ElementDefinition[] {
  const merged = twins(view);
  const speakerOf = new Map([...merged].map(([actor, outlet]) => [outlet, actor]));
  const nodes = view.nodes.filter((n) => !merged.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const ranked = [...nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  const hubs = new Set(ranked.slice(0, hubCount).map((n) => n.id));
  // Outlets are named as surely as speakers: half the names go to each, the rest to whichever has more.
  const outlets = ranked.filter((n) => n.kind === "SOURCE");
  const speakers = ranked.filter((n) => n.kind === "ACTOR");
  const outletShare = Math.min(outlets.length, Math.max(Math.ceil(labelled / 2), labelled - speakers.length));
  const shown = new Set(
    [...outlets.slice(0, outletShare), ...speakers.slice(0, labelled - outletShare)].map((n) => n.id),
  );
  const edges = new Map<string, ElementDefinition>();
  for (const e of view.edges) {
    const source = merged.get(e.source) ?? e.source;
    const target = merged.get(e.target) ?? e.target;
    if (source === target || !ids.has(source) || !ids.has(target)) continue;
    const el = networkEdge({
      ...e,
      source,
      target,
      id: source === e.source && target === e.target ? e.id : `${e.kind}:${source}>${target}`,
    });
    if (!edges.has(el.data.id as string)) edges.set(el.data.id as string, el);
  }
  // Claims are numbered in the claim list's order (first seen, then id): the number is a key
  // shared with the list, short enough never to collide, with the wording on hover and focus.
  const claimOrder = nodes
    .filter((n) => n.kind === "CLAIM")
    .sort(
      (a, b) =>
        (parseTime(a.time) ?? Infinity) - (parseTime(b.time) ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const keyOf = new Map(claimOrder.map((n, i) => [n.id, String(i + 1)]));
  return [
    ...nodes.map((n) => {
      const el = networkNode(n, expanded);
      if (keyOf.has(n.id)) el.data.key = keyOf.get(n.id);
      const speaker = speakerOf.get(n.id);
      if (speaker) {
        el.data.speaker = speaker;
        el.classes = `${el.classes} twin`;
      }
      if (hubs.has(n.id)) el.classes = `${el.classes} hub`;
      if (shown.has(n.id)) el.classes = `${el.classes} labelled`;
      return el;
    }),
    ...edges.values(),
  ];
}

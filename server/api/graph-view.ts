/** Pure parts of the `graph` query: which nodes to keep within the limit, and edge shaping. */
import type { GraphEdge, GraphEdgeKind, GraphNodeKind } from "./schema-types.generated.js";

export type NodeKind = GraphNodeKind;

export interface Candidate {
  id: string;
  kind: NodeKind;
  weight: number;
}

/**
 * Adds one hop of candidates to the selection, heaviest first, until `limit` nodes are selected.
 * Returns the nodes added (the next frontier) and whether some candidates did not fit.
 */
export function addHop(
  selected: Map<string, NodeKind>,
  candidates: readonly Candidate[],
  limit: number,
): { added: Candidate[]; truncated: boolean } {
  const fresh = candidates
    .filter((c) => !selected.has(c.id))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const room = Math.max(0, limit - selected.size);
  const added = fresh.slice(0, room);
  for (const c of added) selected.set(c.id, c.kind);
  return { added, truncated: fresh.length > room };
}

export function idsByKind(nodes: Iterable<[string, NodeKind]> | readonly Candidate[]): {
  claimIds: string[];
  actorIds: string[];
  sourceIds: string[];
} {
  const out = { claimIds: [] as string[], actorIds: [] as string[], sourceIds: [] as string[] };
  for (const entry of nodes) {
    const [id, kind] = Array.isArray(entry) ? entry : [(entry as Candidate).id, (entry as Candidate).kind];
    (kind === "CLAIM" ? out.claimIds : kind === "ACTOR" ? out.actorIds : out.sourceIds).push(id);
  }
  return out;
}

export interface RawEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
  weight: number;
  time: string | null;
  contested: boolean;
  mentionIds: string[];
  /** Stances only: how many mentions are told through a relay, and whose account (nearest relay). */
  relayed?: number;
  through?: string[];
}

const LABELS: Record<GraphEdgeKind, string> = {
  ASSERTED: "asserted",
  DENIED: "denied",
  REPORTED_BY: "reported by",
  CITES: "cites",
  REPRINTS: "reprints",
  PUBLISHES_AS: "speaks as",
  RELAYS: "relays",
};

/** Cytoscape edges: one per (from, kind, to); the same link found twice keeps its largest count. */
export function shapeEdges(raw: readonly RawEdge[]): GraphEdge[] {
  const edges = new Map<string, RawEdge>();
  for (const e of raw) {
    // A relationship an ETL run deletes while this read walks it can come back without its type or ends
    // (read-committed isolation; seen once in the soak as a null GraphEdge.kind): it is gone, so left out.
    if (!e.kind || !e.from || !e.to) continue;
    const id = `${e.kind}:${e.from}>${e.to}`;
    const seen = edges.get(id);
    if (!seen) edges.set(id, e);
    else
      edges.set(id, {
        ...seen,
        weight: Math.max(seen.weight, e.weight),
        time: !seen.time || (e.time && e.time < seen.time) ? e.time : seen.time,
      });
  }
  return [...edges.entries()].map(([id, e]) => ({
    id,
    source: e.from,
    target: e.to,
    kind: e.kind,
    label: e.weight > 1 ? `${LABELS[e.kind]} ×${e.weight}` : LABELS[e.kind],
    weight: e.weight,
    time: e.time,
    stance: e.kind === "ASSERTED" ? "asserted" : e.kind === "DENIED" ? "denied" : null,
    contested: e.contested,
    mentionIds: e.mentionIds,
    relayed: e.relayed ?? 0,
    through: e.through ?? [],
  }));
}

/**
 * A synthetic narrative graph of a given size, for the performance bench: claims, actors and
 * sources with hub-heavy degrees like a real corpus (a few wires and leaders, many small outlets).
 */
import type { GraphEdgeData, GraphNodeData, GraphViewData } from "../api/types.js";
import { generator } from "./seeded.js";

export function syntheticGraph(elements: number, seed = 42): GraphViewData {
  const rand = generator(seed);
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const start = Date.parse("2021-12-01T00:00:00Z");
  const nodes: GraphNodeData[] = [];
  const kinds: Array<GraphNodeData["kind"]> = [];
  for (let i = 0; i < nodeCount; i++) {
    const r = rand();
    const kind = r < 0.5 ? "CLAIM" : r < 0.8 ? "ACTOR" : "SOURCE";
    kinds.push(kind);
    nodes.push({
      id: `${kind === "CLAIM" ? "clm" : kind === "ACTOR" ? "act" : "src"}-syn${i}`,
      kind,
      label: kind === "CLAIM" ? `Synthetic claim number ${i} about something said` : `${kind.toLowerCase()} ${i}`,
      weight: 1,
      time: new Date(start + Math.floor(rand() * 30 * 86_400_000)).toISOString(),
      contested: false,
    });
  }
  const byKind = (k: GraphNodeData["kind"]) => nodes.filter((_, i) => kinds[i] === k);
  const claims = byKind("CLAIM");
  const actors = byKind("ACTOR");
  const sources = byKind("SOURCE");
  // Squaring a uniform number favours low indexes: those become the hubs.
  const pick = <T>(list: T[]) => list[Math.floor(rand() * rand() * list.length)];
  const edges: GraphEdgeData[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const claim = claims[Math.floor(rand() * claims.length)];
    const stanceEdge = rand() < 0.7;
    const denied = stanceEdge && rand() < 0.15;
    const other = stanceEdge ? pick(actors) : pick(sources);
    const kind = stanceEdge ? (denied ? "DENIED" : "ASSERTED") : "REPORTED_BY";
    const [source, target] = stanceEdge ? [other.id, claim.id] : [claim.id, other.id];
    const id = `${kind}:${source}->${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    other.weight += 1;
    claim.weight += 1;
    if (denied) claim.contested = true;
    edges.push({
      id,
      source,
      target,
      kind,
      label: kind.toLowerCase(),
      weight: 1,
      time: claim.time,
      stance: stanceEdge ? (denied ? "DENIED" : "ASSERTED") : null,
      contested: false,
      mentionIds: [],
      relayed: 0,
      through: [],
    });
  }
  return { nodes, edges, truncated: false };
}

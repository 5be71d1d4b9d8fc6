import { checkIds, checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { addHop, type Candidate, idsByKind, type NodeKind, type RawEdge, shapeEdges } from "../graph-view.js";
import type { GraphEdgeKind, GraphNode, QueryGraphArgs, RequireFields } from "../schema-types.generated.js";

type GraphArgs = RequireFields<QueryGraphArgs, "depth" | "limit">;

/**
 * Every GraphEdgeKind: what a walk follows when `relations` is not given. A record, so the
 * compiler names a kind added to schema.graphql and missing here.
 */
const everyRelation: Record<GraphEdgeKind, true> = {
  ASSERTED: true,
  DENIED: true,
  REPORTED_BY: true,
  CITES: true,
  REPRINTS: true,
  PUBLISHES_AS: true,
  RELAYS: true,
};
const allRelations = Object.keys(everyRelation) as GraphEdgeKind[];

/**
 * Breadth-first from the starting nodes, one query per hop (at most maxGraphDepth), then one
 * query for the nodes and edges kept. With no starting node, the most mentioned claims start.
 * `relations` narrows both the hops and the edges returned to those kinds (an empty list to none).
 */
export async function graphView(_: unknown, args: GraphArgs, ctx: ApiContext) {
  const { limits } = ctx.config;
  const depth = checkRange(args.depth, "depth", 1, limits.maxGraphDepth);
  const limit = checkRange(args.limit, "limit", 1, limits.maxGraphNodes);
  const seeds: Candidate[] = [
    ...(checkIds(args.claimIds, "claimIds", "clm") ?? []).map((id) => ({ id, kind: "CLAIM" as const, weight: 0 })),
    ...(checkIds(args.actorIds, "actorIds", "act") ?? []).map((id) => ({ id, kind: "ACTOR" as const, weight: 0 })),
    ...(checkIds(args.sourceIds, "sourceIds", "src") ?? []).map((id) => ({ id, kind: "SOURCE" as const, weight: 0 })),
  ];
  if (seeds.length === 0) {
    const top = await ctx.run("graph-top-claims", { limit: Math.ceil(limit / 2) });
    seeds.push(...top.map((r) => ({ id: r.id as string, kind: "CLAIM" as const, weight: 0 })));
  }

  const relations = args.relations ?? allRelations;
  const selected = new Map<string, NodeKind>();
  let { added: frontier, truncated } = addHop(selected, seeds, limit);
  // Once the selection is full and already truncated, a further hop can add nothing and change
  // nothing: it would only read the neighbourhood of every selected node for candidates left out.
  for (let hop = 0; hop < depth && frontier.length > 0 && !(truncated && selected.size >= limit); hop++) {
    const candidates = (await ctx.run("graph-neighbours", {
      ...idsByKind(frontier),
      relations,
    })) as unknown as Candidate[];
    const next = addHop(selected, candidates, limit);
    frontier = next.added;
    truncated ||= next.truncated;
  }

  const [elements] = await ctx.run("graph-elements", { ...idsByKind(selected), relations });
  const nodes = ((elements?.nodes ?? []) as (Omit<GraphNode, "time"> & { time: number | null })[]).map((n) => ({
    ...n,
    time: isoTime(n.time),
  }));
  const edges = ((elements?.edges ?? []) as (Omit<RawEdge, "time"> & { time: number | null })[]).map((e) => ({
    ...e,
    time: isoTime(e.time),
  }));
  return { nodes: nodes as GraphNode[], edges: shapeEdges(edges), truncated };
}

/** graph-elements gives times as epoch milliseconds. */
const isoTime = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

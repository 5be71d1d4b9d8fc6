/** Whole-graph upkeep after a load or a review: orphans out, load-time summaries up to date. */

import { cypherFile } from "./cypher-file.js";
import type { Graph } from "./driver.js";

/** Deletes claims with no mentions, actors with no mentions and no citations, sources with no documents and no citations. Returns how many. */
export async function deleteOrphans(graph: Graph): Promise<number> {
  const result = await graph.run(cypherFile("load/delete-orphans"));
  return result.summary.counters.updates().nodesDeleted;
}

/**
 * Recomputes what is stored per claim from its mentions (all claims, or those named): the summary
 * properties, the travel order on its mentions, its per-outlet SUMMARY_IN edges, its per-day VOLUME
 * counts and its per-speaker SPEAKS_ON edges.
 */
export async function refreshClaimSummaries(graph: Graph, claims: string[] | null = null): Promise<void> {
  if (claims?.length === 0) return;
  await graph.run(cypherFile("load/claim-summaries"), { claims });
  await graph.run(cypherFile("load/claim-order"), { claims });
  await graph.run(cypherFile("load/claim-outlets"), { claims });
  await graph.run(cypherFile("load/claim-days"), { claims });
  await graph.run(cypherFile("load/claim-speakers"), { claims });
}

/**
 * Recomputes each named source's SOURCE_LINK and PUBLICATIONS summaries from its documents (all
 * sources, or those named).
 */
export async function refreshSourceSummaries(graph: Graph, sources: string[] | null = null): Promise<void> {
  if (sources?.length === 0) return;
  await graph.run(cypherFile("load/source-links"), { sources });
  await graph.run(cypherFile("load/source-summaries"), { sources });
}

/** Recomputes each named relay's RELAY_LINK summaries from the mentions told through it (all relays, or those named). */
export async function refreshRelayLinks(graph: Graph, relays: string[] | null = null): Promise<void> {
  if (relays?.length === 0) return;
  await graph.run(cypherFile("load/relay-links"), { parties: relays });
}

/** Which kinds of load-time summary the graph predates (cypher/load/stale-summaries), read before a load writes. */
export async function staleSummaries(graph: Graph): Promise<{ claims: boolean; sources: boolean; relays: boolean }> {
  const [row] = await graph.read(cypherFile("load/stale-summaries"));
  return { claims: row.get("claims"), sources: row.get("sources"), relays: row.get("relays") };
}

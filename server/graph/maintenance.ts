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
 * properties, the travel order on its mentions, its per-outlet SUMMARY_IN edges and its per-day VOLUME counts.
 */
export async function refreshClaimSummaries(graph: Graph, claims: string[] | null = null): Promise<void> {
  if (claims?.length === 0) return;
  await graph.run(cypherFile("load/claim-summaries"), { claims });
  await graph.run(cypherFile("load/claim-order"), { claims });
  await graph.run(cypherFile("load/claim-outlets"), { claims });
  await graph.run(cypherFile("load/claim-days"), { claims });
}

/** Recomputes each named source's SOURCE_LINK summaries from its documents (all sources, or those named). */
export async function refreshSourceSummaries(graph: Graph, sources: string[] | null = null): Promise<void> {
  if (sources?.length === 0) return;
  await graph.run(cypherFile("load/source-links"), { sources });
}

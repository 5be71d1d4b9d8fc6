/** Whole-graph upkeep after a load or a review: orphans out, claim summaries up to date. */
import type { Graph } from "./driver.js";
import { cypherFile } from "./cypher-file.js";

/** Deletes claims with no mentions, actors with no mentions and no citations, sources with no documents and no citations. Returns how many. */
export async function deleteOrphans(graph: Graph): Promise<number> {
  const result = await graph.run(cypherFile("load/delete-orphans"));
  return result.summary.counters.updates().nodesDeleted;
}

/** Recomputes Claim.firstSeen/lastSeen/documents/mentions/outlets/asserted/denied (all claims, or those named). */
export async function refreshClaimSummaries(graph: Graph, claims: string[] | null = null): Promise<void> {
  await graph.run(cypherFile("load/claim-summaries"), { claims });
}

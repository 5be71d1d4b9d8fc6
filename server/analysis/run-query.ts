/** Runs one query of the analysts' library on the graph and returns its rows as plain values. */
import type { Graph } from "../graph/driver.js";
import { type PlainResult, recordsToPlain } from "./plain-values.js";
import type { AnalysisQuery } from "./query-library.js";

export async function runAnalysisQuery(
  graph: Graph,
  query: AnalysisQuery,
  params: Record<string, unknown>,
): Promise<PlainResult> {
  const records = await graph.read(query.cypher, params);
  // With no rows the driver gives no keys: the header's columns name them instead.
  return recordsToPlain(records, records.length > 0 ? (records[0].keys as string[]) : query.columns.map((c) => c.name));
}

/** The parameters the Cypher benchmarks give the analysts' library: those that make each query work hardest. */
import type { AnalysisQuery } from "../server/analysis/query-library.js";
import type { Graph } from "../server/graph/driver.js";

/** The most reported claim, the busiest actor, a common word: each query's required parameters. */
export async function benchParams(graph: Graph): Promise<(q: AnalysisQuery) => Record<string, string>> {
  const [claim] = await graph.read(
    "MATCH (c:Claim) WHERE c.outlets IS NOT NULL RETURN c.id AS id ORDER BY c.outlets DESC LIMIT 1",
  );
  const [actor] = await graph.read(
    "MATCH (a:Actor)-[r:ASSERTED]->() RETURN a.name AS name, count(r) AS n ORDER BY n DESC LIMIT 1",
  );
  const values: Record<string, string> = { claim: claim.get("id"), actor: actor.get("name"), text: "sanctions" };
  return (q) => Object.fromEntries(q.params.filter((p) => p.required).map((p) => [p.name, values[p.name]]));
}

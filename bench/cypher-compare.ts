/**
 * Two versions of analysis queries on one loaded graph (NEO4J_URI): their times, in turns, on the
 * parameters bench/cypher.ts uses (the ratio is what a shared, noisy machine can still tell), and
 * whether they give the same answers, there and on more parameters (other claims, a time window,
 * looser thresholds). Keep the old files in a folder first:
 *
 *   mkdir -p /tmp/old && git show main:cypher/analysis/independence.cypher > /tmp/old/independence.cypher
 *   NEO4J_URI=bolt://… npx tsx bench/cypher-compare.ts --old /tmp/old [--runs 5] [--claims 25]
 *
 * Compares every query the old folder holds. Lists a query collects in no stated order (named with
 * --unordered) are compared as sets. A version that fails (out of memory) is reported as such. Prints
 * a Markdown table on stdout; exits non-zero when an answer differs or the new version fails.
 */
import { Command } from "commander";
import neo4j from "neo4j-driver";
import { buildParams } from "../server/analysis/param-values.js";
import { type Plain, recordsToPlain } from "../server/analysis/plain-values.js";
import { type AnalysisQuery, findQuery, loadLibrary } from "../server/analysis/query-library.js";
import { type Graph, openGraph } from "../server/graph/driver.js";
import { benchParams } from "./analysis-params.js";

/** A median in milliseconds, or why the query failed (Neo4j's error code). */
type Timing = number | string;

interface Comparison {
  query: string;
  oldMs: Timing;
  newMs: Timing;
  rows: number;
  variants: number;
  /** Parameter sets on which the queries gave rows (the others compare empty answers). */
  answered: number;
  differences: string[];
  /** Parameter sets the old version failed on (nothing to compare there). */
  oldFailed: number;
}

async function main(): Promise<void> {
  const opts = new Command()
    .requiredOption("--old <dir>", "folder with the old versions of the queries")
    .option("--runs <n>", "timed runs of each version, in turns, after one warm-up each", "5")
    .option(
      "--claims <n>",
      "claims besides the benchmark's whose answers are compared (the most and least reported)",
      "25",
    )
    .option("--unordered <columns>", "columns holding lists in no stated order, compared as sets (comma-separated)", "")
    .parse()
    .opts<{ old: string; runs: string; claims: string; unordered: string }>();
  const unordered = new Set(opts.unordered.split(",").filter(Boolean));
  if (!process.env.NEO4J_URI) throw new Error("NEO4J_URI: the loaded graph to compare on");
  const graph = await openGraph();
  try {
    const current = await loadLibrary();
    const given = await benchParams(graph);
    const extra = await variants(graph, Number(opts.claims));
    const results: Comparison[] = [];
    for (const old of await loadLibrary(opts.old)) {
      const now = findQuery(current, old.name);
      const base = given(now);
      const times = await timeInTurns(graph, [old, now], buildParams(now, base), Number(opts.runs));
      const differences: string[] = [];
      const sets = [base, ...extra(now, base)];
      let rows = 0;
      let answered = 0;
      let oldFailed = 0;
      // one after the other: two big answers at once can run out of the server's transaction memory
      for (const set of sets) {
        const before = await answer(graph, old, set, unordered);
        const after = await answer(graph, now, set, unordered);
        if (typeof after === "string") {
          differences.push(`${JSON.stringify(set)}: the new version failed: ${after}`);
          continue;
        }
        if (set === base) rows = after.length;
        if (after.length > 0) answered++;
        if (typeof before === "string") {
          oldFailed++;
          continue;
        }
        const diff = firstDifference(before, after);
        if (diff) differences.push(`${JSON.stringify(set)}: ${diff}`);
      }
      const r: Comparison = {
        query: old.name,
        oldMs: times[0],
        newMs: times[1],
        rows,
        variants: sets.length,
        answered,
        differences,
        oldFailed,
      };
      results.push(r);
      console.error(
        `${r.query}: ${r.oldMs} → ${r.newMs} ms, ${r.rows} rows; ${differences.length ? `${differences.length} of ${sets.length} answers DIFFER:\n  ${differences.join("\n  ")}` : `same answers on ${sets.length - oldFailed} parameter sets (${answered} with rows)`}${oldFailed ? `; the old version failed on ${oldFailed}` : ""}`,
      );
    }
    process.stdout.write(table(results));
    if (results.some((r) => r.differences.length > 0 || typeof r.newMs === "string")) process.exitCode = 1;
  } finally {
    await graph.close();
  }
}

/**
 * Median milliseconds of each query, run in turns so that the machine's load falls on both alike;
 * a query that fails is not run again and gives its error instead.
 */
async function timeInTurns(
  graph: Graph,
  queries: AnalysisQuery[],
  params: Record<string, unknown>,
  runs: number,
): Promise<Timing[]> {
  const times = queries.map(() => [] as number[]);
  const failed: (string | undefined)[] = queries.map(() => undefined);
  for (let run = 0; run <= runs; run++) {
    for (const [i, q] of queries.entries()) {
      if (failed[i]) continue;
      const started = process.hrtime.bigint();
      try {
        await graph.read(q.cypher, params);
      } catch (e) {
        failed[i] = failure(e);
        continue;
      }
      if (run > 0) times[i].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return times.map((t, i) => failed[i] ?? Math.round(t.sort((a, b) => a - b)[Math.floor(t.length / 2)]));
}

/** Neo4j's error code (out of memory, a timeout): what a query that could not answer ran into. */
function failure(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (!code) throw e;
  return `failed (${code.replace(/^Neo\.\w+\.\w+\./, "")})`;
}

async function answer(
  graph: Graph,
  query: AnalysisQuery,
  given: Record<string, string>,
  unordered: Set<string>,
): Promise<Record<string, Plain>[] | string> {
  let records: Awaited<ReturnType<Graph["read"]>>;
  try {
    records = await graph.read(query.cypher, buildParams(query, given));
  } catch (e) {
    return failure(e);
  }
  const { rows } = recordsToPlain(records);
  const sorted = (v: Plain) =>
    Array.isArray(v) ? [...v].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : v;
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unordered.has(k) ? sorted(v) : v])),
  );
}

function firstDifference(before: unknown[], after: unknown[]): string | undefined {
  if (before.length !== after.length) return `${before.length} rows before, ${after.length} after`;
  const i = before.findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(after[k]));
  if (i < 0) return undefined;
  const cut = (v: unknown) => JSON.stringify(v).slice(0, 400);
  return `row ${i}: before ${cut(before[i])}, after ${cut(after[i])}`;
}

/**
 * More parameter sets for a query, beside the benchmark's: other claims (the most reported after the
 * first, then claims in id order, which spreads over sizes), the middle third of the corpus's time span,
 * and looser thresholds, so that queries that find nothing on the defaults are compared on rows.
 */
async function variants(
  graph: Graph,
  claims: number,
): Promise<(q: AnalysisQuery, base: Record<string, string>) => Record<string, string>[]> {
  const claimIds = (
    await graph.read(
      `CALL () { MATCH (c:Claim) WHERE c.outlets IS NOT NULL RETURN c.id AS id ORDER BY c.outlets DESC SKIP 1 LIMIT $n
       UNION MATCH (c:Claim) RETURN c.id AS id ORDER BY c.id LIMIT $n } RETURN id`,
      { n: neo4j.int(claims) },
    )
  ).map((r) => String(r.get("id")));
  const [span] = await graph.read(
    "MATCH (d:Document) WHERE d.publishedAt IS NOT NULL RETURN min(d.publishedAt) AS first, max(d.publishedAt) AS last",
  );
  const first = Date.parse(String(span.get("first")));
  const third = (Date.parse(String(span.get("last"))) - first) / 3;
  const window = {
    since: new Date(first + third).toISOString(),
    until: new Date(first + 2 * third).toISOString(),
  };
  return (q, base) => {
    const has = (name: string) => q.params.some((p) => p.name === name);
    const sets: Record<string, string>[] = [];
    if (has("claim")) sets.push(...claimIds.map((claim) => ({ ...base, claim })));
    if (has("since") && has("until")) sets.push({ ...base, ...window });
    if (has("minShare")) sets.push({ ...base, minShare: "0" }, { ...base, minShare: "0", ...window });
    if (has("minSpeakers")) sets.push({ ...base, minSpeakers: "3" }, { ...base, minSpeakers: "3", ...window });
    return sets;
  };
}

function table(results: Comparison[]): string {
  return [
    "| query | old median ms | new median ms | old / new | rows | answers |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...results.map(
      (r) =>
        `| ${r.query} | ${r.oldMs} | ${r.newMs} | ${typeof r.oldMs === "number" && typeof r.newMs === "number" ? (r.oldMs / Math.max(r.newMs, 1)).toFixed(1) : "–"} | ${r.rows} | ${r.differences.length ? `**${r.differences.length} of ${r.variants} differ**` : `same on ${r.variants - r.oldFailed} parameter sets (${r.answered} with rows)`}${r.oldFailed ? `; old failed on ${r.oldFailed}` : ""} |`,
    ),
    "",
  ].join("\n");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

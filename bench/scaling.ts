/**
 * How each stage's cost grows with corpus size: the exponent k in time ∝ size^k between two
 * measured sizes. k ≈ 1 is linear; k well above 1 means something grows faster than the corpus,
 * which at 100 000 documents is what breaks first.
 */
import { figuresOf, type SizeRun } from "./figures.js";

export interface Growth {
  stage: string;
  unit: string;
  from: number;
  to: number;
  before: number;
  after: number;
  exponent: number;
  superlinear: boolean;
}

/** Above this exponent (and a measurable time) a stage is reported as growing faster than linearly. */
export const SUPERLINEAR = 1.15;

export function scalingExponents(sizes: SizeRun[]): Growth[] {
  const stages: [string, string, (r: SizeRun) => number | undefined][] = [
    ["generate", "s", (r) => r.generate?.seconds],
    ["read corpus", "s", (r) => r.etl?.readSeconds ?? r.extract?.readSeconds],
    ["extract, 1 thread", "s", (r) => r.extract?.extractSeconds],
    ["  of which reading documents", "s", (r) => r.extract?.readingSeconds],
    ["  of which clustering claims", "s", (r) => r.extract?.clusterSeconds],
    ["extract in the ETL", "s", (r) => r.etl?.extractSeconds],
    ["load", "s", (r) => r.etl?.loadSeconds],
    ["ETL end to end", "s", (r) => r.etl?.totalSeconds],
    ["ETL peak memory", "MB", (r) => (r.etl ? r.etl.peakRssBytes / 2 ** 20 : undefined)],
    ["extraction peak memory", "MB", (r) => (r.extract ? r.extract.peakRssBytes / 2 ** 20 : undefined)],
  ];
  // every timing the per-size benchmarks report (API latencies, Cypher query times)
  const external = new Map<string, string>();
  for (const r of sizes)
    for (const [title, run] of Object.entries(r.external))
      for (const f of figuresOf(run.json))
        if (f.unit === "ms" || f.unit === "s") external.set(`${title}: ${f.name}`, f.unit);
  for (const [name, unit] of external) {
    const [title, figure] = [name.slice(0, name.indexOf(": ")), name.slice(name.indexOf(": ") + 2)];
    stages.push([name, unit, (r) => figuresOf(r.external[title]?.json).find((f) => f.name === figure)?.value]);
  }
  const out: Growth[] = [];
  for (const [stage, unit, f] of stages) {
    const points = sizes.filter((r) => (f(r) ?? 0) > 0);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const before = f(a)!;
      const after = f(b)!;
      const exponent = Math.log(after / before) / Math.log(b.docs / a.docs);
      // tiny times are dominated by start-up costs; memory has a fixed floor (the runtime itself)
      const measurable = unit === "s" ? after >= 1 : unit === "ms" ? after >= 20 : after >= 512;
      out.push({
        stage,
        unit,
        from: a.docs,
        to: b.docs,
        before,
        after,
        exponent,
        superlinear: measurable && exponent > SUPERLINEAR,
      });
    }
  }
  return out;
}

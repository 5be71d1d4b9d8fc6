import type { CorpusProblem } from "../corpus/types.js";

/** Prints each corpus problem on stderr, named by file; returns whether any was an error. */
export function reportProblems(problems: CorpusProblem[]): boolean {
  for (const p of problems) console.error(`${p.severity === "error" ? "error" : "warning"}: ${p.file}: ${p.message}`);
  return problems.some((p) => p.severity === "error");
}

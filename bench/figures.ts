/** The figures one benchmark run collects, per corpus size; read by the report and the scaling analysis. */
import type { EtlFigures } from "./etl-stage.js";

export interface ScriptRun {
  ok: boolean;
  json?: unknown;
  seconds: number;
  error?: string;
}

export interface SizeRun {
  docs: number;
  corpus: string;
  generate?: { seconds: number; megabytes: number; mentions: number };
  /** Extraction alone, one thread. */
  extract?: EtlFigures;
  /** read → extract (with workers) → load, in one process. */
  etl?: EtlFigures;
  /** Per-size benchmarks other parts own (bench/api.ts, bench/cypher.ts), by section title. */
  external: Record<string, ScriptRun>;
  errors?: string[];
}

/** A figure a per-size script reports: `{"results": [{"name": "claim p95", "value": 12.3, "unit": "ms"}]}`. */
export interface Figure {
  name: string;
  value: number;
  unit?: string;
}

export function figuresOf(json: unknown): Figure[] {
  const list = Array.isArray(json) ? json : (json as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(list)) return [];
  return list.filter((f): f is Figure => typeof f?.name === "string" && typeof f?.value === "number");
}

/** The run log: one (:EtlRun) per load, from "running" to "completed" or "failed". */
import neo4j from "neo4j-driver";
import type { CorpusProblem } from "../corpus/types.js";
import { cypherFile } from "./cypher-file.js";
import type { Graph } from "./driver.js";
import type { LoadSummary } from "./load-summary.js";

export interface RunStart {
  id: string;
  corpus: string;
  title?: string;
  extractorVersion: string;
  documents: number;
}

export type RunEnd =
  | { status: "completed"; summary: LoadSummary; problems: CorpusProblem[] }
  | { status: "failed"; error: string; problems: CorpusProblem[] };

/** Bounds the lists kept on a run node: a corpus of broken files must not make a huge property. */
const MAX_LISTED = 1_000;

/**
 * Records a new run; an earlier run of the same corpus still "running" was killed, and is marked so.
 * Returns the status of the corpus's previous run (null for the first).
 */
export async function startRun(graph: Graph, run: RunStart): Promise<string | null> {
  return graph.writeTransaction(async (tx) => {
    const previous = await tx.run(cypherFile("runs/previous-status"), { corpus: run.corpus });
    await tx.run(cypherFile("runs/mark-interrupted"), { corpus: run.corpus });
    await tx.run(cypherFile("runs/start"), { ...run, title: run.title ?? null, documents: neo4j.int(run.documents) });
    return (previous.records[0]?.get("status") as string | undefined) ?? null;
  });
}

export async function finishRun(graph: Graph, id: string, end: RunEnd): Promise<void> {
  const listed = (severity: CorpusProblem["severity"]) =>
    end.problems
      .filter((p) => p.severity === severity)
      .slice(0, MAX_LISTED)
      .map((p) => `${p.file}: ${p.message}`);
  const props: Record<string, unknown> = { status: end.status, errors: listed("error"), warnings: listed("warning") };
  if (end.status === "failed") props.error = end.error;
  else {
    const s = end.summary;
    Object.assign(props, {
      added: s.documents.added,
      changed: s.documents.changed,
      removed: s.documents.removed,
      unchanged: s.documents.unchanged,
      mentions: s.mentions,
      claims: s.claims,
      relationshipsCreated: s.relationshipsCreated,
      relationshipsDeleted: s.relationshipsDeleted,
      nodesCreated: s.nodesCreated,
      nodesDeleted: s.nodesDeleted,
      reviewsApplied: s.reviews.applied,
      reviewsUnapplied: s.reviews.unapplied,
      issues: s.issues.slice(0, MAX_LISTED),
    });
    for (const [k, v] of Object.entries(props)) if (typeof v === "number") props[k] = neo4j.int(v);
    props.seconds = s.seconds;
  }
  await graph.write(cypherFile("runs/finish"), { id, props });
}

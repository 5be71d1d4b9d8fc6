/**
 * Analysts' decisions on extracted edges. A (:Review) is stored apart from extracted data (the ETL
 * never writes or deletes one) and re-applied after every load, so a re-run never undoes it.
 */
import { randomBytes } from "node:crypto";
import type { Extraction } from "../extract/types.js";
import { cypherFile } from "./cypher-file.js";
import type { Graph } from "./driver.js";
import { scopedId } from "./load-plan.js";
import { refreshClaimSummaries } from "./maintenance.js";

export const REVIEW_DECISIONS = ["confirm", "reject", "reattribute"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface ReviewInput {
  /** The edge id, which is its mention id. */
  edge: string;
  decision: ReviewDecision;
  /** For "reattribute": the id of the Actor who really said it. */
  actor?: string;
  note?: string;
  /** Who decided (a name or login). */
  by?: string;
}

export interface Review {
  id: string;
  edge: string;
  decision: ReviewDecision;
  actor?: string;
  note?: string;
  by?: string;
  at: string;
}

/** A review that cannot be taken: the message says why, for the API to return as a user error. */
export class ReviewError extends Error {
  override name = "ReviewError";
}

export interface AppliedReviews {
  /** Edges whose review was applied by this call. */
  applied: number;
  /** The claims of those edges. */
  claims: string[];
  /** Edges whose latest review has no effect: the edge disappeared or the actor no longer exists. */
  unapplied: { edge: string; decision: string; edgeGone: boolean }[];
}

/** Records a review and applies it at once (the claim's summary counts follow). */
export async function reviewEdge(graph: Graph, input: ReviewInput): Promise<Review> {
  if (!REVIEW_DECISIONS.includes(input.decision))
    throw new ReviewError(`decision must be one of ${REVIEW_DECISIONS.join(", ")}, not "${input.decision}"`);
  if (input.decision === "reattribute") {
    if (!input.actor) throw new ReviewError("a re-attribution names the actor (actor id)");
    const found = await graph.read(cypherFile("load/actor-exists"), { id: input.actor });
    if (found.length === 0) throw new ReviewError(`no actor with id ${input.actor}`);
  }
  // Time first, so ids sort in the order reviews were taken even within one millisecond's clock.
  const id = `rev-${Date.now().toString(36).padStart(9, "0")}-${randomBytes(4).toString("hex")}`;
  const written = await graph.write(cypherFile("load/write-review"), {
    id,
    edge: input.edge,
    decision: input.decision,
    actor: input.decision === "reattribute" ? input.actor : null,
    note: input.note ?? null,
    by: input.by ?? null,
  });
  const record = written.records[0];
  if (!record) throw new ReviewError(`no extracted edge with id ${input.edge}`);
  await applyReviews(graph, { edges: [input.edge] });
  const review = record.get("review") as Record<string, unknown>;
  return { ...(review as unknown as Review), at: String(review.at) };
}

/**
 * Applies every edge's latest review that is not yet reflected in the graph (all reviews, or
 * those of `edges`), then refreshes the summary counts of the claims it touched.
 */
export async function applyReviews(
  graph: Graph,
  options: { edges?: string[]; refreshClaims?: boolean } = {},
): Promise<AppliedReviews> {
  const result = await graph.write(cypherFile("load/apply-reviews"), { edges: options.edges ?? null });
  const claims = [...new Set(result.records.map((r) => r.get("claim") as string))];
  if (claims.length > 0 && options.refreshClaims !== false) await refreshClaimSummaries(graph, claims);
  const unapplied = (await graph.read(cypherFile("load/unapplied-reviews"))).map((r) => ({
    edge: r.get("edge") as string,
    decision: r.get("decision") as string,
    edgeGone: r.get("edgeGone") as boolean,
  }));
  return { applied: result.records.length, claims, unapplied };
}

/**
 * The migration of a database loaded before graph ids included the corpus (`scopedId`): there a
 * review names its edge by the extraction's mention id. While that edge's mention is still stored,
 * about to be replaced by the same mention under its scoped id, the review moves to the new id, so
 * it applies again once the load writes it. Returns how many edges moved; none in a graph loaded
 * since, whose reviews name scoped ids (which no extraction gives).
 */
export async function carryOverReviews(graph: Graph, corpus: string, extraction: Extraction): Promise<number> {
  const reviewed = new Set(
    (await graph.read(cypherFile("load/corpus-reviews"), { corpus })).map((r) => r.get("edge") as string),
  );
  if (reviewed.size === 0) return 0;
  const moves = extraction.claims.flatMap((c) =>
    c.mentions.filter((m) => reviewed.has(m.id)).map((m) => ({ from: m.id, to: scopedId(corpus, m.id) })),
  );
  if (moves.length > 0) await graph.write(cypherFile("load/rekey-reviews"), { moves });
  return moves.length;
}

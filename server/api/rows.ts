/**
 * What the cypher/api queries return, as plain values (see cypher.ts `plain`): the parents the
 * resolvers of each GraphQL type receive (the generated resolver types map each type to its row:
 * `mappers` in server/cli/codegen.ts).
 */
import type { ReviewDecision } from "../graph/reviews.js";

/**
 * How the graph stores the schema's Stance and ReviewDecision (ASSERTED is "asserted"): the
 * generated types take these as the enums' internal values, and resolvers/index.ts maps each
 * GraphQL value to one, checked against the schema's values.
 */
export type Stance = "asserted" | "denied";
export type { ReviewDecision };

export interface ClaimRow {
  id: string;
  text: string;
  firstSeen: string | null;
  outlets: number | null;
  asserted: number | null;
  denied: number | null;
  /** Mentions not rejected, and the documents they are in: the lengths of its mention list and travel. */
  shown: number | null;
  steps: number | null;
}

export interface PartyRow {
  id: string;
  name: string;
  kind: string | null;
  type: "ACTOR" | "SOURCE";
}

export interface MentionRow {
  id: string;
  claim: string;
  document: string;
  actor: string;
  source: string | null;
  stance: Stance;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  cue: string | null;
  /** The extraction rule that found it; null in a graph loaded before rules were named. */
  rule: string | null;
  at: string | null;
  /** Set once an analyst reviewed the edge: 'confirmed' | 'rejected' | 'reattributed'. */
  reviewed: string | null;
  via: (PartyRow & { position: number })[];
  /** In a travel page: the 1-based position of its document in the claim's whole travel. */
  step?: number | null;
  /** Its 1-based position among its claim's mentions (null when rejected). */
  rank?: number | null;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  source: string | null;
}

export interface SourceRow {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  actor: string | null;
}

export interface DocumentRow {
  id: string;
  file: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  source: string | null;
}

export interface CitationRow {
  party: PartyRow;
  kind: string | null;
  start: number | null;
  end: number | null;
}

export interface DocumentReferences {
  cites: CitationRow[];
  reprints: string[];
}

export interface ReviewRow {
  id: string;
  edge: string;
  decision: ReviewDecision;
  /** Absent on a review just taken (the mutation's answer), null when read back without one. */
  note?: string | null;
  actor?: string | null;
  at: string;
}

/** An outlet on a claim's travel (cypher/api/claim-outlets.cypher), numbered by who reported it first. */
export interface OutletStepRow {
  source: string;
  documents: number;
  firstAt: string | null;
  asserted: number;
  denied: number;
  order: number;
}

/** How often an outlet quotes an actor, or reprints another outlet. */
export interface SourceCountRow {
  source: string;
  count: number;
}

/** An outlet's position on a claim (cypher/api/compare.cypher). */
export interface OutletComparisonRow {
  source: string;
  name: string;
  asserted: number;
  denied: number;
  firstAt: string | null;
  mentions: string[];
}

/** An EtlRun node's properties: lists of problems as stored, a failed run's reason apart. */
export interface EtlRunRow {
  id: string;
  corpus?: string | null;
  startedAt?: string | null;
  endedAt?: string | null;
  status?: string | null;
  extractorVersion?: string | null;
  documents?: number | null;
  mentions?: number | null;
  claims?: number | null;
  error?: string | null;
  errors?: unknown;
  warnings?: unknown;
}

/** cypher/api/stats.cypher's one row. */
export interface StatsRow {
  documents: number;
  sources: number;
  actors: number;
  claims: number;
  mentions: number;
  contestedClaims: number;
  reviews: number;
  incompleteCorpora: string[];
  lastEtlRun: EtlRunRow | null;
}

/**
 * What the cypher/api queries return, as plain values (see cypher.ts `plain`): the parents the
 * resolvers of each GraphQL type receive. Enums come from the types generated from
 * schema.graphql, in the graph's lower case.
 */
import type { Stance } from "./schema-types.generated.js";

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
  decision: string;
  note: string | null;
  actor: string | null;
  at: string;
}

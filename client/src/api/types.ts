/**
 * The shapes the client's queries return: each selects a subset of a type of
 * server/api/schema.graphql. Enums and scalars come from the types generated from the schema
 * (`npm run codegen`), so a renamed or added value fails the type check here.
 */
import type { CitationKind, GraphEdgeKind, GraphNodeKind, PartyType, Stance } from "./schema-types.generated.js";

export type { Stance };

export interface PartyRef {
  id: string;
  name: string;
  type: PartyType;
  kind?: string | null;
}

export interface SourceRef {
  id: string;
  name: string;
  kind?: string;
  country?: string | null;
}

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
  source?: { id: string } | null;
}

export interface DocumentRef {
  id: string;
  title: string;
  url?: string | null;
  publishedAt?: string | null;
  file?: string;
  source?: SourceRef | null;
}

export interface MentionData {
  id: string;
  stance: Stance;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  cue?: string | null;
  rule?: string | null;
  at?: string | null;
  actor: ActorRef;
  via: PartyRef[];
  document: DocumentRef;
  /** Where it is among its claim's mentions: `after` for the next page (evidence queries only). */
  cursor?: string | null;
}

export interface TravelStepData {
  order: number;
  at?: string | null;
  wordingChanged: boolean;
  document: DocumentRef;
  source?: SourceRef | null;
  mentions: MentionData[];
  cites: Array<{ kind: CitationKind; party: PartyRef }>;
  reprintOf: Array<{ id: string }>;
}

export interface WordingData {
  text: string;
  firstSeen?: string | null;
  count: number;
  documents: DocumentRef[];
}

export interface ClaimSummary {
  id: string;
  text: string;
  firstSeen?: string | null;
  outlets: number;
  assertedCount: number;
  deniedCount: number;
  contested: boolean;
}

export interface OutletStepData {
  source: SourceRef;
  firstAt?: string | null;
  documents: number;
  assertedCount: number;
  deniedCount: number;
}

/** A claim and steps of its travel: what the travel drawing needs. */
export interface ClaimTravelData extends ClaimSummary {
  travel: TravelStepData[];
}

export interface PagedTravelStep extends TravelStepData {
  /** Pass it as `after` to get the steps that follow. */
  cursor: string;
}

/** A claim's travel as fetched page by page. */
export interface ClaimTravelPages extends ClaimTravelData {
  /** The steps fetched so far: the first `travel.length` of `travelLength`, in time order. */
  travel: PagedTravelStep[];
  travelLength: number;
  /** Every outlet on the whole travel, in the order each first reported the claim. */
  outletPath: OutletStepData[];
  provenance: ProvenanceData;
  /** Mentions per UTC day over the whole travel, from the load's summaries. */
  volume: Array<{
    day: string;
    assertedCount: number;
    deniedCount: number;
    byKind: Array<{ kind: string | null; count: number }>;
  }>;
}

/** Where a claim comes from, as the `independence` analysis counts it. */
export interface ProvenanceData {
  outlets: number;
  independentOrigins: number;
  origins: Array<{
    origin: string | null;
    chain: string[];
    firstOutlet: string | null;
    firstAt: string | null;
    documents: number;
  }>;
}

export interface ClaimEvidenceData extends ClaimSummary {
  /** The claim's mentions in time order: all of them, or a first page (see `mentionCount`). */
  mentions: MentionData[];
  mentionCount: number;
  wordings: WordingData[];
}

export interface DocumentText {
  id: string;
  text: string;
}

export interface GraphNodeData {
  id: string;
  kind: GraphNodeKind;
  label: string;
  weight: number;
  time?: string | null;
  contested: boolean;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  label: string;
  weight: number;
  time?: string | null;
  stance?: Stance | null;
  contested: boolean;
  mentionIds: string[];
  /** Stances: how many mentions are told through someone else's account, and whose. */
  relayed?: number;
  through?: string[];
}

export interface GraphViewData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  truncated: boolean;
}

export interface ActorDetail {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  mentionCount: number;
  source?: SourceRef | null;
  asserted: ClaimSummary[];
  denied: ClaimSummary[];
  quotedBy: Array<{ count: number; source: SourceRef }>;
}

export interface SourceDetail {
  id: string;
  name: string;
  kind: string;
  country?: string | null;
  documentCount: number;
  documents: DocumentRef[];
  claimsReported: ClaimSummary[];
  cites: Array<{ count: number; party: PartyRef }>;
  reprints: Array<{ count: number; source: SourceRef }>;
}

export interface CitingDocument extends DocumentRef {
  text: string;
  cites: Array<{ kind: CitationKind; start?: number | null; end?: number | null; party: PartyRef }>;
}

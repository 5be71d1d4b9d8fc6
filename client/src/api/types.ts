/**
 * Names for the shapes the client's queries return. Each is generated (`npm run codegen`) from
 * server/api/schema.graphql and the query or fragment of client/src/api/operations.graphql that
 * selects it, so a field changed on either side fails the type check here and where it is used.
 */
import type {
  ClaimEvidenceQuery,
  ClaimSummaryFragment,
  GraphQuery,
  MentionDataFragment,
  PartyRefFragment,
  Stance,
  TravelQuery,
  TravelStepDataFragment,
} from "./schema-types.generated.js";

export type { Stance };

export type ClaimSummary = ClaimSummaryFragment;
export type PartyRef = PartyRefFragment;
/** A mention; `cursor` (for the next page) is selected by the evidence queries only. */
export type MentionData = MentionDataFragment & { cursor?: string | null };
export type TravelStepData = TravelStepDataFragment;

/** A claim's travel as fetched page by page: `travel` holds the first steps of `travelLength`. */
export type ClaimTravelPages = NonNullable<TravelQuery["claim"]>;
/** A claim and steps of its travel: what the travel drawing needs. */
export type ClaimTravelData = ClaimSummary & { travel: TravelStepData[] };
export type ProvenanceData = ClaimTravelPages["provenance"];

/** A claim with its wordings and a first page of its mentions (`mentionCount` in all). */
export type ClaimEvidenceData = NonNullable<ClaimEvidenceQuery["claim"]>;
export type WordingData = ClaimEvidenceData["wordings"][number];

export type GraphViewData = GraphQuery["graph"];
export type GraphNodeData = GraphViewData["nodes"][number];
export type GraphEdgeData = GraphViewData["edges"][number];

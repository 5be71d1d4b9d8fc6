/** Every request the client makes, one function per question. */

import type { ViewState } from "../state/view-state.js";
import { gql, gqlBatch } from "./graphql.js";
import {
  ActorDocument,
  type ActorQuery,
  CitingDocument,
  type CitingQuery,
  ClaimEvidenceDocument,
  type ClaimFilter,
  ClaimMentionsDocument,
  ClaimsDocument,
  type ClaimsQuery,
  type DocumentTextFragment,
  DocumentTextSelection,
  FilterOptionsDocument,
  type FilterOptionsQuery,
  GraphDocument,
  type GraphQueryVariables,
  LoadStateDocument,
  SourceDocument,
  type SourceQuery,
  TravelDocument,
  TravelStepsDocument,
} from "./schema-types.generated.js";
import type { ClaimEvidenceData, ClaimTravelPages, GraphViewData, TravelStepData } from "./types.js";

/** The claims listing's filter for a view state (empty fields left out). */
export function claimFilter(s: ViewState): ClaimFilter {
  const f: ClaimFilter = {};
  if (s.q.trim()) f.search = s.q.trim();
  if (s.actor) f.actorIds = [s.actor];
  if (s.outlet) f.sourceIds = [s.outlet];
  if (s.stance) f.stance = s.stance === "asserted" ? "ASSERTED" : "DENIED";
  if (s.from) f.from = s.from;
  // `to` is a day: include all of it.
  if (s.to) f.to = `${s.to}T23:59:59.999Z`;
  if (s.contested) f.contestedOnly = true;
  return f;
}

/** The API's limit on a search's length. */
export const MAX_SEARCH = 500;

/** Why the filters as set can match nothing, said before asking the server; null when they are fine. */
export function filterProblem(s: ViewState): string | null {
  if (s.q.trim().length > MAX_SEARCH)
    return `Searches are limited to ${MAX_SEARCH} characters; this one has ${s.q.trim().length}. Shorten it to a few distinctive words.`;
  if (s.from && s.to && s.from > s.to)
    return `“From” (${s.from}) is after “To” (${s.to}), so no date can match. Swap the dates or clear one.`;
  return null;
}

export function hasFilter(s: ViewState): boolean {
  return Object.keys(claimFilter(s)).length > 0;
}

export type ClaimPage = ClaimsQuery["claims"];

export async function fetchClaims(filter: ClaimFilter, first = 50, signal?: AbortSignal): Promise<ClaimPage> {
  return (await gql(ClaimsDocument, { filter, first }, signal)).claims;
}

export interface FilterOptions {
  actors: FilterOptionsQuery["actors"]["nodes"];
  sources: FilterOptionsQuery["sources"]["nodes"];
}

export async function fetchFilterOptions(): Promise<FilterOptions> {
  const data = await gql(FilterOptionsDocument, {});
  // An outlet with no document of its own (only named as a relay or cited) would always filter to nothing.
  return { actors: data.actors.nodes, sources: data.sources.nodes.filter((s) => s.documentCount > 0) };
}

/** Whether the graph holds only part of some corpus (its latest load did not complete), and which. */
export interface LoadState {
  incomplete: boolean;
  corpora: string[];
}

export async function fetchLoadState(): Promise<LoadState> {
  const { stats } = await gql(LoadStateDocument, {});
  return { incomplete: stats.loadIncomplete, corpora: stats.incompleteCorpora };
}

export type GraphRequest = GraphQueryVariables;

export async function fetchGraph(req: GraphRequest, signal?: AbortSignal): Promise<GraphViewData> {
  return (await gql(GraphDocument, req, signal)).graph;
}

/** The most travel steps the API returns per request. */
export const TRAVEL_PAGE_MAX = 500;

/** A claim with the first `first` steps of its travel, how many there are in all, and its outlets. */
export async function fetchTravel(id: string, first: number, signal?: AbortSignal): Promise<ClaimTravelPages | null> {
  return (await gql(TravelDocument, { id, first }, signal)).claim;
}

/** The `first` travel steps after the step whose cursor is `after`. */
export async function fetchTravelSteps(
  id: string,
  after: string,
  first: number,
  signal?: AbortSignal,
): Promise<TravelStepData[]> {
  return (await gql(TravelStepsDocument, { id, first, after }, signal)).claim?.travel ?? [];
}

/** The most mentions the API returns per request. */
export const MENTION_PAGE_MAX = 500;

/** A claim with its wordings and its first `first` mentions; `mentionCount` says how many it has in all. */
export async function fetchClaimEvidence(
  id: string,
  first = MENTION_PAGE_MAX,
  signal?: AbortSignal,
): Promise<ClaimEvidenceData | null> {
  return (await gql(ClaimEvidenceDocument, { id, first }, signal)).claim;
}

/** The `first` mentions of a claim after the one whose cursor is `after`. */
export async function fetchClaimMentions(
  id: string,
  after: string,
  first = MENTION_PAGE_MAX,
  signal?: AbortSignal,
): Promise<ClaimEvidenceData["mentions"]> {
  return (await gql(ClaimMentionsDocument, { id, first, after }, signal)).claim?.mentions ?? [];
}

/** A claim with every one of its mentions, fetched page after page (for views that filter or export them all). */
export async function fetchClaimEvidenceAll(id: string): Promise<ClaimEvidenceData | null> {
  const claim = await fetchClaimEvidence(id);
  if (!claim) return null;
  while (claim.mentions.length < claim.mentionCount) {
    const after = claim.mentions.at(-1)?.cursor;
    const page = after ? await fetchClaimMentions(id, after) : [];
    // The claim changed under us (a review, a load): what was fetched is all there is to show.
    if (page.length === 0) break;
    claim.mentions.push(...page);
  }
  return claim;
}

export async function fetchActor(id: string): Promise<ActorQuery["actor"]> {
  return (await gql(ActorDocument, { id })).actor;
}

export async function fetchSource(id: string): Promise<SourceQuery["source"]> {
  return (await gql(SourceDocument, { id })).source;
}

/** A source's documents with their citations and text, to show where each citation is made. */
export async function fetchCitingDocuments(sourceId: string): Promise<CitingQuery["documents"]["nodes"]> {
  return (await gql(CitingDocument, { id: sourceId })).documents.nodes;
}

const textCache = new Map<string, string>();

/** Document texts for showing evidence in context; each is fetched once per page load. */
export async function fetchDocumentTexts(ids: string[]): Promise<Map<string, string>> {
  const missing = [...new Set(ids)].filter((id) => !textCache.has(id));
  if (missing.length) {
    const got = await gqlBatch<DocumentTextFragment>(
      missing,
      (alias, v) => `${alias}: document(id: ${v})`,
      DocumentTextSelection,
    );
    for (const [id, doc] of got) textCache.set(id, doc.text);
  }
  const out = new Map<string, string>();
  for (const id of ids) {
    const text = textCache.get(id);
    if (text !== undefined) out.set(id, text);
  }
  return out;
}

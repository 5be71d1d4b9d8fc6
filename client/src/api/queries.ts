/** Every request the client makes, one function per question. */

import type { ViewState } from "../state/view-state.js";
import { gql, gqlBatch } from "./graphql.js";
import type { ClaimFilter, GraphEdgeKind } from "./schema-types.generated.js";
import type {
  ActorDetail,
  CitingDocument,
  ClaimEvidenceData,
  ClaimSummary,
  ClaimTravelPages,
  DocumentText,
  GraphViewData,
  MentionData,
  PagedTravelStep,
  SourceDetail,
  SourceRef,
} from "./types.js";

const claimSummary = "id text firstSeen outlets assertedCount deniedCount contested";
const docRef = "id title url publishedAt file source { id name kind }";
const mention = `id stance evidence start end confidence cue rule at
  actor { id name kind source { id } }
  via { id name type kind }
  document { ${docRef} }`;

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

export interface ClaimPage {
  totalCount: number;
  nodes: ClaimSummary[];
}

export async function fetchClaims(filter: ClaimFilter, first = 50, signal?: AbortSignal): Promise<ClaimPage> {
  const data = await gql<{ claims: ClaimPage }>(
    `query Claims($filter: ClaimFilter, $first: Int) {
      claims(filter: $filter, first: $first, sort: FIRST_SEEN) { totalCount nodes { ${claimSummary} } }
    }`,
    { filter, first },
    signal,
  );
  return data.claims;
}

export interface FilterOptions {
  actors: Array<{ id: string; name: string }>;
  sources: SourceRef[];
}

export async function fetchFilterOptions(): Promise<FilterOptions> {
  const data = await gql<{
    actors: { nodes: FilterOptions["actors"] };
    sources: { nodes: Array<SourceRef & { documentCount?: number }> };
  }>(
    `query FilterOptions { actors(first: 100) { nodes { id name } } sources(first: 100) { nodes { id name kind documentCount } } }`,
  );
  // An outlet with no document of its own (only named as a relay or cited) would always filter to nothing.
  return { actors: data.actors.nodes, sources: data.sources.nodes.filter((s) => (s.documentCount ?? 0) > 0) };
}

/** Whether the graph holds only part of some corpus (its latest load did not complete), and which. */
export interface LoadState {
  incomplete: boolean;
  corpora: string[];
}

export async function fetchLoadState(): Promise<LoadState> {
  const { stats } = await gql<{ stats: { loadIncomplete: boolean; incompleteCorpora: string[] } }>(
    `query LoadState { stats { loadIncomplete incompleteCorpora } }`,
  );
  return { incomplete: stats.loadIncomplete, corpora: stats.incompleteCorpora };
}

export interface GraphRequest {
  claimIds?: string[];
  actorIds?: string[];
  sourceIds?: string[];
  depth?: number;
  limit?: number;
  /** The relations followed and returned; every kind when left out. */
  relations?: GraphEdgeKind[];
}

export async function fetchGraph(req: GraphRequest, signal?: AbortSignal): Promise<GraphViewData> {
  const data = await gql<{ graph: GraphViewData }>(
    `query Graph($claimIds: [ID!], $actorIds: [ID!], $sourceIds: [ID!], $depth: Int, $limit: Int, $relations: [GraphEdgeKind!]) {
      graph(claimIds: $claimIds, actorIds: $actorIds, sourceIds: $sourceIds, depth: $depth, limit: $limit, relations: $relations) {
        truncated
        nodes { id kind label weight time contested }
        edges { id source target kind label weight time stance contested mentionIds relayed through }
      }
    }`,
    { ...req },
    signal,
  );
  return data.graph;
}

const travelStep = `order cursor at wordingChanged
  document { ${docRef} }
  source { id name kind }
  mentions { ${mention} }
  cites { kind party { id name type } }
  reprintOf { id }`;

/** The most travel steps the API returns per request. */
export const TRAVEL_PAGE_MAX = 500;

/** A claim with the first `first` steps of its travel, how many there are in all, and its outlets. */
export async function fetchTravel(id: string, first: number, signal?: AbortSignal): Promise<ClaimTravelPages | null> {
  const data = await gql<{ claim: ClaimTravelPages | null }>(
    `query Travel($id: ID!, $first: Int) {
      claim(id: $id) {
        ${claimSummary}
        travelLength
        provenance { outlets independentOrigins origins { origin chain firstOutlet firstAt documents } }
        outletPath { firstAt documents assertedCount deniedCount source { id name kind } }
        volume { day assertedCount deniedCount byKind { kind count } }
        travel(first: $first) { ${travelStep} }
      }
    }`,
    { id, first },
    signal,
  );
  return data.claim;
}

/** The `first` travel steps after the step whose cursor is `after`. */
export async function fetchTravelSteps(
  id: string,
  after: string,
  first: number,
  signal?: AbortSignal,
): Promise<PagedTravelStep[]> {
  const data = await gql<{ claim: { travel: PagedTravelStep[] } | null }>(
    `query TravelSteps($id: ID!, $first: Int, $after: String) {
      claim(id: $id) { travel(first: $first, after: $after) { ${travelStep} } }
    }`,
    { id, first, after },
    signal,
  );
  return data.claim?.travel ?? [];
}

/** The most mentions the API returns per request. */
export const MENTION_PAGE_MAX = 500;

/** A claim with its wordings and its first `first` mentions; `mentionCount` says how many it has in all. */
export async function fetchClaimEvidence(
  id: string,
  first = MENTION_PAGE_MAX,
  signal?: AbortSignal,
): Promise<ClaimEvidenceData | null> {
  const data = await gql<{ claim: ClaimEvidenceData | null }>(
    `query ClaimEvidence($id: ID!, $first: Int) {
      claim(id: $id) {
        ${claimSummary}
        mentionCount
        mentions(first: $first) { ${mention} cursor }
        wordings { text firstSeen count documents { id title source { id name } } }
      }
    }`,
    { id, first },
    signal,
  );
  return data.claim;
}

/** The `first` mentions of a claim after the one whose cursor is `after`. */
export async function fetchClaimMentions(
  id: string,
  after: string,
  first = MENTION_PAGE_MAX,
  signal?: AbortSignal,
): Promise<MentionData[]> {
  const data = await gql<{ claim: { mentions: MentionData[] } | null }>(
    `query ClaimMentions($id: ID!, $first: Int, $after: String) {
      claim(id: $id) { mentions(first: $first, after: $after) { ${mention} cursor } }
    }`,
    { id, first, after },
    signal,
  );
  return data.claim?.mentions ?? [];
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

export async function fetchActor(id: string): Promise<ActorDetail | null> {
  const data = await gql<{ actor: ActorDetail | null }>(
    `query Actor($id: ID!) {
      actor(id: $id) {
        id name kind aliases mentionCount
        source { id name kind }
        asserted(first: 50) { ${claimSummary} }
        denied(first: 50) { ${claimSummary} }
        quotedBy { count source { id name } }
      }
    }`,
    { id },
  );
  return data.actor;
}

export async function fetchSource(id: string): Promise<SourceDetail | null> {
  const data = await gql<{ source: SourceDetail | null }>(
    `query Source($id: ID!) {
      source(id: $id) {
        id name kind country documentCount
        documents(first: 50) { id title url publishedAt }
        claimsReported(first: 50) { ${claimSummary} }
        cites { count party { id name type } }
        reprints { count source { id name } }
      }
    }`,
    { id },
  );
  return data.source;
}

/** A source's documents with their citations and text, to show where each citation is made. */
export async function fetchCitingDocuments(sourceId: string): Promise<CitingDocument[]> {
  const data = await gql<{ documents: { nodes: CitingDocument[] } }>(
    `query Citing($id: ID!) {
      documents(sourceId: $id, first: 100) {
        nodes { ${docRef} text cites { kind start end party { id name type } } }
      }
    }`,
    { id: sourceId },
  );
  return data.documents.nodes;
}

const textCache = new Map<string, string>();

/** Document texts for showing evidence in context; each is fetched once per page load. */
export async function fetchDocumentTexts(ids: string[]): Promise<Map<string, string>> {
  const missing = [...new Set(ids)].filter((id) => !textCache.has(id));
  if (missing.length) {
    const got = await gqlBatch<DocumentText>(missing, (alias, v) => `${alias}: document(id: ${v})`, "{ id text }");
    for (const [id, doc] of got) textCache.set(id, doc.text);
  }
  const out = new Map<string, string>();
  for (const id of ids) {
    const text = textCache.get(id);
    if (text !== undefined) out.set(id, text);
  }
  return out;
}

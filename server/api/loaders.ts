import DataLoader from "dataloader";
import type { Row } from "./cypher.js";
import { badInput } from "./errors.js";
import type {
  ActorRow,
  ClaimRow,
  DocumentReferences,
  DocumentRow,
  MentionRow,
  PartyRow,
  ReviewRow,
  SourceRow,
} from "./rows.js";
import { byTime, type TravelStepValue, travelOf } from "./travel.js";

/** Runs one cypher/api query within the current request's time. */
export type Run = (name: string, params: Row) => Promise<Row[]>;

/**
 * Per-request batching: every field that needs the same kind of data in one tick shares one query
 * (`UNWIND $ids`), so a page of 100 claims with their mentions costs two round trips, not 101.
 */
export function createLoaders(run: Run, { batch = true }: { batch?: boolean } = {}) {
  // batch: false is the unoptimised baseline the API benchmark measures against: no batching and
  // no priming, so every parent object costs its own query (N+1).
  const options = { batch };
  let textServed = 0;
  /** One row per id, picked out of the query's `column` by its `id`. */
  const byId = <T extends { id: string }>(query: string, column: string) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await run(query, { ids: [...ids] });
      const found = new Map(rows.map((r) => [(r[column] as T).id, r[column] as T]));
      return ids.map((id) => found.get(id) ?? null);
    }, options);

  /** Whatever columns a per-id query returns for each id (rows keyed by their `id` column). */
  const perId = <T>(query: string, empty: T) =>
    new DataLoader<string, T>(async (ids) => {
      const rows = await run(query, { ids: [...ids] });
      const found = new Map(rows.map((r) => [r.id as string, r as T]));
      return ids.map((id) => found.get(id) ?? empty);
    }, options);

  const mention: DataLoader<string, MentionRow | null> = new DataLoader(async (ids) => {
    const found = new Map((await loadMentions({ ids: [...ids] })).map((m) => [m.id, m]));
    return ids.map((id) => found.get(id) ?? null);
  }, options);
  // The mentions come with the documents, speakers and publishers they name (and the documents'
  // references): priming those loaders makes a claim's travel two round trips in all.
  const loadMentions = async (params: {
    ids?: string[];
    claimIds?: string[];
    documentIds?: string[];
    travel?: TravelPageKey[];
    pages?: TravelPageKey[];
  }) => {
    const [row] = await run("mentions", { ids: [], claimIds: [], documentIds: [], travel: [], pages: [], ...params });
    const mentions = (row?.mentions as MentionRow[] | undefined) ?? [];
    for (const m of mentions) {
      m.via.sort((a, b) => a.position - b.position);
      mention.prime(m.id, m);
    }
    if (batch && row) {
      for (const c of row.claims as ClaimRow[]) loaders.claim.prime(c.id, c);
      for (const { references, ...d } of row.documents as (DocumentRow & { references: DocumentReferences })[]) {
        loaders.document.prime(d.id, d);
        loaders.documentReferences.prime(d.id, references);
      }
      for (const d of row.copied as DocumentRow[]) loaders.document.prime(d.id, d);
      for (const a of row.actors as ActorRow[]) loaders.actor.prime(a.id, a);
      for (const s of row.sources as SourceRow[]) loaders.source.prime(s.id, s);
    }
    return mentions.sort(byTime);
  };
  // Grouped views hide rejected edges; a mention asked for by id is still found.
  const grouped = (key: "claim" | "document", param: "claimIds" | "documentIds") =>
    new DataLoader<string, MentionRow[]>(async (ids) => {
      const mentions = (await loadMentions({ [param]: [...ids] })).filter((m) => m.reviewed !== "rejected");
      return ids.map((id) => mentions.filter((m) => m[key] === id));
    }, options);

  // A page of a travel also fetches the step before it: whether its first step's wording changed
  // depends on that step's wording.
  const travelPage = new DataLoader<TravelPageKey, TravelStepValue[], string>(
    async (pages) => {
      const wanted = pages.map(({ claim, skip, limit }) => ({
        claim,
        skip: Math.max(0, skip - 1),
        limit: limit + (skip > 0 ? 1 : 0),
      }));
      const mentions = await loadMentions({ travel: wanted });
      return wanted.map(({ claim, skip, limit }, i) => {
        const inPage = mentions.filter(
          (m) =>
            m.claim === claim && m.step !== undefined && m.step !== null && m.step > skip && m.step <= skip + limit,
        );
        const steps = travelOf(inPage).map((step) => ({ ...step, order: step.mention.step! }));
        return steps.filter((step) => step.order > pages[i].skip);
      });
    },
    { ...options, cacheKeyFn: ({ claim, skip, limit }) => `${claim} ${skip} ${limit}` },
  );

  const mentionPage = new DataLoader<TravelPageKey, MentionRow[], string>(
    async (pages) => {
      const mentions = await loadMentions({ pages: [...pages] });
      return pages.map(({ claim, skip, limit }) =>
        mentions.filter((m) => m.claim === claim && m.rank != null && m.rank > skip && m.rank <= skip + limit),
      );
    },
    { ...options, cacheKeyFn: ({ claim, skip, limit }) => `${claim} ${skip} ${limit}` },
  );

  const loaders = {
    /** Whether loads are batched and primed (off only for the benchmark's N+1 baseline). */
    batch,
    claim: byId<ClaimRow>("claims-by-id", "claim"),
    actor: byId<ActorRow>("actors-by-id", "actor"),
    source: byId<SourceRow>("sources-by-id", "source"),
    document: byId<DocumentRow>("documents-by-id", "document"),
    review: new DataLoader<string, ReviewRow | null>(async (ids) => {
      const rows = await run("reviews-by-edge", { ids: [...ids] });
      const found = new Map(rows.map((r) => [(r.review as ReviewRow).edge, r.review as ReviewRow]));
      return ids.map((id) => found.get(id) ?? null);
    }, options),
    mention,
    claimMentions: grouped("claim", "claimIds"),
    travelPage,
    mentionPage,
    claimOutlets: perId<ClaimOutlets>("claim-outlets", { steps: 0, outlets: [] }),
    claimVolume: perId<{ days: ClaimVolumeDay[] }>("claim-volume", { days: [] }),
    documentMentions: grouped("document", "documentIds"),
    documentText: new DataLoader<TextSlice, { text: string; length: number }, string>(
      async (slices) => {
        const rows = await run("document-texts", { slices: slices.map((sl) => ({ key: sliceKey(sl), ...sl })) });
        textServed += rows.reduce((n, r) => n + (r.text as string).length, 0);
        if (textServed > MAX_TEXT_PER_REQUEST)
          throw badInput(
            `at most ${MAX_TEXT_PER_REQUEST} characters of document text per request; ask for slices (text(start, length))`,
            "length",
          );
        const found = new Map(
          rows.map((r) => [r.id as string, { text: r.text as string, length: r.length as number }]),
        );
        return slices.map((sl) => found.get(sliceKey(sl)) ?? { text: "", length: 0 });
      },
      { ...options, cacheKeyFn: sliceKey },
    ),
    documentReferences: perId<DocumentReferences>("document-references", { cites: [], reprints: [] }),
    actorClaims: perId<{ asserted: string[]; denied: string[] }>("actor-claims", { asserted: [], denied: [] }),
    actorQuotedBy: perId<{ mentionCount: number; quotedBy: { source: string; count: number }[] }>("actor-quoted-by", {
      mentionCount: 0,
      quotedBy: [],
    }),
    sourceDocuments: perId<{ documentCount: number; documents: string[] }>("source-documents", {
      documentCount: 0,
      documents: [],
    }),
    sourceClaims: perId<{ claims: string[] }>("source-claims", { claims: [] }),
    sourceReferences: perId<{
      cites: { party: PartyRow; count: number }[];
      reprints: { source: string; count: number }[];
    }>("source-references", { cites: [], reprints: [] }),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** `length` characters of a document's text from `start`. */
export interface TextSlice {
  id: string;
  start: number;
  length: number;
}

/** Characters of document text one response may carry in all. */
export const MAX_TEXT_PER_REQUEST = 4_000_000;

const sliceKey = (s: TextSlice) => `${s.id}\n${s.start}\n${s.length}`;

/** Steps (or mentions) `skip + 1` to `skip + limit` of a claim's travel (or mentions). */
export interface TravelPageKey {
  claim: string;
  skip: number;
  limit: number;
}

/** How many steps a claim's travel has, and its outlets in the order they first reported it. */
export interface ClaimVolumeDay {
  day: string;
  asserted: number;
  denied: number;
  byKind: { kind: string | null; count: number }[];
}

export interface ClaimOutlets {
  steps: number;
  outlets: { source: string; documents: number; firstAt: string | null; asserted: number; denied: number }[];
}

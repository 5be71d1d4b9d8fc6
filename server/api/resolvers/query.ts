import type { GraphQLResolveInfo } from "graphql";
import { checkId, checkIds, checkRange, checkText } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import { publicCorpusName } from "../corpus-name.js";
import { decodeCursor, toPage } from "../cursor.js";
import { luceneQuery } from "../lucene.js";
import type { ActorRow, ClaimRow, DocumentRow, SourceRow } from "../rows.js";
import { prefetchTravel } from "./claim.js";
import { compare } from "./compare.js";
import { graphView } from "./graph.js";

interface PageArgs {
  first: number;
  after?: string | null;
}

interface ClaimFilter {
  search?: string | null;
  actorIds?: string[] | null;
  sourceIds?: string[] | null;
  stance?: string | null;
  from?: string | null;
  to?: string | null;
  contestedOnly?: boolean | null;
}

function pageOf(args: PageArgs, ctx: ApiContext) {
  return { skip: decodeCursor(args.after), limit: checkRange(args.first, "first", 0, ctx.config.limits.maxPage) };
}

/** A listing query that returns `total` and a page of `ids`, resolved through a loader. */
async function idPage<T>(
  ctx: ApiContext,
  query: string,
  params: Record<string, unknown>,
  args: PageArgs,
  loader: Parameters<typeof loadAll<T>>[0],
) {
  const { skip, limit } = pageOf(args, ctx);
  const [row] = await ctx.run(query, { ...params, skip, limit });
  return toPage(await loadAll<T>(loader, (row?.ids as string[]) ?? []), skip, (row?.total as number) ?? 0);
}

export const queryResolvers = {
  Query: {
    claims: async (_: unknown, args: PageArgs & { filter?: ClaimFilter | null; sort: string }, ctx: ApiContext) => {
      const f = args.filter ?? {};
      const { skip, limit } = pageOf(args, ctx);
      const search = checkText(f.search, "filter.search", 500);
      const params = {
        search: search === null || search.trim() === "" ? null : luceneQuery(search),
        actorIds: checkIds(f.actorIds, "filter.actorIds", "act"),
        sourceIds: checkIds(f.sourceIds, "filter.sourceIds", "src"),
        stance: f.stance ?? null,
        from: f.from ?? null,
        to: f.to ?? null,
        contestedOnly: f.contestedOnly ?? false,
        sort: args.sort,
        skip,
        limit,
      };
      // A search with nothing searchable left (only punctuation) matches nothing.
      if (search !== null && search.trim() !== "" && params.search === null) return toPage([], skip, 0);
      const [row] = await ctx.run("claims-page", params);
      const claims = (row?.claims as ClaimRow[]) ?? [];
      for (const c of claims) ctx.loaders.claim.prime(c.id, c);
      return toPage(claims, skip, (row?.total as number) ?? 0);
    },
    claim: (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const id = checkId(args.id, "id", "clm");
      prefetchTravel(id, info, ctx);
      return ctx.loaders.claim.load(id);
    },
    actors: (_: unknown, args: PageArgs & { search?: string | null }, ctx: ApiContext) =>
      idPage<ActorRow>(
        ctx,
        "actors-page",
        { search: checkText(args.search, "search", 200) || null },
        args,
        ctx.loaders.actor,
      ),
    actor: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.actor.load(checkId(args.id, "id", "act")),
    sources: (_: unknown, args: PageArgs, ctx: ApiContext) =>
      idPage<SourceRow>(ctx, "sources-page", {}, args, ctx.loaders.source),
    source: (_: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.loaders.source.load(checkId(args.id, "id", "src")),
    documents: (_: unknown, args: PageArgs & { sourceId?: string | null }, ctx: ApiContext) =>
      idPage<DocumentRow>(
        ctx,
        "documents-page",
        { sourceId: args.sourceId ? checkId(args.sourceId, "sourceId", "src") : null },
        args,
        ctx.loaders.document,
      ),
    document: (_: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.loaders.document.load(checkId(args.id, "id", "doc")),
    graph: graphView,
    compare,
    stats: async (_: unknown, __: unknown, ctx: ApiContext) => {
      const [row] = await ctx.run("stats", {});
      const incompleteCorpora = (row.incompleteCorpora as string[]).map(publicCorpusName);
      return { ...row, incompleteCorpora, loadIncomplete: incompleteCorpora.length > 0 };
    },
  },
  EtlRun: {
    corpus: (r: { corpus?: string | null }) => publicCorpusName(r.corpus),
    status: (r: { status?: string | null }) => r.status ?? "unknown",
    errors: (r: { error?: string | null; errors?: unknown }) => [...(r.error ? [r.error] : []), ...listOf(r.errors)],
    warnings: (r: { warnings?: unknown }) => listOf(r.warnings),
  },
};

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

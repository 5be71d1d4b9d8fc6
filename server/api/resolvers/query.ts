import { checkId, checkIds, checkRange, checkText } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import { publicCorpusName } from "../corpus-name.js";
import { decodeCursor, toPage } from "../cursor.js";
import { luceneQuery } from "../lucene.js";
import type { ActorRow, ClaimRow, DocumentRow, SourceRow, StatsRow } from "../rows.js";
import type { QuerySourcesArgs, RequireFields, Resolvers } from "../schema-types.generated.js";
import { prefetchTravel } from "./claim.js";
import { compare } from "./compare.js";
import { graphView } from "./graph.js";

/** A listing's paging arguments (`first` has a default in the schema). */
type PageArgs = RequireFields<QuerySourcesArgs, "first">;

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

export const queryResolvers: Resolvers = {
  Query: {
    claims: async (_, args, ctx) => {
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
    claim: async (_, args, ctx, info) => {
      const id = checkId(args.id, "id", "clm");
      const travel = prefetchTravel(id, info, ctx);
      // Batched, the travel page's query brings the claim too; the N+1 baseline asks for it on its own.
      if (ctx.loaders.batch) await travel;
      return ctx.loaders.claim.load(id);
    },
    actors: (_, args, ctx) =>
      idPage<ActorRow>(
        ctx,
        "actors-page",
        { search: checkText(args.search, "search", 200) || null },
        args,
        ctx.loaders.actor,
      ),
    actor: (_, args, ctx) => ctx.loaders.actor.load(checkId(args.id, "id", "act")),
    sources: (_, args, ctx) => idPage<SourceRow>(ctx, "sources-page", {}, args, ctx.loaders.source),
    source: (_, args, ctx) => ctx.loaders.source.load(checkId(args.id, "id", "src")),
    documents: (_, args, ctx) =>
      idPage<DocumentRow>(
        ctx,
        "documents-page",
        { sourceId: args.sourceId ? checkId(args.sourceId, "sourceId", "src") : null },
        args,
        ctx.loaders.document,
      ),
    document: (_, args, ctx) => ctx.loaders.document.load(checkId(args.id, "id", "doc")),
    graph: graphView,
    compare,
    stats: async (_, __, ctx) => {
      const row = (await ctx.run("stats", {}))[0] as unknown as StatsRow;
      const incompleteCorpora = row.incompleteCorpora.map((c) => publicCorpusName(c));
      return { ...row, incompleteCorpora, loadIncomplete: incompleteCorpora.length > 0 };
    },
  },
  EtlRun: {
    corpus: (r) => publicCorpusName(r.corpus),
    status: (r) => r.status ?? "unknown",
    errors: (r) => [...(r.error ? [r.error] : []), ...listOf(r.errors)],
    warnings: (r) => listOf(r.warnings),
  },
};

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

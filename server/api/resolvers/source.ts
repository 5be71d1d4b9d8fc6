import { checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import type { SourceRow } from "../rows.js";

const firstOf = (args: { first: number }, ctx: ApiContext) =>
  checkRange(args.first, "first", 0, ctx.config.limits.maxPage);

export const sourceResolvers = {
  Source: {
    kind: (s: SourceRow) => s.kind ?? "unknown",
    documentCount: async (s: SourceRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.sourceDocuments.load(s.id)).documentCount,
    documents: async (s: SourceRow, args: { first: number }, ctx: ApiContext) =>
      loadAll(
        ctx.loaders.document,
        (await ctx.loaders.sourceDocuments.load(s.id)).documents.slice(0, firstOf(args, ctx)),
      ),
    claimsReported: async (s: SourceRow, args: { first: number }, ctx: ApiContext) =>
      loadAll(ctx.loaders.claim, (await ctx.loaders.sourceClaims.load(s.id)).claims.slice(0, firstOf(args, ctx))),
    cites: async (s: SourceRow, _: unknown, ctx: ApiContext) => (await ctx.loaders.sourceReferences.load(s.id)).cites,
    reprints: async (s: SourceRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.sourceReferences.load(s.id)).reprints,
    actor: (s: SourceRow, _: unknown, ctx: ApiContext) => (s.actor ? ctx.loaders.actor.load(s.actor) : null),
  },
};

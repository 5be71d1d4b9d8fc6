import { checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import type { Resolvers } from "../schema-types.generated.js";

const firstOf = (args: { first: number }, ctx: ApiContext) =>
  checkRange(args.first, "first", 0, ctx.config.limits.maxPage);

export const sourceResolvers: Resolvers = {
  Source: {
    kind: (s) => s.kind ?? "unknown",
    documentCount: async (s, _, ctx) => (await ctx.loaders.sourceDocuments.load(s.id)).documentCount,
    documents: async (s, args, ctx) =>
      loadAll(
        ctx.loaders.document,
        (await ctx.loaders.sourceDocuments.load(s.id)).documents.slice(0, firstOf(args, ctx)),
      ),
    claimsReported: async (s, args, ctx) =>
      loadAll(ctx.loaders.claim, (await ctx.loaders.sourceClaims.load(s.id)).claims.slice(0, firstOf(args, ctx))),
    cites: async (s, _, ctx) => (await ctx.loaders.sourceReferences.load(s.id)).cites,
    reprints: async (s, _, ctx) => (await ctx.loaders.sourceReferences.load(s.id)).reprints,
    actor: (s, _, ctx) => (s.actor ? ctx.loaders.actor.load(s.actor) : null),
  },
};

import { checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll, loadOne } from "../context.js";
import type { ActorRow, Stance } from "../rows.js";
import type { Resolvers } from "../schema-types.generated.js";

const claimsWith = (stance: Stance) => async (a: ActorRow, args: { first: number }, ctx: ApiContext) => {
  const first = checkRange(args.first, "first", 0, ctx.config.limits.maxPage);
  const ids = (await ctx.loaders.actorClaims.load(a.id))[stance];
  return loadAll(ctx.loaders.claim, ids.slice(0, first));
};

export const actorResolvers: Resolvers = {
  Actor: {
    aliases: (a) => a.aliases ?? [],
    source: (a, _, ctx) => (a.source ? ctx.loaders.source.load(a.source) : null),
    asserted: claimsWith("asserted"),
    denied: claimsWith("denied"),
    mentionCount: async (a, _, ctx) => (await ctx.loaders.actorQuotedBy.load(a.id)).mentionCount,
    quotedBy: async (a, _, ctx) => (await ctx.loaders.actorQuotedBy.load(a.id)).quotedBy,
  },
  SourceCount: {
    source: (s, _, ctx) => loadOne(ctx.loaders.source, s.source, "source"),
  },
};

import { checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import type { ActorRow } from "../rows.js";

const claimsWith = (stance: "asserted" | "denied") => async (a: ActorRow, args: { first: number }, ctx: ApiContext) => {
  const first = checkRange(args.first, "first", 0, ctx.config.limits.maxPage);
  const ids = (await ctx.loaders.actorClaims.load(a.id))[stance];
  return loadAll(ctx.loaders.claim, ids.slice(0, first));
};

export const actorResolvers = {
  Actor: {
    aliases: (a: ActorRow) => a.aliases ?? [],
    source: (a: ActorRow, _: unknown, ctx: ApiContext) => (a.source ? ctx.loaders.source.load(a.source) : null),
    asserted: claimsWith("asserted"),
    denied: claimsWith("denied"),
    mentionCount: async (a: ActorRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.actorQuotedBy.load(a.id)).mentionCount,
    quotedBy: async (a: ActorRow, _: unknown, ctx: ApiContext) => (await ctx.loaders.actorQuotedBy.load(a.id)).quotedBy,
  },
  SourceCount: {
    source: (s: { source: string }, _: unknown, ctx: ApiContext) => ctx.loaders.source.load(s.source),
  },
};

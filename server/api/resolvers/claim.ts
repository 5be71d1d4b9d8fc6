import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import type { ClaimRow } from "../rows.js";
import { actorsWithStance, travelOf, wordingsOf, type ActorStanceValue, type TravelStepValue, type WordingValue } from "../travel.js";

const mentionsOf = (claim: ClaimRow, ctx: ApiContext) => ctx.loaders.claimMentions.load(claim.id);

export const claimResolvers = {
  Claim: {
    outlets: (c: ClaimRow) => c.outlets ?? 0,
    assertedCount: (c: ClaimRow) => c.asserted ?? 0,
    deniedCount: (c: ClaimRow) => c.denied ?? 0,
    contested: (c: ClaimRow) => (c.asserted ?? 0) > 0 && (c.denied ?? 0) > 0,
    mentions: (c: ClaimRow, _: unknown, ctx: ApiContext) => mentionsOf(c, ctx),
    assertedBy: async (c: ClaimRow, _: unknown, ctx: ApiContext) => actorsWithStance(await mentionsOf(c, ctx), "asserted"),
    deniedBy: async (c: ClaimRow, _: unknown, ctx: ApiContext) => actorsWithStance(await mentionsOf(c, ctx), "denied"),
    reportedBy: async (c: ClaimRow, _: unknown, ctx: ApiContext) => {
      const sources = [...new Set((await mentionsOf(c, ctx)).map((m) => m.source).filter((s): s is string => s !== null))];
      return loadAll(ctx.loaders.source, sources);
    },
    travel: async (c: ClaimRow, _: unknown, ctx: ApiContext) => travelOf(await mentionsOf(c, ctx)),
    wordings: async (c: ClaimRow, _: unknown, ctx: ApiContext) => wordingsOf(await mentionsOf(c, ctx)),
    firstAppearance: async (c: ClaimRow, _: unknown, ctx: ApiContext) => travelOf(await mentionsOf(c, ctx))[0] ?? null,
  },
  TravelStep: {
    document: (s: TravelStepValue, _: unknown, ctx: ApiContext) => ctx.loaders.document.load(s.document),
    source: (s: TravelStepValue, _: unknown, ctx: ApiContext) => (s.source ? ctx.loaders.source.load(s.source) : null),
    actor: (s: TravelStepValue, _: unknown, ctx: ApiContext) => ctx.loaders.actor.load(s.mention.actor),
    stance: (s: TravelStepValue) => s.mention.stance,
    via: (s: TravelStepValue) => s.mention.via,
    cites: async (s: TravelStepValue, _: unknown, ctx: ApiContext) => (await ctx.loaders.documentReferences.load(s.document)).cites,
    reprintOf: async (s: TravelStepValue, _: unknown, ctx: ApiContext) =>
      loadAll(ctx.loaders.document, (await ctx.loaders.documentReferences.load(s.document)).reprints),
  },
  Wording: {
    documents: (w: WordingValue, _: unknown, ctx: ApiContext) => loadAll(ctx.loaders.document, w.documents),
  },
  ActorStance: {
    actor: (a: ActorStanceValue, _: unknown, ctx: ApiContext) => ctx.loaders.actor.load(a.actor),
  },
};

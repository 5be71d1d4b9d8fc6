import { type GraphQLObjectType, type GraphQLResolveInfo, getArgumentValues, Kind } from "graphql";
import { checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import type { ClaimOutlets, ClaimVolumeDay, TravelPageKey } from "../loaders.js";
import type { ClaimRow } from "../rows.js";
import {
  type ActorStanceValue,
  actorsWithStance,
  type TravelStepValue,
  type WordingValue,
  wordingsOf,
} from "../travel.js";

const mentionsOf = (claim: ClaimRow, ctx: ApiContext) => ctx.loaders.claimMentions.load(claim.id);

/** The most travel steps one request may ask for: a claim can travel through thousands of documents. */
export const MAX_TRAVEL_PAGE = 500;

type OutletStepValue = ClaimOutlets["outlets"][number] & { order: number };

interface TravelArgs {
  first: number;
  after?: string | null;
}

/** The most mentions one request may ask for. */
export const MAX_MENTION_PAGE = 500;

const travelPage = (claim: string, args: TravelArgs, max = MAX_TRAVEL_PAGE): TravelPageKey => ({
  claim,
  skip: decodeCursor(args.after),
  limit: checkRange(args.first, "first", 0, max),
});

/**
 * Starts loading the travel pages a `claim(id)` selects together with the claim itself, instead of
 * once the claim has arrived: one round trip less. The `travel` resolver then finds them loading.
 */
export function prefetchTravel(id: string, info: GraphQLResolveInfo, ctx: ApiContext): void {
  const field = (info.schema.getType("Claim") as GraphQLObjectType).getFields().travel;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== "travel") continue;
      try {
        ctx.loaders.travelPage
          .load(travelPage(id, getArgumentValues(field, selection, info.variableValues) as unknown as TravelArgs))
          .catch(() => undefined);
      } catch {
        // Bad arguments: the travel resolver reports them.
      }
    }
  }
}

export const claimResolvers = {
  Claim: {
    outlets: (c: ClaimRow) => c.outlets ?? 0,
    assertedCount: (c: ClaimRow) => c.asserted ?? 0,
    deniedCount: (c: ClaimRow) => c.denied ?? 0,
    contested: (c: ClaimRow) => (c.asserted ?? 0) > 0 && (c.denied ?? 0) > 0,
    mentions: (c: ClaimRow, args: TravelArgs, ctx: ApiContext) =>
      ctx.loaders.mentionPage.load(travelPage(c.id, args, MAX_MENTION_PAGE)),
    mentionCount: (c: ClaimRow) => c.shown ?? 0,
    assertedBy: async (c: ClaimRow, _: unknown, ctx: ApiContext) =>
      actorsWithStance(await mentionsOf(c, ctx), "asserted"),
    deniedBy: async (c: ClaimRow, _: unknown, ctx: ApiContext) => actorsWithStance(await mentionsOf(c, ctx), "denied"),
    reportedBy: async (c: ClaimRow, _: unknown, ctx: ApiContext) =>
      loadAll(
        ctx.loaders.source,
        (await ctx.loaders.claimOutlets.load(c.id)).outlets.map((o) => o.source),
      ),
    travel: (c: ClaimRow, args: TravelArgs, ctx: ApiContext) => ctx.loaders.travelPage.load(travelPage(c.id, args)),
    travelLength: async (c: ClaimRow, _: unknown, ctx: ApiContext) => (await ctx.loaders.claimOutlets.load(c.id)).steps,
    outletPath: async (c: ClaimRow, _: unknown, ctx: ApiContext): Promise<OutletStepValue[]> =>
      (await ctx.loaders.claimOutlets.load(c.id)).outlets.map((o, i) => ({ ...o, order: i + 1 })),
    volume: async (c: ClaimRow, _: unknown, ctx: ApiContext) => (await ctx.loaders.claimVolume.load(c.id)).days,
    wordings: async (c: ClaimRow, _: unknown, ctx: ApiContext) => wordingsOf(await mentionsOf(c, ctx)),
    firstAppearance: async (c: ClaimRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.travelPage.load({ claim: c.id, skip: 0, limit: 1 }))[0] ?? null,
  },
  OutletStep: {
    source: (o: OutletStepValue, _: unknown, ctx: ApiContext) => ctx.loaders.source.load(o.source),
    assertedCount: (o: OutletStepValue) => o.asserted,
    deniedCount: (o: OutletStepValue) => o.denied,
  },
  VolumeDay: {
    assertedCount: (d: ClaimVolumeDay) => d.asserted,
    deniedCount: (d: ClaimVolumeDay) => d.denied,
  },
  TravelStep: {
    cursor: (s: TravelStepValue) => encodeCursor(s.order - 1),
    document: (s: TravelStepValue, _: unknown, ctx: ApiContext) => ctx.loaders.document.load(s.document),
    source: (s: TravelStepValue, _: unknown, ctx: ApiContext) => (s.source ? ctx.loaders.source.load(s.source) : null),
    actor: (s: TravelStepValue, _: unknown, ctx: ApiContext) => ctx.loaders.actor.load(s.mention.actor),
    stance: (s: TravelStepValue) => s.mention.stance,
    via: (s: TravelStepValue) => s.mention.via,
    cites: async (s: TravelStepValue, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.documentReferences.load(s.document)).cites,
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

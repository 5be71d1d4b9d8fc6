import { type GraphQLObjectType, type GraphQLResolveInfo, getArgumentValues, Kind } from "graphql";
import { checkRange } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll, loadOne } from "../context.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import type { TravelPageKey } from "../loaders.js";
import type { ClaimRow } from "../rows.js";
import type { ClaimTravelArgs, Resolvers } from "../schema-types.generated.js";
import { actorsWithStance, wordingsOf } from "../travel.js";

const mentionsOf = (claim: ClaimRow, ctx: ApiContext) => ctx.loaders.claimMentions.load(claim.id);

/** The most travel steps one request may ask for: a claim can travel through thousands of documents. */
export const MAX_TRAVEL_PAGE = 500;

/** The travel and mentions fields' arguments (defaults filled in by the schema). */
type PageArgs = ClaimTravelArgs & { first: number };

/** The most mentions one request may ask for. */
export const MAX_MENTION_PAGE = 500;

const travelPage = (claim: string, args: PageArgs, max = MAX_TRAVEL_PAGE): TravelPageKey => ({
  claim,
  skip: decodeCursor(args.after),
  limit: checkRange(args.first, "first", 0, max),
});

/**
 * Starts loading the travel pages a `claim(id)` selects together with the claim itself, instead of
 * once the claim has arrived: one round trip less. The `travel` resolver then finds them loading.
 * Resolves once they have loaded (or failed: the travel resolver reports it); a page's query also
 * primes the claim itself.
 */
export async function prefetchTravel(id: string, info: GraphQLResolveInfo, ctx: ApiContext): Promise<void> {
  const field = (info.schema.getType("Claim") as GraphQLObjectType).getFields().travel;
  const pages: Promise<unknown>[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== "travel") continue;
      try {
        pages.push(
          ctx.loaders.travelPage
            .load(travelPage(id, getArgumentValues(field, selection, info.variableValues) as unknown as PageArgs))
            .catch(() => undefined),
        );
      } catch {
        // Bad arguments: the travel resolver reports them.
      }
    }
  }
  await Promise.all(pages);
}

export const claimResolvers: Resolvers = {
  Claim: {
    outlets: (c) => c.outlets ?? 0,
    assertedCount: (c) => c.asserted ?? 0,
    deniedCount: (c) => c.denied ?? 0,
    contested: (c) => (c.asserted ?? 0) > 0 && (c.denied ?? 0) > 0,
    mentions: (c, args, ctx) => ctx.loaders.mentionPage.load(travelPage(c.id, args, MAX_MENTION_PAGE)),
    mentionCount: (c) => c.shown ?? 0,
    assertedBy: async (c, _, ctx) => actorsWithStance(await mentionsOf(c, ctx), "asserted"),
    deniedBy: async (c, _, ctx) => actorsWithStance(await mentionsOf(c, ctx), "denied"),
    reportedBy: async (c, _, ctx) =>
      loadAll(
        ctx.loaders.source,
        (await ctx.loaders.claimOutlets.load(c.id)).outlets.map((o) => o.source),
      ),
    travel: (c, args, ctx) => ctx.loaders.travelPage.load(travelPage(c.id, args)),
    travelLength: async (c, _, ctx) => (await ctx.loaders.claimOutlets.load(c.id)).steps,
    outletPath: async (c, _, ctx) =>
      (await ctx.loaders.claimOutlets.load(c.id)).outlets.map((o, i) => ({ ...o, order: i + 1 })),
    volume: async (c, _, ctx) => (await ctx.loaders.claimVolume.load(c.id)).days,
    wordings: async (c, _, ctx) => wordingsOf(await mentionsOf(c, ctx)),
    firstAppearance: async (c, _, ctx) =>
      (await ctx.loaders.travelPage.load({ claim: c.id, skip: 0, limit: 1 }))[0] ?? null,
  },
  OutletStep: {
    source: (o, _, ctx) => loadOne(ctx.loaders.source, o.source, "source"),
    assertedCount: (o) => o.asserted,
    deniedCount: (o) => o.denied,
  },
  VolumeDay: {
    assertedCount: (d) => d.asserted,
    deniedCount: (d) => d.denied,
  },
  TravelStep: {
    cursor: (s) => encodeCursor(s.order - 1),
    document: (s, _, ctx) => loadOne(ctx.loaders.document, s.document, "document"),
    source: (s, _, ctx) => (s.source ? ctx.loaders.source.load(s.source) : null),
    actor: (s, _, ctx) => loadOne(ctx.loaders.actor, s.mention.actor, "actor"),
    stance: (s) => s.mention.stance,
    via: (s) => s.mention.via,
    cites: async (s, _, ctx) => (await ctx.loaders.documentReferences.load(s.document)).cites,
    reprintOf: async (s, _, ctx) =>
      loadAll(ctx.loaders.document, (await ctx.loaders.documentReferences.load(s.document)).reprints),
  },
  Wording: {
    documents: (w, _, ctx) => loadAll(ctx.loaders.document, w.documents),
  },
  ActorStance: {
    actor: (a, _, ctx) => loadOne(ctx.loaders.actor, a.actor, "actor"),
  },
};

import { loadOne } from "../context.js";
import { encodeCursor } from "../cursor.js";
import type { Resolvers } from "../schema-types.generated.js";

export const mentionResolvers: Resolvers = {
  Mention: {
    claim: (m, _, ctx) => loadOne(ctx.loaders.claim, m.claim, "claim"),
    document: (m, _, ctx) => loadOne(ctx.loaders.document, m.document, "document"),
    source: (m, _, ctx) => (m.source ? ctx.loaders.source.load(m.source) : null),
    actor: (m, _, ctx) => loadOne(ctx.loaders.actor, m.actor, "actor"),
    confidence: (m) => m.confidence ?? 0,
    review: (m, _, ctx) => ctx.loaders.review.load(m.id),
    cursor: (m) => (m.rank ? encodeCursor(m.rank - 1) : null),
  },
  Review: {
    actor: (r, _, ctx) => (r.actor ? ctx.loaders.actor.load(r.actor) : null),
  },
};

import type { ApiContext } from "../context.js";
import { encodeCursor } from "../cursor.js";
import type { MentionRow, ReviewRow } from "../rows.js";

export const mentionResolvers = {
  Mention: {
    claim: (m: MentionRow, _: unknown, ctx: ApiContext) => ctx.loaders.claim.load(m.claim),
    document: (m: MentionRow, _: unknown, ctx: ApiContext) => ctx.loaders.document.load(m.document),
    source: (m: MentionRow, _: unknown, ctx: ApiContext) => (m.source ? ctx.loaders.source.load(m.source) : null),
    actor: (m: MentionRow, _: unknown, ctx: ApiContext) => ctx.loaders.actor.load(m.actor),
    confidence: (m: MentionRow) => m.confidence ?? 0,
    review: (m: MentionRow, _: unknown, ctx: ApiContext) => ctx.loaders.review.load(m.id),
    cursor: (m: MentionRow) => (m.rank ? encodeCursor(m.rank - 1) : null),
  },
  Review: {
    actor: (r: ReviewRow, _: unknown, ctx: ApiContext) => (r.actor ? ctx.loaders.actor.load(r.actor) : null),
  },
};

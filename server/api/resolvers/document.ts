import { checkRange } from "../args.js";
import { loadAll } from "../context.js";
import type { Resolvers } from "../schema-types.generated.js";

/** Characters of text one request may ask for at once (a 60 MB document is read in slices). */
export const MAX_TEXT_SLICE = 1_000_000;
/** Cypher's string offsets are 32-bit. */
const MAX_TEXT_OFFSET = 2 ** 31 - 1;

export const documentResolvers: Resolvers = {
  Document: {
    title: (d) => d.title ?? d.file,
    source: (d, _, ctx) => (d.source ? ctx.loaders.source.load(d.source) : null),
    text: async (d, args, ctx) => {
      const start = checkRange(args.start, "start", 0, MAX_TEXT_OFFSET);
      const length = checkRange(args.length, "length", 0, MAX_TEXT_SLICE);
      return (await ctx.loaders.documentText.load({ id: d.id, start, length })).text;
    },
    textLength: async (d, _, ctx) => (await ctx.loaders.documentText.load({ id: d.id, start: 0, length: 0 })).length,
    highlights: async (d, _, ctx) =>
      [...(await ctx.loaders.documentMentions.load(d.id))].sort((a, b) => a.start - b.start || a.end - b.end),
    cites: async (d, _, ctx) => (await ctx.loaders.documentReferences.load(d.id)).cites,
    reprints: async (d, _, ctx) =>
      loadAll(ctx.loaders.document, (await ctx.loaders.documentReferences.load(d.id)).reprints),
  },
  Citation: {
    kind: (c) => (c.kind === "reprint" ? "REPRINT" : "ATTRIBUTION"),
  },
};

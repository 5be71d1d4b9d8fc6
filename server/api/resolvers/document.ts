import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import type { CitationRow, DocumentRow } from "../rows.js";

export const documentResolvers = {
  Document: {
    title: (d: DocumentRow) => d.title ?? d.file,
    source: (d: DocumentRow, _: unknown, ctx: ApiContext) => (d.source ? ctx.loaders.source.load(d.source) : null),
    text: async (d: DocumentRow, _: unknown, ctx: ApiContext) => (await ctx.loaders.documentText.load(d.id)).text,
    highlights: async (d: DocumentRow, _: unknown, ctx: ApiContext) =>
      [...(await ctx.loaders.documentMentions.load(d.id))].sort((a, b) => a.start - b.start || a.end - b.end),
    cites: async (d: DocumentRow, _: unknown, ctx: ApiContext) => (await ctx.loaders.documentReferences.load(d.id)).cites,
    reprints: async (d: DocumentRow, _: unknown, ctx: ApiContext) =>
      loadAll(ctx.loaders.document, (await ctx.loaders.documentReferences.load(d.id)).reprints),
  },
  Citation: {
    kind: (c: CitationRow) => (c.kind === "reprint" ? "REPRINT" : "ATTRIBUTION"),
  },
};

import { checkId, checkText } from "../args.js";
import { requireWrite } from "../auth.js";
import { loadAll } from "../context.js";
import { badInput } from "../errors.js";
import { toCorpusDocuments } from "../ingest.js";
import type { DocumentRow, EtlRunRow } from "../rows.js";
import type { Resolvers } from "../schema-types.generated.js";

export const mutationResolvers: Resolvers = {
  Mutation: {
    reviewEdge: async (_, args, ctx) => {
      requireWrite(ctx.access, ctx.config);
      const edge = checkId(args.id, "id");
      const actor = args.actorId ? checkId(args.actorId, "actorId", "act") : undefined;
      if (args.decision === "reattribute" && !actor)
        throw badInput("REATTRIBUTE needs actorId: the actor who really said it", "actorId");
      const note = checkText(args.note, "note", 2_000) ?? undefined;
      return ctx.services.reviewEdge({ edge, decision: args.decision, actor, note });
    },
    ingest: async (_, args, ctx) => {
      requireWrite(ctx.access, ctx.config);
      const outcome = await ctx.services.ingest(toCorpusDocuments(args.documents));
      const [runRow] = await ctx.run("etl-run", { id: outcome.run });
      return {
        run: (runRow?.run as EtlRunRow | undefined) ?? null,
        documents: await loadAll<DocumentRow>(ctx.loaders.document, outcome.documents),
        problems: outcome.issues.map((message) => ({ file: "(upload)", severity: "warning", message })),
      };
    },
  },
};

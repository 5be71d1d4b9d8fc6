import { checkId, checkText } from "../args.js";
import { requireWrite } from "../auth.js";
import type { ApiContext } from "../context.js";
import { badInput } from "../errors.js";

interface ReviewArgs {
  id: string;
  decision: "confirm" | "reject" | "reattribute";
  actorId?: string | null;
  note?: string | null;
}

export const mutationResolvers = {
  Mutation: {
    reviewEdge: async (_: unknown, args: ReviewArgs, ctx: ApiContext) => {
      requireWrite(ctx.access, ctx.config);
      const edge = checkId(args.id, "id");
      const actor = args.actorId ? checkId(args.actorId, "actorId", "act") : undefined;
      if (args.decision === "reattribute" && !actor) throw badInput("REATTRIBUTE needs actorId: the actor who really said it", "actorId");
      const note = checkText(args.note, "note", 2_000) ?? undefined;
      return ctx.services.reviewEdge({ edge, decision: args.decision, actor, note });
    },
  },
};

import { DateTimeScalar } from "../scalars.js";
import type { Resolvers } from "../schema-types.generated.js";
import { actorResolvers } from "./actor.js";
import { claimResolvers } from "./claim.js";
import { compareResolvers } from "./compare.js";
import { documentResolvers } from "./document.js";
import { mentionResolvers } from "./mention.js";
import { mutationResolvers } from "./mutation.js";
import { provenanceResolvers } from "./provenance.js";
import { queryResolvers } from "./query.js";
import { sourceResolvers } from "./source.js";

/** Enum values as stored in the graph (lower case), so resolvers pass them through untouched; checked against the generated types. */
const enums: Required<Pick<Resolvers, "Stance" | "ReviewDecision">> = {
  Stance: { ASSERTED: "asserted", DENIED: "denied" },
  ReviewDecision: { CONFIRM: "confirm", REJECT: "reject", REATTRIBUTE: "reattribute" },
};

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  ...enums,
  ...queryResolvers,
  ...mutationResolvers,
  ...claimResolvers,
  Claim: { ...claimResolvers.Claim, ...provenanceResolvers.Claim },
  ...mentionResolvers,
  ...actorResolvers,
  ...sourceResolvers,
  ...documentResolvers,
  ...compareResolvers,
};

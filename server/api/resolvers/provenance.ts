import type { Resolvers } from "../schema-types.generated.js";

/** One row of cypher/api/claim-provenance.cypher, which is the `independence` analysis itself (a link to it, not a copy). */
interface OriginRow {
  independentOrigins: number;
  origin: string | null;
  firstOutlet: string | null;
  firstAt: string | null;
  documents: number;
  outlets: string[];
  circular: boolean;
}

export const provenanceResolvers: Resolvers = {
  Claim: {
    provenance: async (c, _, ctx) => {
      const rows = (await ctx.run("claim-provenance", { claim: c.id })) as unknown as OriginRow[];
      return {
        outlets: c.outlets ?? 0,
        independentOrigins: rows[0]?.independentOrigins ?? 0,
        origins: rows.map((r) => ({
          ...r,
          // An outlet speaking in its own voice is one link, not two.
          chain: [r.origin, r.firstOutlet].filter((x, i, all): x is string => Boolean(x) && all.indexOf(x) === i),
        })),
      };
    },
  },
};

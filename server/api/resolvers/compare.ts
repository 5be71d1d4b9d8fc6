import { checkId } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll, loadOne } from "../context.js";
import type { MentionRow, OutletComparisonRow } from "../rows.js";
import type { OutletPosition, QueryCompareArgs, Resolvers } from "../schema-types.generated.js";

const RANK: Record<OutletPosition, number> = { ASSERTED: 0, BOTH: 1, DENIED: 2, SILENT: 3 };

export function positionOf(asserted: number, denied: number): OutletPosition {
  if (asserted > 0 && denied > 0) return "BOTH";
  if (asserted > 0) return "ASSERTED";
  if (denied > 0) return "DENIED";
  return "SILENT";
}

export async function compare(_: unknown, args: QueryCompareArgs, ctx: ApiContext) {
  const claimId = checkId(args.claimId, "claimId", "clm");
  const [claim, rows] = await Promise.all([ctx.loaders.claim.load(claimId), ctx.run("compare", { claimId })]);
  if (!claim) return null;
  const outlets = (rows as unknown as OutletComparisonRow[])
    .map((r) => ({ ...r, position: positionOf(r.asserted, r.denied) }))
    .sort(
      (a, b) =>
        RANK[a.position] - RANK[b.position] ||
        (a.firstAt ?? "~").localeCompare(b.firstAt ?? "~") ||
        a.name.localeCompare(b.name),
    );
  return { claim, outlets };
}

export const compareResolvers: Resolvers = {
  OutletComparison: {
    source: (o, _, ctx) => loadOne(ctx.loaders.source, o.source, "source"),
    assertedCount: (o) => o.asserted,
    deniedCount: (o) => o.denied,
    mentions: (o, _, ctx) => loadAll<MentionRow>(ctx.loaders.mention, o.mentions),
  },
};

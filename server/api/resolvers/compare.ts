import { checkId } from "../args.js";
import type { ApiContext } from "../context.js";
import { loadAll } from "../context.js";
import type { MentionRow } from "../rows.js";

type Position = "ASSERTED" | "DENIED" | "BOTH" | "SILENT";
const RANK: Record<Position, number> = { ASSERTED: 0, BOTH: 1, DENIED: 2, SILENT: 3 };

export function positionOf(asserted: number, denied: number): Position {
  if (asserted > 0 && denied > 0) return "BOTH";
  if (asserted > 0) return "ASSERTED";
  if (denied > 0) return "DENIED";
  return "SILENT";
}

interface OutletRow {
  source: string;
  name: string;
  asserted: number;
  denied: number;
  firstAt: string | null;
  mentions: string[];
}

export async function compare(_: unknown, args: { claimId: string }, ctx: ApiContext) {
  const claimId = checkId(args.claimId, "claimId", "clm");
  const [claim, rows] = await Promise.all([ctx.loaders.claim.load(claimId), ctx.run("compare", { claimId })]);
  if (!claim) return null;
  const outlets = (rows as unknown as OutletRow[])
    .map((r) => ({ ...r, position: positionOf(r.asserted, r.denied) }))
    .sort(
      (a, b) =>
        RANK[a.position] - RANK[b.position] ||
        (a.firstAt ?? "~").localeCompare(b.firstAt ?? "~") ||
        a.name.localeCompare(b.name),
    );
  return { claim, outlets };
}

export const compareResolvers = {
  OutletComparison: {
    source: (o: OutletRow, _: unknown, ctx: ApiContext) => ctx.loaders.source.load(o.source),
    assertedCount: (o: OutletRow) => o.asserted,
    deniedCount: (o: OutletRow) => o.denied,
    mentions: (o: OutletRow, _: unknown, ctx: ApiContext) => loadAll<MentionRow>(ctx.loaders.mention, o.mentions),
  },
};

/** A mention between reading and clustering: its speaker resolved across the corpus, its claim not yet known. */
import type { ActorDraft } from "./actors.js";
import type { ClaimFeatures } from "./features.js";
import type { ReadMention } from "./read-document.js";

export interface ResolvedMention {
  doc: number;
  raw: ReadMention;
  actor: { draft?: ActorDraft; source?: string };
  via: ActorDraft[];
  features: ClaimFeatures;
  /** Terms and names of the whole sentence (for a denial that points back). */
  context?: { terms: string[]; text: string; objectHeads: string[] };
  text: string;
  /** Set when a corpus-wide step (contradictions.ts) finds the mention denies a claim; else the reading decides. */
  denied?: boolean;
  /** The rule that made the mention, when a corpus-wide step changed it. */
  rule?: string;
}

/** Who states a mention, as one key: the resolved actor's, else the publishing source's. */
export const speakerOf = (m: ResolvedMention): string => m.actor.draft?.key ?? m.actor.source ?? "";

/** A claim number no mention holds yet, above every one given so far (a loop: a spread of a large corpus's would overflow the stack). */
export function unusedClaim(clusterOf: Map<ResolvedMention, number>): number {
  let next = 0;
  for (const c of clusterOf.values()) if (c >= next) next = c + 1;
  return next;
}

/** What a selected graph element stands for, as the evidence panel needs it. */
import type { MentionData, PartyRef } from "../api/types.js";

export type Selection =
  | { type: "claim"; id: string }
  | { type: "actor"; id: string }
  | { type: "source"; id: string }
  | { type: "mentions"; title: string; note?: string; mentions: MentionData[]; storyKey?: string; expanded?: boolean }
  | { type: "relay"; from: MentionData | null; fromParty: string; to: MentionData }
  | {
      type: "stance-edge";
      claimId: string;
      actorLabel: string;
      claimLabel: string;
      stance: "asserted" | "denied";
      mentionIds: string[];
    }
  | { type: "reported-edge"; claimId: string; sourceId: string; sourceLabel: string }
  | {
      type: "cites-edge";
      sourceId: string;
      party: Pick<PartyRef, "id" | "name">;
      sourceLabel: string;
      reprint: boolean;
    }
  | { type: "note"; title: string; text: string };

/**
 * Who a document cites: the informants it attributes information to, not the principals a story is
 * about. Heads of state and states are what is reported on; so are collectives of them ("Western
 * leaders", "both countries"). A group of people is an informant ("analysts", "two people familiar
 * with the matter", "sources close to the talks"), but a "group" that is really a paper or a figure
 * ("documents seen by the paper", "preliminary results") is a misread source of information, not a
 * party to cite.
 */
import { type ActorDraft, canonicalName, isLeader } from "./actors.js";
import { STATEMENT_NOUNS } from "./cues.js";

const PRINCIPALS = new Set(["leaders", "presidents", "countries", "states", "governments", "nations", "capitals"]);
const PAPERS_AND_FIGURES = new Set([
  ...STATEMENT_NOUNS,
  "data",
  "document",
  "documents",
  "memo",
  "information",
  "result",
  "results",
  "study",
  "studies",
  "figure",
  "figures",
  "headlines",
  "measures",
]);
/** Longer than this, a group's name is a clause read as a name ("him the pause was because of …"). */
const MAX_GROUP_WORDS = 7;

export function isInformant(d: ActorDraft): boolean {
  if (d.kind === "state" || isLeader(d)) return false;
  if (d.kind !== "group") return true;
  const words = canonicalName(d).toLowerCase().split(/\s+/);
  return words.length <= MAX_GROUP_WORDS && !words.some((w) => PRINCIPALS.has(w) || PAPERS_AND_FIGURES.has(w));
}

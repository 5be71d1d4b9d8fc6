/**
 * A statement that something did not happen is a denial that it did, even when the corpus never
 * states the other side in words close enough to join (contradictions.ts): "No protocol was altered",
 * "Our colleague did not cause this accident", "Korath has nothing to do with this incident". The
 * rules read the mention's own words; each is named, and its name joins the mention's rule.
 *
 * What stays a statement: intentions and forecasts ("will not resign", "no shortage is expected"),
 * conditions ("if the limit was not loaded"), what was not said or known ("did not comment"), and
 * "there was no immediate comment".
 */

interface NegatedEventRule {
  name: string;
  example: string;
  pattern: RegExp;
}

/** Past participles that do not end in -ed, -en or -wn. */
const IRREGULAR =
  "made|done|sent|paid|held|found|left|kept|lost|spent|built|brought|bought|caught|sought|met|led|won|cut|hit|shut|set|put|struck|sold|told";
const PARTICIPLE = `(?:\\w+ed|\\w+en|\\w+wn|${IRREGULAR})`;
const NO_ONE = "(?:no|not a single|not one|nobody|no one|nothing|none of the)";
/** What a speaker commits to or orders: given, made or issued, it is an act someone can deny having done. */
const PLEDGE =
  "(?:promises?|commitments?|pledges?|guarantees?|agreements?|deal|offer|obligations?|instructions?|orders?|assurances?|undertakings?)";

export const NEGATED_EVENT_RULES: NegatedEventRule[] = [
  {
    name: "did-not",
    example: "Our colleague did not cause this accident",
    pattern: /\b(?:did not|didn['’]t|did never)\s+(?:\w+ly\s+)?(\w+)/i,
  },
  {
    name: "has-not-been-done",
    example: "Maintenance spending has not been cut; the systems were not breached",
    pattern: new RegExp(
      `\\b(?:has|have|had|was|were|is|are)(?: not|n['’]t| never)\\s+(?:ever\\s+)?(?:been\\s+)?(${PARTICIPLE})\\b`,
      "i",
    ),
  },
  {
    name: "never-did",
    example: "he never blamed the driver",
    pattern: new RegExp(`\\bnever\\s+(?:been\\s+)?(${PARTICIPLE}|came|went|took|gave|saw)\\b`, "i"),
  },
  {
    name: "no-one-did",
    example: "No protocol was altered; not one cent came from abroad; nobody called me",
    pattern: new RegExp(
      `(?:^\\W*|[:;]\\s*|\\b(?:that|said|says|and)\\s+)${NO_ONE}\\b[^,;.]{0,60}?\\b(?:(?:was|were|had|has|have)\\s+(?:ever\\s+)?(?:been\\s+)?)?(${PARTICIPLE}|came|went|took|gave|happened|occurred|(?:anywhere\\s+)?near)\\b`,
      "i",
    ),
  },
  {
    name: "did-nothing",
    example: "The minister hid nothing; the club paid nothing to the agent",
    pattern: new RegExp(
      `\\b(${PARTICIPLE}|hid|did|took|knew|saw|gave|got)\\s+nothing\\b(?!\\s+(?:but|except|other|more|less|new)\\b)`,
      "i",
    ),
  },
  {
    name: "made-no-pledge",
    example: "The minister made no promise to anyone about the border; the bank issued no instruction to lenders",
    pattern: new RegExp(
      `\\b(?:made|gave|issued|entered(?: into)?|signed)\\s+["“]?no\\s+(?:kind of\\s+)?${PLEDGE}|(?:^\\W*|\\b(?:that|said|says)\\s+)no\\s+${PLEDGE}\\b[^,;.]{0,40}?\\b(?:was|were|has been|have been|had been)\\s+(?:ever\\s+)?(?:made|given|issued|signed)\\b`,
      "i",
    ),
  },
  {
    // an active search that came back empty answers a claim that there was something to find; the passive
    // ("no cracks were found") reads as a report of a result and stays a statement
    name: "found-none",
    example: "Engineers found no cracks in the dam; we have not found a single case of fraud",
    pattern:
      /\b(?:found|recorded|detected|registered|identified|observed|saw|seen)\s+no\b|\b(?:has|have|had)\s+(?:not|never)\s+(?:found|recorded|detected|registered|identified|linked)\s+(?:a single|any|one)\b/i,
  },
  {
    name: "nothing-to-do-with",
    example: "Korath has nothing to do with this incident",
    pattern: /\bnothing\s+(?:whatsoever\s+)?(?:to do\s+)?with\b/i,
  },
  {
    name: "no-connection",
    example: "There is no connection between that episode and the outbreak",
    pattern: /\bno\s+(?:connection|link|relation|relationship)\s+(?:between|to|with)\b/i,
  },
  {
    name: "there-was-none",
    // "no danger", "no threat" reassure about what is, rather than deny that something happened
    example: "There was no delay; there is no increased risk of injury; there was nothing to hide",
    pattern:
      /^\W*there\s+(?:is|are|was|were|has been|have been|had been)\s+["“]?(?:no|never)\b(?!\s+(?:threat|danger)\b)|^\W*there\s+(?:was|were|had been)\s+nothing\s+to\b/i,
  },
];

/**
 * Negations of saying, knowing, thinking and wanting: what was not said is no denial of what happened.
 * Findings of absence ("no defects were found", "no accidents have been linked to the fault") report a
 * result rather than contradict anyone.
 */
const NOT_AN_EVENT =
  /^(found|registered|linked|detected|recorded|observed|noticed|discovered|think|thought|believe|believed|feel|felt|consider|considered|recall|remember|understand|say|said|comment|commented|specify|specified|exclude|excluded|rule|ruled|know|known|disclose|disclosed|confirm|confirmed|identify|identified|explain|explained|respond|responded|elaborate|elaborated|receive|received|want|wanted|need|needed|expect|expected|plan|planned|intend|intended|seem|seemed|have|give|given|reply|replied|mention|mentioned|name|named|see|seen|hear|heard|return|returned|allowed|permitted|required|scheduled|designed|able|only|just|yet|hesitate|hesitated)$/i;
const MODAL = /\b(will|would|can|could|should|must|may|might|shall|cannot|can['’]t|won['’]t|wouldn['’]t|going to)\b/i;
const CONDITION = /\b(if|unless|whether|until)\b/i;
const NO_COMMENT =
  /\bno\s+(?:immediate\s+)?(?:comment|response|reply|word|answer|confirmation|reason|need|choice|alternative|time|way|point)\b/i;

/** The rule by which a mention's words deny that something happened, or undefined. */
export function negatedEventRule(text: string): string | undefined {
  if (NO_COMMENT.test(text) || /\b(no longer|not only|not yet)\b/i.test(text)) return undefined;
  for (const rule of NEGATED_EVENT_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const upTo = text.slice(0, m.index + m[0].length);
    if (MODAL.test(upTo) || CONDITION.test(text.slice(0, m.index))) continue;
    if (m[1] && NOT_AN_EVENT.test(m[1])) continue;
    return rule.name;
  }
  return undefined;
}

/**
 * Denials spoken in the content rather than by the verb. "X said the report was not accurate",
 * "“That is simply wrong,” Y said", "Z said the idea that P was not correct", "“We never said P,”
 * W said": the verb reports, the words reject. Each rule is named; its name joins the frame's rule
 * on the mention ("content-speaker-verb+verdict"), so an analyst sees why a statement counts as a denial.
 *
 * A rule answers with what the denial is about: a proposition spelled out in the content (`about`,
 * a token range), or nothing spelled out (`pointsBack`: "that", "the report"), in which case the
 * denial joins the claim the document stated just before (stance.ts).
 */
import type { Token } from "./nlp.js";

export interface Verdict {
  rule: string;
  /** The rejected proposition, when the content spells it out: token range [first, last). */
  about?: [number, number];
  pointsBack: boolean;
  /** Who rejects it, when the words name them and no frame did ("The ministry named such claims absurd"): token range. */
  speaker?: [number, number];
}

interface DenialRule {
  name: string;
  /** What the rule recognises, for the reader of this file and of the rule listing. */
  example: string;
  /** `ws`: the content's words, lower case, quotes and commas left out; `pos`: their tags. */
  match: (ws: string[], pos: string[], cue: string) => Verdict | undefined;
}

const BE = new Set(["is", "was", "are", "were", "'s", "be", "been", "remains", "remain"]);
const HAVE = new Set(["has", "have", "had"]);
const HEDGES = new Set([
  "simply",
  "just",
  "completely",
  "totally",
  "absolutely",
  "entirely",
  "utterly",
  "clearly",
  "plainly",
  "also",
  "still",
  "quite",
  "patently",
  "both",
  "frankly",
  "wholly",
  "greatly",
  "grossly",
  "wildly",
  "vastly",
  "hugely",
  "massively",
  "either",
  "pure",
  "nothing",
  "but",
]);

/** Verdicts that are nouns, so may follow an article and adjectives: "is a disgraceful lie", "was an outright fabrication". */
const VERDICT_NOUNS = new Set([
  "lie",
  "lies",
  "fabrication",
  "fiction",
  "fantasy",
  "fraud",
  "hoax",
  "myth",
  "provocation",
  "invention",
  "smear",
  "distortion",
  "falsification",
  "falsehood",
  "untruth",
  "nonsense",
  "speculation",
  "disinformation",
  "propaganda",
  "slander",
  "fake",
  "fairy",
]);
/** Words that, said of a report or a claim, reject it. */
const VERDICTS = new Set([
  "wrong",
  "false",
  "untrue",
  "incorrect",
  "inaccurate",
  "inexact",
  "baseless",
  "unfounded",
  "groundless",
  "absurd",
  "fabricated",
  "misleading",
  "ridiculous",
  "laughable",
  "impossible",
  "invented",
  "speculative",
  "mistaken",
  "erroneous",
  "premature",
  "exaggerated",
  "overstated",
  "outdated",
  "unsubstantiated",
  "nonsensical",
  "rubbish",
  ...VERDICT_NOUNS,
]);

/** Participles that, said of a report, reject it: "the story is made up", "the records were taken out of context". */
const VERDICT_PHRASES: string[][] = [
  ["made", "up"],
  ["taken", "out", "of", "context"],
  ["taken", "from", "the", "context"],
  ["cooked", "up"],
  ["dreamed", "up"],
  ["dreamt", "up"],
  ["pulled", "out", "of", "thin", "air"],
];
/** Words that reject only when negated: "not accurate", "not the case". */
const NEGATED_VERDICTS = new Set([
  "true",
  "accurate",
  "correct",
  "exact",
  "serious",
  "right",
  "the",
  "so",
  "credible",
  "supported",
]);
const NEGATORS = new Set(["not", "n't", "never", "hardly"]);

/** Heads of a subject that stand for an earlier statement: the verdict is about it. */
const POINTERS = new Set([
  "that",
  "this",
  "it",
  "which",
  "claim",
  "claims",
  "report",
  "reports",
  "reporting",
  "account",
  "accounts",
  "allegation",
  "allegations",
  "accusation",
  "accusations",
  "charge",
  "charges",
  "story",
  "stories",
  "article",
  "narrative",
  "version",
  "suggestion",
  "suggestions",
  "assertion",
  "assertions",
  "statement",
  "statements",
  "information",
  "idea",
  "notion",
  "speculation",
  "speculations",
  "rumour",
  "rumours",
  "rumor",
  "rumors",
  "timeline",
  "figure",
  "figures",
  "headline",
  "headlines",
  "newspaper",
  "paper",
  "media",
  "release",
  "argument",
  "interpretation",
  "theory",
  "picture",
  "reading",
  "conclusion",
  "assessment",
  "description",
  "characterisation",
  "characterization",
  "insinuation",
  "insinuations",
  "evidence",
  "data",
  "findings",
  "results",
  "study",
  "analysis",
  "number",
  "numbers",
  "count",
  "tally",
  "toll",
  "estimate",
  "estimates",
  "record",
  "records",
  "document",
  "documents",
  "publication",
  "publications",
  "message",
  "messages",
  "news",
  "words",
  "remarks",
  "comments",
  "quote",
  "quotes",
  "footage",
  "video",
]);
/** Subject heads that introduce the proposition itself: "the idea that P", "claims that P". */
const PROPOSITION_HEADS = new Set([
  "idea",
  "notion",
  "claim",
  "claims",
  "suggestion",
  "suggestions",
  "assertion",
  "assertions",
  "allegation",
  "allegations",
  "reports",
  "report",
  "statements",
  "statement",
  "assertion",
  "accusation",
  "accusations",
  "argument",
  "theory",
  "talk",
  "speculation",
  "speculations",
  "rumours",
  "rumors",
  "comments",
  "remarks",
  "information",
]);
const SAYING = new Set([
  "say",
  "said",
  "saying",
  "says",
  "claim",
  "claimed",
  "claiming",
  "claims",
  "suggest",
  "suggested",
  "suggesting",
  "affirm",
  "affirmed",
  "affirming",
  "state",
  "stated",
  "stating",
  "announce",
  "announced",
  "assert",
  "asserted",
  "asserting",
  "promise",
  "promised",
]);
/** Nouns naming what was said, in the plural too. */
const CLAIM_WORDS = new Set([
  ...PROPOSITION_HEADS,
  "publication",
  "publications",
  "report",
  "reports",
  "news",
  "story",
  "stories",
  "message",
  "messages",
  "rumour",
  "rumor",
]);
const NO_SUCH_TAILS = new Set(["kind", "sort", "thing"]);
/** What a speaker says there is none of, when rejecting a proposition: "no evidence that P". */
const GROUNDS = new Set([
  "evidence",
  "indication",
  "indications",
  "sign",
  "signs",
  "proof",
  "basis",
  "grounds",
  "truth",
  "record",
  "records",
  "information",
  "data",
  "knowledge",
]);
/** Of these, the ones that say nothing of a claim unless a link follows: "no information suggesting P", not "no information on the toll". */
const GROUNDS_NEEDING_LINK = new Set(["information", "data", "knowledge"]);
/** Words that may stand between "no evidence" and what it is evidence of. */
const GROUNDS_LINKS = new Set([
  "whatsoever",
  "at",
  "all",
  "yet",
  "so",
  "far",
  "to",
  "suggest",
  "support",
  "show",
  "confirming",
  "suggesting",
  "showing",
  "indicating",
]);
/** Words that make the absence someone's finding: "there is no", "we have found no", "saw no". */
const FINDING =
  /^(is|was|are|were|be|been|have|has|had|found|find|finds|seen|see|sees|saw|uncovered|identified|detected|possess|possesses|possessed|hold|holds|held|knew|know|knows)$/;
const POINTER_WORDS = /^(such|this|that|it|these|those|the)$/;

const clean = (w: string) => w.replace(/[“”"«»‘’]/g, "");

/**
 * Where a subject that names a proposition opens it: "reports on social networks that P", "claims
 * circulating in recent days that P", "the statements of some analysts about P" (a head near the
 * start, its "that" or "about" a few words on). -1 when the subject is no such phrase.
 */
function propositionOpens(ws: string[]): number {
  for (let h = 0; h < Math.min(ws.length, 4); h++) {
    if (!PROPOSITION_HEADS.has(ws[h])) continue;
    for (let t = h + 1; t < Math.min(ws.length, h + 8); t++) if (ws[t] === "that" || ws[t] === "about") return t;
    return -1;
  }
  return -1;
}

/** "a disgraceful lie", "an outright fabrication", "a complete and utter fiction": an article, up to three words, a verdict noun. */
function nounVerdictAt(ws: string[], k: number): boolean {
  if (ws[k] !== "a" && ws[k] !== "an") return false;
  for (let j = k + 1; j <= k + 4 && j < ws.length; j++) {
    if (VERDICT_NOUNS.has(ws[j])) return true;
    if (POINTERS.has(ws[j]) || BE.has(ws[j])) return false;
  }
  return false;
}

/** Where "subject BE (hedge) verdict" (or "subject has no foundation") puts its BE and its verdict. */
function predicateAt(ws: string[]): { be: number; verdict: number; phrase?: boolean } | undefined {
  // the subject is short, a verdict on a long clause is usually someone else's argument; unless the
  // subject says it is a claim ("reports that P are false"), when P may be as long as claims are
  const reach = propositionOpens(ws) > 0 ? 48 : 16;
  // from 0: "…, a figure the owner said was greatly exaggerated" leaves the verdict without a subject of its own
  for (let be = 0; be < Math.min(ws.length, reach); be++) {
    if (HAVE.has(ws[be]) && ws[be + 1] === "no" && /^(foundation|basis|grounds)$/.test(ws[be + 2] ?? ""))
      return { be, verdict: be + 1 };
    if (!BE.has(ws[be])) continue;
    let k = be + 1;
    while (k < ws.length && HEDGES.has(ws[k])) k++;
    // "made up", "taken out of context": said of anything reported (not "made up of ten players")
    const phrase = VERDICT_PHRASES.find((p) => p.every((w, j) => ws[k + j] === w));
    if (phrase && ws[k + phrase.length] !== "of") return { be, verdict: k, phrase: true };
    if (
      VERDICTS.has(ws[k]) ||
      nounVerdictAt(ws, k) ||
      (ws[k] === "far" && ws[k + 1] === "too") ||
      (ws[k] === "too" && /^(weak|thin|early|soon)$/.test(ws[k + 1] ?? "")) ||
      (ws[k] === "out" && ws[k + 1] === "of" && ws[k + 2] === "date")
    )
      return { be, verdict: k };
    if (
      NEGATORS.has(ws[k]) &&
      NEGATED_VERDICTS.has(ws[k + 1] ?? "") &&
      !(ws[k + 1] === "the" && ws[k + 2] !== "case") &&
      !(ws[k + 1] === "so" && k + 2 < ws.length && !/^(and|but)$/.test(ws[k + 2]))
    )
      return { be, verdict: k };
    // "is not what we see", "is not what happened"
    if (NEGATORS.has(ws[k]) && ws[k + 1] === "what") return { be, verdict: k };
    // "is made of nothing and fabricated", "is groundless and false": a verdict joined to the predicate
    const and = ws.indexOf("and", k);
    if (and > k && and - k <= 4 && VERDICTS.has(ws[and + 1] ?? "")) return { be, verdict: and + 1 };
  }
  return undefined;
}

/** The subject before `be`: about which proposition, or pointing back. */
function subjectVerdict(rule: string, ws: string[], be: number): Verdict | undefined {
  const subject = ws.slice(0, be);
  const that = propositionOpens(subject);
  // "the idea that P was not correct", "claims that the chancellor demanded P are false"
  if (that > 0 && be - that > 2) return { rule, about: [that + 1, be], pointsBack: false };
  // "to say P is simply not what we see", "to speak about P is unfounded": the infinitive names the proposition
  if (subject[0] === "to" && SAYING.has(subject[1] ?? ""))
    return { rule, about: [2 + (subject[2] === "that" ? 1 : 0), be], pointsBack: false };
  if (subject[0] === "to" && /^(speak|talk)$/.test(subject[1] ?? "") && /^(about|of)$/.test(subject[2] ?? ""))
    return { rule, about: [3, be], pointsBack: false };
  if (subject.length <= 7 && subject.some((w) => POINTERS.has(w))) return { rule, pointsBack: true };
  // a longer subject headed by what stands for a statement: "the narrative of the movement about the warehouse is
  // impossible", "the information about thousands of victims, spread by foreign sites, has nothing in common with reality"
  if (subject.length <= 16 && subject.slice(0, 3).some((w) => POINTERS.has(w) && !/^(it|that|this|which)$/.test(w)))
    return { rule, pointsBack: true };
  // the verdict's subject is the noun the clause hangs on: "…, a figure the owner said was greatly exaggerated"
  if (subject.length === 0) return { rule, pointsBack: true };
  return undefined;
}

/** Forms of the verbs that reject what they report, when the words stand in an order no frame reads ("In Y this denies"). */
const DENYING =
  /^(deny|denies|denied|reject|rejects|rejected|refuse|refuses|refused|refute|refutes|refuted|dispute|disputes|disputed|dismiss|dismisses|dismissed)$/;
/** Verbs that give a report a name: "named such claims absurd", "qualified as a lie the publications", "branded it a smear". */
const NAMING =
  /^(named|names|qualified|qualifies|branded|brands|labelled|labeled|labels|termed|terms|dubbed|dubs|called|calls)$/;
/** What a report is called when it is rejected: the verdicts, and the nouns translations use for them. */
const isVerdictWord = (w: string) => VERDICTS.has(w) || w === "horror" || w === "inventions";

/**
 * Where the speaker of a sentence that opens with who rejects ("The ministry named …", "In the ministry this …")
 * ends: the words before `at`, less a leading "in" that names a place or a body rather than a speaker's own words.
 */
function openingSpeaker(ws: string[], at: number): [number, number] | undefined {
  const from = ws[0] === "in" ? 1 : 0;
  return at - from >= 1 && at - from <= 10 ? [from, at] : undefined;
}

export const DENIAL_RULES: DenialRule[] = [
  {
    name: "verdict",
    example: "S said the report was not accurate / “That is simply wrong,” S said / S said the idea that P was wrong",
    match: (ws) => {
      const at = predicateAt(ws);
      if (!at) return undefined;
      // a phrase that only a report can be ("made up", "taken out of context") needs no pointer for its subject
      return (
        subjectVerdict("verdict", ws, at.be) ??
        (at.phrase && at.be <= 10 ? { rule: "verdict", pointsBack: true } : undefined)
      );
    },
  },
  {
    name: "contrary-to",
    example: "Contrary to reports in some media, no other sample has returned a positive result",
    match: (ws) => {
      const at = ws[0] === "that" ? 1 : 0;
      return ws[at] === "contrary" &&
        ws[at + 1] === "to" &&
        ws.slice(at + 2, at + 6).some((w) => POINTERS.has(w) && w !== "it")
        ? { rule: "contrary-to", pointsBack: true }
        : undefined;
    },
  },
  {
    name: "called-verdict",
    example: "S called the account “impossible” / called the timeline “pure speculation” / called the article not true",
    match: (ws, _pos, cue) =>
      cue.startsWith("call") &&
      ws.some(
        (w, k) => VERDICTS.has(w) || (NEGATORS.has(w) && NEGATED_VERDICTS.has(ws[k + 1] ?? "") && ws[k + 1] !== "the"),
      )
        ? { rule: "called-verdict", pointsBack: true }
        : undefined,
  },
  {
    name: "not-reality",
    example:
      "S said reports that P “do not correspond to reality” / have nothing to do with the facts / nothing in common with reality",
    match: (ws) => {
      for (let k = 1; k < ws.length - 2; k++) {
        const negated = NEGATORS.has(ws[k]) && /^(correspond|match|reflect)$/.test(ws[k + 1]);
        const nothing =
          ws[k] === "nothing" &&
          ((ws[k + 1] === "to" && ws[k + 2] === "do") || (ws[k + 1] === "in" && ws[k + 2] === "common"));
        if (!negated && !nothing) continue;
        const tail = ws.slice(k + 2, k + 7);
        if (!tail.some((w) => /^(reality|facts|truth|reality\.)$/.test(w))) continue;
        const auxAt = /^(do|does|did|have|has|had)$/.test(ws[k - 1]) ? k - 1 : k;
        return subjectVerdict("not-reality", ws, auxAt);
      }
      return undefined;
    },
  },
  {
    name: "never-said",
    example: "“We are not claiming that P” / S said they never said P / “the authors never said such a thing”",
    match: (ws, pos) => {
      for (let k = 0; k < Math.min(ws.length - 1, 8); k++) {
        if (!NEGATORS.has(ws[k])) continue;
        let v = k + 1;
        while (v < ws.length && /^(have|has|had|be|been|ever|once|actually)$/.test(ws[v])) v++;
        if (!SAYING.has(ws[v] ?? "")) continue;
        // the saying must be the subject's own (not "did not say when"): a that-clause, a bare clause or "such a thing"
        const rest = ws.slice(v + 1);
        if (rest[0] === "such" || (rest[0] === "anything" && rest[1] === "of"))
          return { rule: "never-said", pointsBack: true };
        const from = v + 1 + (rest[0] === "that" ? 1 : 0);
        const clause = rest[0] === "that" || pos.slice(from).some((p) => p === "VERB" || p === "AUX");
        if (
          ws.length - from >= 3 &&
          clause &&
          !/^(when|whether|how|why|where|what|who|if|to|anything|much|more|so)$/.test(ws[from])
        )
          return { rule: "never-said", about: [from, ws.length], pointsBack: false };
        return undefined;
      }
      return undefined;
    },
  },
  {
    name: "no-evidence",
    example:
      "S said there was no evidence that P / “We have found no indication of P” / S saw no grounds for such a step",
    match: (ws) => {
      for (let k = 1; k < Math.min(ws.length - 1, 10); k++) {
        if (ws[k] !== "no" || !GROUNDS.has(ws[k + 1])) continue;
        if (!ws.slice(Math.max(0, k - 3), k).some((w) => FINDING.test(w))) return undefined;
        let n = k + 2;
        while (n < ws.length && n < k + 6 && GROUNDS_LINKS.has(ws[n])) n++;
        if (GROUNDS_NEEDING_LINK.has(ws[k + 1]) && n === k + 2 && ws[n] !== "that") return undefined;
        if (n >= ws.length) return { rule: "no-evidence", pointsBack: true };
        if (ws[n] === "that" && ws.length - n > 3)
          return { rule: "no-evidence", about: [n + 1, ws.length], pointsBack: false };
        // "no information confirming the participation of X": what would be confirmed is the proposition
        if (/(ing|suggest|support|show)$/.test(ws[n - 1]) && ws.length - n >= 2)
          return { rule: "no-evidence", about: [n, ws.length], pointsBack: false };
        // "no truth in the report", "no grounds for such a step": the rejected thing is named before
        if (/^(of|for|in|to|behind)$/.test(ws[n]) && POINTER_WORDS.test(ws[n + 1] ?? "") && ws.length - n <= 5)
          return { rule: "no-evidence", pointsBack: true };
        // "no evidence of a causal link between A and B": what has no evidence is the proposition
        if (ws[n] === "of" && ws.length - n > 3)
          return { rule: "no-evidence", about: [n + 1, ws.length], pointsBack: false };
        return undefined;
      }
      return undefined;
    },
  },
  {
    name: "doubt",
    example: "S expressed doubt about the figure of 40 tonnes / voiced doubts that P",
    match: (ws, _pos, cue) => {
      if (!/^(express|voice|raise)/.test(cue) || !/^doubts?$/.test(ws[0] ?? "")) return undefined;
      const link =
        ws[1] === "as" && ws[2] === "to" ? 3 : /^(about|over|on|in|that|regarding)$/.test(ws[1] ?? "") ? 2 : -1;
      if (link < 0 || link >= ws.length) return undefined;
      if (ws.length - link <= 3 && POINTER_WORDS.test(ws[link])) return { rule: "doubt", pointsBack: true };
      return ws.length - link >= 2 ? { rule: "doubt", about: [link, ws.length], pointsBack: false } : undefined;
    },
  },
  {
    name: "fronted-denial",
    example:
      "The company this claim refuses / In the ministry this denied: Q (the object before the verb, as translations leave it)",
    match: (ws) => {
      for (let k = 1; k < Math.min(ws.length - 1, 11); k++) {
        if (ws[k] !== "this" && ws[k] !== "that") continue;
        const v = CLAIM_WORDS.has(ws[k + 1]) ? k + 2 : k + 1;
        // "The agency this denies", "In Y this called lie", "this named untruth"
        const denies = DENYING.test(ws[v] ?? "");
        const names = NAMING.test(ws[v] ?? "") && ws.slice(v + 1, v + 4).some(isVerdictWord);
        if (!denies && !names) continue;
        const speaker = openingSpeaker(ws, k);
        return speaker ? { rule: "fronted-denial", pointsBack: true, speaker } : undefined;
      }
      return undefined;
    },
  },
  {
    name: "named-verdict",
    example:
      "The ministry named such claims absurd / S qualified as a lie the publications that P / In Y the report was named an invention",
    match: (ws) => {
      for (let v = 1; v < Math.min(ws.length, 14); v++) {
        if (!NAMING.test(ws[v])) continue;
        const window = ws.slice(v + 1, v + 6);
        const verdict = window.findIndex(isVerdictWord);
        if (verdict < 0) return undefined;
        // the named thing is a report: "such claims", "the publications", "this"
        const around = ws.slice(Math.max(0, v - 3), v + 12);
        if (!around.some((w) => POINTERS.has(w) || CLAIM_WORDS.has(w))) return undefined;
        // passive, after a place: "In Y the publication was named invention": Y ends where the named thing begins
        let end = v;
        if (BE.has(ws[v - 1] ?? "")) {
          end = v - 1;
          while (end > 1 && !/^(the|this|that|such|these|those)$/.test(ws[end - 1])) end--;
          end = end > 1 ? end - 1 : v - 1;
          if (ws[0] !== "in") return undefined;
        }
        const speaker = openingSpeaker(ws, end);
        // "that P" after the report: P is what is rejected
        const that = ws.indexOf("that", v + 1 + verdict);
        if (that > 0 && ws.length - that > 3)
          return { rule: "named-verdict", about: [that + 1, ws.length], pointsBack: false, speaker };
        return { rule: "named-verdict", pointsBack: true, speaker };
      }
      return undefined;
    },
  },
  {
    name: "discredited-report",
    example:
      "S said the sources of the false messages about P are being sought / spreading fabricated stories about P / a campaign of disinformation",
    match: (ws) => {
      for (let k = 0; k < ws.length - 1; k++) {
        const judged =
          (/^(false|fabricated|fake|baseless|unfounded|groundless|invented|untrue)$/.test(ws[k]) &&
            CLAIM_WORDS.has(ws[k + 1])) ||
          (ws[k] === "horror" && ws[k + 1] === "stories") ||
          (/^(campaign|campaigns)$/.test(ws[k]) &&
            ws[k + 1] === "of" &&
            /^(disinformation|lies|slander)$/.test(ws[k + 2] ?? ""));
        if (!judged) continue;
        // "false messages about the freezing of deposits": what the messages said is the proposition
        // "false reports that the bridge was closed": the clause is the proposition; "false statements about the
        // ministry" names no proposition, and points back
        const link = ws.findIndex((w, j) => j > k + 1 && j <= k + 4 && w === "that");
        if (link > 0 && ws.length - link > 2)
          return { rule: "discredited-report", about: [link + 1, ws.length], pointsBack: false };
        return { rule: "discredited-report", pointsBack: true };
      }
      return undefined;
    },
  },
  {
    name: "no-such",
    example:
      "“The governor made no such promise” / S knew of “no such timetable” / S had no record of any such report / nothing of the kind was agreed",
    match: (ws) => {
      for (let k = 0; k < ws.length - 1; k++) {
        if (ws[k] === "no" && ws[k + 1] === "such") return { rule: "no-such", pointsBack: true };
        if (ws[k] === "no" && ws[k + 2] === "of" && ws[k + 3] === "any" && ws[k + 4] === "such")
          return { rule: "no-such", pointsBack: true };
        if (ws[k] === "nothing" && ws[k + 1] === "of" && NO_SUCH_TAILS.has(ws[k + 3] ?? ""))
          return { rule: "no-such", pointsBack: true };
      }
      return undefined;
    },
  },
];

/** The first denial rule that recognises the content tokens [first, last), if any. */
export function verdictOf(tokens: Token[], first: number, last: number, cue: string): Verdict | undefined {
  const ws: string[] = [];
  const pos: string[] = [];
  const at: number[] = [];
  for (let k = first; k < last; k++) {
    const w = clean(tokens[k].lower);
    if (w === "" || w === ",") continue;
    ws.push(w);
    pos.push(tokens[k].pos);
    at.push(k);
  }
  for (const rule of DENIAL_RULES) {
    const v = rule.match(ws, pos, cue);
    if (!v) continue;
    // word positions back to token indices
    // the proposition ends after its last word, not at the next one: a quote or comma between them is no part of it
    if (v.about) v.about = [at[v.about[0]] ?? last, v.about[1] >= at.length ? last : at[v.about[1] - 1] + 1];
    if (v.speaker) v.speaker = [at[v.speaker[0]], at[v.speaker[1]] ?? last];
    return v;
  }
  return undefined;
}

/**
 * Attribution frames in one sentence: who (speaker phrase), the cue, and the reported content.
 * Patterns: "S [adv] CUE [that] P", "P, S CUE [adjunct]", "P, CUE S", "according to S, P",
 * "P, according to S", "as S put it", "It was CUE that P" (agentless), "This was CUE by S" (points
 * back), "S gave a response that P", VP coordination ("urged … and asked for …").
 */

import {
  ACT_NOUNS,
  CLAIM_NOUNS,
  CLAUSE_ONLY_LEMMAS,
  DENIAL_LEMMAS,
  GROUP_NOUNS,
  OBJECT_TO_LEMMAS,
  PHRASAL_CUES,
  REJECTING_PREDICATES,
  REPORTING_FORMS,
  REPORTING_LEMMAS,
  SKIPPABLE_BEFORE_CUE,
  TRAILING_ADJUNCT_STARTS,
  WEAK_LEMMAS,
} from "./cues.js";
import { verdictOf } from "./denials.js";
import { dictionary } from "./dictionary.js";
import { isRoleWord, WEEKDAYS } from "./gazetteer.js";
import type { Token } from "./nlp.js";
import { parseSpeaker, type SpeakerRef } from "./speaker.js";

export type FrameKind =
  | "verb"
  | "trailing"
  | "inverted"
  | "according"
  | "as"
  | "agentless"
  | "backref"
  | "noun"
  | "coordinated"
  | "relay"
  | "colon";

/** The rule name each kind of frame carries to the output (on every mention, as its evidence of why). */
export const FRAME_RULES: Record<FrameKind, string> = {
  verb: "speaker-verb-content", // "X said (that) P"
  trailing: "content-speaker-verb", // "P, X said"
  inverted: "content-verb-speaker", // "P, said X"
  according: "according-to", // "according to X, P"
  as: "as-speaker-verb", // "as X said, P"
  agentless: "agentless-passive", // "it was confirmed that P"
  backref: "by-speaker-back-reference", // "this was stated by X"
  noun: "statement-noun", // "X's statement that P", "in a statement, X …"
  coordinated: "coordinated-verb", // "X said P and warned Q"
  relay: "relay-verb", // "X quoted Y as saying P"
  colon: "speaker-colon-content", // "Health Ministry: 31 dead" (headlines, bullets, aggregators)
};

export interface Frame {
  kind: FrameKind;
  cue: string;
  /** Token indices. */
  cueFirst: number;
  cueLast: number;
  speaker?: SpeakerRef;
  speakerFirst: number;
  speakerLast: number;
  /** Token range of the reported content [first, last). */
  contentFirst: number;
  contentLast: number;
  denial: boolean;
  /** The content is a pointer back ("the claim", "it"): the denial targets an earlier claim. */
  pointsBack: boolean;
  /** The denial rule (denials.ts) that found the content to reject something, if one did. */
  denialRule?: string;
  /** The content ends with ":" and introduces what follows. */
  introduces: boolean;
  /** The content is a that-clause (or a quote), not just an object ("revealed some of the nuances"). */
  clause: boolean;
  weak: boolean;
  /** A denial whose participle gloss ("noting that there were no …") belongs to it. */
  glossed?: boolean;
  /** "…, a charge S denied": an apposition to the clause before it, never inside that clause's report. */
  apposed?: boolean;
}

const BE = new Set(["was", "were", "is", "are", "been", "being", "be", "'s"]);
const CLOSE_QUOTE = /^[”"»“]$/;
const BULLET = /^[•·▪►‣◦*]$/;
const PARTICIPLE_CUES = new Set([
  "noting",
  "adding",
  "saying",
  "stressing",
  "insisting",
  "warning",
  "arguing",
  "explaining",
  "claiming",
  "emphasizing",
  "emphasising",
  "pointing",
  "stating",
  "asserting",
  "suggesting",
  "calling",
  "citing",
  "describing",
  "accusing",
  "denying",
  "rejecting",
  "urging",
  "referring",
  "according",
]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET"]);
const PREP_IN_NAME = new Set(["of", "to", "for"]);
const CONTENT_OBJECT_VERBS = new Set([
  "tell",
  "assure",
  "warn",
  "inform",
  "brief",
  "remind",
  "urge",
  "ask",
  "call",
  "accuse",
  "promise",
  "threaten",
  "convince",
  "reassure",
  "press",
  "encourage",
]);

const isWord = (t: Token) => t.word;

interface Cue {
  lemma: string;
  end: number;
  denial: boolean;
  weak: boolean;
  /** For "S gave a response that": where the subject ends. */
  subjectEnd?: number;
  /** For "the mention by S of P": the speaker's token range. */
  speakerAfter?: [number, number];
  participle?: boolean;
}

/** Verbs of assent: negated, they reject the that-clause ("does not agree that P"). */
const DISAGREEING = new Set(["agree", "accept", "believe", "think", "concede", "acknowledge"]);

/** "their comments on …": a possessive before a form makes it a noun, not a subject and its verb. */
const POSSESSIVE = /^(his|her|its|their|our|my|your)$/;

const NOMINAL_CUES = new Set([
  "response",
  "warning",
  "assurance",
  "reply",
  "answer",
  "promise",
  "pledge",
  "statement",
  "explanation",
  "reminder",
  "mention",
  "threat",
  "claim",
  "call",
  "demand",
  "suggestion",
  "proposal",
  "assertion",
]);

function cueAt(tokens: Token[], i: number, last: number): Cue | undefined {
  let t = tokens[i];
  // most tokens are no cue: decide that before anything costly
  if (
    !REPORTING_FORMS.has(t.lower) &&
    !REPORTING_LEMMAS.has(t.lemma) &&
    !DISAGREEING.has(t.lemma) &&
    !(t.pos === "NOUN" && NOMINAL_CUES.has(t.lower))
  )
    return undefined;
  const lemma = t.lemma.toLowerCase();
  // after a determiner it is a noun ("the mention by …"); after a modal it is not yet said ("will respond")
  const prevLower = tokens[i - 1]?.lower ?? "";
  if (/^(will|would|could|should|may|might|must|can|shall|cannot)$/.test(prevLower)) return undefined;
  // "never said", "did not mention": what was not said is the narrator's observation, not speech
  let b = i - 1;
  while (b >= 0 && /^(ever|once|publicly|explicitly|actually|specifically|directly|yet)$/.test(tokens[b].lower)) b--;
  if (b >= 0 && /^(not|n't|never)$/.test(tokens[b].lower)) {
    // "does not agree that P", "did not accept that P": the speaker rejects P
    const clause = tokens[i + 2] && tokens[i + 2].pos !== "AUX" && tokens[i + 2].pos !== "VERB";
    if (DISAGREEING.has(lemma) && tokens[i + 1]?.lower === "that" && clause && t.pos === "VERB")
      return { lemma, end: i + 1, denial: true, weak: false, subjectEnd: b - 1 };
    return undefined;
  }
  // "a report claiming P", "media reports alleging P": the report's claim, not the sentence subject's
  if (/ing$/.test(t.lower) && CLAIM_NOUNS.has(prevLower) && !/^(it|this|that|them|these|those)$/.test(prevLower))
    return undefined;
  // "the pattern described by the regulator": a participle after a noun qualifies it, it reports nothing
  if (/ed$/.test(t.lower) && tokens[i + 1]?.lower === "by" && tokens[i - 1]?.pos === "NOUN") return undefined;
  if (/^(the|a|an)$/.test(prevLower) && t.pos === "VERB") t = { ...t, pos: "NOUN" };
  // a capitalised word mid-sentence is a name ("United States"), and a non-verb form needs "that"
  if (/^\p{Lu}/u.test(t.text) && i > 0 && /[\p{L}]/u.test(tokens[i - 1].text)) return undefined;
  // a form the tagger took for a noun still reports when a subject precedes it and a clause or adjunct follows
  const next = tokens[i + 1];
  // "the agency and the company both say": a quantifier may follow the subject
  const s = /^(both|all)$/.test(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  const subjectBefore =
    s >= 0 &&
    (tokens[s].pos === "PROPN" ||
      (tokens[s].pos === "PRON" && !POSSESSIVE.test(tokens[s].lower)) ||
      /^\p{Lu}/u.test(tokens[s].text) ||
      (s < i - 1 && tokens[s].pos === "NOUN"));
  // "…,” the regional water board reports.": a form closing the sentence after a noun phrase that follows a quote or comma
  const closing =
    i + 1 >= last &&
    i > 0 &&
    (subjectBefore || tokens[i - 1].pos === "NOUN") &&
    tokens.slice(Math.max(0, i - 8), i).some((x) => x.text === "," || CLOSE_QUOTE.test(x.text));
  const formOk =
    // "… both say": after a quantified subject the plain form is the verb
    (s < i - 1 && subjectBefore && REPORTING_LEMMAS.has(t.lower)) ||
    (REPORTING_FORMS.has(t.lower) &&
      (t.pos === "VERB" ||
        t.pos === "AUX" ||
        next?.lower === "that" ||
        closing ||
        (subjectBefore &&
          /^(on|to|in|about|,|the|a|his|her|its|their|it|he|she|they|we|there)$/.test(next?.lower ?? ""))));
  if (!(formOk || (t.pos === "VERB" && REPORTING_LEMMAS.has(lemma)))) {
    // nominal cue: "gave an exhaustive response that", "issued a warning that"
    if (
      t.pos === "NOUN" &&
      /^(response|warning|assurance|reply|answer|promise|pledge|statement|explanation|reminder)$/.test(t.lower)
    ) {
      const give = [i - 1, i - 2, i - 3].find(
        (k) => k >= 0 && /^(gave|give|gives|made|issued|offered|provided|sent)$/.test(tokens[k].lower),
      );
      if (give !== undefined && i + 1 < last && tokens[i + 1].lower === "that")
        return { lemma: t.lower, end: i + 1, denial: false, weak: false, subjectEnd: give - 1 };
    }
    // "the mention by S of P", "a warning by S that P"
    if (
      t.pos === "NOUN" &&
      /^(mention|warning|threat|claim|call|demand|suggestion|proposal|assertion|promise|pledge|assurance)$/.test(
        t.lower,
      )
    ) {
      const by = [i + 1, i + 2, i + 3].find((k) => k < last && tokens[k].lower === "by");
      if (by !== undefined) {
        let k = by + 1;
        while (k < last && isNpToken(tokens[k])) k++;
        if (k > by + 1 && k < last && /^(of|that|about)$/.test(tokens[k].lower))
          return { lemma: t.lower, end: k + 1, denial: false, weak: false, speakerAfter: [by + 1, k] };
      }
    }
    return undefined;
  }
  const key = formOk ? lemmaOfForm(t.lower, lemma) : lemma;
  const phrasal = PHRASAL_CUES.get(key);
  if (phrasal) {
    for (const rest of phrasal) {
      if (rest.every((w, k) => tokens[i + 1 + k]?.lower === w))
        return {
          lemma: `${key} ${rest.join(" ")}`,
          end: i + 1 + rest.length,
          denial: DENIAL_LEMMAS.has(key),
          weak: false,
          participle: /ing$/.test(t.lower),
        };
    }
    if (!REPORTING_FORMS.has(t.lower) || ONLY_PHRASAL.has(key)) return undefined;
  }
  if (key === "call" || ONLY_PHRASAL.has(key)) return undefined;
  if (!REPORTING_LEMMAS.has(key)) return undefined;
  if (OBJECT_TO_LEMMAS.has(key) && !objectThenTo(tokens, i + 1, last)) return undefined;
  if (DENIAL_LEMMAS.has(key) && turnsDownAnAct(tokens, i + 1, last)) return undefined;
  return {
    lemma: key,
    end: i + 1,
    denial: DENIAL_LEMMAS.has(key),
    weak: WEAK_LEMMAS.has(key),
    participle: /ing$/.test(t.lower),
  };
}

/** ", an analyst at …", ", director of the agency": a title after a name, holding no verb. */
function isApposition(tokens: Token[], k: number, end: number): boolean {
  if (tokens.slice(k, end).some((t) => t.pos === "VERB" || t.pos === "AUX")) return false;
  if (/^(a|an|the)$/.test(tokens[k]?.lower ?? "")) return true;
  for (let m = k; m < end && m < k + 4; m++) if (isRoleWord(tokens[m].lower)) return true;
  return false;
}

/** "… Beijing to scrap", "… for talks": an object of a few words, then an infinitive, or "for" at once. */
function objectThenTo(tokens: Token[], k: number, last: number): boolean {
  if (tokens[k]?.lower === "for") return true;
  for (let m = k; m < last && m < k + 6; m++) {
    if (tokens[m].lower === "to") return m > k && tokens[m + 1]?.pos === "VERB";
    if (!isNpToken(tokens[m]) && tokens[m].pos !== "PRON") return false;
  }
  return false;
}

/** The object after a denial verb names an act turned down ("a takeover proposal", "opposition calls to resign"). */
function turnsDownAnAct(tokens: Token[], k: number, last: number): boolean {
  for (let m = k; m < last && m < k + 14; m++) {
    const t = tokens[m];
    if (ACT_NOUNS.has(t.lower)) return true;
    if (!(isNpToken(t) || t.pos === "NUM" || t.pos === "SYM" || /^[()$€£]$/.test(t.text))) return false;
  }
  return false;
}

const IRREGULAR_FORMS = dictionary<string>({
  said: "say",
  says: "say",
  told: "tell",
  tells: "tell",
  wrote: "write",
  reads: "read",
});

/** wink sometimes lemmatises a mis-tagged form as a noun ("notes" → "note"): map forms to verbs. */
function lemmaOfForm(form: string, lemma: string): string {
  if (REPORTING_LEMMAS.has(lemma)) return lemma;
  const irregular = IRREGULAR_FORMS.get(form);
  if (irregular) return irregular;
  for (const cut of [
    form.replace(/ied$/, "y"),
    form.replace(/ies$/, "y"),
    form.replace(/ed$/, ""),
    form.replace(/d$/, ""),
    form.replace(/es$/, ""),
    form.replace(/s$/, ""),
    form.replace(/led$/, "l"),
  ]) {
    if (REPORTING_LEMMAS.has(cut)) return cut;
  }
  return lemma;
}

const isNpToken = (t: Token) =>
  NP_POS.has(t.pos) ||
  /^['’]s$/.test(t.lower) ||
  (t.pos === "PART" && /^['’]/.test(t.text)) ||
  t.text === "-" ||
  t.text === "&" ||
  /^\p{Lu}\.$/u.test(t.text) ||
  (t.pos === "PRON" && /^(his|her|its|their|our|my)$/.test(t.lower)) ||
  (t.pos === "VERB" && /^\p{Lu}/u.test(t.text) && t.lower !== "said");

/** Walk left from `j` over a speaker noun phrase; returns its first token index (j + 1 if none). */
function walkLeft(tokens: Token[], j: number, first: number): number {
  if (j >= first && tokens[j].pos === "PRON" && /^(he|she|it|they|we|i)$/.test(tokens[j].lower)) return j;
  let s = j;
  // "the Kelmari News Agency (KNA)": an acronym in brackets belongs to the name before it
  if (
    s - 2 >= first &&
    tokens[s].text === ")" &&
    tokens[s - 2].text === "(" &&
    /^\p{Lu}[\p{Lu}\d.&-]*$/u.test(tokens[s - 1].text)
  )
    s -= 3;
  while (s >= first) {
    const t = tokens[s];
    if (isNpToken(t)) {
      if (t.pos === "DET" || t.pos === "PRON") {
        s--;
        // "Aide to the Russian president", "The US and its partners": the phrase goes on
        if (
          s - 1 >= first &&
          (PREP_IN_NAME.has(tokens[s].lower) || tokens[s].lower === "and") &&
          isNpToken(tokens[s - 1]) &&
          tokens[s - 1].pos !== "DET"
        ) {
          s--;
          continue;
        }
        if (s - 1 >= first && GROUP_PLACE_PREPS.has(tokens[s].lower) && GROUP_NOUNS.has(tokens[s - 1].lower)) {
          s--;
          continue;
        }
        if (s >= first && groupModifierEnds(tokens, s, first)) {
          s -= 2;
          continue;
        }
        break;
      }
      s--;
      continue;
    }
    if (
      (PREP_IN_NAME.has(t.lower) || t.lower === "and") &&
      s - 1 >= first &&
      s < j &&
      isNpToken(tokens[s - 1]) &&
      tokens[s - 1].pos !== "DET"
    ) {
      s--;
      continue;
    }
    if (t.lower === "," && s + 1 <= j && /^(jr|sr)\.?$/i.test(tokens[s + 1].text)) {
      s--;
      continue;
    }
    // "observers in Varn", "analysts at the bank": the place belongs to the group that speaks
    if (GROUP_PLACE_PREPS.has(t.lower) && s - 1 >= first && s < j && GROUP_NOUNS.has(tokens[s - 1].lower)) {
      s--;
      continue;
    }
    // "people familiar with the matter", "experts consulted by the paper": so does what the group knows
    if (s < j && groupModifierEnds(tokens, s, first)) {
      s -= 2;
      continue;
    }
    // "GP Henrik Vold in Ravnsund": a person placed by a town
    if (
      t.lower === "in" &&
      s - 1 >= first &&
      s < j &&
      tokens[s - 1].pos === "PROPN" &&
      tokens[s + 1]?.cap &&
      tokens[s - 1].cap
    ) {
      s--;
      continue;
    }
    // "the Pharmacists' Association": a plural possessive inside a name
    if (
      /^['’]$/.test(t.text) &&
      s - 1 >= first &&
      s < j &&
      tokens[s - 1].end === t.start &&
      /s$/.test(tokens[s - 1].lower) &&
      tokens[s + 1]?.cap
    ) {
      s--;
      continue;
    }
    break;
  }
  // an NP does not start with a preposition or conjunction
  let start = s + 1;
  while (
    start <= j &&
    (PREP_IN_NAME.has(tokens[start].lower) || tokens[start].lower === "and" || tokens[start].text === "-")
  )
    start++;
  return start;
}

/** "people familiar with", "experts consulted by": token s ends a modifier that follows a group noun. */
function groupModifierEnds(tokens: Token[], s: number, first: number): boolean {
  return (
    s - 2 >= first &&
    /^(with|by|on|to|in|of)$/.test(tokens[s].lower) &&
    /^(familiar|consulted|briefed|interviewed|cited|quoted|close|involved|aware|knowledgeable)$/.test(
      tokens[s - 1].lower,
    ) &&
    isGroupNoun(tokens[s - 2])
  );
}

/** "experts", "lawyers", "residents": a group noun, or any plural common noun. */
const isGroupNoun = (t: Token) => GROUP_NOUNS.has(t.lower) || (t.pos === "NOUN" && !t.cap && /[^s]s$/.test(t.lower));

/** Participles opening an aside between a speaker and its verb ("X, asked about it, said"). */
const ASIDE_OPENERS =
  /^(asked|speaking|contacted|reached|questioned|pressed|interviewed|responding|replying|writing|quoted|approached)$/;

const GROUP_PLACE_PREPS = new Set(["in", "at", "from", "across", "inside", "within", "among"]);

const TIME_HEADS = new Set([
  ...WEEKDAYS,
  "today",
  "yesterday",
  "tonight",
  "week",
  "month",
  "year",
  "weekend",
  "morning",
  "afternoon",
  "evening",
  "night",
]);
const TIME_OPENERS = new Set(["on", "last", "this", "earlier", "later", "late", "early"]);

/** Where a time adjunct ending at token j starts ("on Wednesday", "last week", "earlier today"), or -1. */
/** "resolutely rejected", "sharply criticised": how someone spoke is no part of who spoke. */
function isMannerAdverb(t: Token): boolean {
  return t.pos === "ADV" && t.lower.length > 4 && t.lower.endsWith("ly");
}

/** Stock adjuncts a translation or a reply puts between a speaker and the verb, as word sequences ("*": any one word). */
const STOCK_ADJUNCTS = [
  ["in", "*", "turn"],
  ["in", "turn"],
  ["on", "the", "contrary"],
  ["for", "*", "part"],
  ["in", "response"],
  ["in", "reply"],
  ["in", "return"],
  ["at", "the", "same", "time"],
];

/** Where a stock adjunct ending at `j` (or at the word after it, which may have been skipped as an adverb: "turn") starts, or -1. */
function stockAdjunctStart(tokens: Token[], j: number, first: number, cue: number): number {
  for (const last of [j, j + 1]) {
    if (last >= cue) continue;
    for (const words of STOCK_ADJUNCTS) {
      const start = last - words.length + 1;
      if (start > first && words.every((w, k) => w === "*" || tokens[start + k].lower === w)) return start;
    }
  }
  return -1;
}

export function timeAdjunctStart(tokens: Token[], j: number, first: number): number {
  let k = j;
  while (k >= first && TIME_HEADS.has(tokens[k].lower)) k--;
  if (k === j) return -1;
  while (k >= first && TIME_OPENERS.has(tokens[k].lower)) k--;
  return k + 1;
}

/** Labels that open a line with a colon but name no speaker: page furniture and section heads. */
const NOT_SPEAKER_LABELS =
  /^(note|update|updated|photo|photos|picture|video|source|sources|caption|tags?|read|watch|listen|related|editor|correction|warning|advertisement|disclaimer|share|subscribe|key|summary|background|context|what|why|how|who|when|where|live|breaking|analysis|opinion|comment|timeline|factbox|explainer|q|a|also|more|see|credit|image|file|standards|contact|contacts|topics?|section|category|business|sports?|world|politics|economy|health|science|tech|technology|culture|markets?|week|weekly|daily)$/;

/**
 * "Health Ministry: 31 dead, 58 wounded", "Kremlin: no talks planned": a short speaker before a
 * colon opening the sentence, as headlines, bullets and aggregators write attribution.
 */
function colonFrame(tokens: Token[], first: number, end: number, introduces: boolean): Frame | undefined {
  let c = first;
  while (c < end && c - first <= 5 && tokens[c].text !== ":") c++;
  if (c >= end || c === first || tokens[c].text !== ":" || !hasWordsBetween(tokens, c + 1, end, 3)) return undefined;
  const label = tokens.slice(first, c);
  // the label's head decides: "Editor's note", "Business Week" are furniture, "Health Ministry" speaks
  if (
    NOT_SPEAKER_LABELS.test(label[label.length - 1].lower) ||
    label.some((t) => t.pos === "VERB" || (!/^\p{Lu}/u.test(t.text) && t.pos !== "ADP"))
  )
    return undefined;
  const speaker = parseSpeaker(wordsOf(tokens, first, c));
  if (!speaker || speaker.kind === "pronoun" || speaker.kind === "statement") return undefined;
  return {
    kind: "colon",
    cue: "colon",
    cueFirst: c,
    cueLast: c + 1,
    speaker,
    speakerFirst: first,
    speakerLast: c,
    contentFirst: c + 1,
    contentLast: end,
    denial: false,
    pointsBack: false,
    introduces,
    weak: false,
    clause: true,
  };
}

/** After a speaker's name, where "of the Institute of Astronomy" / "at Arden University" ends, or `k`. */
function affiliationEnd(tokens: Token[], k: number, end: number): number {
  if (k >= end || !/^(of|at|from)$/.test(tokens[k].lower)) return k;
  let m = k + 1;
  if (tokens[m]?.lower === "the") m++;
  const firstCap = m;
  while (
    m < end &&
    (/^\p{Lu}/u.test(tokens[m].text) ||
      (/^(of|for|and|&)$/.test(tokens[m].lower) && /^\p{Lu}/u.test(tokens[m + 1]?.text ?? "")))
  )
    m++;
  return m > firstCap ? m : k;
}

/** Where "in an interview with X" / "in conversation with X" ending at `j` begins, or -1. */
function interviewAdjunctStart(tokens: Token[], j: number, first: number): number {
  for (let k = j - 1; k >= Math.max(first, j - 10); k--) {
    if (tokens[k].lower !== "with") continue;
    let h = k - 1;
    if (!/^(interview|conversation|talks?|call)$/.test(tokens[h]?.lower ?? "")) return -1;
    h--;
    while (h >= first && (tokens[h].pos === "DET" || tokens[h].pos === "ADJ")) h--;
    return tokens[h]?.lower === "in" ? h : -1;
  }
  return -1;
}

/**
 * "The agency, which operates the telescope, said …": with the comma ending such a relative clause at
 * `j`, where the speaker before it ends, or -1. The clause's own comma stays when it closes an apposition
 * ("Nadia Farouk, a researcher at Brightwall, which Kavo hired, said"), so that the apposition is read
 * as one; otherwise the speaker's last word.
 */
function relativeClauseOpen(tokens: Token[], j: number, first: number): number {
  const open = findBack(tokens, j - 1, first, (t) => t.text === "," || CLOSE_QUOTE.test(t.text), 16);
  if (open <= first || tokens[open].text !== "," || !/^(who|which|whose)$/.test(tokens[open + 1]?.lower ?? ""))
    return -1;
  if (!hasVerb(tokens, open + 2, j)) return -1;
  const before = findBack(tokens, open - 1, first, (t) => t.text === ",", 10);
  const named = before > first ? walkLeft(tokens, before - 1, first) : -1;
  const apposed =
    named >= first &&
    named < before &&
    tokens[before - 1].cap &&
    /^(a|an|the)$/.test(tokens[before + 1].lower) &&
    (named === first || tokens[named - 1].text === "," || CLOSE_QUOTE.test(tokens[named - 1].text));
  return apposed ? open : open - 1;
}

/** An apposed title begins here: "a researcher at …", "the head of …", "Hollis's largest shareholder", "its chairman". */
function titleStart(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return (
    /^(a|an|the)$/.test(t.lower) || POSSESSIVE.test(t.lower) || (t.cap && /^['’]s$/.test(tokens[k + 1]?.lower ?? ""))
  );
}

/** Words of a token range for the speaker parser (a token is a word: no copy). */
function wordsOf(tokens: Token[], a: number, b: number) {
  return tokens.slice(a, b);
}

export function findFrames(tokens: Token[], from: number, last: number): Frame[] {
  const frames: Frame[] = [];
  // "• Health Ministry: 31 dead": a list's bullet is no part of the sentence
  let first = from;
  while (first < last && BULLET.test(tokens[first].text)) first++;
  let end = last;
  while (end > first && !isWord(tokens[end - 1]) && tokens[end - 1].text !== ":") end--;
  const introduces = last > first && tokens[end - 1]?.text === ":";
  if (introduces) end--;

  const colon = colonFrame(tokens, first, end, introduces);
  if (colon) frames.push(colon);
  for (let i = colon ? colon.contentFirst : first; i < end; i++) {
    // "according to S"
    if (tokens[i].lower === "according" && tokens[i + 1]?.lower === "to") {
      let k = i + 2;
      while (k < end && tokens[k].text !== "," && !/^(that)$/.test(tokens[k].lower)) k++;
      const [sFirst, sLast] = behindFigures(tokens, i + 2, k);
      const speaker = parseSpeaker(wordsOf(tokens, sFirst, sLast));
      if (!speaker) continue;
      const prevWord = tokens[i - 1]?.text === "," ? tokens[i - 2]?.lower : tokens[i - 1]?.lower;
      const atStart =
        i === first ||
        prevWord === "that" ||
        (/^(,|that|and|but|“|"|—|–)$/.test(tokens[i - 1].lower) &&
          !(tokens[i - 1].text === "," && hasWordsBetween(tokens, first, i - 1, 3)));
      const frame: Frame = {
        kind: "according",
        cue: "according to",
        cueFirst: i,
        cueLast: i + 2,
        speaker,
        speakerFirst: sFirst,
        speakerLast: sLast,
        contentFirst: 0,
        contentLast: 0,
        denial: false,
        pointsBack: false,
        introduces,
        weak: false,
        clause: true,
      };
      if (atStart && k < end) {
        frame.contentFirst = k + 1;
        frame.contentLast = end;
      } else {
        frame.contentFirst = clauseStart(tokens, first, i);
        frame.contentLast = i > first && tokens[i - 1].text === "," ? i - 1 : i;
      }
      frames.push(frame);
      i = k;
      continue;
    }
    const cue = cueAt(tokens, i, end);
    if (!cue) continue;
    const cueEnd = cue.end;
    // "S was quoted as saying [by Y]" / "S was quoted by Y as saying": S speaks, Y relays
    if (
      cue.lemma === "say" &&
      tokens[i - 1]?.lower === "as" &&
      tokens.slice(Math.max(first, i - 20), i).some((t) => /^(quoted|cited)$/.test(t.lower))
    ) {
      const quoted = tokens.slice(first, i).findIndex((t) => /^(quoted|cited)$/.test(t.lower)) + first;
      let be = quoted - 1;
      while (be >= first && !BE.has(tokens[be].lower)) be--;
      if (!(tokens[quoted - 1] && BE.has(tokens[quoted - 1].lower))) {
        // active: "Y quoted S, a spokesman for Z, as saying that P" — S speaks, Y relays
        const rFirst = walkLeft(tokens, quoted - 1, first);
        const relay = rFirst < quoted ? parseSpeaker(wordsOf(tokens, rFirst, quoted)) : undefined;
        const sLast = tokens[i - 2]?.text === "," ? i - 2 : i - 1;
        const speaker = parseSpeaker(wordsOf(tokens, quoted + 1, sLast));
        if (speaker) {
          const [cf, cl] = contentAfter(tokens, cueEnd, end);
          if (relay) frames.push(relayFrame(cue, relay, rFirst, quoted, first, end, introduces));
          frames.push({
            ...frame("verb", cue, i, cueEnd, speaker, quoted + 1, sLast, cf, cl, introduces),
            clause: true,
          });
        }
        continue;
      }
      if (be > first) {
        let sFirst = walkLeft(tokens, be - 1, first);
        let sEnd = be;
        // "P, Hisham Saleh, the prime minister, was quoted as saying": a name and its apposition between commas
        if (sFirst === be && tokens[be - 1].text === "," && be - 2 >= first) {
          const np2 = walkLeft(tokens, be - 2, first);
          const np1 = np2 - 1 > first && tokens[np2 - 1].text === "," ? walkLeft(tokens, np2 - 2, first) : -1;
          if (np1 > first && np1 < np2 - 1 && tokens[np1 - 1].text === ",") {
            sFirst = np1;
            sEnd = be - 1;
          }
        }
        const speaker = sFirst < sEnd ? parseSpeaker(wordsOf(tokens, sFirst, sEnd)) : undefined;
        // the relay: "by Y" after "saying", or between "quoted" and "as"
        let byAt = tokens.slice(cueEnd, end).findIndex((t) => t.lower === "by");
        let relay: SpeakerRef | undefined;
        let relayFirst = -1;
        let relayLast = -1;
        if (byAt >= 0) {
          relayFirst = cueEnd + byAt + 1;
          relayLast = end;
        } else if (tokens[quoted + 1]?.lower === "by") {
          relayFirst = quoted + 2;
          relayLast = i - 1;
        }
        if (relayFirst >= 0) relay = parseSpeaker(wordsOf(tokens, relayFirst, relayLast));
        if (speaker) {
          const trailing =
            sFirst > first && (tokens[sFirst - 1].text === "," || CLOSE_QUOTE.test(tokens[sFirst - 1].text));
          const content: [number, number] = trailing
            ? [first, tokens[sFirst - 1].text === "," ? sFirst - 1 : sFirst]
            : contentAfter(tokens, cueEnd, byAt >= 0 ? cueEnd + byAt : end);
          if (relay) frames.push(relayFrame(cue, relay, relayFirst, relayLast, first, end, introduces));
          frames.push({
            ...frame(
              trailing ? "trailing" : "verb",
              cue,
              i,
              cueEnd,
              speaker,
              sFirst,
              sEnd,
              content[0],
              content[1],
              introduces,
            ),
            clause: true,
          });
          byAt = -1;
        }
      }
      continue;
    }

    if (cue.speakerAfter) {
      const speaker = parseSpeaker(wordsOf(tokens, cue.speakerAfter[0], cue.speakerAfter[1]));
      if (speaker)
        frames.push(
          frame("noun", cue, i, cueEnd, speaker, cue.speakerAfter[0], cue.speakerAfter[1], cueEnd, end, introduces),
        );
      continue;
    }
    if (cue.participle) {
      // ", noting that P" continues the previous speaker; ", calling it X" and a denial's gloss add nothing
      const prev = frames[frames.length - 1];
      if (
        prev?.speaker &&
        !prev.denial &&
        /^(,|and)$/.test(tokens[i - 1]?.lower ?? "") &&
        !/^(cite|describe|refer|accord)/.test(cue.lemma)
      ) {
        // ", calling the move a violation": what is called so is part of what is said
        const [cf, cl] = contentAfter(tokens, cue.lemma.startsWith("call ") ? cueEnd - 1 : cueEnd, end);
        if (prev.contentLast > i - 1) prev.contentLast = i - 1;
        if (cl - cf >= 2) frames.push(coordinated(tokens, prev, cue, i, cueEnd, cf, cl, introduces));
      } else if (prev?.denial) {
        // a denial's gloss restates the denial ("noting that there were no …"); a positive one is a new assertion
        const [cf, cl] = contentAfter(tokens, cueEnd, end);
        if (prev.contentLast > i - 1) prev.contentLast = i - 1;
        if (
          !tokens.slice(cf, cl).some((t) => /^(no|not|never|n't|nothing|none)$/.test(t.lower)) &&
          cl - cf >= 3 &&
          prev.speaker
        ) {
          frames.push({
            ...frame(
              "coordinated",
              { ...cue, denial: false },
              i,
              cueEnd,
              prev.speaker,
              prev.speakerFirst,
              prev.speakerLast,
              cf,
              cl,
              introduces,
            ),
            clause: true,
          });
        } else prev.glossed = true;
      } else if (!prev && i > first && tokens[i - 1].text === ",") {
        // "X defended the tariff, saying P": the clause's subject says P
        const subjEnd = tokens.slice(first, i).findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
        if (subjEnd > 0) {
          const speaker = parseSpeaker(wordsOf(tokens, first, first + subjEnd));
          const [cf, cl] = contentAfter(tokens, cueEnd, end);
          if (speaker && speaker.kind !== "group" && cl - cf >= 2)
            frames.push({
              ...frame("coordinated", cue, i, cueEnd, speaker, first, first + subjEnd, cf, cl, introduces),
              clause: true,
            });
        }
      }
      continue;
    }

    // "As (it was) noted in the Presidium, P", "As stressed by the ministry, P": the passive's agent speaks
    if (tokens[first].lower === "as" && i > first && tokens.slice(first + 1, i).every((t) => AS_PASSIVE.has(t.lower))) {
      const comma = findAhead(tokens, cueEnd + 1, end, (t) => t.text === ",");
      const speaker =
        comma > cueEnd + 1 && AGENT_LINKS.has(tokens[cueEnd]?.lower ?? "")
          ? parseSpeaker(wordsOf(tokens, cueEnd + 1, comma))
          : undefined;
      if (speaker && speaker.kind !== "pronoun") {
        frames.push(frame("as", cue, i, cueEnd, speaker, cueEnd + 1, comma, comma + 1, end, introduces));
        i = comma;
        continue;
      }
    }

    // passive: "It was confirmed that P", "This was stated … by S"
    let b = i - 1;
    while (b >= first && SKIPPABLE_BEFORE_CUE.has(tokens[b].lower) && !BE.has(tokens[b].lower)) b--;
    if (b >= first && BE.has(tokens[b].lower) && tokens[i].pos !== "NOUN") {
      const subj = b - 1 >= first ? tokens[b - 1].lower : "";
      const thatAt = findThat(tokens, cueEnd, end, 4);
      // "It was noted in the Kremlin that P" names who noted it
      const agent =
        subj === "it" && thatAt > cueEnd + 1 && AGENT_LINKS.has(tokens[cueEnd].lower)
          ? parseSpeaker(wordsOf(tokens, cueEnd + 1, tokens[thatAt - 1].text === "," ? thatAt - 1 : thatAt))
          : undefined;
      if (agent && agent.kind !== "pronoun") {
        frames.push({
          ...frame("verb", cue, i, cueEnd, agent, cueEnd + 1, thatAt, thatAt + 1, end, introduces),
          clause: true,
        });
      } else if (subj === "it" && thatAt >= 0) {
        frames.push(frame("agentless", cue, i, cueEnd, undefined, b - 1, b, thatAt + 1, end, introduces));
      } else if (/^(this|that|it)$/.test(subj)) {
        const by = tokens.slice(cueEnd, end).findIndex((t) => t.lower === "by");
        if (by >= 0) {
          const sFirst = cueEnd + by + 1;
          const speaker = parseSpeaker(wordsOf(tokens, sFirst, end));
          if (speaker)
            frames.push({
              ...frame("backref", cue, i, cueEnd, speaker, sFirst, end, b - 1, b, introduces),
              pointsBack: true,
            });
        }
      }
      continue;
    }

    // what stands between the speaker and the cue: adverbs, auxiliaries, a parenthetical ", in turn,"
    let j = cue.subjectEnd ?? i - 1;
    // "An official who asked not to be named said": the relative clause stands between speaker and cue
    if (j > first && /^(named|identified|anonymity|record|publicly)$/.test(tokens[j].lower)) {
      const who = findBack(tokens, j, first, (t) => t.lower === "who", 12);
      if (who > first) j = tokens[who - 1].text === "," ? who - 2 : who - 1;
    }
    for (;;) {
      while (
        j >= first &&
        (SKIPPABLE_BEFORE_CUE.has(tokens[j].lower) || isMannerAdverb(tokens[j])) &&
        !(
          tokens[j].lower === "to" &&
          !/^(appeared|appears|seemed|seems|wants|wanted|tried|sought|continued|continues)$/.test(
            tokens[j - 1]?.lower ?? "",
          )
        )
      )
        j--;
      // "Fellner, in conversation with our newspaper, confirmed …": whom they spoke to is no part of who spoke
      const talk = interviewAdjunctStart(tokens, j, first);
      if (talk > first) {
        j = talk - 1;
        continue;
      }
      // "Kalnins in his turn expressed …", "the mission on the contrary spoke of …"
      const stock = stockAdjunctStart(tokens, j, first, i);
      if (stock > first) {
        j = stock - 1;
        continue;
      }
      // "Castillo on Wednesday rejected …", "the ministry last week said …": the time is no part of who spoke
      const when = timeAdjunctStart(tokens, j, first);
      if (when > first) {
        j = when - 1;
        continue;
      }
      if (j >= first && tokens[j].text === ",") {
        const open = findBack(tokens, j - 1, first, (t) => t.text === ",", 12);
        if (
          open >= 0 &&
          /^(as|in|according|however|though|meanwhile|too|also|again|for|on|at|after|following|speaking|while|during)$/.test(
            tokens[open + 1].lower,
          ) &&
          open > first
        ) {
          j = open - 1;
          continue;
        }
        const relative = relativeClauseOpen(tokens, j, first);
        if (relative > first) {
          j = relative;
          continue;
        }
      }
      break;
    }

    let speaker: SpeakerRef | undefined;
    let sFirst = j + 1;
    let kind: FrameKind = "verb";
    // "…, according to its director Paul Okafor, who accused …": the relative pronoun's antecedent speaks
    if (j >= first + 2 && /^(who|which)$/.test(tokens[j].lower) && tokens[j - 1].text === ",") {
      const a = walkLeft(tokens, j - 2, first);
      const ref = a <= j - 2 ? parseSpeaker(wordsOf(tokens, a, j - 1)) : undefined;
      if (ref) {
        const [cf, cl] = contentAfter(tokens, cueEnd, end);
        frames.push({
          ...frame("verb", cue, i, cueEnd, ref, a, j - 1, cf, cl, introduces, cue),
          clause: tokens[cf - 1]?.lower === "that",
        });
      }
      continue;
    }
    // "GADA, asked about it by reporters, rejected the suggestion": an aside between the speaker and the verb
    if (j >= first + 3 && tokens[j].text === ",") {
      const open = findBack(tokens, j - 1, first, (t) => t.text === ",", 12);
      if (open > first && ASIDE_OPENERS.test(tokens[open + 1]?.lower ?? "")) {
        const a = walkLeft(tokens, open - 1, first);
        const ref =
          a <= open - 1 && (a === first || /^[“"‘’”,]$/.test(tokens[a - 1].text))
            ? parseSpeaker(wordsOf(tokens, a, open))
            : undefined;
        if (ref && ref.kind !== "pronoun") {
          const [cf, cl] = contentAfter(tokens, cueEnd, end);
          frames.push({
            ...frame("verb", cue, i, cueEnd, ref, a, open, cf, cl, introduces, cue),
            clause: tokens[cf - 1]?.lower === "that",
          });
          continue;
        }
      }
    }
    if (
      j >= first &&
      (tokens[j].text === "," || CLOSE_QUOTE.test(tokens[j].text) || /^[—–-]$/.test(tokens[j].text)) &&
      hasWordsBetween(tokens, first, j, 2)
    ) {
      // apposition "TITLE, NAME, said"? else an inverted "P, said S"
      const np2 = walkLeft(tokens, j - 1, first);
      const beforeNp2 = np2 - 1;
      // "Ahmed Nour, an analyst at the Centre for Policy in Rabat, said": the title may hold prepositions
      const comma = findBack(tokens, j - 1, first, (t) => t.text === ",", 16);
      // "…, a hepatologist at St Bride's who is not involved in the study, said": the relative clause is the title's
      const relative = tokens.slice(comma + 1, j).findIndex((t) => t.lower === "who");
      const titleEnd = relative >= 0 ? comma + 1 + relative : j;
      if (
        comma > first &&
        titleStart(tokens, comma + 1) &&
        !tokens.slice(comma + 1, titleEnd).some((t) => t.pos === "VERB" || t.pos === "AUX")
      ) {
        const np1 = walkLeft(tokens, comma - 1, first);
        const named = np1 <= comma - 1 ? parseSpeaker(wordsOf(tokens, np1, comma)) : undefined;
        if (
          (named?.kind === "name" || (named?.kind === "org" && !named.anaphor)) &&
          (np1 === first ||
            /^[“"‘’”,]$/.test(tokens[np1 - 1].text) ||
            tokens[np1 - 1].lower === "that" ||
            !hasVerb(tokens, first, np1))
        ) {
          speaker = parseSpeaker(wordsOf(tokens, np1, j));
          if (speaker) sFirst = np1;
        }
      }
      if (!speaker && np2 <= j - 1 && beforeNp2 >= first && tokens[beforeNp2].text === ",") {
        const np1 = walkLeft(tokens, beforeNp2 - 1, first);
        // "“P,” the owner, Lars Vik, said": the title may open right after the closing quote
        if (np1 <= beforeNp2 - 1 && (np1 === first || /^[“"‘’”,]$/.test(tokens[np1 - 1].text))) {
          speaker = parseSpeaker(wordsOf(tokens, np1, j));
          if (speaker && (speaker.kind === "name" || speaker.kind === "role")) sFirst = np1;
          else speaker = undefined;
        }
      }
      if (!speaker) {
        // inverted: ", said the minister" / "” said Smith"
        let k = cueEnd;
        // "said Minister of Water and Energy Ilka Moravec": a title's "of" and "and" join capitalised words
        // so does "of" after a role ("said the speaker of the ministry Ivan Marko")
        const inTitle = (m: number) =>
          (/^(of|and|for)$/.test(tokens[m].lower) &&
            m > cueEnd &&
            /^\p{Lu}/u.test(tokens[m - 1].text) &&
            /^\p{Lu}/u.test(tokens[m + 1]?.text ?? "") &&
            tokens.slice(cueEnd, m).some((t) => isRoleWord(t.lower))) ||
          (tokens[m].lower === "of" && m > cueEnd && isRoleWord(tokens[m - 1].lower));
        while (
          (k < end && (isNpToken(tokens[k]) || inTitle(k))) ||
          (k < end && tokens[k].pos === "PRON" && k === cueEnd)
        )
          k++;
        // "…,” said Aditi Varma of the Institute of Astronomy, who led the study": the affiliation is the speaker's
        let nameEnd = k;
        const affiliated = affiliationEnd(tokens, k, end);
        if (affiliated > k && k > cueEnd) k = affiliated;
        // "…,” said Ana Ruiz, an analyst at the Centre for Policy." — the apposition belongs to the speaker
        // so does a bare title ("…,” said Ruth Lang, Director-General of the agency."), which names no one itself
        if (k < end && tokens[k].text === "," && isApposition(tokens, k + 1, end)) {
          nameEnd = /^(a|an|the)$/.test(tokens[k + 1].lower) ? end : k;
          k = end;
        } else if (k < end && tokens[k].text === "," && tokens[k + 1]?.lower === "who") {
          // "…,” said Pavel Dusek, who chairs the growers' union." — the relative clause describes the speaker
          nameEnd = k;
          k = end;
        }
        const after = parseSpeaker(wordsOf(tokens, cueEnd, nameEnd));
        if (after && k > cueEnd && (k === end || isAdjunctTail(tokens, k, end))) {
          frames.push({
            ...frame(
              "inverted",
              cue,
              i,
              cueEnd,
              after,
              cueEnd,
              k,
              clauseStart(tokens, first, j),
              quoteOpenBefore(tokens, j),
              introduces,
            ),
            denial: cue.denial,
          });
        }
        continue;
      }
    } else {
      sFirst = walkLeft(tokens, j, first);
      if (sFirst <= j) speaker = parseSpeaker(wordsOf(tokens, sFirst, j + 1));
      const named = speaker && speaker.kind !== "name" ? namedBeforeTitle(tokens, sFirst, first) : -1;
      if (named >= 0) {
        speaker = parseSpeaker(wordsOf(tokens, named, j + 1)) ?? speaker;
        sFirst = named;
      }
    }

    // VP coordination: "… urged X not to Y and asked for Z" shares the subject of the previous cue
    if (!speaker && j >= first && /^(and|,|but|while)$/.test(tokens[j].lower) && frames.length > 0) {
      const prev = frames[frames.length - 1];
      if (prev.speaker && prev.contentLast > j) prev.contentLast = tokens[j - 1]?.text === "," ? j - 1 : j;
      if (prev.speaker) {
        const [cf, cl] = contentAfter(tokens, cueEnd, end);
        frames.push(coordinated(tokens, prev, cue, i, cueEnd, cf, cl, introduces));
      }
      continue;
    }
    if (!speaker) continue;
    if (cue.weak && speaker.kind === "group") continue;

    // "as S put it" is a parenthetical relay of the whole sentence
    const asAt = sFirst - 1;
    if (
      asAt >= first &&
      tokens[asAt].lower === "as" &&
      (asAt === first || /^[,(–—-]$/.test(tokens[asAt - 1].text)) &&
      speaker.kind !== "group"
    ) {
      // the content is the rest of the sentence: after "As S said on Monday," or before ", as S reported"
      const f = frame("as", cue, i, cueEnd, speaker, sFirst, j + 1, first, end, introduces);
      if (asAt === first) {
        const comma = tokens.slice(cueEnd, end).findIndex((t) => t.text === ",");
        if (comma >= 0) f.contentFirst = cueEnd + comma + 1;
      } else {
        let cut = asAt;
        while (cut > first && /^[,(–—-]$/.test(tokens[cut - 1].text)) cut--;
        f.contentLast = cut;
      }
      frames.push(f);
      continue;
    }

    // trailing: "P, S said [after the call]"
    const before = sFirst - 1;
    // "P, a charge Hollis denied", "P, a claim the rebels deny": the apposition names the clause before it as
    // what S rejects; P keeps its own speaker
    const apposed = apposedClaimNoun(tokens, sFirst, i, first);
    if (cue.denial && apposed >= 0) {
      let last = cueEnd;
      while (last < end && tokens[last].text !== ",") last++;
      frames.push({
        ...frame("trailing", cue, i, cueEnd, speaker, apposed, j + 1, cueEnd, last, introduces),
        denial: true,
        pointsBack: true,
        apposed: true,
      });
      continue;
    }
    const trailingTail =
      isAdjunctTail(tokens, cueEnd, end) || cueEnd >= end || skipObject(tokens, cueEnd, end, cue.lemma);
    if (
      before >= first &&
      (tokens[before].text === "," ||
        CLOSE_QUOTE.test(tokens[before].text) ||
        /^[—–-]$/.test(tokens[before].text) ||
        (tokens[before].text === ";" && cueEnd >= end)) &&
      hasWordsBetween(tokens, first, before, 3) &&
      hasVerb(tokens, first, before) &&
      trailingTail &&
      findThat(tokens, cueEnd, end, 6) < 0
    ) {
      kind = "trailing";
      frames.push({
        ...frame(
          kind,
          cue,
          i,
          cueEnd,
          speaker,
          sFirst,
          j + 1,
          clauseStart(tokens, first, before),
          tokens[before].text === "," ? before : before + 1,
          introduces,
        ),
        denial: cue.denial,
      });
      continue;
    }
    const [cf, cl] = contentAfter(tokens, cueEnd, end);
    // "The ministry denied it.", "Ministry denies report": one word is enough when it points back
    const pointer =
      cue.denial && cl - cf === 1 && (POINTER_OBJECTS.has(tokens[cf].lower) || CLAIM_NOUNS.has(tokens[cf].lower));
    if (!hasWordsBetween(tokens, cf, cl, 2) && !introduces && !pointer) continue;
    const f = frame(kind, cue, i, cueEnd, speaker, sFirst, j + 1, cf, cl, introduces, cue);
    f.clause =
      tokens[cf - 1]?.lower === "that" || tokens[cf - 1]?.text === ":" || /^[“"«]$/.test(tokens[cf]?.text ?? "");
    // "S reported, citing Y, that P": Y speaks, S relays
    const cited = f.clause ? citedAside(tokens, cueEnd, cf - 1) : undefined;
    if (cited) {
      frames.push(relayFrame(cue, speaker, sFirst, j + 1, first, end, introduces));
      f.speaker = cited.speaker;
      f.speakerFirst = cited.first;
      f.speakerLast = cited.last;
    }
    rejectingPredicate(tokens, f);
    notTrue(tokens, f);
    if (CLAUSE_ONLY_LEMMAS.has(f.cue) && !f.clause) continue;
    // "denied a report claiming P", "rejected media reports alleging that P": P is what is denied
    if (f.denial && !f.clause) {
      const at = tokens
        .slice(cf, Math.min(cl, cf + 6))
        .findIndex(
          (t, k) =>
            k > 0 &&
            /^(claiming|alleging|saying|suggesting|stating|asserting)$/.test(t.lower) &&
            CLAIM_NOUNS.has(tokens[cf + k - 1].lower),
        );
      if (at > 0) {
        f.contentFirst = cf + at + 1 + (tokens[cf + at + 1]?.lower === "that" ? 1 : 0);
        f.clause = true;
      }
    }
    if (f.denial && !f.clause) {
      const head = tokens
        .slice(cf, cl)
        .find((t) => t.pos !== "DET" && t.pos !== "ADJ" && !/^(some|such|these|those|all|any)$/.test(t.lower));
      // "rejected the criticism", "denied the report": a short definite object names an earlier claim
      let objectEnd = cf;
      while (objectEnd < cl && tokens[objectEnd].text !== ",") objectEnd++;
      const definite =
        /^(the|this|that|these|those|such|their|his|her|its)$/.test(tokens[cf]?.lower ?? "") && objectEnd - cf <= 4;
      f.pointsBack = !head || CLAIM_NOUNS.has(head.lower) || head.pos === "PRON" || definite;
    }
    frames.push(f);
  }
  // a cue whose content a trailing attribution took away entirely ("… an official comment,” X said") reports nothing
  const kept = nestAndTrim(frames, tokens).filter(
    (f) =>
      f.kind !== "verb" || f.introduces || f.pointsBack || hasWordsBetween(tokens, f.contentFirst, f.contentLast, 1),
  );
  for (const f of kept) if (!f.denial && f.kind !== "backref" && f.kind !== "according") deniesInContent(tokens, f);
  // a headline's topic label ("Hollis: Tarrant denies report") names no speaker when the rest is attributed
  return kept.some((f) => f.kind !== "colon") ? kept.filter((f) => f.kind !== "colon") : kept;
}

/**
 * Where "…, a charge S denied" begins (its article or its claim noun), when the speaker phrase at
 * `sFirst` follows, or opens with, a claim noun set off by a comma; else -1.
 */
function apposedClaimNoun(tokens: Token[], sFirst: number, cueAt: number, first: number): number {
  for (const noun of [sFirst + 1, sFirst, sFirst - 1]) {
    if (noun < first || noun >= cueAt || tokens[noun].pos === "PRON" || !CLAIM_NOUNS.has(tokens[noun].lower)) continue;
    const start = /^(a|an|the)$/.test(tokens[noun - 1]?.lower ?? "") ? noun - 1 : noun;
    if (start - 1 > first && tokens[start - 1].text === ",") return start;
  }
  return -1;
}

/** A cue sharing the previous frame's speaker: ", noting that P", "… and warned that P". */
function coordinated(
  tokens: Token[],
  prev: Frame,
  cue: Cue,
  cueFirst: number,
  cueLast: number,
  contentFirst: number,
  contentLast: number,
  introduces: boolean,
): Frame {
  const { speaker, speakerFirst, speakerLast } = prev;
  return {
    ...frame(
      "coordinated",
      cue,
      cueFirst,
      cueLast,
      speaker,
      speakerFirst,
      speakerLast,
      contentFirst,
      contentLast,
      introduces,
    ),
    clause: tokens[contentFirst - 1]?.lower === "that" || tokens[contentFirst - 1]?.text === ":",
  };
}

function frame(
  kind: FrameKind,
  cue: { lemma: string; denial: boolean; weak: boolean },
  cueFirst: number,
  cueLast: number,
  speaker: SpeakerRef | undefined,
  speakerFirst: number,
  speakerLast: number,
  contentFirst: number,
  contentLast: number,
  introduces: boolean,
  c = cue,
): Frame {
  return {
    kind,
    cue: c.lemma,
    cueFirst,
    cueLast,
    speaker,
    speakerFirst,
    speakerLast,
    contentFirst,
    contentLast,
    denial: c.denial,
    pointsBack: false,
    introduces,
    weak: c.weak,
    clause: kind !== "verb" && kind !== "coordinated",
  };
}

/**
 * "…,” Maria Zakharova, spokesperson for the ministry, told reporters": where the name standing
 * before a title that is itself the cue's subject begins, or -1. The name must open the clause
 * (after a quote, a comma or the sentence start), so "the minister met Ana Ruiz, the envoy, said" is no case.
 */
/** The outer frame of a relay ("Y quoted S as saying P", "Y reported, citing S, that P"): the whole sentence, Y as its speaker. */
function relayFrame(
  cue: Cue,
  relay: SpeakerRef,
  rFirst: number,
  rLast: number,
  first: number,
  end: number,
  introduces: boolean,
): Frame {
  return {
    ...frame("trailing", cue, rFirst, rLast, relay, rFirst, rLast, first, end, introduces),
    clause: true,
    kind: "relay",
  };
}

function namedBeforeTitle(tokens: Token[], titleFirst: number, first: number): number {
  const comma = titleFirst - 1;
  if (comma - 1 < first || tokens[comma].text !== ",") return -1;
  const np = walkLeft(tokens, comma - 1, first);
  if (np > comma - 1 || !(np === first || CLOSE_QUOTE.test(tokens[np - 1].text) || tokens[np - 1].text === ","))
    return -1;
  return parseSpeaker(wordsOf(tokens, np, comma))?.kind === "name" ? np : -1;
}

/** Whether tokens [a, b) hold a verb or an auxiliary. */
export function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return true;
  return false;
}

function hasWordsBetween(tokens: Token[], a: number, b: number, n: number): boolean {
  let c = 0;
  for (let k = a; k < b; k++) if (isWord(tokens[k]) && ++c >= n) return true;
  return false;
}

function findBack(tokens: Token[], from: number, first: number, pred: (t: Token) => boolean, max: number): number {
  for (let k = from; k >= first && from - k < max; k--) if (pred(tokens[k])) return k;
  return -1;
}

/** The first token in [from, to) that `pred` accepts, or -1: scans only that range, not the document's tokens. */
function findAhead(tokens: Token[], from: number, to: number, pred: (t: Token) => boolean): number {
  for (let k = from; k < to; k++) if (pred(tokens[k])) return k;
  return -1;
}

function findThat(tokens: Token[], from: number, end: number, max: number): number {
  for (let k = from; k < end && k - from <= max; k++) {
    if (
      tokens[k].lower === "that" &&
      (tokens[k].pos === "SCONJ" || tokens[k].pos === "PRON" || tokens[k].pos === "DET")
    )
      return k;
    // "reported, citing internal emails, that P": the source aside sits between the verb and its clause
    if (tokens[k - 1]?.text === "," && SOURCE_ASIDES.test(tokens[k].lower)) {
      const close = findAhead(tokens, k + 1, Math.min(end, k + 11), (t) => t.text === ",");
      if (close > k && tokens[close + 1]?.lower === "that") return close + 1;
    }
    // a verb ends the search, but not one the tagger found inside a noun phrase ("on a hacking forum")
    if ((tokens[k].pos === "VERB" || tokens[k].pos === "AUX") && k > from && tokens[k - 1].pos !== "DET") return -1;
  }
  return -1;
}
const SOURCE_ASIDES = /^(citing|quoting|according|referring|based)$/;
/** Verbs that report only with their particle or object (PHRASAL_CUES): bare, they are everyday words. */
const ONLY_PHRASAL = new Set(["point", "make", "put", "pour", "lay", "set", "go", "speak"]);
/** What may stand between "As" and a passive cue ("As it was noted"), and what opens its agent ("in the Kremlin", "by the ministry"). */
const AS_PASSIVE = new Set(["it", "was", "is", "has", "had", "been", "already"]);
const AGENT_LINKS = new Set(["in", "by", "at"]);
const POINTER_OBJECTS = new Set(["it", "this", "that", "them", "these", "those"]);

/** ", citing Y," or ", quoting Y," between a cue and its that-clause [k, that): who Y is, when Y can speak. */
function citedAside(
  tokens: Token[],
  k: number,
  that: number,
): { speaker: SpeakerRef; first: number; last: number } | undefined {
  if (tokens[k]?.text !== "," || !/^(citing|quoting)$/.test(tokens[k + 1]?.lower ?? "")) return undefined;
  const last = tokens[that - 1]?.text === "," ? that - 1 : that;
  // "citing internal documents and two people familiar with the inquiry": the people speak
  const and = findAhead(tokens, k + 3, last, (t) => t.lower === "and");
  const from = and > 0 && DOCUMENTS.has(tokens[and - 1].lower) ? and + 1 : k + 2;
  const [first, to] = behindFigures(tokens, from, last);
  const speaker = parseSpeaker(wordsOf(tokens, first, to));
  // documents and figures are what S read, not who spoke ("citing internal emails")
  if (!speaker || speaker.kind === "pronoun" || DOCUMENTS.has(tokens[to - 1].lower)) return undefined;
  return { speaker, first, last: to };
}

/** "UN estimates", "data from the health ministry", "the ministry's figures": the body behind the figures. */
function behindFigures(tokens: Token[], a: number, b: number): [number, number] {
  if (b - a >= 3 && FIGURES.has(tokens[a].lower) && /^(from|of|by)$/.test(tokens[a + 1].lower)) return [a + 2, b];
  let last = b;
  if (last - a >= 2 && FIGURES.has(tokens[last - 1].lower)) last--;
  if (last - a >= 2 && /^['’]s?$/.test(tokens[last - 1].text)) last--;
  return [a, last];
}
const FIGURES = new Set(["figures", "estimates", "data", "statistics", "numbers", "tallies", "tally", "count"]);
const DOCUMENTS = new Set([
  ...FIGURES,
  "emails",
  "e-mails",
  "documents",
  "document",
  "memo",
  "memos",
  "records",
  "files",
  "papers",
  "report",
  "reports",
  "letter",
  "letters",
  "minutes",
  "study",
  "research",
  "analysis",
  "survey",
  "poll",
  "polls",
  "footage",
  "images",
]);

/** The clause a trailing attribution reports starts at the sentence start, or after "and"-joined earlier clauses. */
function clauseStart(tokens: Token[], first: number, before: number): number {
  // a dateline "STOCKHOLM, March 3 (Agency) --" is not part of what was said
  for (let k = first; k < Math.min(before, first + 20); k++) {
    if (
      /^(--|—|–)$/.test(tokens[k].text) &&
      k > first &&
      /^[)\p{Lu}\d]/u.test(tokens[k - 1].text) &&
      tokens.slice(first, k).every((t) => t.pos !== "VERB")
    )
      return k + 1;
  }
  return first;
}

function quoteOpenBefore(tokens: Token[], j: number): number {
  return tokens[j].text === "," ? j : j + 1;
}

/** After the cue: adjuncts only ("after the call", "on Friday", ", calling it …")? */
function isAdjunctTail(tokens: Token[], k: number, end: number): boolean {
  if (k >= end) return true;
  const t = tokens[k];
  // "…,” Zakharova said; RT reported.": a short relay closing the sentence
  if (t.text === ";") return end - k <= 6 && REPORTING_FORMS.has(tokens[end - 1].lower);
  // ", but he warned that …" opens a clause of its own, which finds its own frame
  if (t.text === ",")
    return (
      k + 1 >= end ||
      PARTICIPLE_CUES.has(tokens[k + 1].lower) ||
      TRAILING_ADJUNCT_STARTS.has(tokens[k + 1].lower) ||
      /ing$/.test(tokens[k + 1].lower) ||
      (/^(but|while|although|though|whereas)$/.test(tokens[k + 1].lower) && hasVerb(tokens, k + 2, end))
    );
  if (TRAILING_ADJUNCT_STARTS.has(t.lower) && !(t.lower === "that"))
    return !tokens.slice(k, end).some((x) => x.lower === "that" && x.pos === "SCONJ");
  if (
    t.pos === "PROPN" ||
    t.pos === "NUM" ||
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/i.test(t.text)
  )
    return true;
  return false;
}

/** "told Biden, according to …", "told reporters on Friday": an object then nothing but adjuncts. */
function skipObject(tokens: Token[], k: number, end: number, lemma: string): boolean {
  // "said to President Trump", "wrote to the council": an addressee
  if (/^(say|write|speak|explain|add)$/.test(lemma) && tokens[k]?.lower === "to" && tokens[k + 1]?.pos !== "VERB")
    return skipObject(tokens, k + 1, end, "tell");
  if (!CONTENT_OBJECT_VERBS.has(lemma)) return false;
  let m = k;
  while (m < end && (isNpToken(tokens[m]) || tokens[m].pos === "PRON")) m++;
  return m > k && (m >= end || isAdjunctTail(tokens, m, end));
}

/** The content after a cue: after "that" if it comes soon, else from the object on. */
function contentAfter(tokens: Token[], k: number, end: number): [number, number] {
  if (k < end && tokens[k].text === ":") return [k + 1, end];
  const that = findThat(tokens, k, end, 8);
  if (that >= 0) return [that + 1, end];
  // "said on Monday it had …": the time is the saying's, not the content's
  let m = k;
  if (m < end && TIME_OPENERS.has(tokens[m].lower) && TIME_HEADS.has(tokens[m + 1]?.lower ?? "")) m += 2;
  while (m > k && m < end && TIME_HEADS.has(tokens[m].lower)) m++;
  return [m < end ? m : k, end];
}

/**
 * Frames inside another frame's content are relayed by it (outer frames emit no mention of their
 * own); a frame's content stops where a following, non-nested frame's speaker starts.
 */
function nestAndTrim(frames: Frame[], tokens: Token[]): Frame[] {
  for (const f of frames) {
    for (const g of frames) {
      if (
        f === g ||
        g.kind === "trailing" ||
        g.kind === "inverted" ||
        g.kind === "as" ||
        (g.kind === "according" && g.contentFirst < g.cueFirst)
      )
        continue;
      // g starts after f's content began, and is not nested in it (joined by "and", ";", ", while" …)
      if (
        g.speakerFirst > f.contentFirst &&
        g.speakerFirst < f.contentLast &&
        g.cueFirst > f.cueFirst &&
        f.kind !== "as"
      ) {
        let prev = g.speakerFirst - 1;
        while (
          prev > f.contentFirst &&
          /^(to|in|with|for|on|,)$/.test(tokens[prev].lower) &&
          /^(which|whom)$/.test(tokens[prev - 1]?.lower ?? "") === false &&
          tokens[prev].text !== ","
        )
          prev--;
        const joined =
          g.kind === "coordinated" ||
          /^(and|but|while|whereas|;|which|whom|when)$/.test(tokens[prev]?.lower ?? "") ||
          (/^(to|in|with|for|on)$/.test(tokens[prev]?.lower ?? "") &&
            /^(which|whom)$/.test(tokens[prev - 1]?.lower ?? ""));
        if (joined) {
          let cut = prev;
          while (
            cut > f.contentFirst &&
            /^(,|and|but|while|whereas|;|which|whom|when|to|in|with|for|on)$/.test(tokens[cut - 1]?.lower ?? "")
          )
            cut--;
          if (/^(which|whom)$/.test(tokens[prev]?.lower ?? "") || /^(which|whom)$/.test(tokens[prev - 1]?.lower ?? ""))
            cut = Math.min(cut, prev - (/^(which|whom)$/.test(tokens[prev].lower) ? 0 : 1));
          while (cut > f.contentFirst && /^(,|to|in|with|for|on)$/.test(tokens[cut - 1].lower)) cut--;
          f.contentLast = Math.min(f.contentLast, cut);
        }
      }
    }
    // a trailing frame's region ends any content running into it
    for (const g of frames) {
      // "S says P, as the agency reported": the relay of the whole sentence is no part of P
      if (g.kind === "as" && f !== g && g.speakerFirst > f.contentFirst && g.speakerFirst <= f.contentLast) {
        let cut = g.speakerFirst - 1;
        while (cut > f.contentFirst && /^[,(–—-]$/.test(tokens[cut - 1].text)) cut--;
        f.contentLast = Math.min(f.contentLast, cut);
        continue;
      }
      if (g.apposed && f !== g && g.speakerFirst > f.contentFirst && g.speakerFirst <= f.contentLast) {
        f.contentLast = g.speakerFirst - 1;
        continue;
      }
      if (
        (g.kind === "trailing" || g.kind === "inverted" || (g.kind === "according" && g.contentFirst < g.cueFirst)) &&
        f !== g &&
        g.speakerFirst > f.contentFirst &&
        g.speakerFirst <= f.contentLast + 1 &&
        f.cueFirst < g.cueFirst
      ) {
        f.contentLast = Math.min(f.contentLast, g.contentLast);
      }
    }
  }
  return frames;
}

/** The innermost frame whose content holds `g` (its relay), if any. */
export function parentOf(frames: Frame[], g: Frame): Frame | undefined {
  let best: Frame | undefined;
  for (const f of frames) {
    if (f === g || g.apposed || (g.kind === "coordinated" && f.speaker === g.speaker)) continue;
    const inside = g.cueFirst >= f.contentFirst && g.cueFirst < f.contentLast && g.speakerFirst >= f.contentFirst;
    if (inside && (!best || f.contentLast - f.contentFirst < best.contentLast - best.contentFirst)) best = f;
  }
  return best;
}

/**
 * "S said the claim that P was baseless" / "S called the reports false": a denial. Its content is
 * P when the claim is spelled out, else it points back to an earlier claim.
 */
function rejectingPredicate(tokens: Token[], f: Frame): void {
  // the claim noun may sit before a "that" the content already skipped: "said the claim that P was false"
  const cf = f.cueLast < f.contentFirst && f.kind === "verb" ? f.cueLast : f.contentFirst;
  const cl = f.contentLast;
  let head = cf;
  while (
    head < cl &&
    (tokens[head].pos === "DET" ||
      tokens[head].pos === "ADJ" ||
      tokens[head].pos === "PROPN" ||
      /^(such|these|those)$/.test(tokens[head].lower))
  )
    head++;
  if (head >= cl || !CLAIM_NOUNS.has(tokens[head].lower) || tokens[head].pos === "PRON") return;
  const be = tokens.slice(head, cl).findIndex((t, k) => k > 0 && BE.has(t.lower) && t.pos === "AUX");
  if (be < 0) return;
  const predicate = tokens
    .slice(head + be + 1, Math.min(cl, head + be + 5))
    .find((t) => REJECTING_PREDICATES.has(t.lower.replace(/[“”"]/g, "")));
  if (!predicate && f.cue !== "call the") return;
  f.denial = true;
  if (tokens[head + 1]?.lower === "that") {
    f.contentFirst = head + 2;
    f.contentLast = head + be;
    f.clause = true;
  } else f.pointsBack = true;
}

/** The content rejects rather than states ("the report was not accurate", "we never said P"): a denial. */
function deniesInContent(tokens: Token[], f: Frame): void {
  // "said the idea that P was wrong": the claim noun may sit before a "that" the content skipped
  const from = f.kind === "verb" && f.cueLast < f.contentFirst ? f.cueLast : f.contentFirst;
  // "said on her channel that reports that P do not correspond to reality": the words before "that" are no subject
  const v =
    verdictOf(tokens, from, f.contentLast, f.cue) ??
    (from < f.contentFirst ? verdictOf(tokens, f.contentFirst, f.contentLast, f.cue) : undefined);
  if (!v) return;
  f.denial = true;
  f.denialRule = v.rule;
  if (v.about) {
    [f.contentFirst, f.contentLast] = v.about;
    f.clause = true;
  } else f.pointsBack = true;
}

/** "S said it is simply not true that P" / "“It is false that P,” S said": S denies P. */
export function notTrue(tokens: Token[], f: Frame): void {
  const ws = tokens
    .slice(f.contentFirst, Math.min(f.contentLast, f.contentFirst + 9))
    .map((t) => t.lower.replace(/^[“"]/, ""));
  const at = ws.findIndex((w, k) => (w === "true" && ws[k - 1] === "not") || w === "false" || w === "untrue");
  if (at < 0 || ws[at + 1] !== "that" || !ws.slice(0, at).some((w) => BE.has(w))) return;
  f.denial = true;
  f.contentFirst += at + 2;
  f.clause = true;
}

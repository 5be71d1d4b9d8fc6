/**
 * What a claim's wording is made of, for matching: content lemmas, places folded to their state
 * ("Washington" → United States), near-synonyms folded to one form (error ~ mistake), words cut
 * to a six-letter stem (guarantees ~ guaranties), and the polarity of its negations.
 */

import { SAYING_LEMMAS } from "./cues.js";
import { dictionary } from "./dictionary.js";
import { longestStateFrom, mayOpenStateName, stateOf, WEEKDAYS } from "./gazetteer.js";
import { hasLetter, type Token } from "./nlp.js";

const STOP = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "as",
  "that",
  "this",
  "these",
  "those",
  "it",
  "its",
  "be",
  "have",
  "do",
  "will",
  "would",
  "could",
  "should",
  "can",
  "may",
  "might",
  "must",
  "shall",
  "there",
  "their",
  "they",
  "them",
  "he",
  "she",
  "his",
  "her",
  "we",
  "our",
  "us",
  "i",
  "you",
  "which",
  "who",
  "whom",
  "what",
  "when",
  "where",
  "if",
  "than",
  "then",
  "so",
  "also",
  "such",
  "both",
  "all",
  "any",
  "some",
  "other",
  "into",
  "about",
  "over",
  "after",
  "before",
  "during",
  "while",
  "between",
  "against",
  "under",
  "up",
  "out",
  "more",
  "most",
  "very",
  "only",
  "just",
  "even",
  "further",
  "once",
  "again",
  "certainly",
  "likely",
  "possible",
  "quite",
  "rather",
  "well",
  "each",
  "own",
  "same",
  "whole",
  "de",
  "facto",
  "per",
  "via",
  "upon",
  "towards",
  "toward",
  "around",
  "near",
  "ahead",
  "first",
  "then",
  "already",
  "still",
  "yet",
  "too",
  "however",
  "including",
  "together",
  "two",
  "reportedly",
  "allegedly",
  "ensure",
  "take",
  "make",
  "give",
  "get",
  "go",
  "set",
  "put",
  // when, not what: "currently taking" and "currently available" share no proposition
  "currently",
  "now",
  "today",
  "yesterday",
  "recently",
  "presently",
  "meanwhile",
  // who is addressed, not what is said: "urged his Mexican counterpart" ~ "urged Mexico"
  "counterpart",
  "counterparts",
  "side",
  "sides",
  "necessary",
  "needed",
  "need",
  "date",
]);

/** Degree words carry the speaker's heat, not the proposition. */
const DEGREE = new Set([
  "big",
  "grave",
  "colossal",
  "huge",
  "major",
  "great",
  "enormous",
  "massive",
  "truly",
  "exhaustive",
  "complete",
  "total",
  "full",
  "solid",
  "strict",
  "strictly",
  "very",
  "really",
  "particular",
]);

/** Verbs of saying inside a content add nothing to what is said. */
const SPEECH = new Set([...SAYING_LEMMAS, "according", "accord"]);

const SYNONYMS = dictionary<string>({
  error: "mistake",
  blunder: "mistake",
  misstep: "mistake",
  break: "breakdown",
  rupture: "breakdown",
  collapse: "breakdown",
  breakup: "breakdown",
  severance: "breakdown",
  tie: "relation",
  relationship: "relation",
  talk: "negotiation",
  negotiate: "negotiation",
  consultation: "negotiation",
  negotiating: "negotiation",
  conversation: "call",
  phone: "call",
  telephone: "call",
  nation: "country",
  state: "country",
  station: "deploy",
  place: "deploy",
  position: "deploy",
  deployment: "deploy",
  intention: "plan",
  intend: "plan",
  planning: "plan",
  going: "plan",
  assurance: "guarantee",
  guaranty: "guarantee",
  guarantie: "guarantee",
  guaranteed: "guarantee",
  president: "leader",
  head: "leader",
  premier: "leader",
  importance: "important",
  significance: "important",
  sanction: "sanction",
  penalty: "sanction",
  punitive: "sanction",
  invade: "invasion",
  incursion: "invasion",
  attack: "invasion",
  offensive: "offensive",
  response: "respond",
  reaction: "respond",
  answer: "respond",
  expansion: "expand",
  enlargement: "expand",
  escalate: "escalation",
  escalating: "escalation",
  deescalate: "deescalation",
  "de-escalate": "deescalation",
  "de-escalation": "deescalation",
  result: "result",
  outcome: "result",
  frank: "frank",
  candid: "frank",
  businesslike: "businesslike",
  "business-like": "businesslike",
  useful: "useful",
  beneficial: "useful",
  benefit: "useful",
  productive: "useful",
  prepare: "ready",
  prepared: "ready",
  willing: "ready",
  willingness: "ready",
  readiness: "ready",
  continue: "continue",
  resume: "continue",
  dialogue: "dialogue",
  dialog: "dialogue",
  monitor: "supervise",
  oversee: "supervise",
  supervision: "supervise",
  hike: "raise",
  increase: "raise",
  raise: "raise",
  cut: "reduce",
  lower: "reduce",
  reduce: "reduce",
  tariff: "tariff",
  duty: "tariff",
  levy: "tariff",
  truce: "ceasefire",
  "cease-fire": "ceasefire",
  armistice: "ceasefire",
  recall: "recall",
  withdraw: "recall",
  defect: "defect",
  fault: "defect",
  flaw: "defect",
  malfunction: "defect",
  delay: "delay",
  slow: "delay",
  slowly: "delay",
  late: "delay",
  belated: "delay",
  tardy: "delay",
  aware: "know",
  knowledge: "know",
  // common news paraphrases: "lift/scrap the ban", "hold/arrange/push for a summit soon/at an early date"
  lift: "lift",
  scrap: "lift",
  remove: "lift",
  end: "lift",
  drop: "lift",
  abolish: "lift",
  repeal: "lift",
  soon: "soon",
  early: "soon",
  shortly: "soon",
  promptly: "soon",
  quickly: "soon",
  swiftly: "soon",
  swift: "soon",
  prompt: "soon",
  quick: "soon",
  speedy: "soon",
  detention: "detain",
  arrest: "detain",
  custody: "detain",
  keep: "continue",
  maintain: "continue",
  remain: "continue",
  persist: "continue",
  arrange: "hold",
  convene: "hold",
  organise: "hold",
  organize: "hold",
  host: "hold",
  push: "hold",
  hold: "hold",
  summit: "meeting",
  session: "meeting",
  meet: "meeting",
  meeting: "meeting",
  measure: "measure",
  step: "measure",
  action: "measure",
  people: "public",
  population: "public",
  citizen: "public",
  public: "public",
  ban: "ban",
  prohibition: "ban",
  embargo: "ban",
  restriction: "ban",
  curb: "ban",
  grower: "producer",
  farmer: "producer",
  producer: "producer",
  manufacturer: "producer",
  maker: "producer",
  urge: "urge",
  ask: "urge",
  request: "urge",
  protect: "protect",
  safeguard: "protect",
  defend: "protect",
  fall: "fall",
  decline: "fall",
  plunge: "fall",
  slump: "fall",
  sink: "fall",
  shrink: "fall",
  breach: "violate",
  violation: "violate",
  violate: "violate",
  infringe: "violate",
  infringement: "violate",
  contravene: "violate",
  notify: "inform",
  inform: "inform",
  submit: "inform",
  notification: "inform",
});

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "n't",
  "nothing",
  "none",
  "neither",
  "nor",
  "nobody",
  "cannot",
  "without",
  "refuse",
  "refuses",
  "refused",
]);

export interface ClaimFeatures {
  terms: string[];
  /** Who, where and how many: names, places and figures. Two claims naming different ones differ. */
  entities?: string[];
  /** The terms that come from names: two sentences about the same parties share them whatever they say. */
  names?: string[];
  /** Odd number of negations: "will not deploy" vs "will deploy". */
  negated: boolean;
}

/** The features of a mention's content; "criticised X over Y" claims a criticism of X, not Y: the evaluation is part of the proposition. */
export function claimFeaturesOf(tokens: Token[], first: number, last: number, cue: string): ClaimFeatures {
  const features = featuresOf(tokens, first, last);
  if (EVALUATIVE.has(cue)) features.terms.push(`~${cue.slice(0, 5)}`);
  return features;
}
const EVALUATIVE = new Set(["criticise", "criticize", "accuse", "blame", "praise", "condemn", "welcome", "charge"]);

export function featuresOf(tokens: Token[], first: number, last: number): ClaimFeatures {
  const terms = new Set<string>();
  const entities = new Set<string>();
  const names = new Set<string>();
  let negations = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    // "lacked any basis" says what "has no basis" says
    if (NEGATORS.has(t.lower) || t.lemma === "lack") {
      // "not A, but B" asserts B: a contrast, not a negated proposition
      if (!contrastFollows(tokens, k, last)) negations++;
      continue;
    }
    // "unscientific" says "not scientific"
    const positive = t.pos === "ADJ" ? negatedAdjective(t.lower) : undefined;
    if (positive) {
      negations++;
      for (const term of termsOfLemma(positive)) terms.add(term);
      continue;
    }
    if (isWeekday(tokens, k)) continue;
    // a figure is what a toll, a price or a count is about ("214 dead" ~ "214 people were killed"); a year dates it
    if (/^\d[\d,.]*$/.test(t.text) && !/^(1[89]|20)\d\d$/.test(t.text)) {
      const figure = t.text.replace(/[,.]/g, "");
      terms.add(`#${figure}`);
      entities.add(figure);
      continue;
    }
    if (
      !hasLetter(t.text) ||
      t.pos === "PUNCT" ||
      t.pos === "DET" ||
      t.pos === "PRON" ||
      t.pos === "AUX" ||
      t.pos === "ADP" ||
      t.pos === "CCONJ" ||
      t.pos === "SCONJ"
    )
      continue;
    // multi-word places first, longest first: "Republic of Korea", "United States"
    const place = multiWordState(tokens, k, last);
    if (place) {
      terms.add(`@${place.state}`);
      entities.add(`@${place.state}`);
      k += place.length - 1;
      continue;
    }
    // "take place" is no placing of anything
    if (t.lower.startsWith("place") && /^(take|takes|took|taken|taking)$/.test(tokens[k - 1]?.lower ?? "")) continue;
    const state = stateOf(t.lower);
    // names and their adjectives ("Drusenian banks"), but not a capital that only opens the sentence
    const named =
      !state &&
      t.cap &&
      (t.pos === "PROPN" || ((t.pos === "ADJ" || t.pos === "NOUN") && k > first)) &&
      !STOP.has(t.lower);
    if (state) entities.add(`@${state}`);
    else if (named) entities.add(t.lower);
    for (const term of termsOfLemma(t.lemma || t.lower)) {
      terms.add(term);
      if (named) names.add(term);
    }
  }
  return { terms: [...terms], entities: [...entities], names: [...names], negated: negations % 2 === 1 };
}

/** Adjectives whose prefix negates them; "un-" is productive, the Latin prefixes are listed (important ≠ not portant). */
const NOT_UN = /^(unique|united|universal|unilateral|uniform|unanimous|union|unit|until|unless|under)/;
const LATIN_NEGATED = new Set([
  "illegal",
  "illegitimate",
  "illicit",
  "irresponsible",
  "irrelevant",
  "irrational",
  "inaccurate",
  "inadequate",
  "inappropriate",
  "incorrect",
  "ineffective",
  "insufficient",
  "invalid",
  "impossible",
  "improper",
  "imprudent",
]);

function negatedAdjective(word: string): string | undefined {
  if (word.startsWith("un") && word.length >= 7 && !NOT_UN.test(word)) return word.slice(2);
  if (LATIN_NEGATED.has(word)) return word.slice(2);
  return undefined;
}

const WEEKDAY = new Set(WEEKDAYS);

/**
 * A weekday: each outlet counts it from its own dateline ("on Monday" in one is "on 2 June" in
 * another), so it tells nothing. A calendar date stays: "the vote on 3 May" is not "the vote on 10 May".
 */
function isWeekday(tokens: Token[], k: number): boolean {
  return WEEKDAY.has(tokens[k].lower);
}

/** The state a place name of two to four words names, and its length: "the Republic of Korea". */
function multiWordState(tokens: Token[], k: number, last: number): { state: string; length: number } | undefined {
  for (let n = Math.min(longestStateFrom(tokens[k].lower), last - k); n >= 3; n--) {
    const state = stateOf(
      tokens
        .slice(k, k + n)
        .map((t) => t.lower)
        .join(" "),
    );
    if (state) return { state, length: n };
  }
  const two = k + 1 < last ? stateOfPair(tokens[k].lower, tokens[k + 1].lower) : undefined;
  return two ? { state: two, length: 2 } : undefined;
}

// featuresOf runs over every token of every mention, and the same words recur in every document:
// what a lemma or a pair of words yields is worked out once (bounded caches, cleared when full)
const CACHE_LIMIT = 100_000;
const lemmaTerms = new Map<string, string[]>();
/** By first word, then second: the state, or null for none (one lookup answers both). */
const pairStates = new Map<string, Map<string, string | null>>();
let pairCount = 0;

/** The terms a token's lemma adds, in order. */
function termsOfLemma(raw: string): string[] {
  let out = lemmaTerms.get(raw);
  if (out === undefined) {
    out = [];
    const lemma = raw.toLowerCase().replace(/[’']s$/, "");
    // "Russia-US", "large-scale": each part counts
    for (const part of lemma.includes("-") && !/^de-/.test(lemma) ? lemma.split("-") : [lemma]) addTerm(out, part);
    if (lemmaTerms.size >= CACHE_LIMIT) lemmaTerms.clear();
    lemmaTerms.set(raw, out);
  }
  return out;
}

/** stateOf("a b"), without building the phrase each time. */
function stateOfPair(a: string, b: string): string | undefined {
  if (!mayOpenStateName(a)) return undefined;
  let after = pairStates.get(a);
  const known = after?.get(b);
  if (known !== undefined) return known ?? undefined;
  const state = stateOf(`${a} ${b}`) ?? null;
  if (++pairCount > CACHE_LIMIT) {
    pairStates.clear();
    pairCount = 1;
    after = undefined;
  }
  if (after === undefined) pairStates.set(a, (after = new Map()));
  after.set(b, state);
  return state ?? undefined;
}

function addTerm(terms: string[], word: string): void {
  const state = stateOf(word);
  if (state) {
    terms.push(`@${state}`);
    return;
  }
  if (STOP.has(word) || DEGREE.has(word) || SPEECH.has(word) || word.length < 2 || NEGATORS.has(word)) return;
  let folded = SYNONYMS.get(word) ?? word;
  if (folded.length > 5 && folded.endsWith("ly")) folded = folded.slice(0, -2); // legally ~ legal
  terms.push(folded.length > 6 ? folded.slice(0, 6) : folded);
}

function contrastFollows(tokens: Token[], k: number, last: number): boolean {
  for (let j = k + 1; j < last && j <= k + 10; j++) {
    if (tokens[j].lower === "but" || tokens[j].lower === "rather") return true;
    if (tokens[j].text === "." || tokens[j].text === ";") return false;
  }
  return false;
}

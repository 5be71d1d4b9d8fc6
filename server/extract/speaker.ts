/**
 * Reading a speaker noun phrase ("White House press secretary Jen Psaki", "the Russian President",
 * "Putin's top aide", "it", "the Kremlin statement") into a structured reference. No resolution
 * here: actors.ts and coref.ts decide who it is.
 */

import { BODY_ANAPHORS, GROUP_NOUNS, STATEMENT_NOUNS } from "./cues.js";
import {
  bodyOf,
  isRoleWord,
  isStateForm,
  KNOWN_OUTLETS,
  MONTHS,
  ORG_WORDS,
  OUTLET_WORDS,
  PORTFOLIOS,
  roleAtEnd,
  SURNAME_THING_WORDS,
  stateOf,
  THING_WORDS,
  WEEKDAYS,
} from "./gazetteer.js";

export type RefKind = "name" | "role" | "pronoun" | "org" | "state" | "outlet" | "group" | "statement";

export interface SpeakerRef {
  kind: RefKind;
  /** The phrase as written (determiners kept), used as an alias. */
  surface: string;
  start: number;
  end: number;
  /** A personal or body name: "Jen Psaki", "Kremlin", "White House". */
  name?: string;
  /** The title part: "White House press secretary". */
  title?: string;
  role?: string;
  roleClass?: string;
  /** What the role is of: a state ("Russia"), a body ("White House") or a possessor name ("Putin"). */
  qualifier?: string;
  pronoun?: string;
  /** "a senior US official": an unnamed speaker who stays their own actor. */
  anonymous?: boolean;
  female?: boolean;
  male?: boolean;
  /** "the company", "the ministry": a body named earlier in the document. */
  anaphor?: boolean;
  /** "(KNA)" after the name. */
  acronym?: string;
}

/** What a body publishes rather than says: its owner speaks through it. */
const FIGURES = /^(estimate|estimates|figures|data|assessment|findings|calculations|analysis|projections)$/;
const OWN_OUTLET =
  /^(newspaper|paper|publication|site|website|newsroom|editorial|channel|station|agency|outlet|magazine)$/;
const CALENDAR = new RegExp(`^(${[...WEEKDAYS, ...MONTHS].join("|")})$`);
/** Articles and the possessives that stand where an article would ("the", "his"): no part of a name. */
export const ARTICLES = ["the", "a", "an", "his", "her", "its", "their"];
const DETERMINERS = new Set([...ARTICLES, "our", "my", "your", "this", "that", "these", "those", "both"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "you"]);
const NAME_PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "dos",
  "das",
  "le",
  "la",
  "ter",
  "ten",
  "ould",
  "ben",
]);
const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
const knownOutlets = new Set(KNOWN_OUTLETS.map((o) => o.toLowerCase()));
const FEMALE = /\b(spokeswoman|chairwoman|congresswoman|businesswoman|mrs|ms|madam|queen|lady|she|her)\b/i;
const MALE = /\b(spokesman|chairman|congressman|businessman|mr|king|sir|lord|he|him|his)\b/i;

const GROUP_MODIFIERS =
  /^(in|at|from|across|inside|within|among|familiar|close|consulted|briefed|interviewed|cited|quoted|involved|aware|knowledgeable|with)$/;
const isCap = (w: string) => /^[\p{Lu}]/u.test(w);
const apostrophe = (s: string) => s.replace(/[’‘]/g, "'");

export interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
}

/**
 * The same phrase recurs thousands of times in a corpus: parse each spelling once. The cache is a trie
 * over the words (text, then tag, then whether a space precedes it), so a lookup hashes no new string.
 */
interface CacheNode {
  /** Undefined until parsed; null when the phrase names no speaker. */
  ref?: Omit<SpeakerRef, "start" | "end"> | null;
  next?: Map<string, Map<string, [CacheNode?, CacheNode?]>>;
}
let cache: CacheNode = {};
let cached = 0;
const CACHE_LIMIT = 50_000;

function cacheNode(words: Word[]): CacheNode {
  let node = cache;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    node.next ??= new Map();
    let byPos = node.next.get(w.text);
    if (!byPos) node.next.set(w.text, (byPos = new Map()));
    let spaced = byPos.get(w.pos);
    if (!spaced) byPos.set(w.pos, (spaced = [undefined, undefined]));
    const gap = i > 0 && words[i - 1].end < w.start ? 1 : 0;
    node = spaced[gap] ??= {};
  }
  return node;
}

/** Parse the words of a speaker phrase. Returns undefined when nothing speaker-like remains. */
export function parseSpeaker(words: Word[]): SpeakerRef | undefined {
  if (words.length === 0) return undefined;
  let node = cacheNode(words);
  let hit = node.ref;
  if (hit === undefined) {
    const parsed = parseWords(words);
    hit = parsed ? shaped(parsed) : null;
    if (cached >= CACHE_LIMIT) {
      cache = {};
      cached = 0;
      node = cacheNode(words);
    }
    node.ref = hit;
    cached++;
  }
  return hit ? shaped(hit, words[0].start, words[words.length - 1].end) : undefined;
}

/**
 * A copy of a reference with every field in one order, absent ones undefined: a spread of the many
 * shapes the parser builds was most of a cache hit's cost, and one shape keeps the readers of
 * references (coreference, the actor registry) monomorphic.
 */
function shaped(r: Omit<SpeakerRef, "start" | "end">, start = 0, end = 0): SpeakerRef {
  return {
    kind: r.kind,
    surface: r.surface,
    start,
    end,
    name: r.name,
    title: r.title,
    role: r.role,
    roleClass: r.roleClass,
    qualifier: r.qualifier,
    pronoun: r.pronoun,
    anonymous: r.anonymous,
    female: r.female,
    male: r.male,
    anaphor: r.anaphor,
    acronym: r.acronym,
  };
}

function parseWords(words: Word[]): SpeakerRef | undefined {
  if (words.length === 0) return undefined;
  // "the Kelmari News Agency (KNA)": the bracketed acronym is another name for the same speaker
  const open = words.findIndex((w) => w.text === "(");
  if (open > 0 && words[words.length - 1].text === ")" && open === words.length - 3) {
    const ref = parseSpeaker(words.slice(0, open));
    return ref ? { ...ref, end: words[words.length - 1].end, acronym: words[open + 1].text } : undefined;
  }
  const surfaceOf = (ws: Word[]) => ws.map((w, i) => (i > 0 && ws[i - 1].end < w.start ? " " : "") + w.text).join("");
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const surface = surfaceOf(words);
  const base = { surface, start, end };
  const lowers = words.map((w) => apostrophe(w.text.toLowerCase()));

  if (words.length === 1 && PRONOUNS.has(lowers[0])) return { ...base, kind: "pronoun", pronoun: lowers[0] };

  // "a Valdorian official who asked not to be named": the relative clause is not part of who
  const who = lowers.indexOf("who");
  if (who > 0) {
    const ref = parseSpeaker(words.slice(0, words[who - 1].text === "," ? who - 1 : who));
    return ref ? { ...ref, surface: surfaceOf(words.slice(0, who)).replace(/,$/, "") } : undefined;
  }
  // "a statement released by X", "a statement from X": X speaks
  const by = lowers.findIndex(
    (w, i) =>
      i > 0 &&
      (w === "by" || w === "from") &&
      STATEMENT_NOUNS.has(
        lowers[i - 1] === "released" || lowers[i - 1] === "issued" || lowers[i - 1] === "published"
          ? (lowers[i - 2] ?? "")
          : lowers[i - 1],
      ),
  );
  if (by > 0 && by < words.length - 1) return parseSpeaker(words.slice(by + 1));

  // coordination: "Putin and Biden", "the US and its partners" → the first conjunct speaks for both
  const and = lowers.findIndex((w, i) => (w === "and" || w === "&") && i > 0 && i < words.length - 1);
  // but "Water and Energy Minister Ilka Moravec" is one title: portfolios joined before a role
  const titleCompound = and === 1 && PORTFOLIOS.has(lowers[0]) && PORTFOLIOS.has(lowers[2] ?? "");
  if (
    and > 0 &&
    !titleCompound &&
    !lowers.slice(0, and).some((w) => w === "of" || w === "for") &&
    // "Ministry of Trade and Industry" is one body; "the agency and the company" are two, the first speaking
    !(ORG_WORDS.has(lowers[words.length - 1]) && !/^(the|its|their|his|her|a|an)$/.test(lowers[and + 1] ?? ""))
  ) {
    // "both the agency and the company": "both" only announces the pair
    const left = parseSpeaker(words.slice(lowers[0] === "both" ? 1 : 0, and));
    // an anaphor ("the agency") is found by its own head noun, not the pair's last word
    if (left && left.kind !== "pronoun")
      return { ...left, surface: left.anaphor ? left.surface : surface, end, anonymous: left.anonymous };
  }

  // apposition: "Aide to the Russian president, Yuri Ushakov" / "Yuri Ushakov, aide to ..."
  const comma = lowers.indexOf(",");
  if (comma > 0) {
    const a = parseSpeaker(words.slice(0, comma));
    const b = parseSpeaker(words.slice(comma + 1).filter((w) => w.text !== ","));
    const named = a?.kind === "name" && !a.title ? a : b?.kind === "name" ? b : a?.kind === "name" ? a : undefined;
    const titled = named === a ? b : a;
    if (named) {
      return {
        ...named,
        surface,
        start,
        end,
        title: titled ? titled.surface.replace(/^(the|a|an)\s+/i, "") : named.title,
        role: titled?.role ?? named.role,
        roleClass: titled?.roleClass ?? named.roleClass,
        qualifier: titled?.qualifier ?? named.qualifier,
      };
    }
    return a ?? b;
  }

  // "our newspaper", "the information of our paper": the publisher itself, who narrates
  const our = lowers.indexOf("our");
  if (our >= 0 && OWN_OUTLET.test(lowers[our + 1] ?? "")) return undefined;
  // "the Company's current estimate", "the agency's latest figures": the owner speaks; "preliminary findings"
  // with no owner is no one (the sentence is the publisher's)
  if (FIGURES.test(lowers[lowers.length - 1])) {
    let k = lowers.length - 1;
    while (
      k > 0 &&
      (words[k - 1].pos === "ADJ" || /^(own|latest|current|initial|preliminary|official)$/.test(lowers[k - 1]))
    )
      k--;
    return k > 1 && (lowers[k - 1] === "'s" || lowers[k - 1] === "'") ? parseSpeaker(words.slice(0, k - 1)) : undefined;
  }
  let ws = words;
  let ls = lowers;
  // possessive speaker with a statement noun: "Psaki's statement", "the Kremlin statement", "the message"
  let statement = false;
  while (
    ws.length > 0 &&
    STATEMENT_NOUNS.has(ls[ls.length - 1]) &&
    !(ls.length >= 2 && ["press"].includes(ls[ls.length - 2]) && ls[ls.length - 1] === "secretary")
  ) {
    // "press secretary", "White House office" are speakers, not statements
    if (ls[ls.length - 1] === "office" && ws.length > 1 && isCap(ws[ws.length - 1].text)) break;
    ws = ws.slice(0, -1);
    ls = ls.slice(0, -1);
    statement = true;
  }
  while (ws.length > 0 && ["press", "'s", "'", "s"].includes(ls[ls.length - 1]) && statement) {
    ws = ws.slice(0, -1);
    ls = ls.slice(0, -1);
  }
  if (ws.length > 0 && (ls[ls.length - 1] === "'s" || ls[ls.length - 1] === "'")) {
    ws = ws.slice(0, -1);
    ls = ls.slice(0, -1);
  }
  const determiner = ls.length > 0 && DETERMINERS.has(ls[0]) ? ls[0] : undefined;
  if (determiner) {
    ws = ws.slice(1);
    ls = ls.slice(1);
  }
  if (ws.length === 0) return statement ? { ...base, kind: "statement" } : undefined;
  const core = surfaceOf(ws);
  const gender = {
    female: FEMALE.test(surface) || undefined,
    male: MALE.test(surface) && !FEMALE.test(surface) ? true : undefined,
  };

  // "Observers in Varn", "analysts at the bank", "people familiar with the matter", "experts consulted by
  // the Sentinel": a group described by where it is or what it knows, not the place or body named after it
  const placed = ls.findIndex((l, i) => i >= 1 && i <= 2 && GROUP_MODIFIERS.test(l));
  const groupHead = (k: number) =>
    GROUP_NOUNS.has(ls[k]) || (ws[k].pos === "NOUN" && !isCap(ws[k].text) && /[^s]s$/.test(ls[k]));
  if (placed > 0 && placed < ls.length - 1 && groupHead(placed - 1)) return { ...base, kind: "group", name: core };
  // "Maja Sund of the patients' association", "GP Henrik Vold in Ravnsund": the person, placed or affiliated
  const of = ls.findIndex((l, i) => i >= 1 && /^(of|from|at|in)$/.test(l));
  if (
    (of > 0 && of < ls.length - 1 && isCap(ws[of - 1].text) && isCap(ws[of + 1].text)) ||
    (of > 0 && ls[of + 1] === "the")
  ) {
    const person = parseSpeaker(ws.slice(0, of));
    if (person?.kind === "name" && person.name && /\s/.test(person.name) && !ORG_WORDS.has(ls[of - 1])) {
      return {
        ...person,
        surface,
        start,
        end,
        qualifier: person.qualifier ?? surfaceOf(ws.slice(of + 1)).replace(/^the\s+/i, ""),
      };
    }
  }
  if (
    knownOutlets.has(apostrophe(core.toLowerCase())) ||
    (ws.every((w) => isCap(w.text)) &&
      OUTLET_WORDS.has(ls[ls.length - 1]) &&
      ws.length > 1 &&
      !ORG_WORDS.has(ls[ls.length - 2]))
  ) {
    return { ...base, kind: "outlet", name: core };
  }
  const body = bodyOf(core);
  if (body) return { ...base, kind: "org", name: body };
  if (isStateForm(core) && !(determiner && determiner !== "the"))
    return { ...base, kind: "state", name: stateOf(core) };

  // split a trailing personal name from a leading title
  let k = ws.length;
  while (k > 0) {
    const w = ws[k - 1];
    const l = ls[k - 1];
    const initial = /^\p{Lu}\.$/u.test(w.text);
    // a capitalised common noun opening the phrase is just a sentence start ("Analysts expect")
    // name particles: "Ahmed al-Anbari", "Ursula von der Leyen", "Abu Bakr bin Ali"
    // a hyphen glued between name parts ("Jean-Pierre", "al-Anbari"), and the particle before it
    const gluedHyphen =
      w.text === "-" && k < ws.length && k - 1 > 0 && ws[k - 2].end === w.start && w.end === ws[k].start;
    const gluedParticle =
      k < ws.length && ws[k].text === "-" && ws[k].start === w.end && (NAME_PARTICLES.has(l) || isCap(w.text));
    const particle =
      gluedHyphen || gluedParticle || (NAME_PARTICLES.has(l) && k < ws.length && k - 1 > 0 && isCap(ws[k - 2].text));
    if (particle) {
      k--;
      continue;
    }
    // "Minister of Water and Energy Ilka Moravec": a word after a title's "of" or "and" is still the title
    if (k >= 2 && /^(of|and|for)$/.test(ls[k - 2]) && k < ws.length) break;
    const nameLike = isCap(w.text) && (w.pos === "PROPN" || k - 1 > 0 || (w.pos !== "NOUN" && w.pos !== "ADJ"));
    if (
      SUFFIXES.has(l) ||
      initial ||
      (nameLike &&
        !isRoleWord(l) &&
        !isStateForm(l) &&
        !ORG_WORDS.has(l) &&
        !OUTLET_WORDS.has(l) &&
        /\p{L}/u.test(w.text) &&
        w.pos !== "ADJ")
    )
      k--;
    else if (l === "," && k < ws.length && SUFFIXES.has(ls[k])) k--;
    else break;
  }
  // "the Meren Treaty", "Tarn Gorge Dam": a named thing, no one who speaks ("Jude Law" still is someone)
  const last = ls[ls.length - 1];
  if (
    k < ws.length &&
    ws.length > 1 &&
    isCap(ws[ws.length - 1].text) &&
    (THING_WORDS.has(last) || (SURNAME_THING_WORDS.has(last) && (determiner === "the" || ws.length >= 3)))
  )
    return undefined;
  // "Tuesday", "June", "9 June": a date, which never speaks (though "June Tarrant" does)
  const named = ls.slice(k).filter((w) => w !== ",");
  if (named.length > 0 && named.every((w) => CALENDAR.test(w) || /^\d+(st|nd|rd|th)?$/.test(w))) return undefined;
  const nameWords = ws.slice(k).filter((w) => w.text !== ",");
  const titleWords = ws.slice(0, k);
  const titleLowers = ls.slice(0, k);
  const { role, qualifier } = titleRole(titleWords, titleLowers);

  // "the Ministry", "the Company": a house style capitalises the anaphor, it still points back
  if (determiner === "the" && ws.length === 1 && BODY_ANAPHORS.has(ls[0]))
    return { ...base, kind: "org", anaphor: true };
  // a capitalised phrase holding a body word: "White House", "Foreign Ministry", "the Kremlin"
  const capsOnly = ws.every(
    (w) => isCap(w.text) || ["of", "for", "and", "on", "the", "'s", "-"].includes(w.text.toLowerCase()),
  );
  if (capsOnly && ls.some((l) => ORG_WORDS.has(l)) && !role) return { ...base, kind: "org", name: core };

  // "Leaders of Kelmar", "Officials in Tianmar": a plural title names a group, not a person
  if (
    nameWords.length > 0 &&
    titleWords.length > 0 &&
    role &&
    /s$/.test(titleLowers.find((l) => roleAtEnd([l])) ?? "") &&
    !roleAtEnd([titleLowers.find((l) => roleAtEnd([l])) ?? ""])?.role.endsWith("s")
  ) {
    return { ...base, kind: "group", name: core };
  }
  if (nameWords.length > 0 && !(nameWords.length === 1 && determiner === "the" && titleWords.length === 0)) {
    const name = surfaceOf(nameWords).replace(/,\s*$/, "");
    return {
      ...base,
      ...gender,
      kind: "name",
      name,
      title: titleWords.length ? surfaceOf(titleWords) : undefined,
      role: role?.role,
      roleClass: role?.cls,
      qualifier,
    };
  }
  if (nameWords.length === 1 && determiner === "the" && titleWords.length === 0)
    return { ...base, kind: "org", name: core }; // "the Kremlin", "the Pentagon"

  const head = ls[ls.length - 1];
  if (role) {
    const plural = /s$/.test(head) && !roleAtEnd([head]) ? true : GROUP_NOUNS.has(head);
    if (plural && !(determiner === "a" || determiner === "an")) return { ...base, kind: "group", name: core };
    return {
      ...base,
      ...gender,
      kind: "role",
      title: core,
      role: role.role,
      roleClass: role.cls,
      qualifier: qualifier ?? (determiner === "our" ? "our" : undefined),
      anonymous: determiner === "a" || determiner === "an" || undefined,
      name: determiner === "a" || determiner === "an" ? core : undefined,
    };
  }
  // "the company", "the German carmaker" point back; "the national road safety agency" is a name of its own
  const bare =
    ws.length === 1 || (ws.length === 2 && (isStateForm(ls[0]) || (ws[0].pos === "ADJ" && !isCap(ws[0].text))));
  if (determiner === "the" && BODY_ANAPHORS.has(head) && bare && !ws.slice(1).some((w) => isCap(w.text)))
    return { ...base, kind: "org", anaphor: true };
  if (GROUP_NOUNS.has(head) || determiner === "both") return { ...base, kind: "group", name: core };
  if (ls.some((l) => ORG_WORDS.has(l))) return { ...base, kind: "org", name: core };
  if (ws.some((w) => w.pos === "NOUN" || w.pos === "PROPN")) return { ...base, kind: "group", name: core };
  return undefined;
}

/** The head role of a title and what it is of: "Aide to the Russian president" → aide, Russia. */
function titleRole(words: Word[], lowers: string[]): { role?: { role: string; cls: string }; qualifier?: string } {
  const prep = lowers.findIndex((l, i) => i > 0 && ["of", "to", "for", "at"].includes(l));
  if (prep > 0) {
    const role = roleAtEnd(lowers.slice(0, prep).filter((w) => w !== "'s"));
    if (role) return { role, qualifier: qualifierOf(words.slice(prep + 1)) ?? qualifierOf(words.slice(0, prep)) };
  }
  return { role: roleAtEnd(lowers.filter((w) => w !== "'s")), qualifier: qualifierOf(words) };
}

/** What a title is of: the state in it, a body in it, or its possessor ("Putin's top aide"). */
function qualifierOf(title: Word[]): string | undefined {
  const ls = title.map((w) => apostrophe(w.text.toLowerCase()));
  for (let i = 0; i < ls.length; i++) {
    for (let n = Math.min(5, ls.length - i); n >= 1; n--) {
      const phrase = ls.slice(i, i + n).join(" ");
      const state = stateOf(phrase);
      if (state) return state;
      const body = bodyOf(phrase);
      if (body) return body;
    }
  }
  const poss = ls.indexOf("'s");
  if (poss > 0)
    return title
      .slice(0, poss)
      .map((w) => w.text)
      .join(" ")
      .replace(/^the\s+/i, "");
  const caps = title.filter((w, i) => isCap(w.text) && !isRoleWord(ls[i]) && ls[i] !== "the");
  const orgIdx = ls.findIndex((l) => ORG_WORDS.has(l));
  if (orgIdx >= 0)
    return title
      .slice(0, orgIdx + 1)
      .filter((w) => !["the", "a"].includes(w.text.toLowerCase()))
      .map((w) => w.text)
      .join(" ");
  if (caps.length > 0) return caps.map((w) => w.text).join(" ");
  return undefined;
}

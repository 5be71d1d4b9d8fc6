/**
 * Wording drift: how a claim's words change as outlets retell it. A Wording is a small set of choices
 * (which paraphrase, which synonyms, whether the adverbial tail moves to the front, tense shift for
 * reported speech, a capital city for its state); a retelling copies its source's choices and changes
 * a few, so wording drifts further the longer the chain.
 */
import type { Rng } from "./prng.js";

/** Interchangeable words; each group's members must fit the same grammatical slot in every template. */
const SYNONYMS: string[][] = [
  ["is ready to", "is prepared to", "is willing to"],
  ["talks", "negotiations"],
  ["resume", "restart"],
  ["troops", "forces", "soldiers"],
  ["near", "close to"],
  ["violated", "breached"],
  ["attacked", "targeted"],
  ["grave", "serious"],
  ["mistake", "error"],
  ["illegal", "unlawful"],
  ["ordinary people", "ordinary citizens"],
  ["blocked", "held up"],
  ["agreement", "deal", "accord"],
  ["scheduled maintenance", "planned maintenance"],
  ["detained", "arrested"],
  ["evidence", "proof"],
  ["large-scale", "major"],
  ["secret", "covert"],
  ["funding", "financing"],
  ["shelling", "bombardment"],
  ["fake", "bogus"],
  ["immediate", "swift"],
  ["frank", "candid"],
  ["constructive", "productive"],
  ["planning", "preparing"],
];
const QUANTIFIERS = ["about", "some", "around", "roughly", "nearly"];

const SYNONYM_RES = SYNONYMS.map((group) => new RegExp(`\\b(${group.map(escapeRegExp).join("|")})\\b`, "g"));
const QUANTIFIER_RE = new RegExp(`\\b(${QUANTIFIERS.join("|")}) (?=\\d)`, "g");
const BACKSHIFT: [RegExp, string][] = [
  [/\bis\b/g, "was"],
  [/\bare\b/g, "were"],
  [/\bhas\b/g, "had"],
  [/\bhave\b/g, "had"],
  [/\bwill\b/g, "would"],
  [/\bcan\b/g, "could"],
  [/\bdoes not\b/g, "did not"],
  [/\bremains\b/g, "remained"],
];

export interface Wording {
  /** Which of the template's paraphrases. */
  variant: number;
  /** One choice per synonym group (index into the group), or -1 to keep the template's word. */
  synonyms: number[];
  quantifier: number;
  /** The adverbial tail ("| by the end of May") goes first. */
  fronted: boolean;
  /** Past-tense reported speech ("was ready", "would meet"). */
  backshift: boolean;
  /** A capital city stands for its state ("Drovsk said"). */
  metonym: boolean;
}

export function firstWording(rng: Rng, paraphrases: number): Wording {
  return {
    variant: rng.chance(0.6) ? 0 : rng.int(paraphrases),
    synonyms: SYNONYMS.map(() => -1),
    quantifier: 0,
    fronted: false,
    backshift: rng.chance(0.3),
    metonym: false,
  };
}

/** A retelling: each choice changes with a probability that grows with `strength` (0..1). */
export function drift(rng: Rng, w: Wording, paraphrases: number, strength: number): Wording {
  const next: Wording = { ...w, synonyms: [...w.synonyms] };
  if (rng.chance(0.25 * strength)) next.variant = rng.int(paraphrases);
  for (let i = 0; i < 2; i++)
    if (rng.chance(0.6 * strength)) {
      const g = rng.int(SYNONYMS.length);
      next.synonyms[g] = rng.int(SYNONYMS[g].length);
    }
  if (rng.chance(0.3 * strength)) next.quantifier = rng.int(QUANTIFIERS.length);
  if (rng.chance(0.3 * strength)) next.fronted = !next.fronted;
  if (rng.chance(0.3 * strength)) next.backshift = !next.backshift;
  if (rng.chance(0.15 * strength)) next.metonym = !next.metonym;
  return next;
}

/**
 * The clause as written. `slots` fill {names}; `metonyms` are the alternatives used when
 * w.metonym is set. Quotes are direct speech, so they never take the tense shift.
 */
export function renderClause(
  paraphrases: readonly string[],
  w: Wording,
  slots: Record<string, string>,
  metonyms: Record<string, string>,
  direct = false,
): string {
  let text = paraphrases[w.variant % paraphrases.length];
  const [core, tail] = text.split(" | ");
  text = tail === undefined ? core : w.fronted ? `${tail}, ${core}` : `${core} ${tail}`;
  text = text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (w.metonym && metonyms[name]) || slots[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value`);
    return value;
  });
  w.synonyms.forEach((choice, g) => {
    if (choice >= 0) text = text.replace(SYNONYM_RES[g], SYNONYMS[g][choice]);
  });
  if (w.quantifier > 0) text = text.replace(QUANTIFIER_RE, QUANTIFIERS[w.quantifier] + " ");
  if (w.backshift && !direct) for (const [re, to] of BACKSHIFT) text = text.replace(re, to);
  return text;
}

export const capitalise = (s: string) => (s.length ? s[0].toUpperCase() + s.slice(1) : s);

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

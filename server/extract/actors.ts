/**
 * One identity per real speaker. People are merged by surname with compatible first names
 * (Yuri/Yury, Joe/Joseph R.); roles are resolved to the holder the corpus names
 * ("Aide to the Russian president, Yuri Ushakov" → "the diplomat", "Putin's top aide");
 * bodies, states and outlets are keyed by their canonical names. Every surface form is kept.
 */

import { CORPORATE_SUFFIXES, isRoleWord, stateOf } from "./gazetteer.js";
import { ARTICLES, type SpeakerRef } from "./speaker.js";
import type { ActorKind } from "./types.js";

export interface RoleHeld {
  role: string;
  cls: string;
  qualifier?: string;
}

export interface ActorDraft {
  key: string;
  kind: ActorKind;
  /** Full-name spellings with how often each was seen: the canonical name is the most used. */
  names: Map<string, number>;
  aliases: Set<string>;
  roles: RoleHeld[];
  female?: boolean;
  male?: boolean;
  /** Bodies a person speaks for, from their title ("White House press secretary"). */
  affiliations: Set<string>;
}

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;
const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A full name (two words or more, suffixes aside) rather than a lone surname; asked of every name the corpus holds, once each. */
const multiWord = new Map<string, boolean>();
function isMultiWord(name: string): boolean {
  let multi = multiWord.get(name);
  if (multi === undefined) {
    multi =
      name
        .replace(/,/g, " ")
        .split(/\s+/)
        .filter((w) => w && !SUFFIX.test(w)).length >= 2;
    if (multiWord.size > 100_000) multiWord.clear();
    multiWord.set(name, multi);
  }
  return multi;
}

const partsCache = new Map<string, { first?: string; surname: string }>();
function nameParts(name: string): { first?: string; surname: string } {
  let parts = partsCache.get(name);
  if (!parts) {
    if (partsCache.size > 100_000) partsCache.clear();
    parts = splitName(name);
    partsCache.set(name, parts);
  }
  return parts;
}

function splitName(name: string): { first?: string; surname: string } {
  const words = name
    .replace(/,/g, " ")
    .split(/\s+/)
    .filter((w) => w && !SUFFIX.test(w) && !/^\p{Lu}\.$/u.test(w));
  const surname = norm(words[words.length - 1] ?? name);
  return { first: words.length > 1 ? norm(words[0]) : undefined, surname };
}

/**
 * Same person? Same surname, and first names absent or sharing their first letter. A draft's full
 * names are summed up as their first letters and whether one has no first name, kept per draft and
 * rebuilt only when a name was added (names are never removed).
 */
interface Initials {
  size: number;
  bare: boolean;
  letters: Set<string>;
}
const initialsOf = new WeakMap<ActorDraft, Initials>();
function initials(d: ActorDraft): Initials {
  let i = initialsOf.get(d);
  if (!i || i.size !== d.names.size) {
    i = { size: d.names.size, bare: false, letters: new Set() };
    for (const n of d.names.keys()) {
      const first = nameParts(n).first;
      if (first) i.letters.add(first[0]);
      else i.bare = true;
    }
    initialsOf.set(d, i);
  }
  return i;
}

/** Some full name of the draft is compatible with this first name. */
function someCompatible(d: ActorDraft, first: string | undefined): boolean {
  if (d.names.size === 0) return false;
  if (!first) return true;
  const i = initials(d);
  return i.bare || i.letters.has(first[0]);
}

/** Every full name of the draft is compatible with this first name. */
function allCompatible(d: ActorDraft, first: string | undefined): boolean {
  if (!first || d.names.size === 0) return true;
  const { letters } = initials(d);
  return letters.size === 0 || (letters.size === 1 && letters.has(first[0]));
}

/** A person of that surname who may bear this first name (or whose full name is not known yet). */
const mayBe = (d: ActorDraft, first: string | undefined) => someCompatible(d, first) || d.names.size === 0;
const noneRecent = (): ActorDraft[] => [];

export class ActorRegistry {
  private readonly drafts = new Map<string, ActorDraft>();
  private readonly bySurname = new Map<string, ActorDraft[]>();
  /** People by the first word of their full name, for family-name-first names. */
  private readonly byFirstWord = new Map<string, ActorDraft[]>();
  /** Role holders by "class|qualifier" and "role|qualifier" (qualifier by surname too): no scans. */
  private readonly byRole = new Map<string, Set<ActorDraft>>();
  /** Qualified bodies ("trade ministry|indonesia") by their bare key ("trade ministry"). */
  private readonly byBareKey = new Map<string, ActorDraft[]>();

  all(): ActorDraft[] {
    return [...this.drafts.values()];
  }

  get(key: string): ActorDraft | undefined {
    return this.drafts.get(key);
  }

  /** Learn a named person (or a titled name) seen anywhere in the corpus. */
  learnPerson(ref: SpeakerRef): ActorDraft | undefined {
    if (ref.kind !== "name" || !ref.name) return undefined;
    const multi = isMultiWord(ref.name);
    if (!multi && !ref.role) return this.findPerson(ref.name);
    const { first, surname } = nameParts(ref.name);
    if (!multi && !this.bySurname.has(surname)) {
      // "Minister Wang" when the corpus knows one "Wang Lei": family name first
      const person = this.byFamilyFirst(surname);
      if (person) {
        this.addRole(person, ref);
        this.alias(person, ref);
        return person;
      }
    }
    const candidates = (this.bySurname.get(surname) ?? []).filter((d) => allCompatible(d, first));
    let draft = candidates[0];
    if (!draft) {
      draft = this.create(`person:${surname}:${first?.[0] ?? ""}`, "person");
      const list = this.bySurname.get(surname) ?? [];
      list.push(draft);
      this.bySurname.set(surname, list);
    }
    if (multi) {
      draft.names.set(ref.name, (draft.names.get(ref.name) ?? 0) + 1);
      const family = norm(ref.name.split(/\s+/)[0]);
      if (family !== surname) {
        const list = this.byFirstWord.get(family) ?? [];
        if (!list.includes(draft)) list.push(draft);
        this.byFirstWord.set(family, list);
      }
    }
    this.addRole(draft, ref);
    this.alias(draft, ref);
    return draft;
  }

  /** A bare surname or full name → the person, preferring those the document already named. */
  findPerson(name: string, recentOf: () => ActorDraft[] = noneRecent): ActorDraft | undefined {
    const { first, surname } = nameParts(name);
    const list = this.bySurname.get(surname) ?? [];
    // nearly every name has one candidate at most: count them before building a list
    let only: ActorDraft | undefined;
    let count = 0;
    for (const d of list) if (mayBe(d, first) && count++ === 0) only = d;
    if (count === 0 && !first) return this.byFamilyFirst(surname);
    if (count <= 1) return only;
    const candidates = list.filter((d) => mayBe(d, first));
    const recent = recentOf();
    return candidates.find((c) => recent.includes(c)) ?? candidates.sort((a, b) => total(b) - total(a))[0];
  }

  /** The one person whose full name opens with this word ("Wang" → "Wang Lei"); none if several do. */
  private byFamilyFirst(word: string): ActorDraft | undefined {
    const list = this.byFirstWord.get(word);
    return list?.length === 1 ? list[0] : undefined;
  }

  /** The person holding a role with this qualifier ("president" of Russia), if the corpus says so. */
  holderOf(cls: string, role: string, qualifier: string | undefined): ActorDraft | undefined {
    if (!qualifier) return undefined;
    // the exact role first: "the foreign minister" is not the trade minister, though both are ministers
    for (const keys of [roleKeys(role, role, qualifier), roleKeys(cls, role, qualifier)]) {
      const holders = new Set<ActorDraft>();
      for (const key of keys) for (const d of this.byRole.get(key) ?? []) holders.add(d);
      if (holders.size > 0) return [...holders].sort((a, b) => total(b) - total(a) || a.key.localeCompare(b.key))[0];
    }
    return undefined;
  }

  body(kind: ActorKind, name: string, ref?: SpeakerRef, keyName = name): ActorDraft {
    const key = `${kind}:${bodyKey(keyName)}`;
    // "Trade Ministry" is "Indonesia's Trade Ministry" when the corpus names only one such ministry
    const qualified = key.includes("|") ? undefined : this.byBareKey.get(key);
    let draft = this.drafts.get(key) ?? (qualified?.length === 1 ? qualified[0] : undefined);
    if (!draft) {
      draft = this.create(key, kind);
      if (key.includes("|")) {
        const bare = key.split("|")[0];
        this.byBareKey.set(bare, [...(this.byBareKey.get(bare) ?? []), draft]);
      }
    }
    draft.names.set(name, (draft.names.get(name) ?? 0) + 1);
    if (ref) this.alias(draft, ref);
    return draft;
  }

  hasBody(kind: ActorKind, name: string): boolean {
    return this.drafts.has(`${kind}:${bodyKey(name)}`);
  }

  /** An unnamed speaker who stays their own actor ("a senior US official"). */
  anonymous(ref: SpeakerRef): ActorDraft {
    const name = (ref.name ?? ref.surface).replace(/^(the|a|an)\s+/i, "");
    // "a senior Valdorian official", "a Valdorian government official": one unnamed source of that state and role
    const plain = name.replace(
      /\b(senior|top|high-ranking|high-level|government|administration|unnamed|anonymous)\s+/gi,
      "",
    );
    return this.body(/s$/.test(name) ? "group" : "person", name, ref, plain || name);
  }

  alias(draft: ActorDraft, ref: SpeakerRef): void {
    // a statement ("the Kremlin statement") names no one; the forms in this order (the first alias may become the name)
    if (ref.kind !== "statement") {
      addAlias(draft, ref.surface);
      addAlias(draft, ref.name);
      addAlias(draft, ref.acronym);
      if (ref.kind === "name") addAlias(draft, ref.title);
    }
    if (ref.female) draft.female = true;
    if (ref.male) draft.male = true;
  }

  addRole(draft: ActorDraft, ref: SpeakerRef): void {
    if (!ref.role || !ref.roleClass) return;
    const qualifier = ref.qualifier && ref.qualifier !== "our" ? ref.qualifier : undefined;
    if (!draft.roles.some((r) => r.role === ref.role && r.qualifier === qualifier)) {
      draft.roles.push({ role: ref.role, cls: ref.roleClass, qualifier });
      if (qualifier)
        for (const key of roleKeys(ref.roleClass, ref.role, qualifier)) {
          const set = this.byRole.get(key) ?? new Set();
          set.add(draft);
          this.byRole.set(key, set);
        }
    }
    // "White House press secretary": the person speaks for the White House
    if (
      qualifier &&
      /^\p{Lu}/u.test(qualifier) &&
      !stateOf(qualifier) &&
      /\b(house|ministry|office|kremlin|department|council|commission|government|administration|agency|company|embassy|service)\b/i.test(
        qualifier,
      )
    )
      draft.affiliations.add(qualifier);
  }

  private create(key: string, kind: ActorKind): ActorDraft {
    const draft: ActorDraft = { key, kind, names: new Map(), aliases: new Set(), roles: [], affiliations: new Set() };
    this.drafts.set(key, draft);
    return draft;
  }
}

function addAlias(draft: ActorDraft, form: string | undefined): void {
  if (!form) return;
  const clean = aliasForm(form);
  if (clean !== null) draft.aliases.add(clean);
}

/** The alias a surface form gives, or null when it names nobody in particular; worked out once per form. */
function aliasForm(form: string): string | null {
  let alias = aliasForms.get(form);
  if (alias === undefined) {
    const clean = form.replace(/[\s,.;:]+$/, "").replace(/^[\s,]+/, "");
    alias =
      clean.length < 2 ||
      / and | & /.test(clean) ||
      /^(he|she|it|they|we|i|her|him)$/i.test(clean) ||
      isBareTitle(clean)
        ? null
        : clean;
    if (aliasForms.size >= 50_000) aliasForms.clear();
    aliasForms.set(form, alias);
  }
  return alias;
}
const aliasForms = new Map<string, string | null>();

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "madam", "dame", "prof", "mx", ...ARTICLES]);

/**
 * "Mr", "Minister", "the spokesperson", "Foreign Minister": a title that says nobody in particular.
 * Such a form would join every holder of the title, so it is never an alias.
 */
export function isBareTitle(form: string): boolean {
  let bare = bareTitles.get(form);
  if (bare === undefined) {
    const words = form.toLowerCase().replace(/[.,]/g, "").split(/\s+/).filter(Boolean);
    bare =
      words.length > 0 &&
      words.every((w) => HONORIFICS.has(w) || isRoleWord(w) || w === "minister" || w === "for" || w === "of");
    if (bareTitles.size >= 50_000) bareTitles.clear();
    bareTitles.set(form, bare);
  }
  return bare;
}
const bareTitles = new Map<string, boolean>();

function roleKeys(cls: string, role: string, qualifier: string): string[] {
  const q = norm(qualifier);
  const surname = nameParts(qualifier).surname;
  return [...new Set([`${cls}|${q}`, `${role}|${q}`, `${cls}|~${surname}`, `${role}|~${surname}`])];
}

const CORPORATE_SUFFIX = new RegExp(`\\s+(${CORPORATE_SUFFIXES.join("|")})$`);

/** State bodies whose country may be written as a possessive, a demonym or "of <Country>". */
const STATE_BODY =
  /\b(ministry|department|embassy|consulate|government|office|agency|parliament|cabinet|council|commission|authority|police|army|navy|military|mission|secretariat|presidency)$/;

/**
 * One key per body however its country is written: "Velora Motors" ~ "Velora"; "Indonesia's Trade
 * Ministry", "the Indonesian trade ministry", "the Ministry of Trade of Indonesia" → "trade ministry|indonesia".
 */
export function bodyKey(name: string): string {
  let key = bodyKeys.get(name);
  if (key === undefined) {
    key = bodyKeyOf(name);
    if (bodyKeys.size >= 50_000) bodyKeys.clear();
    bodyKeys.set(name, key);
  }
  return key;
}
// every mention of a body asks for its key, and the same few names recur across the corpus
const bodyKeys = new Map<string, string>();

function bodyKeyOf(name: string): string {
  let n = norm(name);
  let state: string | undefined;
  const poss = /^(.+?)'s (.+)$/.exec(n);
  const of = /^(.+) of (?:the )?([^ ]+(?: [^ ]+){0,2})$/.exec(n);
  if (poss && stateOf(poss[1])) [state, n] = [stateOf(poss[1]), poss[2]];
  else if (of && stateOf(of[2]) && STATE_BODY.test(of[1].replace(/ of .*$/, ""))) [state, n] = [stateOf(of[2]), of[1]];
  else {
    const words = n.split(" ");
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
      const rest = bodyOrder(words.slice(k).join(" "));
      if (stateOf(words.slice(0, k).join(" ")) && STATE_BODY.test(rest)) {
        [state, n] = [stateOf(words.slice(0, k).join(" ")), rest];
        break;
      }
    }
  }
  n = bodyOrder(n);
  if (n.includes(" ")) n = n.replace(CORPORATE_SUFFIX, "");
  return state ? `${n}|${norm(state)}` : n;
}

/** "ministry of foreign affairs" = "foreign affairs ministry" = "foreign ministry". */
function bodyOrder(n: string): string {
  return n
    .replace(/^(ministry|department) (?:of|for) (.+)$/, "$2 $1")
    .replace(/ affairs (ministry|department)$/, " $1");
}

function total(d: ActorDraft): number {
  let n = 0;
  for (const c of d.names.values()) n += c;
  return n;
}

/** The canonical name: the most used full spelling, else the first alias. */
export function canonicalName(d: ActorDraft): string {
  const names = [...d.names.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]),
  );
  return names[0]?.[0] ?? [...d.aliases][0] ?? d.key.split(":").pop()!;
}

export const isLeader = (d: ActorDraft) => d.roles.some((r) => r.cls === "leader");

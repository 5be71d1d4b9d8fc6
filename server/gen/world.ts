/**
 * The invented world a synthetic corpus is written about: states, the people and bodies that speak for
 * them, and the outlets that publish. Built once per corpus from the seed; sized by the corpus so that
 * a large corpus has hundreds of outlets and a small one stays readable.
 */

import type { SourceKind } from "../corpus/types.js";
import {
  type Culture,
  INTERNATIONAL_BODIES,
  NAMES,
  OFFICES,
  type OfficeKey,
  OUTLET_WORDS,
  STATES,
  type StateSeed,
  SURNAME_PARTS,
  THINK_TANK_PATTERNS,
} from "./lexicon.js";
import type { Rng } from "./prng.js";

export type Gender = "m" | "f";

export interface PersonName {
  /** Romanisation variants of the given name; an outlet picks one by its house style. */
  first: string[];
  last: string[];
  familyFirst: boolean;
}

interface ActorBase {
  /** Stable id, also the gold annotation's id. */
  id: string;
  name: string;
}
export interface PersonActor extends ActorBase {
  kind: "person";
  person: PersonName;
  gender: Gender;
  /** "Foreign Minister": goes before the name. */
  title: string;
  /** "foreign minister": a later, shorter reference. */
  role: string;
  state?: WorldState;
  /** For people who speak for no state: "an analyst at the Centre for Security Policy". */
  affiliation?: string;
}
export interface BodyActor extends ActorBase {
  kind: "organization" | "state" | "group";
  /** First-mention forms, any of which an outlet may use. */
  intro: string[];
  /** A later reference: "the ministry", "the alliance". */
  short: string;
  state?: WorldState;
}
/** Unnamed officials ("a senior Velorian official"). */
export interface AnonymousActor extends ActorBase {
  kind: "anonymous";
  intro: string[];
  short: string;
  state: WorldState;
}
export type WorldActor = PersonActor | BodyActor | AnonymousActor;

export interface Outlet {
  id: string;
  name: string;
  kind: SourceKind;
  country?: string;
  /** How the outlet is cited after its name: "VNA". */
  abbrev?: string;
  domain: string;
  /** Relative popularity: how often it covers a story. */
  weight: number;
  /** The actor that speaks when this outlet narrates (government publishers). */
  voice?: BodyActor;
  style: OutletStyle;
}
export interface OutletStyle {
  /** Which romanisation it prefers (index into the name variants). */
  romanisation: number;
  curlyQuotes: boolean;
  /** "Mr Lavrentyev" rather than "Lavrentyev". */
  honorifics: boolean;
  html: boolean;
  /** Likes to say "the agency reported" / "according to" more than plain "said". */
  attributive: number;
}

export interface WorldState {
  seed: StateSeed;
  actor: BodyActor;
  officials: Map<OfficeKey, PersonActor>;
  foreignMinistry: BodyActor;
  defenceMinistry: BodyActor;
  presidency: BodyActor;
  anonymous: AnonymousActor;
  wire: Outlet;
  /** Government publishers: the foreign ministry's and the presidency's press services. */
  ministryOutlet: Outlet;
  presidencyOutlet: Outlet;
}

export interface World {
  states: WorldState[];
  actors: WorldActor[];
  outlets: Outlet[];
  /** Outlets by kind, for picking who covers a story. */
  byKind: Map<SourceKind, Outlet[]>;
  international: { body: BodyActor; spokesperson: PersonActor }[];
  experts: PersonActor[];
  internationalWires: Outlet[];
}

export const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const stripAccents = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");

export interface WorldSize {
  states: number;
  outlets: number;
}

/** How big a world a corpus of this many documents gets. */
export function worldSizeFor(docs: number): WorldSize {
  return {
    states: Math.max(6, Math.min(STATES.length, Math.round(6 + docs / 4000))),
    outlets: Math.max(30, Math.min(800, Math.round(docs / 15))),
  };
}

export function buildWorld(rng: Rng, size: WorldSize): World {
  const names = new NameBook(rng.fork("names"));
  const actors: WorldActor[] = [];
  const outlets: Outlet[] = [];
  const seeds = rng.sample(STATES, size.states);
  const states = seeds.map((seed) => buildState(rng.fork(seed.name), seed, names, actors, outlets));

  const international = rng
    .sample(INTERNATIONAL_BODIES, Math.min(INTERNATIONAL_BODIES.length, 2 + Math.floor(size.states / 6)))
    .map((b) => {
      const body: BodyActor = {
        id: slug(b.name),
        name: b.name,
        kind: "organization",
        intro: b.aliases.filter((a) => a.startsWith("the ")),
        short: b.short,
      };
      const gender: Gender = rng.chance(0.5) ? "m" : "f";
      const person = names.take("western", gender);
      const spokesperson: PersonActor = {
        id: "",
        name: "",
        kind: "person",
        person,
        gender,
        title: "spokesperson",
        role: "spokesperson",
        affiliation: `a spokesperson for ${body.intro[0]}`,
      };
      nameActor(spokesperson);
      actors.push(body, spokesperson);
      return { body, spokesperson };
    });

  const experts = states.flatMap((s) =>
    [0, 1].map((i) => {
      const gender: Gender = rng.chance(0.5) ? "m" : "f";
      const tank = `${rng.pick(THINK_TANK_PATTERNS)} in ${s.seed.capital}`;
      const expert: PersonActor = {
        id: "",
        name: "",
        kind: "person",
        person: names.take(s.seed.culture, gender),
        gender,
        title: i === 0 ? "analyst" : "political scientist",
        role: "analyst",
        affiliation: `an analyst at the ${tank}`,
      };
      nameActor(expert);
      actors.push(expert);
      return expert;
    }),
  );

  const internationalWires = ["Global Press Agency|GPA", "Continental Wire Service|CWS", "World News Service|WNS"].map(
    (entry) => {
      const [name, abbrev] = entry.split("|");
      const wire = makeOutlet(rng, name, "news agency", undefined, abbrev, 6);
      outlets.push(wire);
      return wire;
    },
  );

  const remaining = Math.max(0, size.outlets - outlets.filter((o) => o.kind !== "government").length);
  const kinds: [SourceKind, number][] = [
    ["newspaper", 0.4],
    ["broadcaster", 0.15],
    ["aggregator", 0.27],
    ["blog", 0.18],
  ];
  const taken = new Set(outlets.map((o) => o.name));
  for (let i = 0; i < remaining; i++) {
    const kind = rng.weighted(kinds);
    const home = rng.chance(kind === "aggregator" || kind === "blog" ? 0.5 : 0.9) ? rng.pick(states) : undefined;
    let name = "";
    for (let tries = 0; tries < 50 && (name === "" || taken.has(name)); tries++)
      name = outletName(rng, kind, home?.seed);
    if (taken.has(name)) name = `${name} ${i}`;
    taken.add(name);
    // popularity falls off with rank, as readership does
    outlets.push(makeOutlet(rng, name, kind, home?.seed.name, undefined, 3 / Math.pow(1 + i / 8, 0.8)));
  }

  const byKind = new Map<SourceKind, Outlet[]>();
  for (const o of outlets) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  return { states, actors, outlets, byKind, international, experts, internationalWires };
}

function buildState(rng: Rng, seed: StateSeed, names: NameBook, actors: WorldActor[], outlets: Outlet[]): WorldState {
  const d = seed.demonym;
  const actor: BodyActor = {
    id: slug(seed.name),
    name: seed.name,
    kind: "state",
    intro: [seed.name],
    short: seed.name,
  };
  const foreignMinistry: BodyActor = {
    id: slug(`${d} Foreign Ministry`),
    name: `${d} Foreign Ministry`,
    kind: "organization",
    intro: [
      `the ${d} Foreign Ministry`,
      `${seed.name}'s Ministry of Foreign Affairs`,
      `the ${d} Ministry of Foreign Affairs`,
      `${seed.name}'s foreign ministry`,
    ],
    short: "the ministry",
    state: undefined,
  };
  const defenceMinistry: BodyActor = {
    id: slug(`${d} Defence Ministry`),
    name: `${d} Defence Ministry`,
    kind: "organization",
    intro: [`the ${d} Defence Ministry`, `${seed.name}'s Ministry of Defence`, `the ${d} defence ministry`],
    short: "the ministry",
  };
  const seatName = seed.seat.replace(/^the /, "");
  const presidency: BodyActor = {
    id: slug(seatName),
    name: seatName,
    kind: "organization",
    intro: [
      seed.seat.startsWith("the ") ? seed.seat : `the ${seed.seat}`,
      `the ${d} presidency`,
      `the ${d} presidential office`,
    ],
    short: seed.seat.startsWith("the ") ? seed.seat : `the ${seed.seat}`,
  };
  const anonymous: AnonymousActor = {
    id: slug(`senior ${d} official`),
    name: `senior ${d} official`,
    kind: "anonymous",
    intro: [
      `a senior ${d} official`,
      `a senior ${d} government official`,
      `${/^[AEIOU]/.test(d) ? "an" : "a"} ${d} official who asked not to be named`,
    ],
    short: "the official",
    state: undefined as unknown as WorldState,
  };
  const officials = new Map<OfficeKey, PersonActor>();
  const state: WorldState = {
    seed,
    actor,
    officials,
    foreignMinistry,
    defenceMinistry,
    presidency,
    anonymous,
    wire: makeOutlet(rng, `${d} News Agency`, "news agency", seed.name, acronym(`${d} News Agency`), 5),
    ministryOutlet: makeOutlet(
      rng,
      `Ministry of Foreign Affairs of ${seed.name}`,
      "government",
      seed.name,
      undefined,
      1,
      foreignMinistry,
    ),
    presidencyOutlet: makeOutlet(
      rng,
      `Office of the President of ${seed.name}`,
      "government",
      seed.name,
      undefined,
      1,
      presidency,
    ),
  };
  actor.state = state;
  foreignMinistry.state = state;
  defenceMinistry.state = state;
  presidency.state = state;
  anonymous.state = state;
  for (const office of OFFICES) {
    const gender: Gender = rng.chance(office.key === "president" ? 0.25 : 0.45) ? "f" : "m";
    const p: PersonActor = {
      id: "",
      name: "",
      kind: "person",
      person: names.take(seed.culture, gender),
      gender,
      title: office.title,
      role: office.role,
      state,
    };
    nameActor(p);
    officials.set(office.key, p);
  }
  actors.push(actor, foreignMinistry, defenceMinistry, presidency, anonymous, ...officials.values());
  outlets.push(state.wire, state.ministryOutlet, state.presidencyOutlet);
  return state;
}

function nameActor(p: PersonActor) {
  p.name = fullName(p.person, 0);
  p.id = slug(p.name);
}

export const fullName = (n: PersonName, variant: number) => {
  const first = n.first[variant % n.first.length];
  const last = n.last[variant % n.last.length];
  return n.familyFirst ? `${last} ${first}` : `${first} ${last}`;
};
export const surname = (n: PersonName, variant: number) => n.last[variant % n.last.length];

function acronym(name: string) {
  return name
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

function makeOutlet(
  rng: Rng,
  name: string,
  kind: SourceKind,
  country: string | undefined,
  abbrev: string | undefined,
  weight: number,
  voice?: BodyActor,
): Outlet {
  return {
    id: slug(name),
    name,
    kind,
    country,
    abbrev,
    weight,
    voice,
    domain: `${slug(name).replace(/-/g, "")}.${rng.pick(["com", "net", "org", "info", "news"])}`,
    style: {
      romanisation: rng.int(3),
      curlyQuotes: rng.chance(0.6),
      honorifics: kind === "newspaper" && rng.chance(0.3),
      html: (kind === "broadcaster" && rng.chance(0.6)) || (kind === "newspaper" && rng.chance(0.15)),
      attributive: rng.next(),
    },
  };
}

function outletName(rng: Rng, kind: SourceKind, home?: StateSeed): string {
  const place = home
    ? rng.pick([home.capital, home.name, ...home.cities])
    : rng.pick(["World", "Global", "International", "Continental", "Free"]);
  const w = OUTLET_WORDS;
  switch (kind) {
    case "newspaper":
      return rng.pick([
        `The ${place} ${rng.pick(w.newspaper)}`,
        `${place} ${rng.pick(w.newspaper)}`,
        `${rng.pick(w.newspaperPrefix)} ${place}`,
        `The ${rng.pick(w.newspaperPrefix)} ${rng.pick(w.newspaper)}`,
      ]);
    case "broadcaster":
      return rng.pick([
        `${place} ${rng.pick(w.broadcaster)}`,
        `Channel ${rng.between(1, 12)} ${place}`,
        `${home?.demonym ?? "World"} ${rng.pick(w.broadcaster)}`,
      ]);
    case "aggregator":
      return rng.pick([
        `${rng.pick(w.aggregator)} ${place}`,
        `${place} ${rng.pick(w.aggregator)}`,
        `${rng.pick(w.aggregator)}`,
      ]);
    default:
      return home
        ? rng.pick([
            `The ${rng.pick(w.blogAdj)} ${rng.pick(w.blogNoun)}`,
            `${place} ${rng.pick(w.blogNoun)}`,
            `The ${place} ${rng.pick(w.blogNoun)}`,
          ])
        : `The ${rng.pick(w.blogAdj)} ${rng.pick(w.blogNoun)}`;
  }
}

/** Hands out personal names so that no two people in a world share a surname (a short reference stays unambiguous). */
class NameBook {
  private used = new Set<string>();
  constructor(private rng: Rng) {}

  take(culture: Culture, gender: Gender): PersonName {
    const pool = NAMES[culture];
    const first = this.rng.pick(gender === "m" ? pool.male : pool.female);
    for (let tries = 0; tries < 400; tries++) {
      const last =
        tries < 60
          ? this.rng.pick(pool.surnames)
          : tries < 200
            ? this.composed(culture)
            : this.doubleBarrelled(culture);
      const forms = gender === "f" && culture === "slavic" ? last.map(feminine) : last;
      if (this.used.has(stripAccents(forms[0]).toLowerCase())) continue;
      this.used.add(stripAccents(forms[0]).toLowerCase());
      return { first: [...first], last: [...forms], familyFirst: !!pool.familyFirst };
    }
    throw new Error(`ran out of ${culture} surnames`);
  }

  /** Spanish-style double surnames, or hyphenated ones elsewhere, once simpler names run out. */
  private doubleBarrelled(culture: Culture): string[] {
    const [a, b] = this.rng.sample(NAMES[culture].surnames, 2);
    const join = culture === "latin" ? " " : "-";
    return [a[0] + join + b[0], ...(a.length > 1 || b.length > 1 ? [a[a.length - 1] + join + b[b.length - 1]] : [])];
  }

  private composed(culture: Culture): string[] {
    const { stems, endings } = SURNAME_PARTS[culture];
    const stem = this.rng.pick(stems);
    const ending = this.rng.pick(endings);
    if (culture === "arabic") return ending.map((prefix) => prefix + stem);
    const forms = ending.map((e) => stem + e);
    const plain = forms.map(stripAccents).filter((f) => !forms.includes(f));
    return [...forms, ...plain];
  }
}

export function feminine(name: string): string {
  if (/sky$|skiy$|ski$/.test(name)) return name.replace(/(sky|skiy|ski)$/, "skaya");
  if (/(ov|ev|yev|in)$/.test(name)) return name + "a";
  return name;
}

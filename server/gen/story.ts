/**
 * One invented event and how it spreads: who said what and when, which outlets covered it, and who
 * each outlet took the story from. Publication times only grow along a chain (a reprint is always
 * later than the story it copies), and denials come after the claims they deny.
 */

import type { Relay, Stance } from "./attribution.js";
import { drift, firstWording, renderClause, type Wording } from "./drift.js";
import type { OfficeKey } from "./lexicon.js";
import { MONTHS, WEEKDAYS } from "./lexicon.js";
import type { Rng } from "./prng.js";
import {
  type ClaimTemplate,
  EVENT_KINDS,
  type EventKind,
  NARRATIVES,
  type Side,
  type SpeakerRole,
} from "./propositions.js";
import type { Outlet, World, WorldActor, WorldState } from "./world.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface EventClaim {
  id: string;
  template: ClaimTemplate;
  side: Side;
  speaker: WorldActor;
  denier?: WorldActor;
  /** The canonical wording (first paraphrase, plain names). */
  canonical: string;
  saidAt: number;
  deniedAt?: number;
}

export interface StoryEvent {
  index: number;
  kind: EventKind;
  A: WorldState;
  B: WorldState;
  slots: Record<string, string>;
  metonyms: Record<string, string>;
  at: number;
  city: string;
  weekday: string;
  claims: EventClaim[];
}

/** One thing an outlet reports: a claim, asserted or denied, by someone, in some words, perhaps via someone. */
export interface Item {
  claim: EventClaim;
  stance: Stance;
  speaker: WorldActor;
  wording: Wording;
  relay?: Relay;
  /** The publisher says it in its own voice. */
  narrated?: boolean;
}

export type Role = "statement" | "wire" | "report" | "reprint" | "commentary";

export interface DocPlan {
  outlet: Outlet;
  role: Role;
  at: number;
  parent?: DocPlan;
  items: Item[];
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** Rival pairs of states: most stories are about them, so their long-running accusations recur. */
export function rivalries(rng: Rng, world: World): [WorldState, WorldState][] {
  const states = rng.shuffle([...world.states]);
  const pairs: [WorldState, WorldState][] = [];
  for (let i = 0; i + 1 < states.length; i += 2) pairs.push([states[i], states[i + 1]]);
  return pairs;
}

export function planEvent(
  rng: Rng,
  world: World,
  pairs: [WorldState, WorldState][],
  index: number,
  at: number,
): StoryEvent {
  const kind = rng.weighted(EVENT_KINDS.map((k) => [k, k.weight] as const));
  let A: WorldState, B: WorldState;
  if (rng.chance(0.75)) [A, B] = rng.shuffle([...rng.pick(pairs)]);
  else [A, B] = rng.sample(world.states, 2);
  const intl = rng.pick(world.international);
  const month = rng.pick(MONTHS);
  const k = rng.between(2, 12);
  const slots: Record<string, string> = {
    A: A.seed.name,
    B: B.seed.name,
    a: A.seed.demonym,
    b: B.seed.demonym,
    acity: rng.pick([A.seed.capital, ...A.seed.cities]),
    bcity: rng.pick(B.seed.cities),
    n: (rng.between(2, 90) * (rng.chance(0.5) ? 1000 : 100)).toLocaleString("en-US"),
    k: k < 10 ? NUMBER_WORDS[k] : String(k),
    km: String(rng.between(15, 250) * 10),
    pct: String(rng.between(2, 12) * 5),
    bn: String(rng.between(2, 90)),
    month,
    weekday: rng.pick(WEEKDAYS),
    body: intl.body.intro[0],
  };
  slots.issue = fill(rng.pick(kind.issues), slots);
  const metonyms = { A: A.seed.capital, B: B.seed.capital };
  const event: StoryEvent = {
    index,
    kind,
    A,
    B,
    slots,
    metonyms,
    at,
    city: slots.acity,
    weekday: slots.weekday,
    claims: [],
  };

  const resolve = (role: SpeakerRole): WorldActor => speakerFor(rng, world, event, role, intl);
  const templates = rng.sample(kind.claims, rng.between(Math.min(4, kind.claims.length), kind.claims.length));
  const withNarrative = pairs.some(([x, y]) => (x === A && y === B) || (x === B && y === A)) && rng.chance(0.35);
  if (withNarrative) templates.push(narrativeFor(A, B));
  for (const t of templates) {
    const speakerRole = rng.pick(t.speakers);
    const side: Side = speakerRole.startsWith("B.") ? "B" : "A";
    const id = NARRATIVES.includes(t) ? `n-${A.actor.id}-${B.actor.id}-${t.key}` : `e${index}-${t.key}`;
    const claim: EventClaim = {
      id,
      template: t,
      side,
      speaker: resolve(speakerRole),
      canonical: renderClause(
        t.wordings,
        { variant: 0, synonyms: [], quantifier: 0, fronted: false, backshift: false, metonym: false },
        slots,
        {},
      ),
      saidAt: side === "A" ? at : at + rng.between(1, 6) * HOUR,
    };
    if (t.deniers && rng.chance(0.8)) {
      claim.denier = resolve(rng.pick(t.deniers));
      claim.deniedAt = claim.saidAt + rng.between(2, 20) * HOUR;
    }
    event.claims.push(claim);
  }
  return event;
}

/** Each rival pair keeps to one long-running accusation, so it resurfaces story after story. */
function narrativeFor(A: WorldState, B: WorldState): ClaimTemplate {
  let h = 0;
  for (const c of A.actor.id + B.actor.id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return NARRATIVES[h % NARRATIVES.length];
}

function speakerFor(
  rng: Rng,
  world: World,
  event: StoryEvent,
  role: SpeakerRole,
  intl: World["international"][number],
): WorldActor {
  // the body's spokesperson speaks, since the claims themselves name the body
  if (role === "intl") return intl.spokesperson;
  if (role === "expert") return rng.pick(world.experts);
  const [side, what] = role.split(".") as [Side, string];
  const state = side === "A" ? event.A : event.B;
  switch (what) {
    case "ministry":
      return state.foreignMinistry;
    case "defence":
      return state.defenceMinistry;
    case "presidency":
      return state.presidency;
    case "state":
      return state.actor;
    case "anon":
      return state.anonymous;
    default:
      return state.officials.get(what as OfficeKey)!;
  }
}

export const fill = (template: string, slots: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, n: string) => slots[n] ?? `{${n}}`);

/** How many documents a story gets: most stories are small, a few are covered everywhere. */
export function storySize(rng: Rng): number {
  return Math.max(3, Math.min(300, Math.round(Math.exp(2.4 + 0.85 * rng.normal()))));
}

/** Who covers the story, in what order, and from whom each outlet took it. */
export function planCoverage(rng: Rng, world: World, event: StoryEvent, n: number): DocPlan[] {
  const plans: DocPlan[] = [];
  const { A, B } = event;
  const T0 = event.at;
  const aClaims = event.claims.filter((c) => c.side === "A");
  const bClaims = event.claims.filter((c) => c.side === "B");

  if (n >= 3 && rng.chance(0.7) && aClaims.length) {
    const outlet = aClaims.some((c) => c.speaker === A.presidency || A.officials.get("president") === c.speaker)
      ? A.presidencyOutlet
      : A.ministryOutlet;
    const items = aClaims.filter((c) => speaksFor(c.speaker, A)).map((c) => first(rng, c, outlet.voice));
    if (items.length) plans.push({ outlet, role: "statement", at: T0 + rng.between(10, 90) * MINUTE, items });
  }
  const denials = event.claims.filter((c) => c.denier && c.side === "A");
  if (n >= 6 && rng.chance(0.6) && (bClaims.length || denials.length)) {
    const at =
      Math.max(...[...bClaims.map((c) => c.saidAt), ...denials.map((c) => c.deniedAt!)]) + rng.between(10, 60) * MINUTE;
    const outlet = B.ministryOutlet;
    const items = [
      ...denials.map((c) => denial(rng, c)),
      ...bClaims.filter((c) => speaksFor(c.speaker, B)).map((c) => first(rng, c, outlet.voice)),
    ];
    if (items.length) plans.push({ outlet, role: "statement", at, items });
  }

  const wires = Math.max(1, Math.min(n - plans.length, Math.round(n * 0.15)));
  for (let i = 0; i < wires; i++) {
    const outlet = rng.weighted<Outlet>([
      [A.wire, 4],
      [B.wire, 3],
      ...world.internationalWires.map((w) => [w, 2] as [Outlet, number]),
    ]);
    const statement = plans.find((p) => p.role === "statement" && p.outlet.voice?.state === A);
    const parent = statement && rng.chance(0.6) ? statement : undefined;
    const at = (parent?.at ?? T0) + rng.between(15, 720) * MINUTE;
    plans.push({ outlet, role: "wire", at, parent, items: wireItems(rng, event, at, parent) });
  }

  while (plans.length < n) {
    const role = rng.weighted<Role>([
      ["report", 5],
      ["reprint", 3],
      ["commentary", 2],
    ]);
    const sources = plans.filter((p) =>
      role === "reprint"
        ? p.role === "wire" || p.role === "report"
        : role === "commentary"
          ? p.role !== "statement"
          : p.role !== "reprint",
    );
    const parent = rng.pick(sources.length ? sources : plans);
    if (role === "reprint") {
      const outlet = pickOutlet(rng, world, "aggregator", event);
      plans.push({ outlet, role, parent, at: parent.at + rng.between(10, 480) * MINUTE, items: parent.items });
    } else if (role === "report") {
      const outlet = pickOutlet(rng, world, rng.chance(0.72) ? "newspaper" : "broadcaster", event);
      const at = parent.at + rng.between(30, 1200) * MINUTE;
      plans.push({ outlet, role, parent, at, items: retell(rng, event, parent, at, 0.5) });
    } else {
      const outlet = pickOutlet(rng, world, "blog", event);
      const at = parent.at + rng.between(6 * 60, 72 * 60) * MINUTE;
      plans.push({
        outlet,
        role,
        parent,
        at,
        items: retell(rng, event, parent, at, 1).map((it) =>
          it.stance === "asserted" && rng.chance(0.25) ? { ...it, narrated: true, relay: undefined } : it,
        ),
      });
    }
  }
  return plans;
}

function speaksFor(actor: WorldActor, state: WorldState): boolean {
  return "state" in actor && actor.state === state && actor.kind !== "anonymous";
}

/** The claim as first said; `voice` is the publisher's own voice, which narrates rather than quotes. */
function first(rng: Rng, claim: EventClaim, voice?: WorldActor): Item {
  return {
    claim,
    stance: "asserted",
    speaker: claim.speaker,
    wording: firstWording(rng, claim.template.wordings.length),
    narrated: voice !== undefined && claim.speaker === voice,
  };
}

function denial(rng: Rng, claim: EventClaim): Item {
  return {
    claim,
    stance: "denied",
    speaker: claim.denier!,
    wording: firstWording(rng, claim.template.wordings.length),
  };
}

/** A wire story: what had been said by its time, from the statement when it had one, else from its own reporters. */
function wireItems(rng: Rng, event: StoryEvent, at: number, parent: DocPlan | undefined): Item[] {
  const items: Item[] = [];
  for (const c of rng.shuffle(event.claims.filter((c) => c.saidAt <= at))) {
    const fromStatement = parent?.items.find((it) => it.claim === c && it.stance === "asserted");
    if (fromStatement)
      items.push({
        ...fromStatement,
        wording: drift(rng, fromStatement.wording, c.template.wordings.length, 0.3),
        narrated: false,
        speaker: c.speaker,
        relay: { actor: parent!.outlet.voice! },
      });
    else items.push(first(rng, c));
  }
  for (const c of event.claims)
    if (c.deniedAt !== undefined && c.deniedAt <= at && rng.chance(0.8)) items.push(denial(rng, c));
  return items.slice(0, rng.between(4, 9));
}

/** A retelling of the parent story: fewer items, drifted words, the parent named as the source, and any denial that came since. */
function retell(rng: Rng, event: StoryEvent, parent: DocPlan, at: number, strength: number): Item[] {
  const keep = rng.sample(
    parent.items,
    rng.between(Math.min(3, parent.items.length), Math.min(7, parent.items.length)),
  );
  const items = keep.map((it): Item => {
    const credit =
      !it.narrated && parent.role !== "statement" && rng.chance(0.3 + 0.5 * parent.outlet.style.attributive);
    const relay: Relay | undefined = it.narrated
      ? parent.outlet.voice
        ? { actor: parent.outlet.voice }
        : { outlet: parent.outlet }
      : credit
        ? { outlet: parent.outlet }
        : it.relay;
    return {
      ...it,
      narrated: false,
      relay,
      wording: drift(rng, it.wording, it.claim.template.wordings.length, strength),
    };
  });
  for (const c of event.claims) {
    if (c.deniedAt === undefined || c.deniedAt > at || items.some((it) => it.claim === c && it.stance === "denied"))
      continue;
    if (items.some((it) => it.claim === c) && rng.chance(0.7)) items.push(denial(rng, c));
  }
  return items;
}

/** Outlets from the states in the story are likelier to cover it; popular outlets cover more. */
function pickOutlet(rng: Rng, world: World, kind: Outlet["kind"], event: StoryEvent): Outlet {
  const pool = world.byKind.get(kind) ?? world.byKind.get("newspaper")!;
  const home = new Set([event.A.seed.name, event.B.seed.name]);
  for (let tries = 0; tries < 4; tries++) {
    const o = pickWeighted(rng, pool);
    if (!o.country || home.has(o.country) || rng.chance(0.35)) return o;
  }
  return pickWeighted(rng, pool);
}

const cumulative = new WeakMap<Outlet[], number[]>();
function pickWeighted(rng: Rng, pool: Outlet[]): Outlet {
  let cum = cumulative.get(pool);
  if (!cum) {
    let s = 0;
    cum = pool.map((o) => (s += o.weight));
    cumulative.set(pool, cum);
  }
  const r = rng.next() * cum[cum.length - 1];
  let lo = 0,
    hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return pool[lo];
}

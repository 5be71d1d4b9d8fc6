/**
 * How one document names actors and outlets: a full introduction the first time, then a surname, a
 * role ("the minister") or a pronoun, the way news copy does. One Referencer per document.
 */
import type { Rng } from "./prng.js";
import { fullName, type Outlet, type OutletStyle, surname, type WorldActor } from "./world.js";

export class Referencer {
  private seen = new Set<string>();
  private lastSubject: string | null = null;

  constructor(
    private rng: Rng,
    private style: OutletStyle,
  ) {}

  /** A noun phrase for the actor, never a pronoun (after "according to", in inversions). */
  noun(actor: WorldActor): string {
    const first = !this.seen.has(actor.id);
    this.seen.add(actor.id);
    return first ? this.introduce(actor) : this.again(actor);
  }

  /** The sentence subject: a pronoun when the previous sentence was about the same actor. */
  subject(actor: WorldActor): { text: string; pronoun: boolean } {
    const pronoun =
      this.lastSubject === actor.id && this.seen.has(actor.id) && this.rng.chance(0.6) ? pronounOf(actor) : null;
    this.lastSubject = actor.id;
    return pronoun ? { text: pronoun, pronoun: true } : { text: this.noun(actor), pronoun: false };
  }

  /** The sentence was about this actor though it was not its grammatical subject. */
  mark(actor: WorldActor | null) {
    this.lastSubject = actor?.id ?? null;
  }

  outlet(o: Outlet): string {
    const key = "outlet:" + o.id;
    const first = !this.seen.has(key);
    this.seen.add(key);
    if (first) return o.abbrev && this.rng.chance(0.5) ? `${theName(o.name)} (${o.abbrev})` : theName(o.name);
    if (o.kind === "news agency")
      return this.rng.pick(o.abbrev ? [o.abbrev, "the agency", o.abbrev] : ["the agency", theName(o.name)]);
    return theName(o.name);
  }

  private introduce(actor: WorldActor): string {
    const v = this.style.romanisation;
    switch (actor.kind) {
      case "person": {
        const full = fullName(actor.person, v);
        if (actor.affiliation) return `${full}, ${actor.affiliation},`;
        const demonym = actor.state?.seed.demonym ?? "";
        return this.rng.weighted<string>([
          [`${demonym} ${actor.title} ${full}`, 5],
          [
            `${actor.title[0].toUpperCase() === actor.title[0] ? actor.title : capitaliseTitle(actor.title)} ${full}`,
            2,
          ],
          [`${full}, the ${demonym} ${actor.role},`, 2],
        ]);
      }
      case "anonymous":
      case "organization":
      case "group":
      case "state":
        return this.rng.pick(actor.intro);
    }
  }

  private again(actor: WorldActor): string {
    const v = this.style.romanisation;
    switch (actor.kind) {
      case "person": {
        const last = surname(actor.person, v);
        return this.rng.weighted<string>([
          [this.style.honorifics ? `${actor.gender === "f" ? "Ms" : "Mr"} ${last}` : last, 6],
          [`the ${actor.role}`, actor.affiliation ? 0 : 2],
        ]);
      }
      case "state":
        return this.rng.chance(0.8) ? actor.name : actor.state ? actor.state.seed.capital : actor.name;
      case "anonymous":
        return actor.short;
      default:
        return this.rng.chance(0.5) ? actor.short : actor.intro[0];
    }
  }
}

function pronounOf(actor: WorldActor): string | null {
  if (actor.kind === "person") return actor.gender === "f" ? "she" : "he";
  if (actor.kind === "organization") return "it";
  return null;
}

const theName = (name: string) =>
  /^(The |the )/.test(name)
    ? name.replace(/^The /, "the ")
    : /Agency|Service|Ministry|Office/.test(name)
      ? `the ${name}`
      : name;
const capitaliseTitle = (t: string) => t[0].toUpperCase() + t.slice(1);

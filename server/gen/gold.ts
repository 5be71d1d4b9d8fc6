/**
 * The ground truth in the seeds-gold.json shape that /work/shared/eval/score.mjs reads: every actor
 * with every name the corpus uses for it, the outlets documents cite, and each claim's mentions.
 */
import { fullName, type Outlet, surname, type World, type WorldActor } from "./world.js";

export interface GoldActor {
  id: string;
  name: string;
  kind: "person" | "organization" | "state" | "group";
  aliases: string[];
}

export function goldActors(world: World): GoldActor[] {
  const publisherNames = new Map<string, string[]>();
  for (const o of world.outlets)
    if (o.voice) publisherNames.set(o.voice.id, [...(publisherNames.get(o.voice.id) ?? []), o.name]);
  return world.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind === "anonymous" ? "person" : a.kind,
    aliases: unique([a.name, ...aliasesOf(a), ...(publisherNames.get(a.id) ?? [])]),
  }));
}

function aliasesOf(a: WorldActor): string[] {
  switch (a.kind) {
    case "person": {
      const out: string[] = [];
      const variants = Math.max(a.person.first.length, a.person.last.length);
      const demonym = a.state?.seed.demonym;
      for (let v = 0; v < variants; v++) {
        const full = fullName(a.person, v);
        const last = surname(a.person, v);
        out.push(full, last, `${a.gender === "f" ? "Ms" : "Mr"} ${last}`);
        if (!a.affiliation) out.push(`${a.title} ${full}`, `${a.title} ${last}`);
        if (demonym) out.push(`${demonym} ${a.title} ${full}`, `${demonym} ${a.title}`, `the ${demonym} ${a.role}`);
      }
      // every pairing of given-name and surname spellings, as outlets mix them
      for (const f of a.person.first)
        for (const l of a.person.last) out.push(a.person.familyFirst ? `${l} ${f}` : `${f} ${l}`);
      return out;
    }
    case "state":
      return [
        a.name,
        a.state!.seed.capital,
        `the ${a.state!.seed.demonym} government`,
        `the ${a.state!.seed.demonym} side`,
      ];
    default:
      return a.intro;
  }
}

export function goldCitedSources(world: World) {
  return world.outlets
    .filter((o) => !o.voice)
    .map((o: Outlet) => ({
      id: o.id,
      aliases: unique([
        o.name,
        ...(o.abbrev ? [o.abbrev] : []),
        ...(/^The /.test(o.name) ? [o.name.replace(/^The /, "the ")] : [`the ${o.name}`]),
      ]),
    }));
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * Who a speaker phrase is, inside one document: names through the corpus registry, pronouns to
 * the subject of the nearest sentence naming a person, unqualified roles ("the adviser") to the
 * nearest compatible person, "it" and "the message" to the body the document last quoted.
 */
import { type ActorDraft, type ActorRegistry, isLeader } from "./actors.js";
import { BODY_ANAPHORS, COMPANY_HEADS } from "./cues.js";
import { CORPORATE_SUFFIXES, isStateForm, ORG_WORDS } from "./gazetteer.js";
import type { SpeakerRef } from "./speaker.js";

export class DocumentResolver {
  /** Named persons with where they are named, per sentence. */
  private readonly named: { draft: ActorDraft; start: number }[][];
  /** Persons in reading order, per sentence. */
  private readonly persons: ActorDraft[][];
  /** Resolved outer sources, in reading order. */
  private readonly outer: { sentence: number; actor: ActorDraft }[] = [];

  /** Named bodies in reading order, per sentence. */
  private readonly bodies: { ref: SpeakerRef; words: string }[][];

  constructor(
    private readonly registry: ActorRegistry,
    names: SpeakerRef[][],
  ) {
    this.named = [];
    this.persons = [];
    this.bodies = [];
    // one pass per sentence, each name looked up once (it decides both lists)
    for (const refs of names) {
      const named: { draft: ActorDraft; start: number }[] = [];
      const bodies: { ref: SpeakerRef; words: string }[] = [];
      for (const r of refs) {
        const draft = r.kind === "name" && r.name ? registry.findPerson(r.name) : undefined;
        if (draft) named.push({ draft, start: r.start });
        // "the Ministry" capitalised is the anaphor, not a body's name
        if (
          ((r.kind === "org" || r.kind === "outlet") &&
            !r.anaphor &&
            !BODY_ANAPHORS.has((r.name ?? "").toLowerCase())) ||
          (r.kind === "name" && r.name && !r.name.includes(" ") && !draft)
        )
          bodies.push({ ref: r, words: ` ${(r.name ?? "").toLowerCase()} ` });
      }
      this.named.push(named);
      this.persons.push(named.map((n) => n.draft));
      this.bodies.push(bodies);
    }
  }

  /**
   * "the company": the body the document named last, before `before` in its own sentence (a lone unknown name
   * counts: "Velora said");
   * "the ministry", "the foreign ministry": the nearest body of that kind, when the document has one.
   */
  private lastBody(sentence: number, before: number, head?: string, modifier?: string): ActorDraft | undefined {
    // a modifier must be in the body's name ("interior" in "Ministry of the Interior")
    const kinds = modifier ? [` ${modifier} `] : head ? [` ${head} `, undefined] : [undefined];
    // a lone unknown name ("Velora said") may be the company, never the ministry or the commission
    const specific = modifier !== undefined || SPECIFIC_PUBLIC_HEADS.includes(head ?? "");
    for (const kind of kinds) {
      for (const wanted of specific ? ["org"] : ["org", "name"]) {
        for (let s = sentence; s >= 0 && s > sentence - 60; s--) {
          // a body the document already quoted counts even when written in lower case ("Japan's foreign ministry said")
          if (kind && wanted === "org") {
            // outer is in reading order: only its tail reaches back to sentence s
            for (let k = this.outer.length - 1; k >= 0 && this.outer[k].sentence >= s; k--) {
              const { actor, sentence: at } = this.outer[k];
              if (
                at === s &&
                actor.kind === "organization" &&
                [...actor.names.keys(), ...actor.aliases].some((n) => ` ${n.toLowerCase()} `.includes(kind))
              )
                return actor;
            }
          }
          const refs = this.bodies[s];
          if (!refs) continue;
          for (let k = refs.length - 1; k >= 0; k--) {
            const { ref, words } = refs[k];
            // in the anaphor's own sentence only what comes before it ("The company said no ID numbers …")
            if (s === sentence && ref.start >= before) continue;
            // "the Lindmark Medicines Agency" reads as an outlet's name: "the agency" still points to it
            const kindOf = ref.kind === "outlet" ? "org" : ref.kind;
            if (kindOf === wanted && ref.name && (kind ? words.includes(kind) : sameSector(head, words)))
              return this.registry.body(ref.kind === "outlet" ? "outlet" : "organization", ref.name);
          }
        }
      }
    }
    return undefined;
  }

  private recentPersons(sentence: number): ActorDraft[] {
    const out: ActorDraft[] = [];
    for (let s = sentence; s >= 0 && s > sentence - 30 && out.length < 12; s--)
      out.push(...[...(this.persons[s] ?? [])].reverse());
    return out;
  }

  /** Record a resolved speaker as present in a sentence (so "he", "the adviser" can point to it). */
  note(sentence: number, actor: ActorDraft, outer: boolean): void {
    if (actor.kind === "person" && !(this.persons[sentence] ?? []).includes(actor))
      (this.persons[sentence] ??= []).push(actor);
    if (outer) this.outer.push({ sentence, actor });
  }

  /** The body or informant the document last attributed something to, before this sentence. */
  lastSource(sentence: number, bodyOnly = false): ActorDraft | undefined {
    for (let k = this.outer.length - 1; k >= 0 && k >= this.outer.length - 50; k--) {
      const { actor, sentence: s } = this.outer[k];
      if (bodyOnly && actor.kind !== "organization") continue;
      if (s <= sentence && actor.kind !== "state" && actor.kind !== "group" && !isLeader(actor)) return actor;
    }
    return undefined;
  }

  resolve(ref: SpeakerRef, sentence: number): ActorDraft | undefined {
    const reg = this.registry;
    switch (ref.kind) {
      case "name": {
        const person = reg.findPerson(ref.name!, () => this.recentPersons(sentence)) ?? reg.learnPerson(ref);
        if (person) {
          reg.alias(person, ref);
          return person;
        }
        // a lone capitalised word that names no person in the corpus: a body ("Gazprom said")
        return reg.body("organization", ref.name!, ref);
      }
      case "role": {
        if (ref.anonymous) return reg.anonymous(ref);
        const holder =
          reg.holderOf(ref.roleClass!, ref.role!, ref.qualifier) ??
          (ref.qualifier ? undefined : this.nearestHolder(ref, sentence));
        if (holder) {
          if (ref.qualifier) reg.alias(holder, ref);
          return holder;
        }
        if (ref.qualifier === "our") return undefined; // "our president" inside a quote: the quoted speaker stands in
        return reg.anonymous({ ...ref, name: ref.title }); // "the senator" nobody named: an unnamed speaker of its own
      }
      case "pronoun": {
        if (ref.pronoun === "he" || ref.pronoun === "she" || ref.pronoun === "him" || ref.pronoun === "her") {
          const female = ref.pronoun === "she" || ref.pronoun === "her";
          // "…, Minister Ervin Halasz said, but he warned …": a person named earlier in the same sentence
          const before = this.named[sentence]
            ?.filter((n) => n.start < ref.start && (female ? !n.draft.male : !n.draft.female))
            .pop();
          if (before) return before.draft;
          for (let s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
            const p = (this.persons[s] ?? []).find((d) => (female ? !d.male : !d.female));
            if (p) return p;
          }
          return undefined;
        }
        if (ref.pronoun === "it") return this.lastSource(sentence);
        return undefined;
      }
      case "org":
        if (ref.anaphor) {
          // the anaphor itself ("the ministry") names nobody in particular: no alias
          const words = ref.surface.toLowerCase().split(/\s+/);
          const head = words.pop();
          // "the interior ministry" is the ministry of the interior: only a body named with "interior" is it
          const modifier = words.filter((w) => !/^(the|a|an)$/.test(w) && !isStateForm(w)).pop();
          const found = this.lastBody(sentence, ref.start, head, modifier);
          return found ?? reg.body("organization", ref.surface.replace(/^(the|a|an)\s+/i, ""));
        }
        return reg.body("organization", ref.name!, ref);
      case "state":
        return reg.body("state", ref.name!, ref);
      case "outlet":
        return reg.body("outlet", ref.name!, ref);
      case "group":
        // "sources close to the talks", "Western diplomats", "observers": unnamed speakers are actors
        // of their own, never the outlet that quotes them; "both sides" and the like speak for parties named elsewhere
        return ref.name && !BOTH_PARTIES.test(ref.name)
          ? reg.body("group", ref.name.replace(/^(the|a|an)\s+/i, ""), ref)
          : undefined;
      case "statement":
        // "…, the statement said" after someone else was quoted: the body that issued it, if one was named
        return this.lastSource(sentence, true) ?? this.lastSource(sentence);
      default:
        return undefined;
    }
  }

  /** "the adviser", "the diplomat": the nearest person whose known roles fit. */
  private nearestHolder(ref: SpeakerRef, sentence: number): ActorDraft | undefined {
    for (const p of this.recentPersons(sentence)) {
      const fits =
        p.roles.length === 0
          ? ref.roleClass !== "leader"
          : p.roles.some((r) => r.cls === ref.roleClass || r.role === ref.role);
      if (fits) return p;
    }
    return undefined;
  }
}

/** Groups that are the story's parties together ("the two sides", "both leaders"), not speakers of their own. */
const BOTH_PARTIES =
  /^(both|sides|parties|(the |both )?(two|both) (sides|leaders|presidents|parties|countries|governments|ministers|delegations|nations|states|men|women|camps|companies)|(both|the) (sides|leaders|presidents|parties|countries|governments|ministers|delegations))$/i;

const PUBLIC_HEADS = new Set([
  "regulator",
  "watchdog",
  "agency",
  "authority",
  "ministry",
  "department",
  "commission",
  "committee",
  "council",
  "board",
  "body",
  "government",
]);
const CORPORATE = new RegExp(` (${CORPORATE_SUFFIXES.join("|")}) $`);
const PUBLIC = new RegExp(` (${[...PUBLIC_HEADS].join("|")}) `);

const COMPANY_HEAD = new Set(COMPANY_HEADS);
/** Body words no company is named with. */
const NOT_COMPANY = new RegExp(
  ` (${[...ORG_WORDS].filter((w) => !CORPORATE_SUFFIXES.includes(w) && !/^(group|holdings|network|board)$/.test(w)).join("|")}) `,
);

/** Public heads that name one kind of body: "the ministry" is no commission, "the council" no ministry. */
const SPECIFIC_PUBLIC_HEADS = ["ministry", "department", "commission", "committee", "council", "board", "government"];
const OTHER_PUBLIC = new Map(
  SPECIFIC_PUBLIC_HEADS.map((h) => [h, new RegExp(` (${SPECIFIC_PUBLIC_HEADS.filter((o) => o !== h).join("|")}) `)]),
);

/** "the regulator" is no company and "the company" no ministry or hospital, when the nearest body is the wrong kind. */
function sameSector(head: string | undefined, words: string): boolean {
  if (!head) return true;
  if (PUBLIC_HEADS.has(head)) return !CORPORATE.test(words) && !OTHER_PUBLIC.get(head)?.test(words);
  if (COMPANY_HEAD.has(head)) return !NOT_COMPANY.test(words);
  return !PUBLIC.test(words);
}

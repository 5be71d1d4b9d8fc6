/**
 * Writes one planned document: headline, dateline or byline, the items as attributed sentences with
 * narration between them, and the outlet's furniture (credits, footers). A reprint is its source's
 * body, unchanged, under the aggregator's own headline and markers.
 */

import { type ClaimSpeech, narrate, type SayContext, type Sentence, say, sayTwo } from "./attribution.js";
import { capitalise, drift, renderClause } from "./drift.js";
import { type Culture, MONTHS, NAMES } from "./lexicon.js";
import type { Rng } from "./prng.js";
import { Referencer } from "./references.js";
import { type DocPlan, fill, type Item, type StoryEvent } from "./story.js";
import { feminine, type World, type WorldState } from "./world.js";

export interface Block {
  kind: "title" | "line" | "para";
  sentences: Sentence[];
}

export interface ComposedDoc {
  plan: DocPlan;
  title: string;
  /** The story proper; a reprint copies these blocks. */
  body: Block[];
  head: Block[];
  foot: Block[];
  /** Whom the document attributes information to (actor and outlet ids). */
  cites: Set<string>;
  /** Government publishers speak in their own voice. */
  narrators: string[];
}

const EDITORIAL = [
  "This is not the first time such accusations have been made.",
  "The question, as always, is who benefits.",
  "Readers will remember how the last round of talks ended.",
  "We will follow the story as it develops.",
  "None of this should come as a surprise.",
  "The official accounts of the two sides could hardly be further apart.",
];
/** Narration any story can carry. */
const GENERIC = [
  "The remarks came as tensions between {A} and {B} continued to rise.",
  "The comments were made at a news conference in {acity}.",
  "Officials gave no further details.",
  "It was not possible to independently verify the claim.",
  "Analysts said the dispute was unlikely to be resolved soon.",
  "Diplomats in {acity} said privately that the situation remained tense.",
  "Neither side has published evidence to support its account.",
  "The exchange was the latest in a series of public disputes between the two governments.",
  "The statement was published late on {weekday}.",
  "Markets in the region reacted calmly to the news.",
  "The issue is expected to come up at next month's regional summit.",
  "Opposition politicians in {A} called for a parliamentary debate on the matter.",
  "Both governments are under pressure at home to appear firm.",
  "The dispute has overshadowed preparations for talks on other issues.",
  "Officials in {acity} have repeatedly accused the other side of spreading misinformation.",
  "Previous rounds of talks between the two sides ended without agreement.",
  "A spokesperson for the {b} embassy in {acity} declined to comment.",
  "Foreign diplomats have urged both sides to show restraint.",
];
/** First lines of a report, before anyone is quoted. */
const LEADS = [
  "{A} and {B} traded accusations on {weekday} over {issue}.",
  "The dispute between {A} and {B} over {issue} escalated on {weekday}.",
  "Tensions between {A} and {B} over {issue} deepened on {weekday}.",
  "Officials in {A} and {B} gave sharply different accounts of {issue} on {weekday}.",
];
const BLOG_LEADS = [
  "It is clear that",
  "The simple truth is that",
  "Everyone knows that",
  "Make no mistake:",
  "There is little doubt that",
];
const FOOTERS = [
  "Share this article",
  "Read more: latest news",
  "Please disable your ad blocker to continue reading the news.",
  "Follow us for more updates.",
  "All rights reserved.",
];

export function compose(rng: Rng, world: World, event: StoryEvent, plan: DocPlan, parent?: ComposedDoc): ComposedDoc {
  if (plan.role === "reprint" && parent) return reprint(rng, plan, parent);
  const refs = new Referencer(rng, plan.outlet.style);
  const ctx: SayContext = {
    rng,
    refs,
    curly: plan.outlet.style.curlyQuotes,
    city: event.city,
    weekday: event.slots.weekday,
  };
  const cites = new Set<string>();
  const voice = plan.outlet.voice;
  const sentences: Sentence[] = [];
  const narration = rng.shuffle([...event.kind.background, ...rng.sample(GENERIC, 6)]);
  const narrationLine = (): Sentence[] => (narration.length ? [[{ text: fill(narration.pop()!, event.slots) }]] : []);

  if (plan.role === "report" || plan.role === "commentary" || (plan.role === "wire" && rng.chance(0.3)))
    sentences.push([{ text: fill(rng.pick(LEADS), event.slots) }]);
  const items = groupBySpeaker(plan.items);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const next = items[i + 1];
    if (item.narrated) {
      const lead =
        plan.role === "commentary"
          ? rng.chance(0.6)
            ? rng.pick(BLOG_LEADS)
            : undefined
          : rng.pick([
              undefined,
              undefined,
              "It was stressed that",
              `${capitalise(voice?.kind === "organization" ? voice.short : "the statement")} notes that`,
            ]);
      const said = narrate(ctx, item.claim.id, speech(event, item).direct, voice?.id ?? null, lead);
      sentences.push(said.sentence);
      if (voice) cites.add(voice.id);
      continue;
    }
    if (
      next &&
      !next.narrated &&
      next.speaker === item.speaker &&
      !item.relay &&
      !next.relay &&
      item.stance === "asserted" &&
      next.stance === "asserted" &&
      rng.chance(0.25)
    ) {
      const said = sayTwo(ctx, speech(event, item), speech(event, next));
      sentences.push(said.sentence);
      cites.add(said.cites);
      i++;
      continue;
    }
    const said = say(ctx, speech(event, item));
    sentences.push(said.sentence);
    cites.add(said.cites);
    if (plan.role !== "statement" && rng.chance(0.3)) sentences.push(requote(rng, ctx, event, item));
    if (rng.chance(0.6)) {
      sentences.push(...narrationLine());
      refs.mark(null);
    }
    if (
      item.stance === "asserted" &&
      item.claim.denier &&
      !plan.items.some((it) => it.claim === item.claim && it.stance === "denied") &&
      plan.role !== "statement" &&
      rng.chance(0.3)
    ) {
      const other: WorldState = item.claim.side === "A" ? event.B : event.A;
      sentences.push([
        {
          text: `${capitalise(refs.noun(other.foreignMinistry))} did not immediately respond to a request for comment.`,
        },
      ]);
      refs.mark(null);
    }
  }
  if (plan.role === "commentary") sentences.splice(rng.int(sentences.length + 1), 0, [{ text: rng.pick(EDITORIAL) }]);
  if (plan.role !== "statement") for (let i = rng.between(2, 4); i > 0; i--) sentences.push(...narrationLine());

  // a government readout speaks as the office: every mention is also the office's
  if (plan.role === "statement" && voice)
    for (const s of sentences)
      for (const p of s)
        if (p.mention && !p.mention.actors.includes("narrator")) p.mention.actors.push(voice.id, "narrator");
  if (plan.parent && plan.role !== "wire") cites.add(plan.parent.outlet.voice?.id ?? plan.parent.outlet.id);
  if (voice) cites.add(voice.id);
  cites.delete("narrator");

  const title = fill(rng.pick(event.kind.headlines), event.slots);
  const body = paragraphs(rng, sentences, plan.role === "wire" ? 2 : 3);
  const head: Block[] = [{ kind: "title", sentences: [[{ text: title }]] }];
  const when = new Date(plan.at);
  const date = `${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()}`;
  if (plan.role === "wire") {
    body[0].sentences.unshift([
      { text: `${event.city.toUpperCase()}, ${date} (${plan.outlet.abbrev ?? plan.outlet.name}) -` },
    ]);
  } else if (plan.role === "statement") {
    head.push(
      line(`${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]} ${when.getUTCFullYear()}, ${cityOf(plan, event)}`),
    );
  } else if (plan.role === "report" && rng.chance(0.6)) {
    head.push(line(`By ${journalist(rng, culture(world, plan.outlet.country))}`));
  } else if (plan.role === "commentary") {
    head.push(
      line(`Posted by ${journalist(rng, culture(world, plan.outlet.country))} on ${date}, ${when.getUTCFullYear()}`),
    );
  }
  const foot: Block[] = [];
  if (plan.role === "wire" && rng.chance(0.7))
    foot.push(
      line(
        `(Reporting by ${journalist(rng, culture(world, plan.outlet.country))}; Editing by ${journalist(rng, "western")})`,
      ),
    );
  if (plan.role === "report" && rng.chance(0.3))
    foot.push(line(`Additional reporting by ${journalist(rng, culture(world, plan.outlet.country))}`));
  return { plan, title, body, head, foot, cites, narrators: voice ? [voice.id] : [] };
}

function reprint(rng: Rng, plan: DocPlan, parent: ComposedDoc): ComposedDoc {
  const source = parent.plan.outlet;
  const name = source.abbrev ?? source.name;
  const head: Block[] = [
    { kind: "title", sentences: [[{ text: rng.chance(0.7) ? parent.title : `${parent.title} - ${name}` }]] },
  ];
  if (rng.chance(0.3)) head.push(line(`${name} reports`));
  const foot: Block[] = [];
  if (rng.chance(0.5)) foot.push(line(rng.pick([`Source: ${name}`, name, `(${name})`, `Source link`])));
  if (rng.chance(0.6)) foot.push(line(rng.pick(FOOTERS)));
  const cites = new Set(parent.cites);
  cites.add(source.voice?.id ?? source.id);
  return { plan, title: head[0].sentences[0][0].text, body: parent.body, head, foot, cites, narrators: [] };
}

/** The same claim again, in other words, as the speaker's own: “...,” he added. */
function requote(rng: Rng, ctx: SayContext, event: StoryEvent, item: Item): Sentence {
  const [open, close] = ctx.curly ? ["“", "”"] : ['"', '"'];
  const wording = drift(rng, item.wording, item.claim.template.wordings.length, 1);
  const words = capitalise(renderClause(item.claim.template.wordings, wording, event.slots, event.metonyms, true));
  const who = ctx.refs.subject(item.speaker).text;
  const verb = item.stance === "denied" ? rng.pick(["added", "said"]) : rng.pick(["added", "said", "went on"]);
  const mention = { claim: item.claim.id, stance: item.stance, actors: [item.speaker.id] };
  if (item.stance === "denied")
    return [
      { text: open + "It is simply not true that " },
      { text: words[0].toLowerCase() + words.slice(1), mention },
      { text: `,${close} ${who} ${verb}.` },
    ];
  return [{ text: open }, { text: words, mention }, { text: `,${close} ${who} ${verb}.` }];
}

/** Consecutive items by one speaker read as one passage (and allow "he said" back-references). */
function groupBySpeaker(items: Item[]): Item[] {
  const order = new Map<string, number>();
  items.forEach((it, i) => order.has(it.speaker.id) || order.set(it.speaker.id, i));
  return [...items].sort((a, b) => order.get(a.speaker.id)! - order.get(b.speaker.id)!);
}

function speech(event: StoryEvent, item: Item): ClaimSpeech {
  const { wordings } = item.claim.template;
  const relay = item.relay && "actor" in item.relay && item.relay.actor === item.speaker ? undefined : item.relay;
  return {
    claim: item.claim.id,
    stance: item.stance,
    speaker: item.speaker,
    relay,
    indirect: renderClause(wordings, item.wording, event.slots, event.metonyms),
    direct: renderClause(wordings, item.wording, event.slots, event.metonyms, true),
  };
}

function paragraphs(rng: Rng, sentences: Sentence[], most: number): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < sentences.length; ) {
    const n = rng.between(1, most);
    blocks.push({ kind: "para", sentences: sentences.slice(i, i + n) });
    i += n;
  }
  return blocks.length ? blocks : [{ kind: "para", sentences: [] }];
}

const line = (text: string): Block => ({ kind: "line", sentences: [[{ text }]] });

function cityOf(plan: DocPlan, event: StoryEvent) {
  return plan.outlet.country === event.B.seed.name ? event.B.seed.capital : event.A.seed.capital;
}

function culture(world: World, country?: string): Culture {
  return world.states.find((s) => s.seed.name === country)?.seed.culture ?? "western";
}

/** A reporter's name for bylines and credits. */
function journalist(rng: Rng, c: Culture): string {
  const pool = NAMES[c];
  const female = rng.chance(0.5);
  const first = rng.pick(female ? pool.female : pool.male)[0];
  const last = female && c === "slavic" ? feminine(rng.pick(pool.surnames)[0]) : rng.pick(pool.surnames)[0];
  return pool.familyFirst ? `${last} ${first}` : `${first} ${last}`;
}

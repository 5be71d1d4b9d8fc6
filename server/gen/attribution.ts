/**
 * Sentences that attribute a claim to someone, in the patterns news copy uses: reporting verbs,
 * "according to", quotes with the speaker before or after, relays ("X said, according to the
 * ministry", "the agency quoted X as saying"), denials, and pronoun back-references. The claim's
 * clause is kept as its own piece so its exact offsets can be annotated.
 */
import { capitalise } from "./drift.js";
import type { Rng } from "./prng.js";
import type { Referencer } from "./references.js";
import type { Outlet, WorldActor } from "./world.js";

export type Stance = "asserted" | "denied";

export interface MentionMark {
  claim: string;
  stance: Stance;
  /** Acceptable speakers: the speaker, then each relay named in the sentence; "narrator" when the publisher speaks. */
  actors: string[];
  optional?: boolean;
}
export interface Piece {
  text: string;
  mention?: MentionMark;
}
export type Sentence = Piece[];

export type Relay = { actor: WorldActor } | { outlet: Outlet };

export interface ClaimSpeech {
  claim: string;
  stance: Stance;
  speaker: WorldActor;
  /** The clause as indirect speech, and as the speaker's own words for quotes. */
  indirect: string;
  direct: string;
  relay?: Relay;
}

export interface Said {
  sentence: Sentence;
  /** Whom the sentence attributes information to (the named relay, else the speaker). */
  cites: string;
}

const VERBS = [
  "said",
  "said",
  "said",
  "stated",
  "noted",
  "stressed",
  "emphasised",
  "claimed",
  "insisted",
  "argued",
  "told reporters",
  "confirmed",
  "pointed out",
  "explained",
  "maintained",
  "announced",
];
const DENIAL_ADJECTIVES = [
  "absurd",
  "baseless",
  "groundless",
  "a fabrication",
  "nonsense",
  "completely false",
  "a provocation",
];

const ASSERT = [
  "{S} {v} that {c}.",
  "{S} said {c}.",
  "{c}, {S} said.",
  "{c}, said {SN}.",
  "{“}{C},{”} {S} said.",
  "{“}{C},{”} said {SN}.",
  "{S} said: {“}{C}.{”}",
  "According to {SN}, {c}.",
  "{c}, according to {SN}.",
  "{S} said on {weekday} that {c}.",
  "Speaking to reporters in {city}, {S} said that {c}.",
  "In a statement, {S} said that {c}.",
  "{S} told journalists that {c}.",
  "{“}{C},{”} {S} told reporters in {city}.",
];
const ASSERT_VIA_OUTLET = [
  "{S} said that {c}, {R} reported.",
  "According to {R}, {S} said that {c}.",
  "{R} reported that {SN} had said that {c}.",
  "{R} quoted {SN} as saying that {c}.",
  "{“}{C},{”} {S} said, according to {R}.",
  "{c}, {SN} was quoted as saying by {R}.",
  "{S} told {R} that {c}.",
  "{c}, {S} told {R}.",
];
const ASSERT_VIA_ACTOR = [
  "{S} {v} that {c}, according to {R}.",
  "According to {R}, {S} said that {c}.",
  "{S} said that {c}, {R} said in a statement.",
  "In a statement published by {R}, {S} said that {c}.",
  "{R} quoted {SN} as saying that {c}.",
  "{c}, {SN} said, according to {R}.",
];
const DENY = [
  "{S} denied that {c}.",
  "{S} has denied that {c}.",
  "{S} dismissed claims that {c}.",
  "{S} rejected reports that {c}.",
  "{S} rejected allegations that {c}, calling them {“}{adj}{”}.",
  "{S} denied reports that {c}.",
  "{“}It is not true that {C},{”} {S} said.",
  "{S} said it was {“}{adj}{”} to claim that {c}.",
  "{S} flatly denied that {c}.",
  "{S} dismissed as {“}{adj}{”} claims that {c}.",
];
const DENY_VIA = [
  "{S} denied that {c}, {R} reported.",
  "According to {R}, {S} rejected claims that {c}.",
  "{S} dismissed claims that {c}, according to {R}.",
];

export interface SayContext {
  rng: Rng;
  refs: Referencer;
  curly: boolean;
  city: string;
  weekday: string;
}

/** One sentence in which the speaker asserts or denies the claim. */
export function say(ctx: SayContext, speech: ClaimSpeech): Said {
  const { rng } = ctx;
  const relay = speech.relay;
  let patterns: string[];
  if (speech.stance === "denied") patterns = relay ? DENY_VIA : DENY;
  else if (!relay) patterns = ASSERT;
  else patterns = "outlet" in relay ? ASSERT_VIA_OUTLET : ASSERT_VIA_ACTOR;
  // only people talk to reporters; a ministry "said" or "said in a statement"
  if (speech.speaker.kind !== "person") patterns = patterns.filter((p) => !/reporters|journalists|Speaking/.test(p));
  const pattern = rng.pick(patterns);
  const relayId = relay ? ("outlet" in relay ? relay.outlet.id : relay.actor.id) : null;
  const mark: MentionMark = {
    claim: speech.claim,
    stance: speech.stance,
    actors: relayId ? [speech.speaker.id, relayId] : [speech.speaker.id],
  };
  return { sentence: expand(ctx, pattern, speech, mark), cites: relayId ?? speech.speaker.id };
}

/** The speaker asserts one claim and adds another: "X said that A, adding that B." */
export function sayTwo(ctx: SayContext, first: ClaimSpeech, second: ClaimSpeech): Said {
  const a = expand(ctx, "{S} {v} that {c},", first, {
    claim: first.claim,
    stance: "asserted",
    actors: [first.speaker.id],
  });
  const b: Sentence = [
    { text: " adding that " },
    { text: second.indirect, mention: { claim: second.claim, stance: "asserted", actors: [second.speaker.id] } },
    { text: "." },
  ];
  return { sentence: [...a, ...b], cites: first.speaker.id };
}

/** The publisher states the claim itself ("narration"), as a government readout or a blog does. */
export function narrate(ctx: SayContext, claim: string, clause: string, voice: string | null, lead?: string): Said {
  const actors = voice ? ["narrator", voice] : ["narrator"];
  const mention: MentionMark = { claim, stance: "asserted", actors };
  ctx.refs.mark(null);
  const sentence: Sentence = lead
    ? [{ text: lead + " " }, { text: clause, mention }, { text: "." }]
    : [{ text: capitalise(clause), mention }, { text: "." }];
  return { sentence, cites: voice ?? "narrator" };
}

function expand(ctx: SayContext, pattern: string, speech: ClaimSpeech, mark: MentionMark): Sentence {
  const { rng, refs } = ctx;
  const [open, close] = ctx.curly ? ["“", "”"] : ['"', '"'];
  const pieces: Sentence = [];
  const parts = pattern.split(/(\{[^}]+\})/).filter((p) => p !== "");
  parts.forEach((part, i) => {
    const next = parts[i + 1] ?? "";
    switch (part) {
      case "{S}": {
        const s = refs.subject(speech.speaker);
        pieces.push({ text: tidy(s.text, next) });
        break;
      }
      case "{SN}":
        pieces.push({ text: tidy(refs.noun(speech.speaker), next) });
        refs.mark(speech.speaker);
        break;
      case "{R}": {
        const r = speech.relay!;
        pieces.push({ text: tidy("outlet" in r ? refs.outlet(r.outlet) : refs.noun(r.actor), next) });
        break;
      }
      case "{c}":
        pieces.push({ text: speech.indirect, mention: mark });
        break;
      case "{C}":
        pieces.push({ text: capitalise(speech.direct), mention: mark });
        break;
      case "{v}":
        pieces.push({ text: rng.pick(VERBS) });
        break;
      case "{adj}":
        pieces.push({ text: rng.pick(DENIAL_ADJECTIVES) });
        break;
      case "{city}":
        pieces.push({ text: ctx.city });
        break;
      case "{weekday}":
        pieces.push({ text: ctx.weekday });
        break;
      case "{“}":
        pieces.push({ text: open });
        break;
      case "{”}":
        pieces.push({ text: close });
        break;
      default:
        pieces.push({ text: part });
    }
  });
  // the sentence starts with whatever came first: a name, a pronoun, a clause or a quote mark
  const first = pieces.find((p) => p.text !== "" && p.text !== open);
  if (first) first.text = capitalise(first.text);
  return pieces;
}

/** An apposition ("X, the foreign minister,") loses its closing comma before punctuation. */
function tidy(np: string, next: string): string {
  return np.endsWith(",") && /^[.,:]/.test(next) ? np.slice(0, -1) : np;
}

/**
 * What stories are about: kinds of events, the claims officials make about them, who makes and who
 * denies each claim, and the narration around them. Wordings are finite clauses that read after
 * "said that"; the first is the claim's canonical text. "|" marks an adverbial tail that drift may
 * move to the front ("by the end of May, ...").
 *
 * Slots: {A} {B} states (name or metonym), {a} {b} demonyms, {acity} {bcity} cities, {n} a count,
 * {k} a small count, {km} a distance, {pct} a percentage, {bn} billions, {month}, {weekday}, {issue}, {body}.
 */
import type { OfficeKey } from "./lexicon.js";

export type Side = "A" | "B";
export type SpeakerRole =
  | `${Side}.${OfficeKey}`
  | `${Side}.ministry`
  | `${Side}.defence`
  | `${Side}.presidency`
  | `${Side}.state`
  | `${Side}.anon`
  | "intl"
  | "expert";

export interface ClaimTemplate {
  key: string;
  speakers: SpeakerRole[];
  wordings: string[];
  /** Who denies it when the other side hears of it. */
  deniers?: SpeakerRole[];
}

export interface EventKind {
  key: string;
  weight: number;
  issues: string[];
  headlines: string[];
  /** Narration that carries no claim of anyone's. */
  background: string[];
  claims: ClaimTemplate[];
}

export const EVENT_KINDS: EventKind[] = [
  {
    key: "call",
    weight: 3,
    issues: [
      "security guarantees",
      "the future of the grain corridor",
      "prisoner exchanges",
      "the border dispute",
      "gas transit",
    ],
    headlines: [
      "{a} and {b} leaders discuss {issue} in phone call",
      "{A} ready to resume talks with {B}, says president",
      "Leaders of {A} and {B} hold {k}-hour call on {issue}",
      "What the presidents of {A} and {B} said about {issue}",
    ],
    background: [
      "The call lasted about {k} hours, officials said.",
      "It was the first conversation between the two leaders since {month}.",
      "Relations between {A} and {B} have been strained for months.",
      "The two presidents last met in person in {acity} {k} years ago.",
      "The conversation took place at the request of the {b} side.",
      "No joint statement was issued after the call.",
    ],
    claims: [
      {
        key: "ready-talks",
        speakers: ["A.president", "A.fm", "A.aide"],
        wordings: [
          "{A} is ready to resume talks with {B} on {issue}",
          "{A} is prepared to restart negotiations with {B} on {issue}",
          "{A} is willing to return to talks with {B} over {issue}",
        ],
      },
      {
        key: "meet-again",
        speakers: ["A.aide", "A.presidency", "A.prespox"],
        wordings: [
          "the two leaders agreed to meet again | before the end of {month}",
          "the presidents agreed to hold another meeting | before the end of {month}",
          "the two presidents will meet again | by the end of {month}",
        ],
      },
      {
        key: "sanctions-mistake",
        speakers: ["A.president", "A.aide"],
        wordings: [
          "new sanctions against {A} would be a grave mistake",
          "any new sanctions on {A} would be a serious error",
          "fresh sanctions against {A} would be a colossal mistake",
        ],
      },
      {
        key: "no-weapons-promise",
        speakers: ["A.aide", "A.president", "A.presidency"],
        deniers: ["B.prespox", "B.presidency", "B.anon"],
        wordings: [
          "the {b} president promised not to deploy offensive weapons near {A}",
          "the {b} leader pledged not to station offensive weapons close to {A}",
          "the president of {B} gave assurances that no offensive weapons would be deployed near {A}",
        ],
      },
      {
        key: "frank-constructive",
        speakers: ["A.aide", "A.prespox", "A.presidency"],
        wordings: [
          "the conversation was frank and constructive",
          "the talks were frank and businesslike",
          "the call was candid and constructive",
        ],
      },
      {
        key: "must-deescalate",
        speakers: ["B.president", "B.prespox", "B.presidency"],
        wordings: [
          "{A} must pull back its forces from the border to reduce tensions",
          "{A} has to withdraw its troops from the border to ease tensions",
          "{A} needs to move its forces away from the border to lower tensions",
        ],
      },
    ],
  },
  {
    key: "border",
    weight: 3,
    issues: ["the troop build-up", "the border incident", "the military exercises"],
    headlines: [
      "{A} accuses {B} of massing troops on border",
      "{B} denies build-up near {a} border",
      "Tensions rise on {a}-{b} border",
      "{a} army says {b} drones crossed border",
    ],
    background: [
      "{A} and {B} share a border of more than {km} kilometres.",
      "Satellite images published last week showed new camps near the border.",
      "Both countries have held large military exercises this year.",
      "The border area around {bcity} has seen several incidents since {month}.",
      "Residents of border villages reported hearing explosions overnight.",
    ],
    claims: [
      {
        key: "troops-massed",
        speakers: ["A.dm", "A.cgs", "A.defence", "A.anon"],
        deniers: ["B.dm", "B.defence", "B.fmspox"],
        wordings: [
          "{B} has massed about {n} troops near the border with {A}",
          "{B} has concentrated some {n} soldiers close to the {a} border",
          "around {n} {b} troops have been gathered near the border with {A}",
        ],
      },
      {
        key: "drones-airspace",
        speakers: ["A.defence", "A.dm", "A.cgs"],
        deniers: ["B.defence", "B.dm"],
        wordings: [
          "{b} drones violated {a} airspace | on {weekday}",
          "{b} drones entered {a} airspace | on {weekday}",
          "drones from {B} crossed into {a} airspace | on {weekday}",
        ],
      },
      {
        key: "exercises-defensive",
        speakers: ["B.dm", "B.defence", "B.fmspox"],
        wordings: [
          "the exercises near {bcity} are purely defensive",
          "the drills near {bcity} are entirely defensive in nature",
          "the manoeuvres near {bcity} are only defensive",
        ],
      },
      {
        key: "respond-provocation",
        speakers: ["A.president", "A.pm", "A.dm"],
        wordings: [
          "{A} will respond firmly to any provocation",
          "{A} will answer any provocation decisively",
          "{A} is ready to respond firmly to any provocation",
        ],
      },
      {
        key: "observers",
        speakers: ["intl"],
        wordings: [
          "{body} is ready to send observers to the border",
          "{body} is prepared to deploy monitors to the border area",
          "{body} stands ready to send observers to the border",
        ],
      },
      {
        key: "offensive-plans",
        speakers: ["A.anon", "A.cgs"],
        deniers: ["B.dm", "B.fmspox", "B.president"],
        wordings: [
          "{B} is planning an offensive | in the coming weeks",
          "{B} is preparing an attack | within weeks",
          "{B} intends to launch an offensive | in the coming weeks",
        ],
      },
    ],
  },
  {
    key: "energy",
    weight: 2,
    issues: ["gas supplies", "the pipeline shutdown", "electricity exports"],
    headlines: [
      "{A} says {B} cut gas supplies",
      "Gas row between {A} and {B} deepens",
      "{b} energy ministry blames maintenance for pipeline halt",
      "{A} to seek compensation over gas cut",
    ],
    background: [
      "The pipeline carries about {pct} percent of the gas {A} imports.",
      "Gas prices rose sharply on regional markets on {weekday}.",
      "The two countries signed a ten-year supply contract in {month}.",
      "Winter temperatures in {acity} are expected to fall below freezing next week.",
    ],
    claims: [
      {
        key: "gas-cut",
        speakers: ["A.em", "A.pm"],
        deniers: ["B.em", "B.fmspox"],
        wordings: [
          "{B} cut gas supplies to {A} by {pct} percent",
          "{B} reduced gas deliveries to {A} by {pct} percent",
          "gas supplies from {B} to {A} were cut by {pct} percent",
        ],
      },
      {
        key: "maintenance",
        speakers: ["B.em", "B.ministry"],
        wordings: [
          "the pipeline was shut down for scheduled maintenance",
          "the pipeline was closed for planned maintenance work",
          "the pipeline was halted for routine maintenance",
        ],
      },
      {
        key: "compensation",
        speakers: ["A.pm", "A.em"],
        wordings: [
          "{A} will seek compensation from {B}",
          "{A} intends to demand compensation from {B}",
          "{A} is going to seek damages from {B}",
        ],
      },
      {
        key: "prices-rise",
        speakers: ["expert"],
        wordings: [
          "gas prices in {A} could rise by {pct} percent | this winter",
          "household gas bills in {A} may climb by {pct} percent | this winter",
          "gas prices in {A} might increase by {pct} percent | over the winter",
        ],
      },
      {
        key: "energy-weapon",
        speakers: ["A.fm", "A.president"],
        deniers: ["B.fmspox", "B.em"],
        wordings: [
          "{B} is using energy as a weapon",
          "{B} is using gas as a political weapon",
          "{B} is turning energy into a weapon",
        ],
      },
    ],
  },
  {
    key: "sanctions",
    weight: 2,
    issues: ["new sanctions", "the banking restrictions", "export controls"],
    headlines: [
      "{A} announces sanctions on {b} banks",
      "{B} vows response to {a} sanctions",
      "{a} sanctions: what we know",
      "{B} calls new sanctions illegal",
    ],
    background: [
      "The measures were announced after a cabinet meeting in {acity}.",
      "Trade between the two countries fell by a third last year.",
      "{A} first imposed sanctions on {B} in {month} {k} years ago.",
      "The {b} currency weakened after the announcement.",
    ],
    claims: [
      {
        key: "sanctions-banks",
        speakers: ["A.fm", "A.pm"],
        wordings: [
          "{A} will impose new sanctions on {b} banks | next week",
          "{A} is going to introduce fresh sanctions against {b} banks | next week",
          "new {a} sanctions on {b} banks will take effect | next week",
        ],
      },
      {
        key: "sanctions-illegal",
        speakers: ["B.fmspox", "B.fm", "B.ministry"],
        wordings: [
          "the sanctions are illegal and will hurt ordinary people",
          "the sanctions are unlawful and will harm ordinary citizens",
          "the measures are illegal and will hit ordinary people",
        ],
      },
      {
        key: "retaliate",
        speakers: ["B.fm", "B.president", "B.pm"],
        wordings: [
          "{B} is prepared to take retaliatory measures",
          "{B} is ready to retaliate",
          "{B} will take countermeasures",
        ],
      },
      {
        key: "sanctions-cost",
        speakers: ["expert"],
        wordings: [
          "the sanctions will cost {B} about {bn} billion dollars | a year",
          "the measures could cost {B} some {bn} billion dollars | annually",
          "the sanctions would cost {B} around {bn} billion dollars | a year",
        ],
      },
      {
        key: "sanctions-evasion",
        speakers: ["A.fm", "A.anon"],
        deniers: ["B.fmspox", "B.ministry"],
        wordings: [
          "{b} banks have been helping companies evade earlier sanctions",
          "{b} banks helped firms get around previous sanctions",
          "banks in {B} have been helping companies circumvent earlier sanctions",
        ],
      },
    ],
  },
  {
    key: "ceasefire",
    weight: 3,
    issues: ["the ceasefire", "the shelling of {acity}", "the truce"],
    headlines: [
      "{A} accuses {B} of breaking ceasefire",
      "Ceasefire under strain as both sides trade accusations",
      "{B} rejects {a} claims of truce violations",
      "Shelling reported near {bcity}",
    ],
    background: [
      "The ceasefire was agreed in {month} after months of fighting.",
      "Monitors have limited access to the front line.",
      "Fighting in the area has displaced thousands of people.",
      "The front line runs for about {km} kilometres.",
    ],
    claims: [
      {
        key: "ceasefire-violated",
        speakers: ["A.defence", "A.dm", "A.cgs"],
        deniers: ["B.defence", "B.dm"],
        wordings: [
          "{b} forces violated the ceasefire | {k} times over the weekend",
          "{b} forces breached the truce | {k} times over the weekend",
          "{b} troops broke the ceasefire | {k} times at the weekend",
        ],
      },
      {
        key: "civilians-killed",
        speakers: ["A.ministry", "A.anon", "A.president"],
        deniers: ["B.defence", "B.fmspox"],
        wordings: [
          "{k} civilians were killed in the shelling of {acity}",
          "the shelling of {acity} killed {k} civilians",
          "{k} civilians died when {acity} was shelled",
        ],
      },
      {
        key: "both-sides",
        speakers: ["intl"],
        wordings: [
          "{body} has recorded violations by both sides",
          "{body} has registered breaches by both sides",
          "{body} has documented violations on both sides",
        ],
      },
      {
        key: "committed-truce",
        speakers: ["B.fm", "B.president", "B.fmspox"],
        wordings: [
          "{B} remains committed to the ceasefire",
          "{B} is still fully committed to the truce",
          "{B} continues to respect the ceasefire",
        ],
      },
      {
        key: "staged-attack",
        speakers: ["B.fmspox", "B.anon"],
        deniers: ["A.ministry", "A.fmspox"],
        wordings: [
          "the attack on {acity} was staged by {a} forces",
          "{a} forces staged the attack on {acity}",
          "the shelling of {acity} was carried out by {a} troops themselves",
        ],
      },
    ],
  },
  {
    key: "detention",
    weight: 1,
    issues: ["the detained journalist", "the espionage case", "consular access"],
    headlines: [
      "{a} journalist detained in {B}",
      "{A} demands release of reporter held in {B}",
      "{B} says detained reporter was a spy",
      "Espionage row between {A} and {B}",
    ],
    background: [
      "The journalist had been working in {B} for {k} years.",
      "Espionage carries a prison sentence of up to twenty years in {B}.",
      "Press freedom groups have called for the reporter's release.",
      "The trial is expected to be held behind closed doors.",
    ],
    claims: [
      {
        key: "journalist-detained",
        speakers: ["A.fmspox", "A.ministry"],
        wordings: [
          "a {a} journalist was detained in {bcity} on espionage charges",
          "{b} authorities detained a {a} reporter in {bcity} on spying charges",
          "a {a} reporter was arrested in {bcity} and accused of espionage",
        ],
      },
      {
        key: "journalist-spy",
        speakers: ["B.fmspox", "B.anon"],
        deniers: ["A.fm", "A.fmspox", "A.ministry"],
        wordings: [
          "the journalist was working for {a} intelligence",
          "the reporter was an agent of {a} intelligence",
          "the journalist had been collecting information for {a} intelligence services",
        ],
      },
      {
        key: "demand-release",
        speakers: ["A.fm", "A.president"],
        wordings: [
          "{A} demands the immediate release of the journalist",
          "{A} is demanding that the reporter be freed immediately",
          "{A} wants the journalist released without delay",
        ],
      },
      {
        key: "no-consular",
        speakers: ["A.ministry", "A.fmspox"],
        deniers: ["B.fmspox", "B.ministry"],
        wordings: [
          "{a} diplomats have been denied consular access to the journalist",
          "{B} has refused {a} diplomats consular access to the reporter",
          "{a} consular officials have not been allowed to see the journalist",
        ],
      },
    ],
  },
  {
    key: "cyber",
    weight: 1,
    issues: ["the cyberattack", "the power outage", "hacking"],
    headlines: [
      "{A} blames {B} for cyberattack on power grid",
      "Blackout in {acity}: what we know",
      "{B} denies role in cyberattack",
      "{a} officials link hackers to {b} intelligence",
    ],
    background: [
      "Power was restored to most of {acity} by the evening.",
      "Cybersecurity experts say such attacks are hard to attribute.",
      "The outage hit hospitals and public transport.",
      "{A} has reported several cyberattacks on its infrastructure this year.",
    ],
    claims: [
      {
        key: "hackers-grid",
        speakers: ["A.pm", "A.anon", "A.ministry"],
        deniers: ["B.fmspox", "B.ministry", "B.presidency"],
        wordings: [
          "hackers linked to {b} intelligence attacked the {a} power grid",
          "hackers tied to {b} intelligence services targeted {a} electricity networks",
          "the attack on the {a} power grid was carried out by hackers working for {b} intelligence",
        ],
      },
      {
        key: "homes-without-power",
        speakers: ["A.em", "A.pm"],
        wordings: [
          "the attack cut power to about {n} homes",
          "about {n} households were left without electricity after the attack",
          "the attack left some {n} homes without power",
        ],
      },
      {
        key: "no-evidence",
        speakers: ["B.fmspox", "B.fm"],
        wordings: [
          "{A} has presented no evidence for its accusations",
          "{A} has offered no proof of its allegations",
          "no evidence has been provided by {A} to back its claims",
        ],
      },
      {
        key: "grid-protected",
        speakers: ["expert"],
        wordings: [
          "the grid was poorly protected against such attacks",
          "the power network had weak protection against cyberattacks",
          "the electricity grid was badly protected against such attacks",
        ],
      },
    ],
  },
  {
    key: "grain",
    weight: 2,
    issues: ["grain exports", "the trade agreement", "the port blockade"],
    headlines: [
      "{A} and {B} close to trade deal",
      "Grain ships stuck off {bcity}",
      "{B} accused of blocking grain shipments",
      "Trade talks between {A} and {B} enter final stage",
    ],
    background: [
      "The port of {bcity} handles most of the region's grain exports.",
      "Negotiators met in {acity} for {k} days of talks.",
      "Grain prices have risen by a quarter since {month}.",
      "The previous trade agreement expired in {month}.",
    ],
    claims: [
      {
        key: "trade-deal",
        speakers: ["A.pm", "A.fm", "B.pm"],
        wordings: [
          "{A} and {B} will sign a trade agreement | in {month}",
          "a trade deal between {A} and {B} will be signed | in {month}",
          "{A} and {B} are set to sign a trade accord | in {month}",
        ],
      },
      {
        key: "double-exports",
        speakers: ["A.pm", "expert"],
        wordings: [
          "the agreement will double grain exports through {bcity}",
          "the deal will make it possible to double grain shipments through {bcity}",
          "grain exports through {bcity} will double under the agreement",
        ],
      },
      {
        key: "ships-blocked",
        speakers: ["A.fm", "A.anon", "intl"],
        deniers: ["B.fmspox", "B.defence"],
        wordings: [
          "{B} has blocked {k} ships carrying grain in the port of {bcity}",
          "{k} grain ships have been held up by {B} in the port of {bcity}",
          "{B} is preventing {k} grain vessels from leaving the port of {bcity}",
        ],
      },
      {
        key: "inspections",
        speakers: ["B.fmspox", "B.ministry"],
        wordings: [
          "the ships are being held for routine inspections",
          "the vessels are only undergoing routine checks",
          "the ships have been stopped for ordinary inspections",
        ],
      },
    ],
  },
  {
    key: "election",
    weight: 1,
    issues: ["election interference", "disinformation", "the vote"],
    headlines: [
      "{A} accuses {B} of meddling in election",
      "{B} rejects election interference claims",
      "Fake accounts targeted {a} vote, officials say",
    ],
    background: [
      "The election is due to be held in {month}.",
      "Turnout in the last election was about {pct} percent.",
      "Social media companies removed several networks of accounts last year.",
    ],
    claims: [
      {
        key: "interference",
        speakers: ["A.pm", "A.anon", "A.ministry"],
        deniers: ["B.fmspox", "B.presidency", "B.fm"],
        wordings: [
          "{b} agents tried to influence the election in {A}",
          "{b} operatives attempted to interfere in the {a} election",
          "agents working for {B} sought to sway the election in {A}",
        ],
      },
      {
        key: "fake-accounts",
        speakers: ["A.anon", "expert"],
        wordings: [
          "about {n} fake accounts spread false reports about the vote",
          "some {n} fake accounts spread disinformation about the vote",
          "around {n} bogus accounts circulated false reports about the election",
        ],
      },
      {
        key: "internal-affair",
        speakers: ["B.fmspox", "B.fm"],
        wordings: [
          "{B} does not interfere in the internal affairs of other countries",
          "{B} never meddles in other states' internal affairs",
          "{B} does not interfere in the domestic affairs of other nations",
        ],
      },
    ],
  },
  {
    key: "aid",
    weight: 1,
    issues: ["humanitarian aid", "the aid convoy", "access for aid workers"],
    headlines: [
      "Aid convoy reaches {bcity}",
      "{A} says {b} troops held up aid convoy",
      "Aid workers warn of shortages in {bcity}",
    ],
    background: [
      "The convoy set off from {acity} on {weekday}.",
      "Aid agencies have warned of food and medicine shortages in the region.",
      "Roads in the area were damaged by fighting earlier this year.",
    ],
    claims: [
      {
        key: "convoy-reached",
        speakers: ["intl", "A.ministry"],
        wordings: [
          "a convoy with {n} tonnes of humanitarian aid reached {bcity}",
          "a convoy carrying {n} tonnes of aid arrived in {bcity}",
          "{n} tonnes of humanitarian aid were delivered to {bcity} by convoy",
        ],
      },
      {
        key: "convoy-blocked",
        speakers: ["A.ministry", "A.fmspox", "A.anon"],
        deniers: ["B.defence", "B.fmspox"],
        wordings: [
          "{b} troops blocked the convoy | for {k} days",
          "{b} soldiers held up the aid convoy | for {k} days",
          "the convoy was stopped by {b} troops | for {k} days",
        ],
      },
      {
        key: "shortages",
        speakers: ["intl", "expert"],
        wordings: [
          "hospitals in {bcity} are running out of medicine",
          "hospitals in {bcity} are short of medicines",
          "medicine supplies in {bcity} hospitals are running low",
        ],
      },
    ],
  },
];

/**
 * Long-running accusations between two rival states that resurface in many stories (they make the
 * claims that have thousands of mentions); A accuses B, and B keeps denying.
 */
export const NARRATIVES: ClaimTemplate[] = [
  {
    key: "n-offensive",
    speakers: ["A.fm", "A.president", "A.anon"],
    deniers: ["B.fmspox", "B.fm"],
    wordings: [
      "{B} is preparing a large-scale offensive against {A}",
      "{B} is getting ready for a major offensive against {A}",
      "{B} is planning a large-scale attack on {A}",
    ],
  },
  {
    key: "n-extremists",
    speakers: ["A.fmspox", "A.ministry"],
    deniers: ["B.fmspox", "B.ministry"],
    wordings: [
      "{B} is funding extremist groups in {A}",
      "{B} is financing extremist groups inside {A}",
      "extremist groups in {A} receive money from {B}",
    ],
  },
  {
    key: "n-biolabs",
    speakers: ["A.fmspox", "A.anon"],
    deniers: ["B.fmspox", "B.defence"],
    wordings: [
      "{B} is running secret military laboratories near the border",
      "secret {b} military laboratories operate near the border",
      "{B} operates covert military labs close to the border",
    ],
  },
  {
    key: "n-provocation",
    speakers: ["A.defence", "A.cgs"],
    deniers: ["B.defence", "B.fmspox"],
    wordings: [
      "{B} is planning a provocation to justify an invasion",
      "{B} is preparing a staged provocation as a pretext for invasion",
      "{B} wants to stage a provocation to justify invading",
    ],
  },
];

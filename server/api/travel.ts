import type { MentionRow, Stance } from "./rows.js";

/** Pure views of a claim computed from its mentions: travel, wordings, who asserted or denied it. */

/** Time order of mentions: by time (unknown last), then document, then position in the text. */
export function byTime(a: MentionRow, b: MentionRow): number {
  if (a.at !== b.at) {
    if (a.at === null) return 1;
    if (b.at === null) return -1;
    return Date.parse(a.at) - Date.parse(b.at);
  }
  return a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start;
}

/** Wordings compare case-, space- and quote-insensitively: "Talks," and “talks” are one wording. */
export function normaliseWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`«»„]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:!?-]+|[\s.,;:!?-]+$/g, "");
}

export interface TravelStepValue {
  order: number;
  document: string;
  source: string | null;
  at: string | null;
  mention: MentionRow;
  mentions: MentionRow[];
  wordingChanged: boolean;
}

/** One step per document, in the time order of each document's first mention of the claim. */
export function travelOf(mentions: readonly MentionRow[]): TravelStepValue[] {
  const byDocument = new Map<string, MentionRow[]>();
  for (const m of [...mentions].sort(byTime)) {
    const list = byDocument.get(m.document);
    if (list) list.push(m);
    else byDocument.set(m.document, [m]);
  }
  let previous: string | null = null;
  return [...byDocument.values()].map((list, i) => {
    const inText = [...list].sort((a, b) => a.start - b.start);
    const first = inText[0];
    const wording = normaliseWording(first.evidence);
    const step = {
      order: i + 1,
      document: first.document,
      source: first.source,
      at: first.at,
      mention: first,
      mentions: inText,
      wordingChanged: previous !== null && wording !== previous,
    };
    previous = wording;
    return step;
  });
}

export interface WordingValue {
  text: string;
  firstSeen: string | null;
  count: number;
  documents: string[];
}

export function wordingsOf(mentions: readonly MentionRow[]): WordingValue[] {
  const groups = new Map<string, WordingValue>();
  for (const m of [...mentions].sort(byTime)) {
    const key = normaliseWording(m.evidence);
    const group = groups.get(key);
    if (!group) groups.set(key, { text: m.evidence, firstSeen: m.at, count: 1, documents: [m.document] });
    else {
      group.count += 1;
      if (!group.documents.includes(m.document)) group.documents.push(m.document);
    }
  }
  return [...groups.values()];
}

export interface ActorStanceValue {
  actor: string;
  count: number;
  firstAt: string | null;
}

/** Actors holding one stance on a claim, earliest first. */
export function actorsWithStance(mentions: readonly MentionRow[], stance: Stance): ActorStanceValue[] {
  const byActor = new Map<string, ActorStanceValue>();
  for (const m of [...mentions].sort(byTime)) {
    if (m.stance !== stance) continue;
    const entry = byActor.get(m.actor);
    if (entry) entry.count += 1;
    else byActor.set(m.actor, { actor: m.actor, count: 1, firstAt: m.at });
  }
  return [...byActor.values()];
}

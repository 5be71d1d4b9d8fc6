/**
 * One document → its raw mentions (speaker phrases still unresolved), in reading order.
 * Works line by line so that quotes that span sentences, paragraph quotes introduced by
 * "X said:", and sections introduced by "X's statement:" keep their speaker.
 * The reading keeps no tokens: what the corpus-wide steps need from them (claim features) is
 * computed here, so a reading held until the whole corpus is read (or sent back by a worker
 * thread) is a small fraction of the text's tokens.
 */

import { extractableText } from "../corpus/document.js";
import type { CorpusDocument, SourceKind } from "../corpus/types.js";
import { FRAME_RULES, type Frame, findFrames, hasVerb, notTrue, parentOf } from "./attribution.js";
import { boilerplateRule } from "./boilerplate.js";
import { COMMITMENT_LEMMAS, OBJECT_TO_LEMMAS, STATEMENT_NOUNS } from "./cues.js";
import { DATELINE_MAX, datelineLength } from "./dateline.js";
import { verdictOf } from "./denials.js";
import { type ClaimFeatures, claimFeaturesOf, featuresOf } from "./features.js";
import { namesIn } from "./names.js";
import type { Sentence, Token } from "./nlp.js";
import { analyse } from "./nlp.js";
import { findQuotes, type Quote } from "./quotes.js";
import { parseSpeaker, type SpeakerRef } from "./speaker.js";

export interface RawMention {
  start: number;
  end: number;
  /** The speaker phrase; undefined for the publisher's own narration. */
  speaker?: SpeakerRef;
  /** "It was confirmed that …": said by the document's current source, or its publisher. */
  agentless?: boolean;
  /** Relays, nearest first. */
  via: SpeakerRef[];
  cue: string;
  /** The name of the rule that found it (a frame kind, or how a sentence without a cue was owned): carried to the output as evidence. */
  rule: string;
  denied: boolean;
  /** A denial whose object is an earlier claim ("poured cold water on the claim"). */
  pointsBack: boolean;
  sentence: number;
  /** Token range of the content, for claim features. */
  first: number;
  last: number;
  confidence: number;
}

/** "This was stated by S": S relays the mentions of the sentence before. */
export interface BackRelay {
  sentence: number;
  speaker: SpeakerRef;
}

/** A mention as the corpus-wide steps use it: its token range replaced by what they need from it. */
export interface ReadMention extends Omit<RawMention, "first" | "last"> {
  features: ClaimFeatures;
  /** For a denial that points back: its sentence's terms and span, and the nouns of what it rejects. */
  context?: { terms: string[]; start: number; end: number; objectHeads: string[] };
}

export interface DocumentReading {
  /** How many sentences the document has (mentions, names and sources index them). */
  sentences: number;
  mentions: ReadMention[];
  backRelays: BackRelay[];
  /** Per sentence: named people and titled roles, in order (for pronouns and role holders). */
  names: SpeakerRef[][];
  /** Outer speakers, with their sentence: the ones the document itself attributes information to. */
  sources: { ref: SpeakerRef; sentence: number; section?: boolean }[];
}

const TERMINAL = /[.!?…”“"’»:)]$/;

/**
 * A government's or a company's own release speaks in the first person plural ("We have not closed the
 * border"): there "we" is the publisher, where in a newspaper it is site furniture ("We use cookies").
 */
function speaksForItself(kind: SourceKind | undefined): boolean {
  return kind === "government" || kind === "other";
}

/** What a document's reading starts from: its text without site furniture, and whether its publisher speaks for itself. */
export interface ReadingInput {
  text: string;
  ownVoice: boolean;
}

export function readingInput(d: CorpusDocument): ReadingInput {
  return { text: extractableText(d), ownVoice: speaksForItself(d.publisher?.kind) };
}

/** A document read as every path reads it (in this thread, a worker, or a shard's partial file). */
export function readOne(d: CorpusDocument): DocumentReading {
  const { text, ownVoice } = readingInput(d);
  return readDocument(text, ownVoice);
}

/** `ownVoice`: the publisher speaks for itself (speaksForItself), so its "we" sentences are its claims. */
export function readDocument(text: string, ownVoice = false): DocumentReading {
  const { tokens, sentences } = analyse(text);
  const mentions: RawMention[] = [];
  const backRelays: BackRelay[] = [];
  const sources: { ref: SpeakerRef; sentence: number; section?: boolean }[] = [];
  const names = sentences.map((s) => namesIn(tokens, s.first, s.last));

  const lines = groupLines(sentences);
  let introSpeaker: SpeakerRef | undefined; // speaker of the paragraph quote(s) that follow "X said:"
  let sectionSpeaker: SpeakerRef | undefined; // "X's statement:" → the lines after it, until a rule
  for (const line of lines) {
    const lineStart = sentences[line[0]].start;
    const lineEnd = sentences[line[line.length - 1]].end;
    const lineText = text.slice(lineStart, lineEnd);
    if (!/\p{L}{2}/u.test(lineText)) {
      sectionSpeaker = undefined; // a rule ("—o0o—", "***") closes a section
      introSpeaker = undefined;
      continue;
    }
    const quotes = findQuotes(text, lineStart, lineEnd);
    const block = quotes.find((q) => q.block);
    const blockSpeaker = block ? introSpeaker : undefined;
    if (!block) introSpeaker = undefined;
    if (boilerplateRule(lineText)) continue;
    if (isHeadline(tokens, sentences, line, lineText)) {
      for (const si of line) mentions.push(...headlineMentions(tokens, text, sentences[si], si));
      continue;
    }
    // "Psaki's statement following the call:" opens a section spoken by its author
    const section = lineText.trimEnd().endsWith(":")
      ? sectionIntro(tokens, sentences[line[line.length - 1]])
      : undefined;
    if (section) {
      sectionSpeaker = section;
      sources.push({ ref: section, sentence: line[0], section: true });
      continue;
    }
    // a line's sentences are consecutive: sentence si's frames are at si - line[0]
    const framesOf = line.map((si) => findFrames(tokens, sentences[si].first, sentences[si].last));
    for (const frames of framesOf) for (const f of frames) if (!f.denial && f.kind !== "verb") notTrue(tokens, f);
    // "“A. B. C,” X said": sentences of a quote that a later trailing attribution claims
    const claimedBy = new Map<number, { frame: Frame; quote: Quote; sentence: number }>();
    for (const si of line) {
      const s = sentences[si];
      for (const f of framesOf[si - line[0]]) {
        if ((f.kind !== "trailing" && f.kind !== "inverted") || f.contentFirst !== s.first) continue;
        const contentEnd = tokens[Math.max(f.contentFirst, f.contentLast - 1)].end;
        const q = quotes.find((q) => q.start < s.start && q.end >= contentEnd - 2 && q.end <= s.end);
        if (q)
          for (const sj of line)
            if (sj < si && sentences[sj].start >= q.start - 1) claimedBy.set(sj, { frame: f, quote: q, sentence: si });
      }
    }
    let lineQuoteSpeaker: SpeakerRef | undefined; // "“A,” X said. “B.”": B is X's too
    for (const si of line) {
      const s = sentences[si];
      const claim = claimedBy.get(si);
      if (claim) {
        const span = trimSpan(text, s.start, s.end);
        const n = [...claimedBy.values()].filter((c) => c.frame === claim.frame).length + 1;
        // a long quote is several statements; a short one stays whole under its trailing attribution
        if (n >= 2 && claim.frame.speaker)
          mentions.push(
            judged(tokens, text, {
              ...span,
              speaker: claim.frame.speaker,
              via: sectionSpeaker ? [sectionSpeaker] : [],
              cue: claim.frame.cue,
              rule: "quote-run",
              denied: false,
              pointsBack: false,
              sentence: si,
              first: s.first,
              last: s.last,
              confidence: 0.8,
            }),
          );
        continue;
      }
      const frames = framesOf[si - line[0]];
      const parents = new Map<Frame, Frame | undefined>(frames.map((f) => [f, parentOf(frames, f)]));
      // a clause inside a content is a relayed statement only when someone identifiable makes it ("tests confirmed" is not,
      // "Reuters quoted residents as saying" is)
      // what a denial rejects may itself be a report ("dismissed claims that the president promised …"): it stays whole
      // and "S said Y promised / told Z that P" is S's account of a commitment (cues.ts COMMITMENT_LEMMAS); a relay
      // closing the sentence ("Y told Z that P, the statement said") leaves Y the speaker, through the statement
      const account = (f: Frame, p: Frame) => COMMITMENT_LEMMAS.has(f.cue) && !!p.speaker && p.kind === "verb";
      const live = frames.filter(
        (f) =>
          !(
            parents.get(f) &&
            (f.weak ||
              (f.speaker?.kind === "group" && parents.get(f)!.kind !== "relay") ||
              parents.get(f)!.denial ||
              account(f, parents.get(f)!))
          ),
      );
      for (const f of frames)
        if (!live.includes(f)) for (const g of live) if (parents.get(g) === f) parents.set(g, parents.get(f));
      // the one whose commitment is reported is still a source the document names
      for (const f of frames)
        if (f.speaker && parents.get(f) && account(f, parents.get(f)!)) sources.push({ ref: f.speaker, sentence: si });
      const children = new Set(live.map((f) => parents.get(f)).filter((f): f is Frame => !!f));
      const quoteSpeaker = blockSpeaker;
      let emitted = 0;
      for (const f of live) {
        if (!parents.get(f) && f.speaker && f.kind !== "agentless") sources.push({ ref: f.speaker, sentence: si });
        if (f.kind === "backref") {
          if (f.speaker) backRelays.push({ sentence: si, speaker: f.speaker });
          emitted++;
          continue;
        }
        // "“A,” X said. “B.”" and "X said: “A. B.”": B is X's too
        const opensQuote =
          /^[“"«]/.test(tokens[f.contentFirst]?.text ?? "") || /^[“"«]/.test(tokens[f.contentFirst - 1]?.text ?? "");
        if ((f.kind === "trailing" || f.kind === "inverted" || f.kind === "verb") && opensQuote)
          lineQuoteSpeaker = f.speaker;
        if (claimedBy.size > 0 && [...claimedBy.values()].some((c) => c.frame === f)) lineQuoteSpeaker = f.speaker;
        if (children.has(f)) continue;
        if (f.introduces && !f.clause && f === live[live.length - 1]) continue;
        const via: SpeakerRef[] = [];
        // two frames may each hold the other's cue (mis-tagged runs of quotes): the chain stops where it comes back
        const seen = new Set<Frame>([f]);
        for (let p = parents.get(f); p && !seen.has(p); p = parents.get(p)) {
          seen.add(p);
          if (p.speaker) via.push(p.speaker);
        }
        if (quoteSpeaker) via.push(quoteSpeaker);
        if (sectionSpeaker) via.push(sectionSpeaker);
        let start = tokens[f.contentFirst]?.start ?? s.start;
        let end = f.contentLast > f.contentFirst ? tokens[f.contentLast - 1].end : s.end;
        // "“A. B,” X said": the quote began in an earlier sentence of the line
        const claimed = claimedBy.size > 0 && [...claimedBy.values()].some((c) => c.frame === f);
        if (claimed) {
          start = s.start; // each sentence of a quote is its own statement; this is the last one
        }
        // a verdict ("that is simply wrong") is its own words; a bare denial ("S denied it") is the sentence
        if (f.pointsBack && !f.denialRule) {
          start = tokens[Math.min(f.speakerFirst, f.cueFirst)].start;
          if (f.glossed) end = s.end;
        }
        ({ start, end } = trimSpan(text, start, end));
        if (end - start < 3) continue;
        const parts = splitCoordinatedThat(tokens, text, start, end)
          .flatMap(([a, b]) =>
            OBJECT_TO_LEMMAS.has(f.cue) ? splitReason(tokens, text, a, b) : [[a, b] as [number, number]],
          )
          .flatMap(([a, b]) => splitTrailingWhich(tokens, text, a, b))
          .flatMap(([a, b]) => splitCoordinatedClauses(tokens, text, a, b));
        for (const [a, b] of parts) {
          mentions.push({
            start: a,
            end: b,
            speaker: f.kind === "agentless" ? undefined : f.speaker,
            agentless: f.kind === "agentless",
            via,
            cue: f.cue,
            rule: f.denialRule ? `${FRAME_RULES[f.kind]}+${f.denialRule}` : FRAME_RULES[f.kind],
            denied: f.denial,
            pointsBack: f.pointsBack,
            sentence: si,
            ...tokenRange(tokens, a, b),
            confidence: confidenceOf(f, via),
          });
        }
        emitted++;
      }
      // the line's last sentence ends with ":" → its outermost speaker owns the paragraph quote after it
      if (si === line[line.length - 1] && live.length > 0 && live.some((f) => f.introduces)) {
        const outer = live.filter((f) => !parents.get(f) && f.speaker && f.kind !== "backref");
        introSpeaker = outer[outer.length - 1]?.speaker ?? introSpeaker;
      }
      if (emitted > 0) continue;
      // no attribution: a sentence of a paragraph quote belongs to the quote's speaker, else to the publisher
      const { start, end } = trimSpan(text, s.start, s.end);
      if (wordCount(tokens, s.first, s.last) < 4) continue;
      const inQuote = blockSpeaker && block && block.start <= s.start + 1;
      // "“A,” X said. “B. C.”": B opens a quote, C sits inside it
      const quoted =
        /^[“"«]/.test(text.slice(s.start, s.start + 1)) || quotes.some((q) => q.start < start && q.end >= end);
      // the quote's speaker says it, through the section's speaker when the quote is inside a statement
      const quoteMention = (speaker: SpeakerRef, rule: string) =>
        judged(tokens, text, {
          start,
          end,
          speaker,
          via: sectionSpeaker ? [sectionSpeaker] : [],
          cue: "quote",
          rule,
          denied: false,
          pointsBack: false,
          sentence: si,
          first: s.first,
          last: s.last,
          confidence: 0.7,
        });
      if (!inQuote && lineQuoteSpeaker && quoted) {
        mentions.push(quoteMention(lineQuoteSpeaker, "quote-continues"));
      } else if (inQuote) {
        mentions.push(quoteMention(blockSpeaker, "quote-paragraph"));
      } else if (isNarration(tokens, s, ownVoice)) {
        for (const [a, b] of splitCoordinatedClauses(tokens, text, start, end)) {
          const m = judged(tokens, text, {
            start: a,
            end: b,
            speaker: undefined,
            via: [],
            cue: "narration",
            rule: "narration",
            denied: false,
            pointsBack: false,
            sentence: si,
            ...tokenRange(tokens, a, b),
            confidence: 0.3,
          });
          mentions.push(m);
          if (m.speaker) sources.push({ ref: m.speaker, sentence: si });
        }
      }
    }
    if (block && !introSpeaker && blockSpeaker) introSpeaker = blockSpeaker; // consecutive quote paragraphs
    if (block && blockSpeaker) introSpeaker = blockSpeaker;
  }
  return {
    sentences: sentences.length,
    mentions: mentions.map((m) => readMention(tokens, sentences, m)),
    backRelays,
    names,
    sources,
  };
}

function readMention(tokens: Token[], sentences: Sentence[], m: RawMention): ReadMention {
  const { first, last } = m;
  // one shape for every mention, whichever rule built it: the corpus-wide steps read these fields over and over
  const read: ReadMention = {
    start: m.start,
    end: m.end,
    speaker: m.speaker,
    agentless: m.agentless,
    via: m.via,
    cue: m.cue,
    rule: m.rule,
    denied: m.denied,
    pointsBack: m.pointsBack,
    sentence: m.sentence,
    confidence: m.confidence,
    features: claimFeaturesOf(tokens, first, last, m.cue),
    context: undefined,
  };
  if (m.pointsBack) {
    const s = sentences[m.sentence];
    const objectHeads: string[] = [];
    for (let k = first; k < last; k++) if (tokens[k].pos === "NOUN") objectHeads.push(tokens[k].lower);
    read.context = { terms: featuresOf(tokens, s.first, s.last).terms, start: s.start, end: s.end, objectHeads };
  }
  return read;
}

function groupLines(sentences: Sentence[]): number[][] {
  const lines: number[][] = [];
  sentences.forEach((s, i) => {
    if (lines.length === 0 || sentences[i - 1].line !== s.line) lines.push([]);
    lines[lines.length - 1].push(i);
  });
  return lines;
}

/** A line without closing punctuation is a headline, a dateline or a credit, not a statement. */
function isHeadline(tokens: Token[], sentences: Sentence[], line: number[], lineText: string): boolean {
  const trimmed = lineText.trim();
  const counts = line.map((si) => wordCount(tokens, sentences[si].first, sentences[si].last));
  const words = counts.reduce((n, c) => n + c, 0);
  // a trailing credit ("… to Kiev. RIA News") does not make a paragraph a headline
  const proper = counts.filter((c) => c >= 4);
  if (proper.length >= 2) return false;
  return !TERMINAL.test(trimmed) && words < 40;
}

/**
 * A headline that says who said it ("Kremlin says Biden ruled out strike weapons", "Report of
 * a cover-up is baseless: ministry") carries a claim like a sentence does; one that only narrates
 * stays out. Its rule name is the frame's, prefixed "headline-".
 */
/** Headlines report with few verbs; others ("accuses X of", "launches") name an action more than a statement. */
const HEADLINE_CUES = new Set([
  "say",
  "deny",
  "warn",
  "claim",
  "insist",
  "confirm",
  "reject",
  "admit",
  "according to",
  "colon",
]);

function headlineMentions(tokens: Token[], text: string, s: Sentence, si: number): RawMention[] {
  const found: RawMention[] = [];
  for (const f of findFrames(tokens, s.first, s.last)) {
    // "Minister calls bribery claim 'baseless'", "Ministry denies report": a denial of what the article tells
    const rebuttal = f.denial && f.pointsBack;
    if (
      !f.speaker ||
      (f.pointsBack && !rebuttal) ||
      f.kind === "agentless" ||
      f.kind === "backref" ||
      f.kind === "relay" ||
      !(HEADLINE_CUES.has(f.cue) || rebuttal)
    )
      continue;
    if (wordCount(tokens, f.contentFirst, f.contentLast) < (rebuttal ? 1 : 3)) continue;
    const { start, end } = trimSpan(text, tokens[f.contentFirst].start, tokens[f.contentLast - 1].end);
    found.push({
      start,
      end,
      speaker: f.speaker,
      via: [],
      cue: f.cue,
      rule: `headline-${FRAME_RULES[f.kind]}`,
      denied: f.denial,
      pointsBack: rebuttal,
      sentence: si,
      ...tokenRange(tokens, start, end),
      confidence: 0.6,
    });
  }
  if (found.length > 0) return found;
  // "P: SPEAKER" — the speaker after a final colon, a few capitalised words
  const colon = findLastIndex(tokens, s.first, s.last, (t) => t.text === ":");
  // "News | World | Source: X" is a crumb trail and a credit, not a headline
  if (
    tokens.slice(s.first, s.last).some((t) => t.text === "|") ||
    /^(source|credit|photo|image|video|by)$/.test(tokens[colon - 1]?.lower ?? "")
  )
    return found;
  if (colon > s.first + 3 && s.last - colon - 1 >= 1 && s.last - colon - 1 <= 5) {
    const speaker = parseSpeaker(tokens.slice(colon + 1, s.last));
    if (speaker && speaker.kind !== "group" && speaker.kind !== "pronoun" && speaker.kind !== "statement") {
      const { start, end } = trimSpan(text, s.start, tokens[colon].start);
      found.push({
        start,
        end,
        speaker,
        via: [],
        cue: "headline",
        rule: "headline-colon-speaker",
        denied: false,
        pointsBack: false,
        sentence: si,
        ...tokenRange(tokens, start, end),
        confidence: 0.5,
      });
    }
  }
  return found;
}

function findLastIndex(tokens: Token[], first: number, last: number, pred: (t: Token) => boolean): number {
  for (let k = last - 1; k >= first; k--) if (pred(tokens[k])) return k;
  return -1;
}

/** "Psaki's statement following the call:", "Statement by the Foreign Ministry:" → its speaker. */
function sectionIntro(tokens: Token[], s: Sentence): SpeakerRef | undefined {
  if (tokens[s.last - 1]?.text !== ":") return undefined;
  for (let k = s.first; k < s.last; k++) {
    if (
      !STATEMENT_NOUNS.has(tokens[k].lower) ||
      !/^(statement|readout|read-out|communique|communiqué|release|remarks|transcript|message)$/.test(tokens[k].lower)
    )
      continue;
    if (tokens[k - 1] && /^['’]s$/.test(tokens[k - 1].lower)) {
      let a = k - 1;
      while (a - 1 >= s.first && /^\p{Lu}/u.test(tokens[a - 1].text)) a--;
      const ref = parseSpeaker(tokens.slice(a, k - 1));
      if (ref) return ref;
    }
    if (tokens[k + 1]?.lower === "by" || tokens[k + 1]?.lower === "of" || tokens[k + 1]?.lower === "from") {
      let b = k + 2;
      while (b < s.last && tokens[b].text !== ":" && tokens[b].text !== ",") b++;
      const ref = parseSpeaker(tokens.slice(k + 2, b));
      if (ref) return ref;
    }
  }
  return undefined;
}

function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k].word) n++;
  return n;
}

const ADDRESSED = /^(you|your|our|we|us|i|me|my)$/;
const ADDRESSED_IN_OWN_VOICE = /^(you|your|i|me|my)$/;

/** The publisher's own statement of fact: declarative, with a verb, not addressed to the reader. */
function isNarration(tokens: Token[], s: Sentence, ownVoice: boolean): boolean {
  // over the sentence's tokens in place: this runs for every sentence no frame claims
  let verb = false;
  for (let k = s.first; k < s.last && !verb; k++) verb = tokens[k].pos === "VERB" || tokens[k].pos === "AUX";
  if (!verb) return false;
  const t0 = tokens[s.first];
  if (t0.pos === "VERB" && t0.lemma === t0.lower) return false; // imperative: "Please disable …", "Join …"
  // site furniture, not news ("according to our newspaper's information" is the paper's own sourcing, though);
  // a body's own release says "we" of itself
  const ownSourcing = (k: number) => {
    for (let j = Math.max(s.first, k - 5); j < k; j++) if (tokens[j].lower === "according") return true;
    return false;
  };
  const addressed = ownVoice ? ADDRESSED_IN_OWN_VOICE : ADDRESSED;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (addressed.test(t.lower) && !(t.lower === "our" && ownSourcing(k))) return false;
  }
  return tokens[s.last - 1].text !== "?";
}

/**
 * A sentence no verb attributes may still reject something in its own words: "That claim is not
 * accurate." in a company's statement, "There is no indication that P." in a quote (denials.ts).
 */
function judged(tokens: Token[], text: string, m: RawMention): RawMention {
  const v = verdictOf(tokens, m.first, m.last, "");
  if (!v) return m;
  const denial = { ...m, denied: true, rule: `${m.rule}+${v.rule}` };
  // "The ministry named such claims absurd": the words name who rejects, where no frame did
  if (v.speaker && !m.speaker) {
    const speaker = parseSpeaker(tokens.slice(v.speaker[0], v.speaker[1]));
    if (speaker) Object.assign(denial, { speaker, cue: v.rule });
  }
  if (!v.about) return { ...denial, pointsBack: true };
  const [first, last] = v.about;
  const { start, end } = trimSpan(text, tokens[first].start, tokens[last - 1].end);
  return { ...denial, start, end, first, last };
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  start += datelineLength(text.slice(start, Math.min(end, start + DATELINE_MAX)));
  for (;;) {
    while (end > start && /[\s,;:.—–-]/.test(text[end - 1])) end--;
    // a closing quote whose opening one lies outside the span ("P,” the Kremlin reports") is no part of it
    if (end > start && /[”"»]/.test(text[end - 1]) && !/[“"«]/.test(text.slice(start, end - 1))) end--;
    else break;
  }
  return { start, end };
}

function tokenRange(tokens: Token[], a: number, b: number): { first: number; last: number } {
  let first = 0;
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (tokens[m].end <= a) lo = m + 1;
    else hi = m;
  }
  first = lo;
  let last = first;
  while (last < tokens.length && tokens[last].start < b) last++;
  return { first, last };
}

/** "emphasised that A and that B", "said A, but that B": two propositions, two mentions. */
function splitCoordinatedThat(tokens: Token[], text: string, start: number, end: number): [number, number][] {
  const { first, last } = tokenRange(tokens, start, end);
  for (let k = first + 3; k < last - 3; k++) {
    const next = tokens[k + 1];
    // "and that decision was final": a demonstrative, not a second clause ("and that officials had …" is one)
    const demonstrative =
      next.pos === "NOUN" && !/s$/.test(next.lower) && /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? "");
    if (
      tokens[k].lower === "that" &&
      /^(and|but)$/.test(tokens[k - 1].lower) &&
      hasVerb(tokens, first, k - 1) &&
      !demonstrative
    ) {
      const cut = tokens[k - 1].start;
      const a = trimSpan(text, start, cut);
      return [[a.start, a.end], ...splitCoordinatedThat(tokens, text, tokens[k + 1].start, end)];
    }
  }
  return [[start, end]];
}

/**
 * "urged China to lift its ban, which has no scientific basis": the speaker asserts the trailing
 * relative clause too, and its negation is no part of the request. Quotes stay whole.
 */
function splitTrailingWhich(tokens: Token[], text: string, start: number, end: number): [number, number][] {
  if (/^[“"«]/.test(text[start])) return [[start, end]];
  const { first, last } = tokenRange(tokens, start, end);
  for (let k = first + 4; k < last - 2; k++) {
    if (
      tokens[k].lower !== "which" ||
      tokens[k - 1].text !== "," ||
      !(tokens[k + 1].pos === "VERB" || tokens[k + 1].pos === "AUX")
    )
      continue;
    // a relative clause closed by a comma sits inside the proposition: "the ban, which began in May, is unfair"
    if (tokens.slice(k + 1, last).some((t) => t.text === ",")) return [[start, end]];
    const a = trimSpan(text, start, tokens[k - 1].start);
    return [
      [a.start, a.end],
      [tokens[k].start, end],
    ];
  }
  return [[start, end]];
}

/**
 * "ordered the company to stop the trial after four patients fell ill": the order and its reason
 * are two propositions of the same speaker.
 */
function splitReason(tokens: Token[], text: string, start: number, end: number): [number, number][] {
  const { first, last } = tokenRange(tokens, start, end);
  for (let k = first + 3; k < last - 3; k++) {
    if (!/^(after|because)$/.test(tokens[k].lower) || !hasVerb(tokens, first, k) || !hasVerb(tokens, k + 1, last))
      continue;
    const a = trimSpan(text, start, tokens[k].start);
    return [
      [a.start, a.end],
      [tokens[k + 1].start, end],
    ];
  }
  return [[start, end]];
}

/**
 * "The ministry notified the commission in March, and a delegation was invited in April": two
 * clauses, each with its own subject and verb, are two propositions. Quotes stay whole.
 */
function splitCoordinatedClauses(tokens: Token[], text: string, start: number, end: number): [number, number][] {
  if (/^[“"«]/.test(text[start])) return [[start, end]];
  const { first, last } = tokenRange(tokens, start, end);
  for (let k = first + 4; k < last - 3; k++) {
    if (tokens[k].lower !== "and" || !hasVerb(tokens, first, k)) continue;
    const comma = tokens[k - 1].text === ",";
    // a subject (a noun phrase of up to five words) then a finite verb, after ", and"
    let m = k + 1;
    while (
      m < last &&
      m <= k + 5 &&
      (tokens[m].pos === "DET" ||
        tokens[m].pos === "ADJ" ||
        tokens[m].pos === "NOUN" ||
        tokens[m].pos === "PROPN" ||
        tokens[m].pos === "NUM" ||
        tokens[m].pos === "PRON")
    )
      m++;
    const ownSubject = comma && m > k + 1 && m < last && (tokens[m].pos === "AUX" || tokens[m].pos === "VERB");
    // or the same subject with a second auxiliary verb: "had acted early and had seen nothing"
    const sharedSubject =
      tokens[k + 1].pos === "AUX" &&
      /^(has|had|have|was|were|is|are|would|will)$/.test(tokens[k + 1].lower) &&
      (tokens[k + 2]?.pos === "VERB" || tokens[k + 2]?.pos === "ADV");
    if (!ownSubject && !sharedSubject) continue;
    const a = trimSpan(text, start, tokens[comma ? k - 1 : k].start);
    return [[a.start, a.end], ...splitCoordinatedClauses(tokens, text, tokens[k + 1].start, end)];
  }
  return [[start, end]];
}

function confidenceOf(f: Frame, via: SpeakerRef[]): number {
  const base =
    f.kind === "agentless" ? 0.5 : f.speaker?.kind === "name" ? 0.9 : f.speaker?.kind === "pronoun" ? 0.7 : 0.8;
  return Math.round((f.weak ? base - 0.15 : base) * 100 - via.length * 5) / 100;
}

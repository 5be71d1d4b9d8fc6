/**
 * extractCorpus: documents → narrative graph (sources, actors, claims with mentions, citations).
 * Pure and deterministic: no I/O, ids are hashes and slugs of the content.
 */
import { extractableText } from "../corpus/document.js";
import type { CorpusDocument } from "../corpus/types.js";
import { type ActorDraft, ActorRegistry, bodyKey, canonicalName } from "./actors.js";
import { findCredits } from "./citations.js";
import { clusterClaims } from "./cluster-claims.js";
import { joinContradictions, joinNearbyDenials } from "./contradictions.js";
import { DocumentResolver } from "./coref.js";
import type { Embeddings } from "./embeddings.js";
import { hashOf, IdAllocator, slug } from "./ids.js";
import { isInformant } from "./informants.js";
import { negatedEventRule } from "./negated-events.js";
import { withProvenance } from "./provenance.js";
import { type DocumentReading, type ReadMention, readOne } from "./read-document.js";
import { type ResolvedMention, unusedClaim } from "./resolved-mention.js";
import type { SpeakerRef } from "./speaker.js";
import { spellingVariants, withSpellings } from "./spelling-variants.js";
import { resolveDenialTargets } from "./stance.js";
import type { Actor, Citation, Claim, DocumentRef, Extraction, Mention, Source } from "./types.js";

export { toNarrativeGraph } from "./narrative-graph.js";

/** Rule name for a statement relayed through the body whose account the document gives. */
const ACCOUNT_CARRYOVER = "account-carryover";

export const EXTRACTOR_VERSION = "attrib-1.0.0";

interface Cite {
  /** The speaker of a reproduced section ("X's statement:"). */
  section?: boolean;
  draft?: ActorDraft;
  source?: string;
  start: number;
  end: number;
  kind: "attribution" | "reprint";
}

export interface ExtractOptions {
  /**
   * Readings already made elsewhere (readDocument is the per-document half of extraction, so
   * worker threads can do it: server/shard), by document id. Missing ones are read here.
   */
  readings?: ReadonlyMap<string, DocumentReading>;
  /** Sentence embeddings of mention texts (embeddings.ts): claims are then clustered by meaning as well as words. */
  embeddings?: Embeddings;
}

export function extractCorpus(documents: CorpusDocument[], options?: ExtractOptions): Extraction {
  const docs = [...documents].sort(
    (a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || a.file.localeCompare(b.file),
  );
  const sources = new Map<string, Source>();
  const sourceIds = new IdAllocator("src");
  const sourceFor = (name: string, kind: string, country?: string): string => {
    const id = sourceIds.idFor(slug(name), name);
    if (!sources.has(id)) sources.set(id, { id, name, kind, ...(country ? { country } : {}) });
    return id;
  };
  const publisherSource = docs.map((d) =>
    d.publisher ? sourceFor(d.publisher.name, d.publisher.kind ?? "unknown", d.publisher.country) : null,
  );

  const registry = new ActorRegistry();
  const readings = docs.map((d) => options?.readings?.get(d.id) ?? readOne(d));
  // learn every named person first, so a role or surname in one document finds its holder in another
  // full names before lone surnames, so "Minister Wang" finds "Wang Lei" whichever comes first
  const lone: SpeakerRef[] = [];
  const learn = (ref: SpeakerRef) => {
    if (ref.name && !/\s/.test(ref.name.trim())) lone.push(ref);
    else registry.learnPerson(ref);
  };
  for (const r of readings) {
    for (const refs of r.names) for (const ref of refs) learn(ref);
    for (const m of r.mentions) {
      if (m.speaker?.kind === "name") learn(m.speaker);
      for (const ref of m.via) if (ref.kind === "name") learn(ref);
    }
    for (const s of r.sources) if (s.ref.kind === "name") learn(s.ref);
  }
  for (const ref of lone) registry.learnPerson(ref);

  const mentions: ResolvedMention[] = [];
  const cites: Cite[][] = docs.map(() => []);
  readings.forEach((reading, di) => {
    const doc = docs[di];
    const resolver = new DocumentResolver(registry, reading.names);
    const bySentence = new Map<number, ReadMention[]>();
    for (const m of reading.mentions) pushTo(bySentence, m.sentence, m);
    const sourcesBySentence = new Map<number, typeof reading.sources>();
    for (const s of reading.sources) pushTo(sourcesBySentence, s.sentence, s);
    const relaysBySentence = new Map(reading.backRelays.map((b) => [b.sentence, b]));
    const docMentions: ResolvedMention[] = [];
    // the body whose account the document is giving ("according to the Kremlin, …", "the ministry said"):
    // what the people it talks about said after that comes through it, until another body is cited
    let account: ActorDraft | undefined;

    for (let si = 0; si < reading.sentences; si++) {
      for (const raw of bySentence.get(si) ?? []) {
        let via = raw.via.map((v) => resolver.resolve(v, si)).filter((v): v is ActorDraft => !!v);
        // "The UN says it has confirmed …": "it" is the body whose saying holds it, not the one quoted before
        const itself =
          raw.speaker?.kind === "pronoun" && raw.speaker.pronoun === "it" && via.length > 0 && via[0].kind !== "person";
        let draft = itself ? via[0] : raw.speaker ? resolver.resolve(raw.speaker, si) : undefined;
        if (!draft && raw.speaker && via.length > 0) [draft, ...via] = via; // "Our president said …" in a quote: the quoted speaker
        if (!draft && raw.agentless) draft = resolver.lastSource(si);
        if (draft) resolver.note(si, draft, false);
        via = via.filter((v) => v !== draft);
        let rule: string | undefined;
        // a direct quote may be the outlet's own interview; a reported statement is the account's
        const quoted = /[“"«]/.test(doc.text.slice(Math.max(0, raw.start - 1), raw.start + 1));
        if (draft?.kind === "organization" && raw.cue !== "narration") account = draft;
        else if (
          account &&
          draft &&
          draft !== account &&
          via.length === 0 &&
          (draft.kind === "person" || draft.kind === "state") &&
          raw.cue !== "narration" &&
          !raw.rule.startsWith("quote") &&
          !quoted
        ) {
          via = [account];
          rule = `${raw.rule}+${ACCOUNT_CARRYOVER}`;
        }
        // "the ministry said the minister told lawmakers that P": the document attributes P to the minister too
        if (draft && via.length > 0) cites[di].push({ draft, start: raw.start, end: raw.end, kind: "attribution" });
        const resolved: ResolvedMention = {
          doc: di,
          raw,
          actor: draft ? { draft } : { source: publisherSource[di] ?? undefined },
          via,
          features: raw.features,
          text: doc.text.slice(raw.start, raw.end),
          ...(rule ? { rule } : {}),
        };
        if (raw.context)
          resolved.context = {
            terms: raw.context.terms,
            text: doc.text.slice(raw.context.start, raw.context.end),
            objectHeads: raw.context.objectHeads,
          };
        docMentions.push(resolved);
      }
      for (const s of sourcesBySentence.get(si) ?? []) {
        const draft = resolver.resolve(s.ref, si);
        if (!draft) continue;
        resolver.note(si, draft, true);
        cites[di].push({ draft, start: s.ref.start, end: s.ref.end, kind: "attribution", section: s.section });
      }
      // "This was stated … by S": S relays what the sentence before said
      const relay = relaysBySentence.get(si);
      if (relay) {
        const by = resolver.resolve(relay.speaker, si);
        const before = mentionsOfSentenceBefore(docMentions, si);
        if (by)
          for (const m of before) {
            if (m.actor.draft) {
              if (m.actor.draft !== by && !m.via.includes(by)) m.via.push(by);
            } else m.actor = { draft: by };
          }
      }
    }
    mentions.push(...docMentions);
    // a masthead or dateline credit naming the document's own publisher is no reprint
    const own = doc.publisher ? bodyKey(doc.publisher.name) : undefined;
    for (const credit of findCredits(extractableText(doc)))
      if (bodyKey(credit.name) !== own)
        cites[di].push({
          source: sourceFor(credit.name, "news agency"),
          start: credit.start,
          end: credit.end,
          kind: "reprint",
        });
    // a government's own readout is that body's information
    if (doc.publisher?.kind === "government" && publisherSource[di])
      cites[di].push({ source: publisherSource[di]!, start: 0, end: 0, kind: "attribution" });
  });

  // actors and their ids
  const actorIds = new IdAllocator("act");
  const publisherByName = new Map<string, string>();
  for (const s of sources.values()) publisherByName.set(s.name.toLowerCase().replace(/^the\s+/, ""), s.id);
  // "Mexico's foreign ministry" is the publisher "Ministry of Foreign Affairs of Mexico"
  const publisherByKey = new Map<string, string>();
  for (const s of sources.values()) publisherByKey.set(`organization:${bodyKey(s.name)}`, s.id);
  const actorOf = new Map<ActorDraft, Actor>();
  const used = new Set<ActorDraft>();
  for (const m of mentions) {
    if (m.actor.draft) used.add(m.actor.draft);
    for (const v of m.via) used.add(v);
  }
  for (const c of cites.flat()) if (c.draft) used.add(c.draft);
  for (const d of [...used].sort((a, b) => a.key.localeCompare(b.key))) {
    const name = canonicalName(d);
    const aliases = [...new Set([name, ...d.aliases])].sort();
    const source =
      [name, ...aliases].map((n) => publisherByName.get(n.toLowerCase().replace(/^the\s+/, ""))).find(Boolean) ??
      publisherByKey.get(d.key);
    actorOf.set(d, { id: actorIds.idFor(d.key, name), name, kind: d.kind, aliases, ...(source ? { source } : {}) });
  }
  // a person speaking for a body cites that body too ("White House press secretary")
  const bodyActor = (name: string): Actor => {
    const d = registry.body("organization", name);
    if (!actorOf.has(d))
      actorOf.set(d, {
        id: actorIds.idFor(d.key, canonicalName(d)),
        name: canonicalName(d),
        kind: "organization",
        aliases: [...new Set([canonicalName(d), ...d.aliases])].sort(),
      });
    return actorOf.get(d)!;
  };

  // claims
  const variants = spellingVariants(mentions.map((m) => m.features));
  for (const m of mentions) m.features = withSpellings(m.features, variants);
  const clusterable = mentions.filter((m) => !m.raw.pointsBack);
  const assignment = clusterClaims(
    clusterable.map((m) => ({
      features: m.features,
      speaker: m.actor.draft?.key ?? m.actor.source,
      embedding: options?.embeddings?.get(m.text),
    })),
  );
  const clusterOf = new Map<ResolvedMention, number>();
  clusterable.forEach((m, i) => clusterOf.set(m, assignment[i]));
  resolveDenialTargets(mentions, clusterOf);
  joinContradictions(mentions, clusterOf);
  // a negated event no claim's wording matched still denies that it happened; the rules read the words, not the
  // parity of the negations ("I did not resign, and nobody asked me to" denies twice)
  for (const m of mentions) {
    if (m.denied || m.raw.denied || m.raw.pointsBack) continue;
    const rule = negatedEventRule(m.text);
    if (!rule) continue;
    m.denied = true;
    m.rule = `${m.raw.rule}+${rule}`;
  }
  joinNearbyDenials(mentions, clusterOf);
  // a denial of something the corpus never states is still a claim of its own (numbered above every claim
  // so far, the corpus-wide steps' new ones included)
  let next = unusedClaim(clusterOf);
  for (const m of mentions) if (!clusterOf.has(m)) clusterOf.set(m, next++);

  const groups = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const c = clusterOf.get(m);
    if (c === undefined) continue;
    pushTo(groups, c, m);
  }
  const claims: Claim[] = [];
  for (const members of groups.values()) {
    const mentionsOut: Mention[] = members.map((m) => {
      const doc = docs[m.doc];
      const actor = m.actor.draft ? actorOf.get(m.actor.draft)!.id : (m.actor.source ?? "unknown");
      const stance = (m.denied ?? m.raw.denied) ? "denied" : "asserted";
      return {
        id: `men-${hashOf(doc.id, m.raw.start, m.raw.end, actor, stance)}`,
        document: doc.id,
        start: m.raw.start,
        end: m.raw.end,
        text: m.text,
        actor,
        stance,
        via: m.via.map((v) => actorOf.get(v)!.id),
        cue: m.raw.cue,
        rule: m.rule ?? m.raw.rule,
        confidence: m.raw.confidence,
      };
    });
    const first = members.find((m) => !(m.denied ?? m.raw.denied)) ?? members[0];
    claims.push({
      id: `clm-${hashOf(docs[first.doc].id, first.raw.start, first.raw.end)}`,
      text: canonicalText(first.text),
      mentions: mentionsOut,
    });
  }

  const citations: Citation[] = [];
  cites.forEach((list, di) => {
    const seen = new Set<string>();
    const push = (cites: string, c: Cite) => {
      if (seen.has(cites)) return;
      seen.add(cites);
      citations.push({ document: docs[di].id, cites, start: c.start, end: c.end, kind: c.kind });
    };
    for (const c of list) {
      if (c.source) {
        push(c.source, c);
        continue;
      }
      const d = c.draft!;
      if (!isInformant(d)) continue;
      push(actorOf.get(d)!.source ?? actorOf.get(d)!.id, c);
      // a statement reproduced whole ("Psaki's statement:") is its author's body's statement too
      if (c.section)
        for (const body of d.affiliations)
          if (body.includes(" ") || registry.hasBody("organization", body)) push(bodyActor(body).id, c);
    }
  });

  const documentsOut: DocumentRef[] = docs.map((d, i) => ({
    id: d.id,
    file: d.file,
    source: publisherSource[i],
    title: d.title,
    contentHash: d.contentHash,
    text: d.text,
    ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(d.language ? { language: d.language } : {}),
  }));
  return withProvenance({
    extractorVersion: EXTRACTOR_VERSION,
    documents: documentsOut,
    sources: [...sources.values()],
    actors: [...actorOf.values()].sort((a, b) => a.id.localeCompare(b.id)),
    claims: claims.sort((a, b) => a.id.localeCompare(b.id)),
    citations,
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The mentions of the last sentence before `si` that has any (`mentions` are in sentence order). */
function mentionsOfSentenceBefore(mentions: ResolvedMention[], si: number): ResolvedMention[] {
  let k = mentions.length - 1;
  while (k >= 0 && mentions[k].raw.sentence >= si) k--;
  if (k < 0) return [];
  const sentence = mentions[k].raw.sentence;
  let a = k;
  while (a > 0 && mentions[a - 1].raw.sentence === sentence) a--;
  return mentions.slice(a, k + 1);
}

function canonicalText(text: string): string {
  return text
    .replace(/^[“"«‘'\s]+|[”"»’'\s,]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

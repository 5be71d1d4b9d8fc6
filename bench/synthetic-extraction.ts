/**
 * A synthetic Extraction with the shape of a real news corpus: many outlets, a few wires that
 * others reprint, claims that travel (a few very popular, most rare), relays, outlets that speak,
 * and document texts whose offsets the mentions index. Deterministic for a given seed.
 */
import { createHash } from "node:crypto";
import { withProvenance } from "../server/extract/provenance.js";
import type { Actor, Citation, Claim, DocumentRef, Extraction, Mention, Source } from "../server/extract/types.js";
import { createRng } from "../server/gen/prng.js";

export interface SyntheticOptions {
  documents: number;
  seed?: number;
  outlets?: number;
  actors?: number;
  /** Distinct claims, as a share of documents. */
  claimsPerDocument?: number;
  mentionsPerDocument?: number;
  extractorVersion?: string;
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

const WORDS =
  "security guarantees talks sanctions border troops dialogue proposals response escalation treaty NATO expansion pipeline energy summit delegation ceasefire election".split(
    " ",
  );

export function syntheticExtraction(options: SyntheticOptions): Extraction {
  const rng = createRng(options.seed ?? 42);
  const rnd = () => rng.next();
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  // Zipf-like: low indexes are much more likely, so a few claims travel far.
  const skewedIndex = (n: number) => Math.floor(n * rnd() ** 3);
  const skewed = <T>(list: T[]) => list[skewedIndex(list.length)];
  const version = options.extractorVersion ?? "synthetic-1";

  const wires: Source[] = Array.from({ length: 5 }, (_, i) => ({
    id: `src-wire-${i}`,
    name: `Wire ${i}`,
    kind: "news agency",
    country: "Nowhere",
  }));
  const outlets: Source[] = Array.from({ length: options.outlets ?? 200 }, (_, i) => ({
    id: `src-outlet-${i}`,
    name: `Outlet ${i}`,
    kind: i % 3 === 0 ? "newspaper" : "broadcaster",
  }));
  const offices: Source[] = Array.from({ length: 5 }, (_, i) => ({
    id: `src-office-${i}`,
    name: `Press Office ${i}`,
    kind: "government",
  }));
  const sources = [...wires, ...outlets, ...offices];

  const actors: Actor[] = Array.from({ length: options.actors ?? 500 }, (_, i) => ({
    id: `act-person-${i}`,
    name: `Person ${i}`,
    kind: "person",
    aliases: [`P${i}`, `Mr ${i}`],
  }));
  offices.forEach((o, i) =>
    actors.push({ id: `act-office-${i}`, name: o.name, kind: "organization", aliases: [], source: o.id }),
  );

  const claimCount = Math.max(1, Math.round(options.documents * (options.claimsPerDocument ?? 0.5)));
  const claimTexts = Array.from(
    { length: claimCount },
    (_, i) => `claim ${i}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
  );
  const claimMentions: Mention[][] = claimTexts.map(() => []);
  const claimIds = claimTexts.map((t, i) => `clm-${hash(t + i)}`);

  const documents: DocumentRef[] = [];
  const citations: Citation[] = [];
  const perDoc = options.mentionsPerDocument ?? 10;
  const t0 = Date.parse("2021-12-01T00:00:00Z");

  for (let d = 0; d < options.documents; d++) {
    const file = `gen/${String(d).padStart(6, "0")}.txt`;
    const id = `doc-${hash(file)}`;
    const publisher = d % 10 < 2 ? pick([...wires, ...offices]) : pick(outlets);
    let text = `${publisher.name} report ${d}\n\n`;
    const mentions = Math.max(1, Math.round(perDoc * (0.5 + rnd())));
    for (let k = 0; k < mentions; k++) {
      const claim = skewedIndex(claimIds.length);
      const outletSpeaks = rnd() < 0.1;
      const speaker = outletSpeaks ? publisher.id : skewed(actors).id;
      const sentence = `${outletSpeaks ? publisher.name : "Someone"} said that ${claimTexts[claim]} (${pick(WORDS)}).`;
      const start = text.length + 1;
      text += " " + sentence + (rnd() < 0.3 ? " Filler about " + pick(WORDS) + " and " + pick(WORDS) + "." : "");
      const stance = rnd() < 0.15 ? "denied" : "asserted";
      const via = rnd() < 0.3 ? [rnd() < 0.5 ? pick(wires).id : skewed(actors).id] : [];
      claimMentions[claim].push({
        id: `men-${hash(`${id}|${start}|${speaker}|${stance}`)}`,
        document: id,
        start,
        end: start + sentence.length,
        text: sentence,
        actor: speaker,
        stance,
        via,
        cue: "said",
        rule: "speaker-verb-content",
        confidence: Math.round((0.5 + rnd() / 2) * 100) / 100,
      });
    }
    citations.push({ document: id, cites: skewed(actors).id, start: 0, end: 5, kind: "attribution" });
    if (rnd() < 0.15) citations.push({ document: id, cites: pick(wires).id, start: 0, end: 5, kind: "reprint" });
    documents.push({
      id,
      file,
      source: publisher.id,
      title: `${publisher.name} report ${d}`,
      publishedAt: new Date(t0 + Math.floor(rnd() * 30 * 86_400_000)).toISOString(),
      language: "en",
      contentHash: hash(text),
      text,
    });
  }

  const claims: Claim[] = claimIds
    .map((id, i) => ({ id, text: claimTexts[i], mentions: claimMentions[i] }))
    .filter((c) => c.mentions.length > 0);
  return withProvenance({ extractorVersion: version, documents, sources, actors, claims, citations });
}

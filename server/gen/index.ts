/**
 * The synthetic corpus generator: an invented world, then story after story, each covered by
 * government offices, wires, newspapers, broadcasters, aggregators and blogs, written to a corpus/1
 * folder (and, on request, the gold annotation of every claim mention). Deterministic per seed.
 */
import path from "node:path";
import { type ComposedDoc, compose } from "./compose.js";
import { goldActors, goldCitedSources } from "./gold.js";
import { createRng } from "./prng.js";
import { type PlacedMention, serialize } from "./serialize.js";
import { type DocPlan, planCoverage, planEvent, rivalries, storySize } from "./story.js";
import { buildWorld, slug, worldSizeFor } from "./world.js";
import { CorpusWriter } from "./write-corpus.js";

export interface GenerateOptions {
  docs: number;
  seed: string | number;
  out: string;
  /** Path of the gold annotation to write; none when absent. */
  gold?: string;
  force?: boolean;
  /** Called every so often with the number of documents written. */
  onProgress?: (written: number) => void;
}

export interface GenerateStats {
  documents: number;
  bytes: number;
  events: number;
  claims: number;
  mentions: number;
  outlets: number;
  actors: number;
}

const HOUR = 3_600_000;
const START = Date.UTC(2022, 0, 3, 6, 0, 0);

export const defaultOut = (docs: number, seed: string | number) => path.join("data", `synthetic-${docs}-${seed}`);

export async function generateCorpus(options: GenerateOptions): Promise<GenerateStats> {
  if (!Number.isInteger(options.docs) || options.docs < 1)
    throw new Error(`--docs must be a positive whole number, got ${options.docs}`);
  const rng = createRng(options.seed);
  const world = buildWorld(rng.fork("world"), worldSizeFor(options.docs));
  const pairs = rivalries(rng.fork("rivals"), world);
  const corpusName = path.basename(options.out);
  const writer = new CorpusWriter({
    out: options.out,
    title: `Synthetic corpus: ${options.docs} documents, seed ${options.seed}`,
    gold: options.gold,
    goldHeader: { corpus: corpusName, actors: goldActors(world), citedSources: goldCitedSources(world) },
    force: options.force,
  });

  const stats: GenerateStats = {
    documents: 0,
    bytes: 0,
    events: 0,
    claims: 0,
    mentions: 0,
    outlets: world.outlets.length,
    actors: world.actors.length,
  };
  // long-running accusations gather mentions across stories; written once all stories are told
  const recurring = new Map<string, { id: string; text: string; mentions: unknown[] }>();
  let at = START;
  while (stats.documents < options.docs) {
    const erng = rng.fork(`event-${stats.events}`);
    const event = planEvent(erng, world, pairs, stats.events, at);
    const n = Math.min(storySize(erng), options.docs - stats.documents);
    const plans = planCoverage(erng, world, event, n);
    const composed = new Map<DocPlan, ComposedDoc>();
    const claimMentions = new Map<string, unknown[]>();

    for (const plan of plans) {
      const doc = compose(erng, world, event, plan, plan.parent && composed.get(plan.parent));
      composed.set(plan, doc);
      const index = stats.documents++;
      const html = plan.outlet.style.html && plan.role !== "reprint";
      const file = `d${String(Math.floor(index / 1000)).padStart(3, "0")}/${String(index).padStart(6, "0")}_${plan.outlet.id}.${html ? "html" : "txt"}`;
      const { text, mentions } = serialize(doc, html);
      const published = new Date(plan.at);
      writer.writeDocument(
        {
          file,
          source: plan.outlet.name,
          sourceKind: plan.outlet.kind,
          country: plan.outlet.country,
          url: `https://${plan.outlet.domain}/${published.toISOString().slice(0, 10).replace(/-/g, "/")}/${slug(doc.title).slice(0, 60)}-${index}`,
          publishedAt: published.toISOString().replace(/\.000Z$/, "Z"),
          title: doc.title,
          language: "en",
        },
        text,
        writer.wantsGold
          ? { document: file, publisher: plan.outlet.name, narrators: doc.narrators, cites: [...doc.cites] }
          : undefined,
      );
      stats.mentions += mentions.length;
      if (writer.wantsGold) for (const m of mentions) push(claimMentions, m.mark.claim, goldMention(file, m));
    }

    for (const claim of event.claims) {
      const mentions = claimMentions.get(claim.id);
      if (!mentions) continue;
      if (claim.id.startsWith("n-")) {
        const r = recurring.get(claim.id) ?? { id: claim.id, text: claim.canonical, mentions: [] };
        r.mentions.push(...mentions);
        recurring.set(claim.id, r);
      } else {
        writer.writeClaim({ id: claim.id, text: claim.canonical, mentions });
        stats.claims++;
      }
    }
    stats.events++;
    at += erng.between(2, 10) * HOUR;
    options.onProgress?.(stats.documents);
  }
  for (const r of recurring.values()) writer.writeClaim(r);
  stats.claims += recurring.size;
  await writer.finish();
  stats.bytes = writer.bytes;
  return stats;
}

function goldMention(file: string, m: PlacedMention) {
  return {
    document: file,
    start: m.start,
    end: m.end,
    evidence: m.evidence,
    actors: m.mark.actors,
    stance: m.mark.stance,
    optional: m.mark.optional ?? false,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

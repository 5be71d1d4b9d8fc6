/**
 * Loads an Extraction into Neo4j: batched, idempotent, incremental, crash-safe.
 *
 * Every document carries `loadHash`, the fingerprint of all it contributes (its node, mentions,
 * edges). A document is written, with everything it contributes, in one transaction that first
 * removes what it contributed before; so after a crash each document is either fully loaded (its
 * hash matches) or treated as changed by the next run. Documents of the corpus missing from the
 * extraction are removed; nodes left with no evidence are deleted; reviews are re-applied.
 */
import { randomBytes } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { loadConfig } from "../config.js";
import type { CorpusProblem } from "../corpus/types.js";
import type { Extraction } from "../extract/types.js";
import { cypherFile } from "./cypher-file.js";
import { failureReason, type Graph, GraphUnavailableError, lostServer, type Params } from "./driver.js";
import { batchDocuments, type DocumentPlan, type LoadPlan, planLoad } from "./load-plan.js";
import type { LoadProgress, LoadSummary } from "./load-summary.js";
import {
  deleteOrphans,
  refreshClaimSummaries,
  refreshRelayLinks,
  refreshSourceSummaries,
  staleSummaries,
} from "./maintenance.js";
import { applyReviews, carryOverReviews } from "./reviews.js";
import { finishRun, startRun } from "./runs.js";

export interface LoadOptions {
  /** The corpus these documents belong to (its root path or a name): only its documents are ever removed. */
  corpus: string;
  /** The corpus reader's file-level problems, recorded on the run. */
  problems?: CorpusProblem[];
  /** A title for the run record (the manifest's). */
  title?: string;
  onProgress?: (progress: LoadProgress) => void;
  /** Rows per write transaction (mentions, edges, documents together). */
  batchRows?: number;
  /** Characters of document text per write transaction. */
  batchChars?: number;
  /** Write transactions in flight at once. */
  concurrency?: number;
}

const DEFAULT_BATCH_CHARS = 8_000_000;

interface Tally {
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreated: number;
  nodesDeleted: number;
}

export async function loadExtraction(graph: Graph, extraction: Extraction, options: LoadOptions): Promise<LoadSummary> {
  const started = Date.now();
  const settings = loadConfig();
  const batchRows = options.batchRows ?? settings.batchRows;
  const plan = planLoad(extraction, { corpus: options.corpus });
  const tally: Tally = { relationshipsCreated: 0, relationshipsDeleted: 0, nodesCreated: 0, nodesDeleted: 0 };
  const run = `run-${new Date(started).toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;
  const previousRun = await startRun(graph, {
    id: run,
    corpus: options.corpus,
    title: options.title,
    extractorVersion: plan.extractorVersion,
    documents: plan.documents.length,
  });
  const progress: LoadProgress = {
    phase: "entities",
    documentsDone: 0,
    documentsTotal: 0,
    mentions: 0,
    relationships: 0,
  };
  // For the message when Neo4j goes away: a batch's commit can land while its acknowledgement is lost.
  let unchanged = 0;
  let inFlight = 0;

  try {
    // Read before this run writes: the claims, sources and relays it writes have no summaries until it ends.
    const stale = await staleSummaries(graph);
    const stored = await storedDocuments(
      graph,
      options.corpus,
      plan.documents.map((d) => d.id),
    );
    // Before the documents stored under their old ids are removed (see carryOverReviews).
    await carryOverReviews(graph, options.corpus, extraction);
    const toWrite = plan.documents.filter((d) => stored.get(d.id)?.loadHash !== d.loadHash);
    const inExtraction = new Set(plan.documents.map((d) => d.id));
    const toRemove = [...stored]
      .filter(([id, s]) => !inExtraction.has(id) && s.corpus === options.corpus)
      .map(([id]) => id);
    const added = toWrite.filter((d) => !stored.get(d.id)?.loadHash).length;
    // The summaries these documents fed before this run, read before they change or go.
    const touched = await touchedBy(graph, [...toWrite.map((d) => d.id).filter((id) => stored.has(id)), ...toRemove]);
    for (const d of toWrite) {
      if (d.doc.source) touched.sources.add(d.doc.source);
      for (const m of d.mentions) touched.claims.add(m.claim);
      for (const v of d.vias) touched.relays.add(v.to);
    }

    progress.documentsTotal = toWrite.length;
    unchanged = plan.documents.length - toWrite.length;
    const report = (phase: LoadProgress["phase"]) =>
      options.onProgress?.({ ...progress, phase, relationships: tally.relationshipsCreated });
    report("entities");
    await writeEntities(graph, plan, tally, batchRows);

    report("removing");
    for (let i = 0; i < toRemove.length; i += 1_000) {
      const ids = toRemove.slice(i, i + 1_000);
      await graph
        .writeTransaction(async (tx) => {
          const t = zero();
          await runIn(tx, t, "load/remove-contributions", { rows: ids });
          await runIn(tx, t, "load/delete-documents", { ids });
          return t;
        })
        .then((t) => add(tally, t));
    }

    report("documents");
    const batches = batchDocuments(toWrite, batchRows, options.batchChars ?? DEFAULT_BATCH_CHARS);
    const entities = entityIndex(plan);
    await inParallel(batches, options.concurrency ?? settings.concurrency, async (batch) => {
      inFlight += batch.length;
      add(tally, await graph.writeTransaction((tx) => writeDocuments(tx, batch, entities, stored, options.corpus)));
      inFlight -= batch.length;
      progress.documentsDone += batch.length;
      progress.mentions += batch.reduce((n, d) => n + d.mentions.length, 0);
      // Progress for whoever watches the run; correctness rests on each document's loadHash, not on this.
      await graph.write(cypherFile("runs/progress"), { run, done: neo4j.int(progress.documentsDone) });
      report("documents");
    });

    report("finishing");
    const reviews = await applyReviews(graph, { refreshClaims: false });
    // Upkeep; when this run changed nothing after one that completed, there is none to do. After a
    // run that did not complete, documents it wrote match their hash and look unchanged, but their
    // summaries may never have been written: then every summary is refreshed. Source summaries
    // written before they listed their documents are all rewritten once.
    const staleSources = (await graph.read(cypherFile("load/stale-source-links")))[0].get("stale") as boolean;
    if (
      toWrite.length > 0 ||
      toRemove.length > 0 ||
      reviews.applied > 0 ||
      previousRun !== "completed" ||
      staleSources ||
      stale.claims ||
      stale.sources ||
      stale.relays
    ) {
      const all = previousRun !== "completed";
      tally.nodesDeleted += await deleteOrphans(graph);
      await refreshClaimSummaries(graph, all || stale.claims ? null : [...touched.claims, ...reviews.claims]);
      await refreshSourceSummaries(graph, all || staleSources || stale.sources ? null : [...touched.sources]);
      await refreshRelayLinks(graph, all || stale.relays ? null : [...touched.relays]);
      await graph.run(cypherFile("load/await-fulltext"));
    }

    const summary: LoadSummary = {
      run,
      corpus: options.corpus,
      documents: {
        total: plan.documents.length,
        added,
        changed: toWrite.length - added,
        removed: toRemove.length,
        unchanged: plan.documents.length - toWrite.length,
      },
      mentions: progress.mentions,
      claims: plan.claims.length,
      ...tally,
      reviews: { applied: reviews.applied, unapplied: reviews.unapplied.length },
      issues: plan.issues,
      seconds: (Date.now() - started) / 1000,
    };
    await finishRun(graph, run, { status: "completed", summary, problems: options.problems ?? [] });
    report("done");
    return summary;
  } catch (e) {
    const lost = await lostServer(graph, e);
    // Recording the failure would only wait out another retry window; the next run marks this one interrupted.
    if (lost) {
      throw new GraphUnavailableError(
        `Neo4j became unreachable during the load (${failureReason(lost)}); ${unchanged + progress.documentsDone} of ${plan.documents.length} documents are stored as this run read them ` +
          `(${unchanged} already were, ${progress.documentsDone} written${inFlight > 0 ? `, and up to ${inFlight} more in the batch being written when it stopped` : ""}); the graph is incomplete until the next run. ` +
          "Run the load again once Neo4j is back: it writes only what is missing.",
      );
    }
    await finishRun(graph, run, {
      status: "failed",
      error: (e as Error).message,
      problems: options.problems ?? [],
    }).catch(() => undefined);
    throw e;
  }
}

async function storedDocuments(graph: Graph, corpus: string, ids: string[]) {
  const records = await graph.read(cypherFile("load/stored-documents"), { corpus, ids });
  return new Map(
    records.map((r) => [
      r.get("id") as string,
      { loadHash: r.get("loadHash") as string | null, corpus: r.get("corpus") as string | null },
    ]),
  );
}

async function touchedBy(
  graph: Graph,
  documents: string[],
): Promise<{ claims: Set<string>; sources: Set<string>; relays: Set<string> }> {
  const touched = { claims: new Set<string>(), sources: new Set<string>(), relays: new Set<string>() };
  const kinds = { claim: touched.claims, source: touched.sources, relay: touched.relays } as Record<
    string,
    Set<string>
  >;
  for (let i = 0; i < documents.length; i += 1_000) {
    for (const r of await graph.read(cypherFile("load/touched-by-documents"), { ids: documents.slice(i, i + 1_000) })) {
      kinds[r.get("kind") as string].add(r.get("key") as string);
    }
  }
  return touched;
}

async function writeEntities(graph: Graph, plan: LoadPlan, tally: Tally, batchRows: number): Promise<void> {
  const steps: [string, object[]][] = [
    ["load/upsert-sources", plan.sources],
    ["load/upsert-actors", plan.actors],
    ["load/upsert-claims", plan.claims],
  ];
  for (const [statement, rows] of steps) {
    for (let i = 0; i < rows.length; i += batchRows) {
      const slice = rows.slice(i, i + batchRows);
      add(tally, await graph.writeTransaction(async (tx) => runIn(tx, zero(), statement, { rows: slice })));
    }
  }
}

type EntityIndex = { sources: Map<string, object>; actors: Map<string, object>; claims: Map<string, object> };

function entityIndex(plan: LoadPlan): EntityIndex {
  return {
    sources: new Map(plan.sources.map((r) => [r.id, r])),
    actors: new Map(plan.actors.map((r) => [r.id, r])),
    claims: new Map(plan.claims.map((r) => [r.id, r])),
  };
}

/** The entity rows a batch points at (its rows MATCH them by id). */
function referencedBy(batch: DocumentPlan[], index: EntityIndex) {
  const ids = new Set<string>();
  for (const d of batch) {
    if (d.doc.source) ids.add(d.doc.source);
    for (const m of d.mentions) ids.add(m.actor).add(m.claim);
    for (const l of [...d.vias, ...d.cites]) ids.add(l.to);
  }
  const pick = (map: Map<string, object>) => [...ids].flatMap((id) => map.get(id) ?? []);
  return { sources: pick(index.sources), actors: pick(index.actors), claims: pick(index.claims) };
}

/**
 * One transaction: remove what these documents contributed before, write what they contribute now.
 * The entities it points at are MERGEd here too (a no-op when they exist): another load's orphan
 * clean-up may have deleted one since this load's entity step, and a MATCH would then drop rows.
 */
async function writeDocuments(
  tx: ManagedTransaction,
  batch: DocumentPlan[],
  index: EntityIndex,
  stored: Map<string, unknown>,
  corpus: string,
): Promise<Tally> {
  const t = zero();
  const all = (key: "mentions" | "vias" | "reports" | "cites" | "reprints") => batch.flatMap((d): object[] => d[key]);
  const entities = referencedBy(batch, index);
  await runIn(tx, t, "load/upsert-sources", { rows: entities.sources });
  await runIn(tx, t, "load/upsert-actors", { rows: entities.actors });
  await runIn(tx, t, "load/upsert-claims", { rows: entities.claims });
  // A document the graph has never seen contributed nothing yet: skip the lookups for it.
  await runIn(tx, t, "load/remove-contributions", { rows: batch.filter((d) => stored.has(d.id)).map((d) => d.id) });
  await runIn(tx, t, "load/write-documents", { rows: batch.map((d) => d.doc) });
  await runIn(tx, t, "load/write-mentions", { rows: all("mentions") });
  await runIn(tx, t, "load/write-vias", { rows: all("vias") });
  await runIn(tx, t, "load/write-reports", { rows: all("reports") });
  await runIn(tx, t, "load/write-citations", { rows: all("cites") });
  await runIn(tx, t, "load/write-reprints", { rows: all("reprints"), corpus });
  return t;
}

async function runIn(tx: ManagedTransaction, t: Tally, statement: string, params: Params): Promise<Tally> {
  if (Array.isArray(params.rows) && params.rows.length === 0) return t;
  const updates = (await tx.run(cypherFile(statement), params)).summary.counters.updates();
  t.relationshipsCreated += updates.relationshipsCreated;
  t.relationshipsDeleted += updates.relationshipsDeleted;
  t.nodesCreated += updates.nodesCreated;
  t.nodesDeleted += updates.nodesDeleted;
  return t;
}

const zero = (): Tally => ({ relationshipsCreated: 0, relationshipsDeleted: 0, nodesCreated: 0, nodesDeleted: 0 });

function add(into: Tally, t: Tally): void {
  into.relationshipsCreated += t.relationshipsCreated;
  into.relationshipsDeleted += t.relationshipsDeleted;
  into.nodesCreated += t.nodesCreated;
  into.nodesDeleted += t.nodesDeleted;
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure stops new work and is thrown. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

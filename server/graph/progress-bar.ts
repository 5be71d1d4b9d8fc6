/** The terminal view of a load: a live bar on a TTY, nothing otherwise; and the closing summary. */
import cliProgress from "cli-progress";
import type { LoadProgress, LoadSummary } from "./load-summary.js";

export interface ProgressView {
  onProgress(progress: LoadProgress): void;
  stop(): void;
}

/** A bar of documents written, with mentions, relationships and relationships per second; silent when `stream` is not a TTY. */
export function loadProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!stream.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        "load [{bar}] {value}/{total} documents | {mentions} mentions | {relationships} relationships | {rate} rel/s | {phase}",
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let running = false;
  return {
    onProgress(p) {
      if (!running) {
        bar.start(Math.max(p.documentsTotal, 1), 0, { mentions: 0, relationships: 0, rate: 0, phase: p.phase });
        started = Date.now();
        running = true;
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(p.documentsTotal === 0 ? 1 : p.documentsDone, {
        mentions: p.mentions,
        relationships: p.relationships,
        rate: Math.round(p.relationships / seconds),
        phase: p.phase,
      });
      if (p.phase === "done") this.stop();
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

export function formatSummary(s: LoadSummary): string {
  const d = s.documents;
  const lines = [
    `loaded ${s.corpus} in ${s.seconds.toFixed(1)} s (run ${s.run})`,
    `  documents: ${d.total} (${d.added} added, ${d.changed} changed, ${d.removed} removed, ${d.unchanged} unchanged)`,
    `  written: ${s.mentions} mentions, ${s.relationshipsCreated} relationships (${Math.round(s.relationshipsCreated / Math.max(s.seconds, 0.001))}/s); ${s.claims} claims in the corpus`,
    `  removed: ${s.relationshipsDeleted} relationships, ${s.nodesDeleted} nodes`,
  ];
  if (s.reviews.applied || s.reviews.unapplied)
    lines.push(`  reviews: ${s.reviews.applied} re-applied, ${s.reviews.unapplied} no longer match an edge`);
  if (s.issues.length) lines.push(`  ${s.issues.length} extraction issue(s), e.g. ${s.issues[0]}`);
  return lines.join("\n");
}

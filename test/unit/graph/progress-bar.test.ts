import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { LoadSummary } from "../../../server/graph/load-summary.js";
import { formatSummary, loadProgressBar } from "../../../server/graph/progress-bar.js";

const summary: LoadSummary = {
  run: "run-1",
  corpus: "/corpora/x",
  documents: { total: 10, added: 2, changed: 1, removed: 3, unchanged: 7 },
  mentions: 40,
  claims: 12,
  relationshipsCreated: 200,
  relationshipsDeleted: 30,
  nodesCreated: 50,
  nodesDeleted: 9,
  reviews: { applied: 1, unapplied: 2 },
  issues: ["mention m names unknown speaker x; not loaded"],
  seconds: 2,
};

describe("the load's terminal output", () => {
  it("summarises what changed, the rate, the reviews and the first issue", () => {
    const text = formatSummary(summary);
    expect(text).toContain("documents: 10 (2 added, 1 changed, 3 removed, 7 unchanged)");
    expect(text).toContain("200 relationships (100/s)");
    expect(text).toContain("reviews: 1 re-applied, 2 no longer match an edge");
    expect(text).toContain("1 extraction issue(s), e.g. mention m names unknown speaker x");
  });

  it("draws nothing when the output is not a terminal", () => {
    const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
    let written = "";
    (stream as unknown as PassThrough).on("data", (d) => (written += d));
    const bar = loadProgressBar(stream);
    bar.onProgress({ phase: "documents", documentsDone: 1, documentsTotal: 2, mentions: 3, relationships: 4 });
    bar.stop();
    expect(written).toBe("");
  });
});

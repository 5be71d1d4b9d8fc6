/** `npm run export` end to end: the narrative-graph/1 file, and the same per-document extraction limit as the ETL. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { perFile } from "../helpers/per-file.js";
import { openTempDir } from "../helpers/workspace.js";

const exportCli = (out: string, env: Record<string, string> = {}) => runCli("export", ["seeds", out], env);

describe("npm run export", () => {
  const tmp = perFile(() => openTempDir("export"));

  it("writes the seeds as narrative-graph/1", async () => {
    const out = path.join(tmp.path, "full.json");
    const { stderr } = await exportCli(out);
    const graph = JSON.parse(await readFile(out, "utf8"));
    expect(graph.format).toBe("narrative-graph/1");
    expect(graph.documents).toHaveLength(5);
    expect(stderr).not.toMatch(/warning/);
  }, 60_000);

  it("reads claims only from the head of a document longer than EXTRACT_MAX_CHARS, and says which", async () => {
    const out = path.join(tmp.path, "limited.json");
    const { stderr } = await exportCli(out, { EXTRACT_MAX_CHARS: "1500" });
    expect(stderr).toMatch(/^warning: \S+\.txt: long document .*EXTRACT_MAX_CHARS=1500/m);
    const graph = JSON.parse(await readFile(out, "utf8"));
    const mentions = graph.claims.flatMap((c: { mentions: { end: number }[] }) => c.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    expect(Math.max(...mentions.map((m: { end: number }) => m.end))).toBeLessThanOrEqual(1500);
  }, 60_000);
});

/** `npm run export` end to end: the narrative-graph/1 file, and the same per-document extraction limit as the ETL. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/etl-cli.js";

const run = promisify(execFile);
const exportCli = (out: string, env: Record<string, string> = {}) =>
  run(process.execPath, ["--import", "tsx", "server/cli/export.ts", "seeds", out], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
  });

describe("npm run export", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "nne-export-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes the seeds as narrative-graph/1", async () => {
    const out = path.join(dir, "full.json");
    const { stderr } = await exportCli(out);
    const graph = JSON.parse(await readFile(out, "utf8"));
    expect(graph.format).toBe("narrative-graph/1");
    expect(graph.documents).toHaveLength(5);
    expect(stderr).not.toMatch(/warning/);
  }, 60_000);

  it("reads claims only from the head of a document longer than EXTRACT_MAX_CHARS, and says which", async () => {
    const out = path.join(dir, "limited.json");
    const { stderr } = await exportCli(out, { EXTRACT_MAX_CHARS: "1500" });
    expect(stderr).toMatch(/^warning: \S+\.txt: long document .*EXTRACT_MAX_CHARS=1500/m);
    const graph = JSON.parse(await readFile(out, "utf8"));
    const mentions = graph.claims.flatMap((c: { mentions: { end: number }[] }) => c.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    expect(Math.max(...mentions.map((m: { end: number }) => m.end))).toBeLessThanOrEqual(1500);
  }, 60_000);
});

/**
 * manifest.json as an attacker would place it: a link to /etc/passwd once had its first characters
 * quoted in the run's errors, served without a token; the run's corpus named the server's folders.
 */
import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEtl } from "../helpers/etl-cli.js";
import { testNeo4jUri } from "../helpers/neo4j.js";
import { perFile } from "../helpers/per-file.js";
import { openWorkspace } from "../helpers/workspace.js";
import { startApi } from "./api-harness.js";

const workspace = perFile(() => openWorkspace("attack-manifest"));
const api = perFile(() => startApi(workspace.graph, { READ_TOKEN: "" }));

async function corpus(name: string, place: (manifest: string) => Promise<unknown>): Promise<string> {
  const dir = path.join(workspace.tmp, name);
  await mkdir(dir);
  await writeFile(path.join(dir, "a.txt"), "The minister said that the bridge was finished on time.");
  await place(path.join(dir, "manifest.json"));
  return dir;
}

const LAST_RUN = `{ stats { documents lastEtlRun { corpus status errors warnings } } }`;

describe("a hostile manifest through the ETL and the API", () => {
  for (const [name, place] of [
    ["passwd", (m: string) => symlink("/etc/passwd", m)],
    ["zero", (m: string) => symlink("/dev/zero", m)],
    ["fifo", async (m: string) => execFileSync("mkfifo", [m])],
  ] as const) {
    it(`manifest.json as ${name}: the documents load, exit 1, nothing of the file or the server's paths is served`, async () => {
      const dir = await corpus(name, place);
      const run = await startEtl([dir], { NEO4J_URI: testNeo4jUri() }).exited;
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error: manifest\.json: /m);
      const r = await api.gql<{
        stats: {
          documents: number;
          lastEtlRun: { corpus: string; status: string; errors: string[]; warnings: string[] };
        };
      }>(LAST_RUN);
      expect(r.errors).toBeUndefined();
      const served = JSON.stringify(r.data);
      expect(r.data!.stats.lastEtlRun).toMatchObject({ corpus: name, status: "completed" });
      expect(r.data!.stats.lastEtlRun.errors).toEqual([expect.stringMatching(/^manifest\.json: /)]);
      expect(served).not.toMatch(/root|:x:|\/bin\//);
      expect(served).not.toContain(workspace.tmp);
    });
  }
});

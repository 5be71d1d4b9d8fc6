import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../server/gen/index.js";
import { startEtl } from "../helpers/etl-cli.js";
import { testNeo4jUri, wipe } from "../helpers/neo4j.js";
import { perFile } from "../helpers/per-file.js";
import { openWorkspace } from "../helpers/workspace.js";
import { expectSameGraph, snapshot } from "./graph-snapshot.js";

const workspace = perFile(() => openWorkspace("graph-etl"));
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The ETL CLI on the test Neo4j. */
const etl = (args: string[], env: Record<string, string> = {}) => startEtl(args, { NEO4J_URI: testNeo4jUri(), ...env });
const runEtlCli = (args: string[], env?: Record<string, string>) => etl(args, env).exited;

describe("npm run etl", () => {
  it("loads a folder, then after files are changed, added and removed rewrites only those, giving what a clean load gives", async () => {
    const dir = path.join(workspace.tmp, "seeds");
    await cp(path.join(ROOT, "seeds"), dir, { recursive: true });
    const first = await runEtlCli([dir, "--corpus-name", "seeds-copy"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/documents: 5 \(5 added, 0 changed, 0 removed, 0 unchanged\)/);

    const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
    const changed = path.join(dir, files[1]);
    await writeFile(changed, (await readFile(changed, "utf8")).replace(/\.\s/, ". Officials said nothing else. "));
    await rm(path.join(dir, files[2]));
    const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8"));
    manifest.documents = manifest.documents.filter((d: { file: string }) => d.file !== files[2]);
    await writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    await cp(path.join(dir, files[0]), path.join(dir, "copy-of-first.txt"));

    const second = await runEtlCli([dir, "--corpus-name", "seeds-copy"]);
    expect(second.code).toBe(0);
    // The changed file can move mentions of other documents to other claims; those are rewritten too.
    const [, changedDocs, unchanged] =
      /documents: 5 \(1 added, (\d+) changed, 1 removed, (\d+) unchanged\)/.exec(second.stdout) ?? [];
    expect(Number(changedDocs)).toBeGreaterThanOrEqual(1);
    expect(Number(changedDocs) + Number(unchanged)).toBe(4);
    expect(second.stderr).toMatch(/warning: copy-of-first\.txt: not in the manifest/);
    const incremental = await snapshot(workspace.graph);

    await wipe(workspace.graph.driver);
    expect((await runEtlCli([dir, "--corpus-name", "seeds-copy"])).code).toBe(0);
    expectSameGraph(await snapshot(workspace.graph), incremental);
  });

  it("reports a file it cannot read by name, loads the rest, records it on the run and exits 1", async () => {
    const dir = path.join(workspace.tmp, "broken");
    await cp(path.join(ROOT, "seeds"), dir, { recursive: true });
    await writeFile(
      path.join(dir, "broken.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    const result = await runEtlCli([dir, "--corpus-name", "broken"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: broken\.txt: /);
    expect(result.stdout).toMatch(/documents: 5 \(/);
    const [run] = await workspace.graph.read(
      "MATCH (r:EtlRun {corpus: 'broken'}) RETURN r.status AS status, r.errors AS errors",
    );
    expect(run.get("status")).toBe("completed");
    expect(run.get("errors")).toEqual([expect.stringMatching(/^broken\.txt: /)]);
  });

  it("says plainly when Neo4j cannot be reached, without a stack trace, and exits 2", async () => {
    const result = await runEtlCli([path.join(ROOT, "seeds")], {
      NEO4J_URI: "bolt://127.0.0.1:1",
      NEO4J_CONNECT_TIMEOUT_MS: "1000",
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^etl failed: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*npm run neo4j/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a load killed part-way", () => {
  it("re-run, gives the graph a clean load gives", async () => {
    const dir = path.join(workspace.tmp, "gen");
    await generateCorpus({ docs: 400, seed: 11, out: dir });
    await wipe(workspace.graph.driver);
    // Small transactions, so the kill lands between many commits.
    const slow = { ETL_BATCH_ROWS: "100", ETL_CONCURRENCY: "1" };
    const { child, exited } = etl([dir, "--corpus-name", "gen"], slow);
    let written = 0;
    let total = 0;
    while (written === 0) {
      const [run] = await workspace.graph.read(
        "MATCH (r:EtlRun {corpus: 'gen', status: 'running'}) RETURN r.documentsWritten AS w, r.documents AS n",
      );
      if (run) [written, total] = [neo4j.integer.toNumber(run.get("w")), neo4j.integer.toNumber(run.get("n"))];
      const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 25, null))]);
      if (early) throw new Error(`the ETL finished before it could be killed: ${JSON.stringify(early)}`);
    }
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    expect(written).toBeLessThan(total);
    const loaded = await workspace.graph.read(
      "MATCH (d:Document {corpus: 'gen'}) WHERE d.loadHash IS NOT NULL RETURN count(d) AS n",
    );
    expect(neo4j.integer.toNumber(loaded[0].get("n"))).toBeLessThan(total);

    const rerun = await runEtlCli([dir, "--corpus-name", "gen"]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/unchanged\)/);
    const statuses = await workspace.graph.read(
      "MATCH (r:EtlRun {corpus: 'gen'}) RETURN r.status AS s ORDER BY r.startedAt",
    );
    expect(statuses.map((r) => r.get("s"))).toEqual(["interrupted", "completed"]);
    const afterCrash = await snapshot(workspace.graph);

    await wipe(workspace.graph.driver);
    expect((await runEtlCli([dir, "--corpus-name", "gen"])).code).toBe(0);
    expectSameGraph(await snapshot(workspace.graph), afterCrash);
  });
});

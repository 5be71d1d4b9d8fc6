/**
 * Between a crash of the ETL and its re-run the graph holds part of a corpus; the API used to
 * serve it with no sign of that but lastEtlRun.status. Now stats and /health say so until a run
 * of that corpus completes.
 */
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../server/gen/index.js";
import { startEtl } from "../helpers/etl-cli.js";
import { testNeo4jUri } from "../helpers/neo4j.js";
import { perFile } from "../helpers/per-file.js";
import { openWorkspace } from "../helpers/workspace.js";
import { startApi } from "./api-harness.js";

const workspace = perFile(() => openWorkspace("attack-partial"));
const api = perFile(() => startApi(workspace.graph));

const state = async () => {
  const r = await api.gql<{ stats: { loadIncomplete: boolean; incompleteCorpora: string[] } }>(
    `{ stats { loadIncomplete incompleteCorpora } }`,
  );
  const health = (await (await fetch(`${api.url}/health`)).json()) as { graph: string };
  return { ...r.data!.stats, health: health.graph };
};

describe("a load cut off by SIGKILL", () => {
  it("is visible as incomplete in stats and /health until a re-run completes", async () => {
    const dir = path.join(workspace.tmp, "gen");
    await generateCorpus({ docs: 150, seed: 5, out: dir });
    const env = { NEO4J_URI: testNeo4jUri(), ETL_BATCH_ROWS: "20" };
    const { child, exited } = startEtl([dir, "--corpus-name", "gen", "--workers", "1"], env);
    for (;;) {
      const [run] = await workspace.graph.read(
        "MATCH (r:EtlRun {corpus: 'gen', status: 'running'}) RETURN r.documentsWritten AS w",
      );
      if (run && neo4j.integer.toNumber(run.get("w") ?? 0) > 0) break;
      const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 25, null))]);
      if (early) throw new Error(`the ETL finished before it could be killed: ${JSON.stringify(early)}`);
    }
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    expect(await state()).toEqual({ loadIncomplete: true, incompleteCorpora: ["gen"], health: "incomplete" });

    const rerun = await startEtl([dir, "--corpus-name", "gen"], env).exited;
    expect(rerun.code).toBe(0);
    expect(await state()).toEqual({ loadIncomplete: false, incompleteCorpora: [], health: "complete" });
  });
});

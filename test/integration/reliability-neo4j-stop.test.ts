/**
 * Neo4j stopped for real in the middle of `npm run etl`: the run fails with one clear line and
 * exit code 2, and once Neo4j is back the next run finishes the job, giving the graph a clean load
 * gives. Uses a private Neo4j on its own data folder (the shared test server is never stopped).
 *
 * To land the stop mid-load without guessing at timings, the ETL's process group is frozen
 * (SIGSTOP) once the run record shows a batch written, Neo4j is stopped, and the ETL is thawed.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../server/gen/index.js";
import { type Graph, openGraph } from "../../server/graph/driver.js";
import { type LocalNeo4j, startLocalNeo4j } from "../../server/neo4j-local/launcher.js";
import { freePort } from "../../server/neo4j-local/ports.js";
import { runEtl } from "../../server/pipeline.js";
import { type RunningEtl, startEtl } from "../helpers/etl-cli.js";
import { wipe } from "../helpers/neo4j.js";
import { expectSameGraph, snapshot } from "./graph-snapshot.js";

const CORPUS = "stopped";
/** Small write transactions, so the load spans many commits; a short retry window, so the failure comes quickly. */
const ETL_ENV = { ETL_BATCH_ROWS: "50", ETL_CONCURRENCY: "1", NEO4J_RETRY_TIMEOUT_MS: "2000" };

describe("Neo4j stopped in the middle of an ETL run", () => {
  let tmp: string;
  let corpusDir: string;
  let boltPort: number;
  let server: LocalNeo4j | undefined;
  let graph: Graph | undefined;
  let running: RunningEtl | undefined;

  const startServer = async () => {
    server = await startLocalNeo4j({
      boltPort,
      httpPort: 0,
      dataDir: path.join(tmp, "neo4j"),
      heap: "512m",
      pageCache: "64m",
    });
    graph = await openGraph({ uri: server.uri });
  };
  const stopServer = async () => {
    await graph?.close();
    graph = undefined;
    await server?.stop();
    server = undefined;
  };
  const etlCli = () => startEtl([corpusDir, "--corpus-name", CORPUS], { NEO4J_URI: server!.uri, ...ETL_ENV });
  const etlHere = () => runEtl(corpusDir, { corpus: CORPUS, graph });
  const num = (v: unknown) => neo4j.integer.toNumber(v as number);
  const runs = async () =>
    (
      await graph!.read(
        "MATCH (r:EtlRun {corpus: $corpus}) RETURN r.status AS status, r.documentsWritten AS written, r.documents AS total ORDER BY r.startedAt",
        { corpus: CORPUS },
      )
    ).map((r) => ({ status: r.get("status") as string, written: num(r.get("written")), total: num(r.get("total")) }));
  const loadedDocuments = async () =>
    num(
      (
        await graph!.read("MATCH (d:Document {corpus: $corpus}) WHERE d.loadHash IS NOT NULL RETURN count(d) AS n", {
          corpus: CORPUS,
        })
      )[0].get("n"),
    );

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "nne-reliability-stop-"));
    corpusDir = path.join(tmp, "corpus");
    boltPort = await freePort();
    // Few enough documents to be read on one thread, enough to make many small write transactions.
    await Promise.all([generateCorpus({ docs: 150, seed: 23, out: corpusDir }), startServer()]);
  });

  afterAll(async () => {
    // A failed assertion must not leave a frozen ETL behind.
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      process.kill(-running.child.pid!, "SIGKILL");
      await running.exited;
    }
    await stopServer();
    await rm(tmp, { recursive: true, force: true });
  });

  // Two Neo4j starts and three loads: on a busy 2-core machine this takes minutes.
  it("fails with one clear line and exit code 2, and the next run finishes the load", {
    timeout: 400_000,
  }, async () => {
    running = etlCli();
    const { child, exited } = running;
    const writtenSoFar = async () => (await runs()).find((r) => r.status === "running")?.written ?? 0;
    while ((await writtenSoFar()) === 0) {
      const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 25, null))]);
      if (early) throw new Error(`the ETL finished before Neo4j could be stopped: ${JSON.stringify(early)}`);
    }
    process.kill(-child.pid!, "SIGSTOP");
    const [frozen] = await runs();
    expect(frozen.status).toBe("running");
    expect(frozen.written).toBeGreaterThan(0);
    expect(frozen.written).toBeLessThan(frozen.total);

    await stopServer();
    const resumed = Date.now();
    process.kill(-child.pid!, "SIGCONT");
    const failed = await exited;
    // The retry window is 2 s: the ETL gives up soon after it, it does not hang.
    expect(Date.now() - resumed).toBeLessThan(30_000);
    expect(failed.code).toBe(2);
    const message = failed.stderr.trim();
    expect(message.split("\n")).toHaveLength(1);
    const [, stated, , inFlight] =
      /^etl failed: Neo4j became unreachable during the load \(.+\); (\d+) of (\d+) documents are stored as this run read them \(\d+ already were, \d+ written(?:, and up to (\d+) more in the batch being written when it stopped)?\); the graph is incomplete until the next run\. Run the load again once Neo4j is back/.exec(
        message,
      ) ?? [];
    expect(stated).toBeDefined();
    expect(failed.stderr).not.toMatch(/\n\s+at |Error:/);

    await startServer();
    const kept = await loadedDocuments();
    expect(kept).toBeGreaterThan(0);
    // what the message said, give or take the batch whose commit may have landed unacknowledged
    expect(kept).toBeGreaterThanOrEqual(Number(stated));
    expect(kept).toBeLessThanOrEqual(Number(stated) + Number(inFlight ?? 0));
    expect(kept).toBeLessThan(frozen.total);

    const rerun = await etlHere();
    expect(rerun.failed).toBe(false);
    expect(rerun.summary.documents).toEqual({
      total: frozen.total,
      added: frozen.total - kept,
      changed: 0,
      removed: 0,
      unchanged: kept,
    });
    expect((await runs()).map((r) => r.status)).toEqual(["interrupted", "completed"]);
    expect(await loadedDocuments()).toBe(frozen.total);
    const afterStop = await snapshot(graph!);

    await wipe(graph!.driver);
    await etlHere();
    expectSameGraph(await snapshot(graph!), afterStop);
  });
});

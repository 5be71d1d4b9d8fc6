/**
 * A word that once stopped everything: "constructor" in a document made extraction throw, the ETL
 * exit 2 with nothing loaded, and ingest answer INTERNAL_SERVER_ERROR.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Graph, graphOf } from "../../server/graph/driver.js";
import { startEtl } from "../helpers/etl-cli.js";
import { testDriver, testNeo4jUri, wipe } from "../helpers/neo4j.js";
import { API_TOKEN, bearer, type RunningApi, startApi } from "./api-harness.js";

let driver: Driver;
let graph: Graph;
let api: RunningApi;
let tmp: string;

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  graph = graphOf(driver);
  api = await startApi(graph);
  tmp = await mkdtemp(path.join(os.tmpdir(), "nne-attack-extraction-"));
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
  await rm(tmp, { recursive: true, force: true });
});

const WORDY =
  "The minister said that the constructor finished the bridge on time. The constructor's chief said __proto__ and toString were fine.";

describe("a document full of Object.prototype names", () => {
  it("loads with the rest of its corpus through the ETL, exit 0", async () => {
    const dir = path.join(tmp, "corpus");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(path.join(dir, "a.txt"), WORDY);
    await writeFile(path.join(dir, "b.txt"), "The union denied that the bridge was finished on time.");
    const run = await startEtl([dir, "--corpus-name", "prototype-words"], { NEO4J_URI: testNeo4jUri() }).exited;
    expect(run.stderr).not.toMatch(/^error/m);
    expect(run.code).toBe(0);
    const r = await api.gql<{ documents: { nodes: { file: string; highlights: { evidence: string }[] }[] } }>(
      `{ documents(first: 10) { nodes { file highlights { evidence } } } }`,
    );
    const files = r.data!.documents.nodes.map((d) => d.file).sort();
    expect(files).toEqual(["a.txt", "b.txt"]);
    expect(
      r
        .data!.documents.nodes.find((d) => d.file === "a.txt")!
        .highlights.map((h) => h.evidence)
        .join(" "),
    ).toMatch(/constructor/);
  });

  it("ingests over HTTP and answers normally", async () => {
    const r = await api.gql<{
      ingest: { run: { status: string }; documents: { file: string }[]; problems: unknown[] };
    }>(
      `mutation($d: [IngestDocument!]!) { ingest(documents: $d) { run { status } documents { file } problems { file message } } }`,
      {
        d: [
          { file: "constructor.txt", text: WORDY, source: "constructor" },
          { file: "valueOf.txt", text: "valueOf said hasOwnProperty was isPrototypeOf.", source: "__proto__" },
        ],
      },
      bearer(API_TOKEN),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest.run.status).toBe("completed");
    expect(r.data!.ingest.documents.map((d) => d.file)).toEqual(["constructor.txt", "valueOf.txt"]);
  });
});

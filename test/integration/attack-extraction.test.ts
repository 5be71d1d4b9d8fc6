/**
 * A word that once stopped everything: "constructor" in a document made extraction throw, the ETL
 * exit 2 with nothing loaded, and ingest answer INTERNAL_SERVER_ERROR.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEtl } from "../helpers/etl-cli.js";
import { testNeo4jUri } from "../helpers/neo4j.js";
import { perFile } from "../helpers/per-file.js";
import { openWorkspace } from "../helpers/workspace.js";
import { API_TOKEN, bearer, startApi } from "./api-harness.js";

const workspace = perFile(() => openWorkspace("attack-extraction"));
const api = perFile(() => startApi(workspace.graph));

const WORDY =
  "The minister said that the constructor finished the bridge on time. The constructor's chief said __proto__ and toString were fine.";

describe("a document full of Object.prototype names", () => {
  it("loads with the rest of its corpus through the ETL, exit 0", async () => {
    const dir = path.join(workspace.tmp, "corpus");
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

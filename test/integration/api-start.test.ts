/**
 * `npm start` as a user runs it (server/cli/start.ts in a child process): it loads seeds/ into an
 * empty database, serves the API, and on SIGTERM finishes the request in flight before it exits.
 */
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { testDriver, testNeo4jUri, wipe } from "../helpers/neo4j.js";
import { API_TOKEN } from "./api-harness.js";

let child: ChildProcess;
let output = "";
let url: string;
const exited = () =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );

/** Runs server/cli/start.ts as `npm start` does, against the test Neo4j, and waits for its address. */
async function start(): Promise<void> {
  output = "";
  child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(projectRoot, "server", "cli", "start.ts"), "--no-build", "--port", "0"],
    {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: testNeo4jUri(), API_TOKEN, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 240_000);
    const check = () => {
      const found = /Narrative Network Explorer: (http:\/\/\S+?)\/\s/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  const driver = testDriver();
  await wipe(driver);
  await driver.close();
  await start();
});

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGKILL");
    await exited();
  }
});

/** A request on a connection of its own (no keep-alive reuse), as a new client would make it. */
function postOnNewConnection(query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: "POST", agent: false, headers: { "content-type": "application/json" } },
      (response) => {
        let body = "";
        response.on("data", (d) => (body += d));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify({ query }));
  });
}

const gql = (query: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });

const COUNTS = "{ stats { documents claims mentions } }";
type Counts = { data: { stats: { documents: number; claims: number; mentions: number } } };
let firstCounts: Counts["data"]["stats"];

describe("npm start", () => {
  it("loads seeds/ into an empty database and serves GraphQL", async () => {
    expect(output).toMatch(/database is empty: loading seeds/);
    const response = await gql("{ stats { documents claims lastEtlRun { status } } }");
    const body = (await response.json()) as {
      data: { stats: { documents: number; claims: number; lastEtlRun: { status: string } } };
    };
    expect(body.data.stats.documents).toBeGreaterThan(0);
    expect(body.data.stats.claims).toBeGreaterThan(0);
    expect(body.data.stats.lastEtlRun.status).toBe("completed");
    expect(output).toMatch(/Mutations: enabled/);
    expect(output).not.toContain(API_TOKEN);
    firstCounts = ((await (await gql(COUNTS)).json()) as Counts).data.stats;
    expect(firstCounts.mentions).toBeGreaterThan(0);
  });

  it("finishes the request in flight on SIGTERM, then exits cleanly, leaving a Neo4j it did not start running", async () => {
    const inFlight = postOnNewConnection("{ claims(first: 50) { nodes { id text travel { order } } } }");
    await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((JSON.parse(response.body) as { errors?: unknown }).errors, response.body.slice(0, 500)).toBeUndefined();
    expect(await exited()).toBe(0);
    expect(output).toMatch(/SIGTERM: shutting down/);
    await expect(fetch(`${url}/health`)).rejects.toThrow();

    const driver = testDriver();
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }
  });

  it("keeps the data across a restart and does not load the seeds twice", async () => {
    // the previous test stopped the server; the data it loaded is still in Neo4j
    await start();
    try {
      expect(output).not.toMatch(/database is empty: loading seeds/);
      const after = (await (await gql(COUNTS)).json()) as Counts;
      expect(after.data.stats).toEqual(firstCounts);
    } finally {
      child.kill("SIGTERM");
      await exited();
    }
  });
});

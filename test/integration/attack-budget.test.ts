/**
 * One client cannot saturate the server: past its parallel requests or its server time it hears
 * 429 while another client is still answered at once. And a document's text comes in slices.
 */
import http from "node:http";
import { describe, expect, it } from "vitest";
import { perFile } from "../helpers/per-file.js";
import { seededGraph, startApi } from "./api-harness.js";

const graph = perFile(seededGraph);
const api = perFile(() =>
  startApi(graph, {
    RATE_LIMIT_MAX: "100000",
    RATE_LIMIT_PARALLEL: "2",
    RATE_LIMIT_TIME_MS: "1500",
    RESPONSE_CACHE_MB: "0",
  }),
);

/** A GraphQL POST from a given loopback address (each is its own client to the server). */
function post<T = unknown>(
  from: string,
  query: string,
): Promise<{ status: number; ms: number; body: { data?: T; errors?: { extensions: { code: string } }[] } }> {
  const started = Date.now();
  const url = new URL(`${api.url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: from,
        headers: { "content-type": "application/json" },
        agent: false,
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode!, ms: Date.now() - started, body: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query }));
  });
}

const EXPENSIVE = `{ graph(limit: 500, depth: 3) { nodes { id label } edges { id source target } } }`;
const CHEAP = `{ stats { documents } }`;

describe("per-client budget", () => {
  it("a client flooding expensive queries is refused past its share; another is answered within 1 s", async () => {
    const flood = Promise.all(Array.from({ length: 40 }, () => post("127.0.0.1", EXPENSIVE)));
    await new Promise((r) => setTimeout(r, 200));
    const cheap = await post("127.0.0.2", CHEAP);
    const flooded = await flood;
    expect(cheap.status).toBe(200);
    expect(cheap.ms).toBeLessThan(1_000);
    const refused = flooded.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.body.errors!.map((e) => e.extensions.code)).toEqual(["RATE_LIMITED"]);
    expect(flooded.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    // the other client's budget is its own
    expect((await post("127.0.0.2", CHEAP)).status).toBe(200);
  });
});

describe("document text in slices", () => {
  it("text(start, length) is that slice of the whole, textLength its size; a slice past the cap is refused", async () => {
    const r = await post<{
      documents: { nodes: { id: string; text: string; textLength: number; head: string; tail: string }[] };
    }>(
      "127.0.0.3",
      `{ documents(first: 3) { nodes { id text textLength head: text(length: 40) tail: text(start: 100, length: 50) } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    for (const d of r.body.data!.documents.nodes) {
      expect(d.textLength).toBe(d.text.length);
      expect(d.head).toBe(d.text.slice(0, 40));
      expect(d.tail).toBe(d.text.slice(100, 150));
    }
    const big = await post("127.0.0.3", `{ documents(first: 1) { nodes { text(length: 1000001) } } }`);
    expect(big.status).toBe(400);
    expect(big.body.errors!.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });
});

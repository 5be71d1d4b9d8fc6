/**
 * The API's guards over HTTP: query limits (depth, cost, aliases, tokens, directives, page caps),
 * request size, rate limiting, introspection switch, security headers (CSP), CORS, errors without
 * stack traces, /health, and the static files (explorer without external URLs, SPA fallback).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { perFile } from "../helpers/per-file.js";
import { openTempDir } from "../helpers/workspace.js";
import { buildExplorer } from "./api-explorer-build.js";
import { codes, seededGraph, startApi } from "./api-harness.js";

const graph = perFile(seededGraph);
/** A stand-in for the built client: its page and one script. */
const client = perFile(async () => {
  const dir = await openTempDir("api-client");
  await mkdir(path.join(dir.path, "assets"));
  await writeFile(
    path.join(dir.path, "index.html"),
    "<!doctype html><title>client</title><script type=module src=/assets/app.js></script>",
  );
  await writeFile(path.join(dir.path, "assets", "app.js"), "console.log('client')");
  return dir;
});
const explorer = perFile(buildExplorer);
const api = perFile(() => startApi(graph, {}, { clientDir: client.path, explorerDir: explorer.path }));

const refused = async (query: string, message: RegExp, code = "BAD_USER_INPUT") => {
  const r = await api.gql(query);
  expect(r.status).toBe(400);
  expect(codes(r)).toContain(code);
  expect(r.errors!.map((e) => e.message).join(" ")).toMatch(message);
  expect(r.data ?? null).toBeNull();
};

describe("query limits", () => {
  it("refuses a query nested too deep", async () => {
    await refused(
      `{ claims { nodes { mentions { claim { mentions { claim { mentions { claim { mentions { id } } } } } } } } } }`,
      /depth limit/i,
    );
  });

  it("counts the fields inside fragments: nesting hidden in fragments is refused too", async () => {
    await refused(
      `{ claims { nodes { ...A } } }
       fragment A on Claim { mentions { claim { ...B } } }
       fragment B on Claim { mentions { claim { ...C } } }
       fragment C on Claim { mentions { claim { mentions { id } } } }`,
      /depth limit/i,
    );
  });

  it("refuses too many aliases", async () => {
    await refused(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { documents }`).join(" ")} }`,
      /aliases limit/i,
    );
  });

  it("refuses a query too costly to run", async () => {
    await refused(
      `{ claims(first: 100) { nodes { mentions { document { source { documents(first: 100) { highlights { claim { text } } } } } } } } }`,
      /cost limit/i,
    );
  });

  it("refuses too many tokens and too many directives", async () => {
    await refused(
      `{ claims(filter: { actorIds: [${Array(2_100).fill('"act-a"').join(",")}] }) { totalCount } }`,
      /2000 tokens/i,
      "GRAPHQL_PARSE_FAILED",
    );
    await refused(`{ stats ${Array(25).fill("@include(if: true)").join(" ")} { documents } }`, /directives limit/i);
  });

  it("caps pages at 100 and lists at their bounds", async () => {
    expect(codes(await api.gql(`{ claims(first: 101) { totalCount } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.gql(`{ documents(first: 100000) { totalCount } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.gql(`{ actors { nodes { asserted(first: 500) { id } } } }`))).toContain("BAD_USER_INPUT");
    expect((await api.gql(`{ claims(first: 100) { totalCount } }`)).errors).toBeUndefined();
  });

  it("refuses batched requests", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ stats { documents } }" }, { query: "{ stats { claims } }" }]),
    });
    expect(response.status).toBe(400);
  });
});

describe("request guards", () => {
  it("refuses a body larger than the limit with 413", async () => {
    const small = await startApi(graph, { BODY_LIMIT: "10kb" });
    try {
      const response = await fetch(`${small.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { documents } }", variables: { pad: "x".repeat(20_000) } }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
      expect(body.errors[0].message).toMatch(/larger than the limit/);
    } finally {
      await small.close();
    }
  });

  it("answers malformed JSON with 400 and no stack", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/not valid JSON/);
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("rate-limits /graphql per client", async () => {
    const limited = await startApi(graph, { RATE_LIMIT_MAX: "3", RATE_LIMIT_WINDOW_MS: "60000" });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.gql(`{ stats { documents } }`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const r = await limited.gql(`{ stats { documents } }`);
      expect(codes(r)).toEqual(["RATE_LIMITED"]);
      expect(r.headers.get("ratelimit-policy") ?? r.headers.get("ratelimit")).toBeTruthy();
      expect((await fetch(`${limited.url}/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("turns introspection off when configured", async () => {
    expect((await api.gql(`{ __schema { queryType { name } } }`)).data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
    const closed = await startApi(graph, { GRAPHQL_INTROSPECTION: "false" });
    try {
      const r = await closed.gql(`{ __schema { queryType { name } } }`);
      expect(r.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await closed.close();
    }
  });

  it("never sends stack traces or internals outside development", async () => {
    const r = await api.gql(`{ claim(id: "clm-x") { idd } }`);
    expect(r.status).toBe(400);
    const text = JSON.stringify(r.errors);
    expect(text).not.toMatch(/stacktrace|node_modules|Did you mean/);
  });
});

describe("security headers and CORS", () => {
  it("sends a Content-Security-Policy that allows only this origin", async () => {
    for (const url of [`${api.url}/graphql`, `${api.url}/`, `${api.url}/health`]) {
      const response = await fetch(url, { headers: { accept: "text/html" } });
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/connect-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/https?:|\*/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("keeps CORS closed by default and opens it only to CORS_ORIGINS", async () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    expect((await preflight(api.url, "http://evil.test")).headers.get("access-control-allow-origin")).toBeNull();
    const open = await startApi(graph, { CORS_ORIGINS: "http://allowed.test" });
    try {
      expect((await preflight(open.url, "http://allowed.test")).headers.get("access-control-allow-origin")).toBe(
        "http://allowed.test",
      );
      expect((await preflight(open.url, "http://evil.test")).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe("health and static files", () => {
  it("reports Neo4j reachable", async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", neo4j: "up" });
  });

  it("serves the explorer to browsers at GET /graphql, with no external URL", async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/explorer\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const file = await fetch(`${api.url}${asset}`);
      expect(file.status, asset).toBe(200);
      const body = await file.text();
      // No stylesheet, font or script pulled from elsewhere.
      expect(body, asset).not.toMatch(/@import\s+url\(["']?https?:|url\(["']?https?:\/\/|import\(["']https?:/);
    }
  });

  it("still answers GraphQL over GET for API clients", async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ stats { documents } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { stats: { documents: number } } }).data.stats.documents,
    ).toBeGreaterThan(0);
  });

  it("serves the client's files and falls back to index.html for client routes", async () => {
    const asset = await fetch(`${api.url}/assets/app.js`);
    expect(await asset.text()).toBe("console.log('client')");
    for (const route of ["/", "/claims/clm-123", "/network?x=1"]) {
      const page = await fetch(`${api.url}${route}`, { headers: { accept: "text/html" } });
      expect(page.status, route).toBe(200);
      expect(await page.text()).toContain("<title>client</title>");
    }
    expect((await fetch(`${api.url}/assets/missing.js`)).status).toBe(404);
  });

  it("says how to build the client when it is not built", async () => {
    const bare = await startApi(graph, {}, { clientDir: path.join(client.path, "nothing-here") });
    try {
      const page = await fetch(`${bare.url}/`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(404);
      expect(await page.text()).toMatch(/npm run build/);
    } finally {
      await bare.close();
    }
  });
});

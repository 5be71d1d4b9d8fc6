/**
 * Every request the client sends (the generated documents of client/src/api/operations.graphql),
 * as sent, against the real API and its query limits: each is answered without an error. The
 * client's fragments nest three deep; the depth limit must count their fields, not the spreads.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as generated from "../../client/src/api/schema-types.generated.js";
import { perFile } from "../helpers/per-file.js";
import { seededGraph, startApi } from "./api-harness.js";

let ids: { claim: string; actor: string; source: string };

const graph = perFile(seededGraph);
const api = perFile(() => startApi(graph));

beforeAll(async () => {
  const first = await api.gql<{
    claims: { nodes: Array<{ id: string }> };
    actors: { nodes: Array<{ id: string }> };
    sources: { nodes: Array<{ id: string }> };
  }>(`{ claims(first: 1) { nodes { id } } actors(first: 1) { nodes { id } } sources(first: 1) { nodes { id } } }`);
  const d = first.data;
  ids = {
    claim: d?.claims.nodes[0].id ?? "",
    actor: d?.actors.nodes[0].id ?? "",
    source: d?.sources.nodes[0].id ?? "",
  };
});

/** The variables each operation needs to ask about something the seeded graph holds. */
function variablesFor(name: string): Record<string, unknown> {
  if (/^(Travel|TravelSteps|ClaimEvidence|ClaimMentions)$/.test(name)) return { id: ids.claim, first: 10 };
  if (name === "Actor") return { id: ids.actor };
  if (/^(Source|Citing)$/.test(name)) return { id: ids.source };
  return {};
}

const documents = Object.entries(generated)
  .filter((e): e is [string, string] => e[0].endsWith("Document") && typeof e[1] === "string")
  .map(([key, query]) => ({ name: key.slice(0, -"Document".length), query }));

describe("the client's requests", () => {
  it("are all found in the generated module", () => {
    expect(documents.map((d) => d.name)).toEqual(expect.arrayContaining(["Claims", "Travel", "Graph"]));
  });

  it.each(documents)("$name is answered without an error", async ({ name, query }) => {
    const r = await api.gql<Record<string, unknown>>(query, variablesFor(name));
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.status).toBe(200);
    for (const value of Object.values(r.data ?? {})) expect(value).not.toBeNull();
  });
});

/**
 * The mutations over HTTP: the token rules (none / wrong / right, mutations disabled without
 * API_TOKEN, reads behind READ_TOKEN), reviewEdge's three decisions and their effect on what the
 * queries return, and ingest through the real read → extract → load path.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { perFile } from "../helpers/per-file.js";
import { API_TOKEN, bearer, codes, seededGraph, startApi } from "./api-harness.js";

const auth = bearer(API_TOKEN);

interface Mention {
  id: string;
  stance: string;
  actor: { id: string };
  review: { decision: string; note: string | null; actor: { id: string } | null } | null;
}

const CLAIM = `query($id: ID!) { claim(id: $id) { id assertedCount deniedCount mentions { id stance actor { id } review { decision note actor { id } } } } }`;
const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $actorId: ID, $note: String) {
  reviewEdge(id: $id, decision: $decision, actorId: $actorId, note: $note) { id edge decision note at actor { id } } }`;

async function claimOf(id: string) {
  const r = await api.gql<{ claim: { id: string; assertedCount: number; deniedCount: number; mentions: Mention[] } }>(
    CLAIM,
    { id },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.claim;
}

/** The claims with the most mentions, so a review leaves something to look at. */
async function busiestClaims(): Promise<string[]> {
  const r = await api.gql<{ claims: { nodes: { id: string; assertedCount: number; deniedCount: number }[] } }>(
    `{ claims(first: 100) { nodes { id assertedCount deniedCount } } }`,
  );
  return r
    .data!.claims.nodes.sort((a, b) => b.assertedCount + b.deniedCount - (a.assertedCount + a.deniedCount))
    .map((c) => c.id);
}

const graph = perFile(seededGraph);
const api = perFile(() => startApi(graph));

describe("auth on mutations", () => {
  let edge: string;
  beforeAll(async () => {
    const [claim] = await busiestClaims();
    edge = (await claimOf(claim)).mentions[0].id;
  });

  it("refuses a mutation without a token, or with a wrong one, with 401 UNAUTHENTICATED", async () => {
    for (const headers of [
      {},
      bearer("wrong-token-0123456789abcdef"),
      bearer(API_TOKEN.slice(0, -1)),
      { authorization: API_TOKEN },
      bearer(API_TOKEN + "x"),
    ]) {
      const r = await api.gql(REVIEW, { id: edge, decision: "CONFIRM" }, headers);
      expect(r.status).toBe(401);
      expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
      expect(r.errors![0].message).toMatch(/Authorization: Bearer/);
    }
    expect((await api.gql(`{ stats { reviews } }`)).data).toEqual({ stats: { reviews: 0 } });
  });

  it("accepts the right token", async () => {
    const r = await api.gql<{ reviewEdge: { edge: string; decision: string } }>(
      REVIEW,
      { id: edge, decision: "CONFIRM" },
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reviewEdge).toMatchObject({ edge, decision: "CONFIRM" });
  });

  it("disables mutations with a clear error when the server has no API_TOKEN", async () => {
    const open = await startApi(graph, { API_TOKEN: "" });
    try {
      const r = await open.gql(REVIEW, { id: edge, decision: "CONFIRM" }, auth);
      expect(r.status).toBe(403);
      expect(codes(r)).toEqual(["FORBIDDEN"]);
      expect(r.errors![0].message).toMatch(/API_TOKEN/);
      expect((await open.gql(`{ stats { documents } }`)).errors).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it("asks for a token on reads too when READ_TOKEN is set", async () => {
    const readToken = "test-read-token-0123456789abcdef";
    const guarded = await startApi(graph, { READ_TOKEN: readToken });
    try {
      const anonymous = await guarded.gql(`{ stats { documents } }`);
      expect(anonymous.status).toBe(401);
      expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
      expect(codes(await guarded.gql(`{ stats { documents } }`, {}, bearer("wrong-token-0123456789abcdef")))).toEqual([
        "UNAUTHENTICATED",
      ]);
      expect((await guarded.gql(`{ stats { documents } }`, {}, bearer(readToken))).errors).toBeUndefined();
      expect((await guarded.gql(`{ stats { documents } }`, {}, auth)).errors).toBeUndefined();
      const write = await guarded.gql(REVIEW, { id: edge, decision: "CONFIRM" }, bearer(readToken));
      expect(codes(write)).toEqual(["UNAUTHENTICATED"]);
    } finally {
      await guarded.close();
    }
  });
});

describe("reviewEdge", () => {
  let claims: string[];
  beforeAll(async () => {
    claims = await busiestClaims();
  });

  it("REJECT hides the edge from the claim and its counts, and records who decided what", async () => {
    const before = await claimOf(claims[1]);
    const target = before.mentions[0];
    const r = await api.gql<{ reviewEdge: { id: string; edge: string; decision: string; note: string; at: string } }>(
      REVIEW,
      { id: target.id, decision: "REJECT", note: "the quote is the reporter's paraphrase" },
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reviewEdge).toMatchObject({
      edge: target.id,
      decision: "REJECT",
      note: "the quote is the reporter's paraphrase",
    });
    expect(Number.isNaN(Date.parse(r.data!.reviewEdge.at))).toBe(false);

    const after = await claimOf(claims[1]);
    expect(after.mentions.map((m) => m.id)).not.toContain(target.id);
    const count = (c: typeof before) => c.assertedCount + c.deniedCount;
    expect(count(after)).toBe(count(before) - 1);
    expect(after.mentions).toHaveLength(before.mentions.length - 1);
  });

  it("REATTRIBUTE moves the edge to another actor; CONFIRM keeps it", async () => {
    const claim = await claimOf(claims[2]);
    const target = claim.mentions[0];
    const other = (
      await api.gql<{ actors: { nodes: { id: string }[] } }>(`{ actors(first: 100) { nodes { id } } }`)
    ).data!.actors.nodes.find((a) => a.id !== target.actor.id)!;
    const r = await api.gql<{ reviewEdge: { actor: { id: string }; decision: string } }>(
      REVIEW,
      { id: target.id, decision: "REATTRIBUTE", actorId: other.id },
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reviewEdge).toEqual({
      id: expect.any(String),
      edge: target.id,
      decision: "REATTRIBUTE",
      note: null,
      at: expect.any(String),
      actor: { id: other.id },
    });
    const moved = (await claimOf(claims[2])).mentions.find((m) => m.id === target.id)!;
    expect(moved.actor.id).toBe(other.id);
    expect(moved.review).toEqual({ decision: "REATTRIBUTE", note: null, actor: { id: other.id } });

    const confirmed = await api.gql(REVIEW, { id: target.id, decision: "CONFIRM" }, auth);
    expect(confirmed.errors).toBeUndefined();
    const kept = (await claimOf(claims[2])).mentions.find((m) => m.id === target.id)!;
    expect(kept.review?.decision).toBe("CONFIRM");
  });

  it("refuses bad reviews with a clear error", async () => {
    const edge = (await claimOf(claims[0])).mentions[0].id;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ id: edge, decision: "REATTRIBUTE" }, "BAD_USER_INPUT", /actorId/],
      [{ id: edge, decision: "REATTRIBUTE", actorId: "act-does-not-exist" }, "NOT_FOUND", /act-does-not-exist/],
      [{ id: "men-does-not-exist", decision: "CONFIRM" }, "NOT_FOUND", /men-does-not-exist/],
      [{ id: "men-1 OR 1=1", decision: "CONFIRM" }, "BAD_USER_INPUT", /id/],
      [{ id: edge, decision: "CONFIRM", note: "n".repeat(2_001) }, "BAD_USER_INPUT", /note/],
    ];
    for (const [variables, code, message] of cases) {
      const r = await api.gql(REVIEW, variables, auth);
      expect(codes(r), JSON.stringify(variables)).toEqual([code]);
      expect(r.errors![0].message).toMatch(message);
    }
    expect(codes(await api.gql(REVIEW, { id: edge, decision: "MAYBE" }, auth))).toEqual(["BAD_USER_INPUT"]);
  });

  it("counts reviews in stats, one per reviewed edge (a new decision on an edge replaces its review)", async () => {
    const reviews = async () =>
      (await api.gql<{ stats: { reviews: number } }>("{ stats { reviews } }")).data!.stats.reviews;
    const before = await reviews();
    // an edge no earlier test reviewed: the last mention of the least busy of the busiest claims
    const claims = await busiestClaims();
    const mentions = (await claimOf(claims[claims.length - 1])).mentions;
    const edge = mentions[mentions.length - 1].id;
    expect((await api.gql(REVIEW, { id: edge, decision: "CONFIRM", note: "counted" }, auth)).errors).toBeUndefined();
    expect(await reviews()).toBe(before + 1);
    expect(
      (await api.gql(REVIEW, { id: edge, decision: "REJECT", note: "second thoughts" }, auth)).errors,
    ).toBeUndefined();
    expect(await reviews()).toBe(before + 1);
  });
});

describe("ingest", () => {
  const INGEST = `mutation($documents: [IngestDocument!]!) { ingest(documents: $documents) {
    run { id corpus status documents errors warnings }
    documents { id file title publishedAt url language source { id name kind } text highlights { start end evidence stance actor { name } } }
    problems { file severity message } } }`;
  const upload = [
    {
      file: "uploads/harbour.txt",
      text:
        "Port officials said on Monday that the harbour would reopen to cargo ships in March.\n\n" +
        "The shipping union denied that the harbour would reopen in March, according to its spokesperson.\n",
      source: "Coastal Gazette",
      sourceKind: "newspaper",
      country: "Nowhere",
      publishedAt: "2024-02-05T08:00:00Z",
      url: "https://example.org/harbour",
      title: "Harbour to reopen",
      language: "en",
    },
    {
      file: "uploads/harbour-wire.html",
      text: "<html><head><title>Wire: harbour</title></head><body><p>The harbour will reopen to cargo ships in March, port officials said.</p></body></html>",
      source: "Harbour Wire",
      sourceKind: "news agency",
      publishedAt: "2024-02-05",
    },
  ];

  it("needs the token", async () => {
    const r = await api.gql(INGEST, { documents: upload });
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
  });

  it("loads documents through read → extract → load, then serves them like any other", async () => {
    const before = (await api.gql<{ stats: { documents: number } }>(`{ stats { documents } }`)).data!.stats.documents;
    const r = await api.gql<{
      ingest: {
        run: { id: string; corpus: string; status: string; documents: number; errors: string[] };
        documents: {
          id: string;
          file: string;
          title: string;
          text: string;
          source: { name: string; kind: string };
          publishedAt: string;
          highlights: { start: number; end: number; evidence: string }[];
        }[];
        problems: unknown[];
      };
    }>(INGEST, { documents: upload }, auth);
    expect(r.errors).toBeUndefined();
    const { run, documents } = r.data!.ingest;
    expect(run).toMatchObject({ status: "completed", documents: 2, errors: [] });
    expect(documents.map((d) => d.file)).toEqual(upload.map((u) => u.file));
    expect(documents[0]).toMatchObject({
      title: "Harbour to reopen",
      text: upload[0].text,
      source: { name: "Coastal Gazette", kind: "newspaper" },
      publishedAt: "2024-02-05T08:00:00.000Z",
    });
    // HTML is stored as same-length text: offsets index the file as uploaded.
    expect(documents[1].text).toHaveLength(upload[1].text.length);
    expect(documents[1].title).toBe("Wire: harbour");
    const highlights = documents.flatMap((d) => d.highlights.map((h) => ({ ...h, text: d.text })));
    expect(highlights.length).toBeGreaterThan(0);
    for (const h of highlights) expect(h.text.slice(h.start, h.end)).toBe(h.evidence);

    const after = (
      await api.gql<{ stats: { documents: number; lastEtlRun: { id: string } } }>(
        `{ stats { documents lastEtlRun { id } } }`,
      )
    ).data!.stats;
    expect(after.documents).toBe(before + 2);
    expect(after.lastEtlRun.id).toBe(run.id);
    const found = await api.gql<{ claims: { totalCount: number } }>(
      `{ claims(filter: { search: "harbour reopen" }) { totalCount } }`,
    );
    expect(found.data!.claims.totalCount).toBeGreaterThan(0);
  });

  it("sending the same upload again changes nothing", async () => {
    const before = (
      await api.gql<{ stats: { documents: number; claims: number; mentions: number } }>(
        `{ stats { documents claims mentions } }`,
      )
    ).data!.stats;
    const r = await api.gql(INGEST, { documents: upload }, auth);
    expect(r.errors).toBeUndefined();
    expect((await api.gql(`{ stats { documents claims mentions } }`)).data).toEqual({ stats: before });
  });

  it("refuses a bad upload naming the document and field, and loads nothing", async () => {
    const before = (await api.gql<{ stats: { documents: number } }>(`{ stats { documents } }`)).data!.stats.documents;
    const good = { file: "ok.txt", text: "A said that B.", source: "S" };
    const cases: [unknown[], RegExp][] = [
      [[], /at least one/],
      [Array.from({ length: 51 }, (_, i) => ({ ...good, file: `f${i}.txt` })), /at most 50/],
      [[good, { ...good, file: "../escape.txt" }], /documents\[1\]\.file/],
      [[{ ...good, file: "report.pdf" }], /documents\[0\]\.file: must end in/],
      [[{ ...good, source: "  " }], /documents\[0\]\.source/],
      [[{ ...good, sourceKind: "tabloid" }], /documents\[0\]\.sourceKind/],
      [[{ ...good, text: "" }], /documents\[0\]\.text/],
      [[good, { ...good }], /appears twice/],
    ];
    for (const [documents, message] of cases) {
      const r = await api.gql(INGEST, { documents }, auth);
      expect(codes(r), String(message)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0].message).toMatch(message);
    }
    const badDate = await api.gql(INGEST, { documents: [{ ...good, publishedAt: "next week" }] }, auth);
    expect(codes(badDate)).toEqual(["BAD_USER_INPUT"]);
    expect(badDate.errors![0].message).toMatch(/publishedAt/);
    expect((await api.gql(`{ stats { documents } }`)).data).toEqual({ stats: { documents: before } });
  });
});

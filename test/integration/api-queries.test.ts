/**
 * Every query of the GraphQL API over HTTP, against the real Neo4j loaded with seeds/ by the real
 * ETL path. Assertions are about structure and consistency (offsets index the text, counts add
 * up, orders hold), never about the seed corpus's particular names or sentences.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Stats } from "../../server/api/schema-types.generated.js";
import { readCorpus } from "../../server/corpus/read-corpus.js";
import { extractCorpus } from "../../server/extract/index.js";
import { scopedId } from "../../server/graph/load-plan.js";
import { perFile } from "../helpers/per-file.js";
import { codes, SEEDS_DIR, seededGraph, startApi } from "./api-harness.js";

interface ClaimSummary {
  id: string;
  text: string;
  firstSeen: string | null;
  outlets: number;
  assertedCount: number;
  deniedCount: number;
  contested: boolean;
}
const CLAIM = "id text firstSeen outlets assertedCount deniedCount contested";

let stats: Stats;
let allClaims: ClaimSummary[];

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await api.gql<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data as T;
}

async function claimsWith(filter: Record<string, unknown>, sort = "FIRST_SEEN"): Promise<ClaimSummary[]> {
  const d = await data<{ claims: { nodes: ClaimSummary[]; totalCount: number } }>(
    `query($filter: ClaimFilter, $sort: ClaimSort) { claims(filter: $filter, first: 100, sort: $sort) { totalCount nodes { ${CLAIM} } } }`,
    { filter, sort },
  );
  expect(d.claims.nodes.length).toBe(Math.min(100, d.claims.totalCount));
  return d.claims.nodes;
}

/** The first 100 actors, sources or documents with the fields `selection` names; their totalCount is the stats' count. */
async function firstHundred<T>(list: "actors" | "sources" | "documents", selection: string): Promise<T[]> {
  const d = await data<Record<string, { totalCount: number; nodes: T[] }>>(
    `{ ${list}(first: 100) { totalCount nodes { ${selection} } } }`,
  );
  expect(d[list].totalCount).toBe(stats[list]);
  return d[list].nodes;
}

const time = (t: string | null) => (t === null ? Infinity : Date.parse(t));

const graph = perFile(seededGraph);
const api = perFile(() => startApi(graph));

beforeAll(async () => {
  stats = (
    await data<{ stats: Stats }>(
      "{ stats { documents sources actors claims mentions contestedClaims reviews lastEtlRun { id status errors documents } } }",
    )
  ).stats;
  allClaims = await claimsWith({});
});

describe("stats", () => {
  it("counts what the ETL loaded and names its last run", () => {
    expect(stats.documents).toBeGreaterThan(0);
    expect(stats.claims).toBeGreaterThan(0);
    expect(stats.mentions).toBeGreaterThanOrEqual(stats.claims);
    expect(stats.reviews).toBe(0);
    expect(stats.lastEtlRun).toMatchObject({ status: "completed", errors: [], documents: stats.documents });
  });
});

describe("claims", () => {
  it("lists every claim, with consistent summaries", () => {
    expect(allClaims.length).toBe(Math.min(100, stats.claims));
    for (const c of allClaims) {
      expect(c.id).toMatch(/^clm-/);
      expect(c.text.length).toBeGreaterThan(0);
      expect(c.assertedCount + c.deniedCount).toBeGreaterThan(0);
      expect(c.contested).toBe(c.assertedCount > 0 && c.deniedCount > 0);
    }
  });

  it("pages with cursors: each claim once, in order, until hasNextPage is false", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page++) {
      const d: {
        claims: {
          totalCount: number;
          edges: { cursor: string; node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
        };
      } = await data(
        `query($after: String) { claims(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      expect(d.claims.totalCount).toBe(stats.claims);
      expect(d.claims.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...d.claims.edges.map((e) => e.node.id));
      if (!d.claims.pageInfo.hasNextPage) break;
      after = d.claims.pageInfo.endCursor;
    }
    expect(seen.length).toBe(stats.claims);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, allClaims.length)).toEqual(allClaims.map((c) => c.id));
  });

  it("sorts by first appearance, by outlets and by denials", async () => {
    const byTime = allClaims.map((c) => time(c.firstSeen));
    expect(byTime).toEqual([...byTime].sort((a, b) => a - b));
    const outlets = (await claimsWith({}, "OUTLETS")).map((c) => c.outlets);
    expect(outlets).toEqual([...outlets].sort((a, b) => b - a));
    const denials = (await claimsWith({}, "DENIALS")).map((c) => c.deniedCount);
    expect(denials).toEqual([...denials].sort((a, b) => b - a));
  });

  it("filters contested claims and stances", async () => {
    const contested = await claimsWith({ contestedOnly: true });
    expect(contested.length).toBe(stats.contestedClaims);
    expect(contested.every((c) => c.contested)).toBe(true);
    const denied = await claimsWith({ stance: "DENIED" });
    expect(denied.every((c) => c.deniedCount > 0)).toBe(true);
    expect(denied.length).toBe(allClaims.filter((c) => c.deniedCount > 0).length);
  });

  it("filters by actor, source and time window", async () => {
    const claim = allClaims[0];
    const d = await data<{
      claim: {
        assertedBy: { actor: { id: string } }[];
        deniedBy: { actor: { id: string } }[];
        reportedBy: { id: string }[];
      };
    }>(
      `query($id: ID!) { claim(id: $id) { assertedBy { actor { id } } deniedBy { actor { id } } reportedBy { id } } }`,
      { id: claim.id },
    );
    const actor = [...d.claim.assertedBy, ...d.claim.deniedBy][0].actor.id;
    const byActor = await claimsWith({ actorIds: [actor] });
    expect(byActor.map((c) => c.id)).toContain(claim.id);
    const actorDetail = await data<{ actor: { asserted: { id: string }[]; denied: { id: string }[] } }>(
      `query($id: ID!) { actor(id: $id) { asserted(first: 100) { id } denied(first: 100) { id } } }`,
      { id: actor },
    );
    const actorClaims = new Set([...actorDetail.actor.asserted, ...actorDetail.actor.denied].map((c) => c.id));
    expect(new Set(byActor.map((c) => c.id))).toEqual(actorClaims);

    if (d.claim.reportedBy.length > 0) {
      const source = d.claim.reportedBy[0].id;
      const bySource = await claimsWith({ sourceIds: [source] });
      expect(bySource.map((c) => c.id)).toContain(claim.id);
    }

    expect(await claimsWith({ from: "1900-01-01", to: "2999-12-31" })).toHaveLength(
      allClaims.filter((c) => c.firstSeen !== null).length,
    );
    expect(await claimsWith({ from: "2999-01-01" })).toHaveLength(0);
    expect(await claimsWith({ to: "1900-01-01" })).toHaveLength(0);
  });

  it("finds a claim by a word of its wording, and by a phrase with Lucene syntax in it", async () => {
    const claim = allClaims.find((c) => /[A-Za-z]{6,}/.test(c.text))!;
    const word = claim.text.match(/[A-Za-z]{6,}/g)!.sort((a, b) => b.length - a.length)[0];
    expect((await claimsWith({ search: word })).map((c) => c.id)).toContain(claim.id);
    expect((await claimsWith({ search: `"${word}" AND (` })).map((c) => c.id)).toContain(claim.id);
    expect((await claimsWith({ search: word.toUpperCase() })).map((c) => c.id)).toContain(claim.id);
  });

  it("never fails on hostile search strings", async () => {
    for (const search of [
      '") OR 1=1 //',
      "AND OR (",
      "*",
      "?",
      "\\",
      '"',
      "title:[a TO",
      "~~~",
      "' } RETURN 1 //",
      "x".repeat(500),
      "   ",
    ]) {
      const r = await api.gql(`query($s: String) { claims(filter: { search: $s }) { totalCount } }`, { s: search });
      expect(r.status, search).toBe(200);
      expect(r.errors, search).toBeUndefined();
    }
  });

  it("refuses bad arguments with BAD_USER_INPUT", async () => {
    const bad = [
      `{ claims(first: 101) { totalCount } }`,
      `{ claims(first: -1) { totalCount } }`,
      `{ claims(after: "not-a-cursor") { totalCount } }`,
      `{ claims(filter: { actorIds: ["clm-wrong-kind"] }) { totalCount } }`,
      `{ claims(filter: { from: "last tuesday" }) { totalCount } }`,
      `{ claims(filter: { search: "${"y".repeat(501)}" }) { totalCount } }`,
      `{ claim(id: "x\\" OR 1=1 //") { id } }`,
      `{ actor(id: "clm-1") { id } }`,
      `{ source(id: "") { id } }`,
      `{ document(id: "doc-a b") { id } }`,
    ];
    for (const query of bad) {
      const r = await api.gql(query);
      expect(codes(r), query).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0].message.length).toBeGreaterThan(10);
    }
  });

  it("answers null for ids that do not exist", async () => {
    const d = await data<Record<string, null>>(
      `{ claim(id: "clm-0000") { id } actor(id: "act-nobody") { id } source(id: "src-nobody") { id } document(id: "doc-0000") { id } compare(claimId: "clm-0000") { outlets { position } } }`,
    );
    expect(d).toEqual({ claim: null, actor: null, source: null, document: null, compare: null });
  });
});

describe("claim", () => {
  const CLAIM_DETAIL = `query($id: ID!) { claim(id: $id) {
    ${CLAIM}
    mentions { id stance evidence start end confidence cue rule at via { id name type kind } actor { id name } document { id text publishedAt source { id } } source { id name } claim { id } review { id } }
    assertedBy { actor { id } count firstAt }
    deniedBy { actor { id } count firstAt }
    reportedBy { id name }
    travel { order at wordingChanged document { id publishedAt } source { id } actor { id } stance via { id } cites { kind start end party { id name type } } reprintOf { id } mention { id } mentions { id start } }
    wordings { text firstSeen count documents { id } }
    firstAppearance { order document { id } }
  } }`;

  interface Detail {
    id: string;
    assertedCount: number;
    deniedCount: number;
    outlets: number;
    mentions: {
      id: string;
      stance: string;
      evidence: string;
      start: number;
      end: number;
      confidence: number;
      rule: string | null;
      at: string | null;
      actor: { id: string };
      document: { id: string; text: string; publishedAt: string | null; source: { id: string } | null };
      source: { id: string } | null;
      claim: { id: string };
      via: { id: string; type: string }[];
    }[];
    assertedBy: { actor: { id: string }; count: number }[];
    deniedBy: { actor: { id: string }; count: number }[];
    reportedBy: { id: string }[];
    travel: {
      order: number;
      at: string | null;
      document: { id: string };
      source: { id: string } | null;
      mention: { id: string };
      mentions: { id: string; start: number }[];
      cites: { kind: string; start: number | null; end: number | null; party: { id: string; type: string } }[];
    }[];
    wordings: { text: string; count: number; documents: { id: string }[] }[];
    firstAppearance: { order: number; document: { id: string } } | null;
  }

  let details: Detail[];
  beforeAll(async () => {
    const travelling = [...allClaims].sort((a, b) => b.outlets - a.outlets).slice(0, 3);
    details = await Promise.all(
      travelling.map(async (c) => (await data<{ claim: Detail }>(CLAIM_DETAIL, { id: c.id })).claim),
    );
  });

  it("names the extraction rule that found each mention, as the export names it", async () => {
    const corpus = await readCorpus(SEEDS_DIR);
    const extraction = extractCorpus(corpus.documents);
    // The graph's mention ids are the extraction's scoped by the corpus (its folder, as seededGraph loads it).
    const ruleOf = new Map(
      extraction.claims.flatMap((c) => c.mentions.map((m) => [scopedId(corpus.root, m.id), m.rule])),
    );
    const mentions = details.flatMap((c) => c.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.rule, m.id).toBeTruthy();
      expect(m.rule, m.id).toBe(ruleOf.get(m.id));
    }
  });

  it("traces every mention to the exact characters of its document", () => {
    for (const claim of details) {
      expect(claim.mentions.length).toBe(claim.assertedCount + claim.deniedCount);
      for (const m of claim.mentions) {
        expect(m.claim.id).toBe(claim.id);
        expect(m.document.text.slice(m.start, m.end)).toBe(m.evidence);
        expect(m.end).toBeGreaterThan(m.start);
        expect(["ASSERTED", "DENIED"]).toContain(m.stance);
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
        expect(m.source?.id ?? null).toBe(m.document.source?.id ?? null);
        for (const v of m.via) expect(v.id).toMatch(v.type === "ACTOR" ? /^act-/ : /^src-/);
      }
    }
  });

  it("pages through its mentions: each once, in time order, as many as mentionCount says", async () => {
    const PAGE = `query($id: ID!, $after: String) { claim(id: $id) { mentionCount mentions(first: 3, after: $after) { id at cursor document { id } start } } }`;
    for (const claim of details) {
      type Page = {
        claim: {
          mentionCount: number;
          mentions: { id: string; at: string | null; cursor: string; document: { id: string }; start: number }[];
        };
      };
      const paged: Page["claim"]["mentions"] = [];
      let after: string | null = null;
      for (;;) {
        const { claim: page }: Page = await data<Page>(PAGE, { id: claim.id, after });
        expect(page.mentionCount).toBe(claim.mentions.length);
        expect(page.mentions.length).toBeLessThanOrEqual(3);
        if (page.mentions.length === 0) break;
        paged.push(...page.mentions);
        after = page.mentions.at(-1)!.cursor;
      }
      expect(paged.map((m) => m.id)).toEqual(claim.mentions.map((m) => m.id));
      const times = paged.map((m) => time(m.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it("sums who asserted and who denied it to its counts", () => {
    for (const claim of details) {
      expect(claim.assertedBy.reduce((n, a) => n + a.count, 0)).toBe(claim.assertedCount);
      expect(claim.deniedBy.reduce((n, a) => n + a.count, 0)).toBe(claim.deniedCount);
      expect(claim.reportedBy.length).toBe(claim.outlets);
    }
  });

  it("travels one step per document, in time order, starting at its first appearance", () => {
    for (const claim of details) {
      const documents = new Set(claim.mentions.map((m) => m.document.id));
      expect(claim.travel.map((s) => s.order)).toEqual(claim.travel.map((_, i) => i + 1));
      expect(new Set(claim.travel.map((s) => s.document.id))).toEqual(documents);
      const times = claim.travel.map((s) => time(s.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(claim.firstAppearance).toEqual({ order: 1, document: { id: claim.travel[0].document.id } });
      for (const step of claim.travel) {
        expect(step.mentions[0].id).toBe(step.mention.id);
        expect(step.mentions.map((m) => m.start)).toEqual([...step.mentions.map((m) => m.start)].sort((a, b) => a - b));
        for (const c of step.cites) expect(["ATTRIBUTION", "REPRINT"]).toContain(c.kind);
      }
    }
  });

  it("groups its wordings so that every mention has one", () => {
    for (const claim of details) {
      expect(claim.wordings.reduce((n, w) => n + w.count, 0)).toBe(claim.mentions.length);
      const evidence = new Set(claim.mentions.map((m) => m.evidence));
      for (const w of claim.wordings) expect(evidence).toContain(w.text);
    }
  });
});

describe("actors, sources and documents", () => {
  it("lists and searches actors, with their claims and the outlets that quote them", async () => {
    const actors = await firstHundred<{
      id: string;
      name: string;
      kind: string;
      aliases: string[];
      mentionCount: number;
      asserted: { id: string }[];
      denied: { id: string }[];
      quotedBy: { source: { id: string }; count: number }[];
    }>("actors", "id name kind aliases mentionCount asserted { id } denied { id } quotedBy { source { id } count }");
    const speaker = actors.find((a) => a.mentionCount > 0)!;
    expect(speaker.asserted.length + speaker.denied.length).toBeGreaterThan(0);
    expect(speaker.quotedBy.reduce((n, q) => n + q.count, 0)).toBeLessThanOrEqual(speaker.mentionCount);

    const part = speaker.name.slice(1, Math.max(3, Math.ceil(speaker.name.length / 2))).toLowerCase();
    const found = await data<{ actors: { nodes: { id: string; name: string; aliases: string[] }[] } }>(
      `query($s: String) { actors(search: $s, first: 100) { nodes { id name aliases } } }`,
      { s: part },
    );
    expect(found.actors.nodes.map((a) => a.id)).toContain(speaker.id);
    for (const a of found.actors.nodes)
      expect([a.name, ...a.aliases].some((n) => n.toLowerCase().includes(part))).toBe(true);

    const one = await data<{ actor: { id: string; source: { id: string } | null } }>(
      `query($id: ID!) { actor(id: $id) { id source { id } } }`,
      { id: speaker.id },
    );
    expect(one.actor.id).toBe(speaker.id);
  });

  it("lists sources with their documents, claims reported, citations and reprints", async () => {
    const sources = await firstHundred<{
      id: string;
      kind: string;
      documentCount: number;
      documents: { id: string; source: { id: string } }[];
      claimsReported: { id: string }[];
      cites: { party: { id: string; type: string }; count: number }[];
      reprints: { source: { id: string }; count: number }[];
      actor: { id: string } | null;
    }>(
      "sources",
      "id kind documentCount documents { id source { id } } claimsReported { id } cites { party { id type } count } reprints { source { id } count } actor { id }",
    );
    const publishers = sources.filter((s) => s.documentCount > 0);
    expect(publishers.reduce((n, s) => n + s.documentCount, 0)).toBe(stats.documents);
    for (const s of publishers) {
      expect(s.documents.length).toBe(Math.min(50, s.documentCount));
      expect(s.documents.every((doc) => doc.source.id === s.id)).toBe(true);
      for (const c of s.cites) expect(c.count).toBeGreaterThan(0);
      for (const r of s.reprints) expect(r.source.id).not.toBe(s.id);
    }
    const reporter = publishers.find((s) => s.claimsReported.length > 0)!;
    const filtered = await claimsWith({ sourceIds: [reporter.id] });
    expect(new Set(filtered.map((c) => c.id))).toEqual(new Set(reporter.claimsReported.map((c) => c.id)));
  });

  it("lists documents in time order and gives each its text and highlighted spans", async () => {
    const documents = await firstHundred<{
      id: string;
      file: string;
      title: string;
      publishedAt: string | null;
      text: string;
      source: { id: string } | null;
      highlights: { id: string; start: number; end: number; evidence: string }[];
      cites: { start: number | null; end: number | null; party: { id: string } }[];
      reprints: { id: string }[];
    }>(
      "documents",
      "id file title publishedAt text source { id } highlights { id start end evidence } cites { start end party { id } } reprints { id }",
    );
    const times = documents.map((doc) => time(doc.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const highlighted = documents.reduce((n, doc) => n + doc.highlights.length, 0);
    expect(highlighted).toBe(stats.mentions);
    for (const doc of documents) {
      expect(doc.text.length).toBeGreaterThan(0);
      for (const h of doc.highlights) expect(doc.text.slice(h.start, h.end)).toBe(h.evidence);
      const starts = doc.highlights.map((h) => h.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const c of doc.cites) if (c.start !== null && c.end !== null) expect(c.end).toBeGreaterThanOrEqual(c.start);
    }

    const bySource = documents.find((doc) => doc.source)!;
    const ofSource = await data<{ documents: { nodes: { source: { id: string } }[] } }>(
      `query($s: ID) { documents(sourceId: $s, first: 100) { nodes { source { id } } } }`,
      { s: bySource.source!.id },
    );
    expect(ofSource.documents.nodes.every((doc) => doc.source.id === bySource.source!.id)).toBe(true);

    const one = await data<{ document: { id: string; file: string } }>(
      `query($id: ID!) { document(id: $id) { id file } }`,
      { id: bySource.id },
    );
    expect(one.document).toEqual({ id: bySource.id, file: bySource.file });
  });
});

describe("graph", () => {
  interface View {
    truncated: boolean;
    nodes: { id: string; kind: string; label: string; weight: number; time: string | null; contested: boolean }[];
    edges: {
      id: string;
      source: string;
      target: string;
      kind: string;
      label: string;
      weight: number;
      stance: string | null;
      contested: boolean;
      mentionIds: string[];
    }[];
  }
  const GRAPH = `query($c: [ID!], $a: [ID!], $s: [ID!], $depth: Int, $limit: Int) { graph(claimIds: $c, actorIds: $a, sourceIds: $s, depth: $depth, limit: $limit) {
    truncated nodes { id kind label weight time contested } edges { id source target kind label weight time stance contested mentionIds } } }`;
  const view = async (vars: Record<string, unknown>) => (await data<{ graph: View }>(GRAPH, vars)).graph;

  const wellFormed = (g: View) => {
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
      expect(e.weight).toBeGreaterThan(0);
      if (e.kind === "ASSERTED" || e.kind === "DENIED") {
        expect(e.stance).toBe(e.kind);
        expect(e.mentionIds.length).toBeGreaterThan(0);
      } else expect(e.stance).toBeNull();
    }
    for (const n of g.nodes) expect(n.label.length).toBeGreaterThan(0);
  };

  it("draws the neighbourhood of a claim with its actors and outlets", async () => {
    const claim = [...allClaims].sort((a, b) => b.outlets - a.outlets)[0];
    const g = await view({ c: [claim.id], depth: 1, limit: 500 });
    wellFormed(g);
    expect(g.truncated).toBe(false);
    expect(g.nodes.find((n) => n.id === claim.id)).toMatchObject({
      kind: "CLAIM",
      contested: claim.contested,
      weight: claim.assertedCount + claim.deniedCount,
    });
    expect(g.nodes.filter((n) => n.kind === "SOURCE")).toHaveLength(claim.outlets);
    const stanceWeight = g.edges.filter((e) => e.target === claim.id && e.stance).reduce((n, e) => n + e.weight, 0);
    expect(stanceWeight).toBe(claim.assertedCount + claim.deniedCount);
  });

  it("starts from the most mentioned claims when given nothing, and stays within the limit", async () => {
    const g = await view({ depth: 2, limit: 500 });
    wellFormed(g);
    expect(g.nodes.length).toBeGreaterThan(1);
    const small = await view({ depth: 3, limit: 3 });
    wellFormed(small);
    expect(small.nodes.length).toBeLessThanOrEqual(3);
    expect(small.truncated).toBe(true);
  });

  it("expands from actors and sources, deeper with depth", async () => {
    const source = (
      await data<{ sources: { nodes: { id: string; documentCount: number }[] } }>(
        `{ sources(first: 100) { nodes { id documentCount } } }`,
      )
    ).sources.nodes.find((s) => s.documentCount > 0)!;
    const one = await view({ s: [source.id], depth: 1, limit: 500 });
    const two = await view({ s: [source.id], depth: 2, limit: 500 });
    wellFormed(one);
    wellFormed(two);
    expect(two.nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
    const actor = one.nodes.find((n) => n.kind === "ACTOR") ?? two.nodes.find((n) => n.kind === "ACTOR");
    if (actor) wellFormed(await view({ a: [actor.id], depth: 1, limit: 50 }));
  });

  it("refuses out-of-range depth and limit", async () => {
    expect(codes(await api.gql(GRAPH, { depth: 4, limit: 10 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.gql(GRAPH, { depth: 1, limit: 100_000 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.gql(GRAPH, { c: ["act-wrong"], depth: 1, limit: 10 }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("compare", () => {
  it("gives every publishing outlet a position that matches its mentions", async () => {
    const claim = [...allClaims].sort((a, b) => b.outlets - a.outlets)[0];
    const d = await data<{
      compare: {
        claim: { id: string };
        outlets: {
          source: { id: string; documentCount: number };
          position: string;
          assertedCount: number;
          deniedCount: number;
          firstAt: string | null;
          mentions: { stance: string; source: { id: string } }[];
        }[];
      };
    }>(
      `query($id: ID!) { compare(claimId: $id) { claim { id } outlets { source { id documentCount } position assertedCount deniedCount firstAt mentions { stance source { id } } } } }`,
      { id: claim.id },
    );
    expect(d.compare.claim.id).toBe(claim.id);
    const publishers = (
      await data<{ sources: { nodes: { documentCount: number }[] } }>(
        `{ sources(first: 100) { nodes { documentCount } } }`,
      )
    ).sources.nodes.filter((s) => s.documentCount > 0);
    expect(d.compare.outlets).toHaveLength(publishers.length);
    const expected = (o: { assertedCount: number; deniedCount: number }) =>
      o.assertedCount && o.deniedCount ? "BOTH" : o.assertedCount ? "ASSERTED" : o.deniedCount ? "DENIED" : "SILENT";
    for (const o of d.compare.outlets) {
      expect(o.position).toBe(expected(o));
      expect(o.mentions).toHaveLength(o.assertedCount + o.deniedCount);
      expect(o.mentions.every((m) => m.source.id === o.source.id)).toBe(true);
      expect(o.firstAt === null).toBe(o.position === "SILENT");
    }
    expect(d.compare.outlets.filter((o) => o.position !== "SILENT")).toHaveLength(claim.outlets);
    const rank = { ASSERTED: 0, BOTH: 1, DENIED: 2, SILENT: 3 } as Record<string, number>;
    const ranks = d.compare.outlets.map((o) => rank[o.position]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

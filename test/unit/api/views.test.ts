import { describe, expect, it } from "vitest";
import { addHop, type NodeKind, shapeEdges } from "../../../server/api/graph-view.js";
import { positionOf } from "../../../server/api/resolvers/compare.js";
import type { MentionRow } from "../../../server/api/rows.js";
import { actorsWithStance, normaliseWording, travelOf, wordingsOf } from "../../../server/api/travel.js";

let next = 0;
const mention = (over: Partial<MentionRow>): MentionRow => ({
  id: `men-${next++}`,
  claim: "clm-x",
  document: "doc-a",
  actor: "act-a",
  source: "src-a",
  stance: "asserted",
  evidence: "talks should continue",
  start: 0,
  end: 10,
  confidence: 0.9,
  cue: "said",
  rule: "said-that",
  at: "2021-12-30T10:00:00.000Z",
  reviewed: null,
  via: [],
  ...over,
});

describe("travelOf", () => {
  it("has one step per document, in time order, with the document's first mention", () => {
    const later = mention({ document: "doc-b", source: "src-b", at: "2021-12-31T00:00:00.000Z", start: 50 });
    const laterFirst = mention({
      document: "doc-b",
      source: "src-b",
      at: "2021-12-31T00:00:00.000Z",
      start: 5,
      actor: "act-b",
    });
    const first = mention({ document: "doc-a", at: "2021-12-30T00:00:00.000Z" });
    const undated = mention({ document: "doc-c", at: null });
    const steps = travelOf([later, undated, laterFirst, first]);
    expect(steps.map((s) => [s.order, s.document])).toEqual([
      [1, "doc-a"],
      [2, "doc-b"],
      [3, "doc-c"],
    ]);
    expect(steps[1].mention.id).toBe(laterFirst.id);
    expect(steps[1].mentions.map((m) => m.start)).toEqual([5, 50]);
    expect(steps[1].source).toBe("src-b");
  });

  it("flags a step whose wording differs from the previous one", () => {
    const steps = travelOf([
      mention({ document: "doc-a", at: "2021-12-30T00:00:00Z", evidence: "Talks should continue." }),
      mention({ document: "doc-b", at: "2021-12-31T00:00:00Z", evidence: "“talks  should continue”" }),
      mention({ document: "doc-c", at: "2022-01-01T00:00:00Z", evidence: "talks must stop" }),
    ]);
    expect(steps.map((s) => s.wordingChanged)).toEqual([false, false, true]);
  });

  it("is empty without mentions", () => {
    expect(travelOf([])).toEqual([]);
  });
});

describe("wordingsOf", () => {
  it("groups equivalent wordings, keeps the first form, counts and lists documents in time order", () => {
    const w = wordingsOf([
      mention({ document: "doc-b", at: "2021-12-31T00:00:00Z", evidence: "talks should continue" }),
      mention({ document: "doc-a", at: "2021-12-30T00:00:00Z", evidence: "Talks should continue." }),
      mention({ document: "doc-b", at: "2021-12-31T00:00:00Z", evidence: "talks should continue", start: 90 }),
      mention({ document: "doc-c", at: "2022-01-01T00:00:00Z", evidence: "talks must stop" }),
    ]);
    expect(w).toEqual([
      { text: "Talks should continue.", firstSeen: "2021-12-30T00:00:00Z", count: 3, documents: ["doc-a", "doc-b"] },
      { text: "talks must stop", firstSeen: "2022-01-01T00:00:00Z", count: 1, documents: ["doc-c"] },
    ]);
  });

  it("normalises case, spacing, quotes and edge punctuation only", () => {
    expect(normaliseWording(" «Talks»\n should   continue! ")).toBe("talks should continue");
    expect(normaliseWording("talks should not continue")).not.toBe(normaliseWording("talks should continue"));
  });
});

describe("actorsWithStance", () => {
  it("counts an actor's mentions of one stance, earliest actor first", () => {
    const out = actorsWithStance(
      [
        mention({ actor: "act-b", at: "2021-12-31T00:00:00Z" }),
        mention({ actor: "act-a", at: "2021-12-30T00:00:00Z" }),
        mention({ actor: "act-b", at: "2022-01-01T00:00:00Z" }),
        mention({ actor: "act-c", stance: "denied" }),
      ],
      "asserted",
    );
    expect(out).toEqual([
      { actor: "act-a", count: 1, firstAt: "2021-12-30T00:00:00Z" },
      { actor: "act-b", count: 2, firstAt: "2021-12-31T00:00:00Z" },
    ]);
  });
});

describe("graph view", () => {
  it("adds the heaviest new candidates up to the limit and says when some did not fit", () => {
    const selected = new Map<string, NodeKind>([["clm-1", "CLAIM"]]);
    const hop = addHop(
      selected,
      [
        { id: "clm-1", kind: "CLAIM", weight: 99 },
        { id: "act-light", kind: "ACTOR", weight: 1 },
        { id: "act-heavy", kind: "ACTOR", weight: 9 },
        { id: "src-mid", kind: "SOURCE", weight: 5 },
      ],
      3,
    );
    expect(hop.added.map((c) => c.id)).toEqual(["act-heavy", "src-mid"]);
    expect(hop.truncated).toBe(true);
    expect([...selected.keys()]).toEqual(["clm-1", "act-heavy", "src-mid"]);
    expect(addHop(selected, [{ id: "act-heavy", kind: "ACTOR", weight: 9 }], 3)).toEqual({
      added: [],
      truncated: false,
    });
  });

  it("merges the same link found twice and labels edges with their count", () => {
    const edges = shapeEdges([
      {
        from: "src-a",
        to: "src-b",
        kind: "REPRINTS",
        weight: 2,
        time: "2021-12-31T00:00:00Z",
        contested: false,
        mentionIds: [],
      },
      {
        from: "src-a",
        to: "src-b",
        kind: "REPRINTS",
        weight: 3,
        time: "2021-12-30T00:00:00Z",
        contested: false,
        mentionIds: [],
      },
      { from: "act-a", to: "clm-1", kind: "DENIED", weight: 1, time: null, contested: true, mentionIds: ["men-1"] },
      // read while a load deleted it
      { from: "act-a", to: "clm-2", kind: null as never, weight: 1, time: null, contested: false, mentionIds: [] },
    ]);
    expect(edges).toHaveLength(2);
    expect(edges[0]).toMatchObject({
      id: "REPRINTS:src-a>src-b",
      source: "src-a",
      target: "src-b",
      weight: 3,
      time: "2021-12-30T00:00:00Z",
      label: "reprints ×3",
      stance: null,
    });
    expect(edges[1]).toMatchObject({
      kind: "DENIED",
      stance: "denied",
      label: "denied",
      contested: true,
      mentionIds: ["men-1"],
    });
  });
});

describe("compare positions", () => {
  it("names an outlet's position from its counts", () => {
    expect(positionOf(2, 0)).toBe("ASSERTED");
    expect(positionOf(0, 1)).toBe("DENIED");
    expect(positionOf(1, 1)).toBe("BOTH");
    expect(positionOf(0, 0)).toBe("SILENT");
  });
});

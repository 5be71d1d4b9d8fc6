import { describe, expect, it } from "vitest";
import type { ClaimTravelData, MentionData, TravelStepData } from "../../../client/src/api/types.js";
import { buildTravelModel, toldBy } from "../../../client/src/graph/travel-model.js";

const src = (id: string, name: string) => ({ id, name, kind: "newspaper" });
const actor = (id: string, name: string) => ({ id, name, kind: "person", source: null });

function step(
  order: number,
  docId: string,
  source: ReturnType<typeof src>,
  at: string,
  mentions: Array<Partial<MentionData>>,
  extra: Partial<TravelStepData> = {},
): TravelStepData {
  const document = { id: docId, title: docId, url: null, file: `${docId}.txt`, publishedAt: at, source };
  return {
    order,
    cursor: String(order),
    at,
    wordingChanged: false,
    document,
    source,
    cites: [],
    reprintOf: [],
    mentions: mentions.map((m, i) => ({
      id: `${docId}-m${i}`,
      stance: "ASSERTED",
      evidence: "words",
      start: 0,
      end: 5,
      confidence: 0.9,
      cue: null,
      rule: null,
      at,
      actor: actor("act-biden", "Joseph Biden"),
      via: [],
      document,
      ...m,
    })),
    ...extra,
  };
}

const kremlin = src("src-kremlin", "Kremlin");
const rt = src("src-rt", "RT");
const paperA = src("src-a", "Paper A");
const paperB = src("src-b", "Paper B");

const claim: ClaimTravelData = {
  id: "clm-1",
  text: "claim",
  firstSeen: null,
  outlets: 5,
  assertedCount: 4,
  deniedCount: 1,
  contested: true,
  travel: [
    step(1, "doc-k", kremlin, "2021-12-30T21:30:00Z", [{}]),
    step(2, "doc-rt", rt, "2021-12-31T10:00:00Z", [
      { via: [{ id: "src-kremlin", name: "Kremlin", type: "SOURCE", kind: null }] },
      { stance: "DENIED", actor: actor("act-wh", "White House") },
    ]),
    step(3, "doc-a", paperA, "2021-12-31T11:00:00Z", [{}], {
      cites: [{ kind: "REPRINT", party: { id: "src-wire", name: "Wire Agency", type: "SOURCE", kind: null } }],
    }),
    step(
      4,
      "doc-b",
      paperB,
      "2021-12-31T12:00:00Z",
      [{ via: [{ id: "act-nobody", name: "Unseen Agency", type: "ACTOR", kind: null }] }],
      {
        cites: [{ kind: "REPRINT", party: { id: "src-wire", name: "Wire Agency", type: "SOURCE", kind: null } }],
      },
    ),
  ],
};

describe("buildTravelModel", () => {
  it("lays one lane per outlet, in order of first appearance, and marks the first mention", () => {
    const model = buildTravelModel(claim, "outlet", new Set());
    expect(model.lanes.map((l) => l.label).slice(0, 2)).toEqual(["Kremlin", "RT"]);
    const first = model.nodes.filter((n) => n.first);
    expect(first).toHaveLength(1);
    expect(first[0].id).toBe("doc-k-m0");
  });

  it("links a relayed mention to the earlier mention of its relay", () => {
    const model = buildTravelModel(claim, "outlet", new Set());
    expect(model.edges).toContainEqual(
      expect.objectContaining({ source: "doc-k-m0", target: "doc-rt-m0", kind: "relay", label: "via Kremlin" }),
    );
  });

  it("draws a relay that has no document in the corpus as a node of its own", () => {
    const expanded = buildTravelModel(claim, "outlet", new Set(["story:party:src-wire"]));
    const relay = expanded.nodes.find((n) => n.kind === "relay");
    expect(relay?.label).toContain("Unseen Agency");
    expect(expanded.edges.some((e) => e.source === relay?.id && e.target === "doc-b-m0")).toBe(true);
  });

  it("collapses copies of one wire story into one node, and expands them on request", () => {
    const collapsed = buildTravelModel(claim, "outlet", new Set());
    const story = collapsed.nodes.find((n) => n.kind === "story");
    expect(story?.mentionIds.sort()).toEqual(["doc-a-m0", "doc-b-m0"]);
    expect(collapsed.nodes.some((n) => n.id === "doc-a-m0")).toBe(false);

    const expanded = buildTravelModel(claim, "outlet", new Set([story!.id]));
    expect(expanded.nodes.some((n) => n.kind === "story")).toBe(false);
    expect(
      expanded.nodes
        .filter((n) => n.inStory)
        .map((n) => n.id)
        .sort(),
    ).toEqual(["doc-a-m0", "doc-b-m0"]);
    expect(expanded.edges).toContainEqual(
      expect.objectContaining({ source: "doc-a-m0", target: "doc-b-m0", kind: "reprint-of" }),
    );
  });

  it("keeps denials apart from assertions and can lay lanes per actor", () => {
    const model = buildTravelModel(claim, "actor", new Set());
    expect(model.nodes.find((n) => n.id === "doc-rt-m1")?.stance).toBe("denied");
    expect(model.lanes.map((l) => l.label)).toContain("White House");
  });
});

describe("relay chains and whose account a mark is", () => {
  const tass = { id: "src-tass", name: "TASS", type: "SOURCE" as const, kind: null };
  const readout = { id: "act-readout", name: "Kremlin readout", type: "ACTOR" as const, kind: null };
  const chained: ClaimTravelData = {
    ...claim,
    travel: [step(1, "doc-x", paperA, "2021-12-31T09:00:00Z", [{ via: [tass, readout] }])],
  };

  it("labels a relayed mark with its relays before the speaker", () => {
    const model = buildTravelModel(chained, "outlet", new Set());
    expect(model.nodes.find((n) => n.kind === "mention")?.label).toBe("TASS: Kremlin readout: Joseph Biden said");
    expect(toldBy(chained.travel[0].mentions[0])).toBe("TASS: Kremlin readout: Joseph Biden said");
  });

  it("draws every hop of the chain, farthest relay first", () => {
    const model = buildTravelModel(chained, "outlet", new Set());
    expect(model.edges).toContainEqual(
      expect.objectContaining({ source: "relay:src-tass", target: "doc-x-m0", label: "via TASS" }),
    );
    expect(model.edges).toContainEqual(
      expect.objectContaining({ source: "relay:act-readout", target: "relay:src-tass", label: "via Kremlin readout" }),
    );
  });
});

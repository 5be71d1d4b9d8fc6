import { describe, expect, it } from "vitest";
import type { GraphViewData } from "../../../client/src/api/types.js";
import { networkElements, twins } from "../../../client/src/graph/network-elements.js";

const node = (
  id: string,
  kind: "CLAIM" | "ACTOR" | "SOURCE",
  label: string,
  weight = 1,
  time: string | null = null,
) => ({ id, kind, label, weight, time, contested: false });
const edge = (source: string, target: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id: `${kind}:${source}>${target}`,
  source,
  target,
  kind: kind as "ASSERTED",
  label: kind.toLowerCase(),
  weight: 1,
  time: null,
  stance: null,
  contested: false,
  mentionIds: [],
  relayed: 0,
  through: [],
  ...extra,
});

const view: GraphViewData = {
  truncated: false,
  nodes: [
    node("act-kremlin", "ACTOR", "Kremlin", 9),
    node("src-kremlin", "SOURCE", "Kremlin", 1),
    node("act-putin", "ACTOR", "Vladimir Putin", 5),
    node("act-rt", "ACTOR", "RT", 1),
    node("src-rt", "SOURCE", "RT", 1),
    node("act-biden", "ACTOR", "Joseph Biden", 8),
    node("clm-b", "CLAIM", "second", 3, "2021-12-31T00:00:00Z"),
    node("clm-a", "CLAIM", "first", 2, "2021-12-30T00:00:00Z"),
  ],
  edges: [
    edge("act-kremlin", "src-kremlin", "PUBLISHES_AS"),
    edge("act-putin", "src-kremlin", "PUBLISHES_AS"),
    edge("act-kremlin", "clm-a", "ASSERTED"),
    edge("act-biden", "clm-b", "ASSERTED", { weight: 2, relayed: 2, through: ["Kremlin"] }),
  ],
};

describe("network elements", () => {
  it("folds an actor into the outlet of the same name, and keeps one publishing under another name apart", () => {
    expect(twins(view)).toEqual(
      new Map([
        ["act-kremlin", "src-kremlin"],
        ["act-rt", "src-rt"],
      ]),
    );
    const els = networkElements(view, new Set());
    const ids = els.filter((e) => e.group === "nodes").map((e) => e.data.id);
    expect(ids).not.toContain("act-kremlin");
    expect(ids).toContain("act-putin");
    // The twin's stance moves to the outlet's node; the self-loop it would make is dropped.
    expect(els.some((e) => e.group === "edges" && e.data.source === "src-kremlin" && e.data.target === "clm-a")).toBe(
      true,
    );
    expect(els.some((e) => e.group === "edges" && e.data.source === e.data.target)).toBe(false);
  });

  it("numbers claims in the list's order and marks a stance known only through a relay", () => {
    const els = networkElements(view, new Set());
    const key = (id: string) => els.find((e) => e.data.id === id)?.data.key;
    expect([key("clm-a"), key("clm-b")]).toEqual(["1", "2"]);
    const relayed = els.find((e) => e.data.id === "ASSERTED:act-biden>clm-b");
    expect(relayed?.classes).toContain("relayed");
    expect(relayed?.data.label).toBe("said, per Kremlin");
  });
});

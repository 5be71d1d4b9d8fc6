import { describe, expect, it } from "vitest";
import { computeTravelLayout, defaultLayoutOptions, timeScale } from "../../../client/src/graph/travel-layout.js";

const hour = 3_600_000;

describe("travel layout", () => {
  it("maps time monotonically, with gaps clamped between the minimum and maximum", () => {
    const times = [0, 1000, 2 * hour, 200 * hour];
    const x = timeScale(times, defaultLayoutOptions);
    const xs = times.map(x);
    for (let i = 1; i < xs.length; i++) {
      const gap = xs[i] - xs[i - 1];
      expect(gap).toBeGreaterThanOrEqual(defaultLayoutOptions.minGap - 1e-9);
      expect(gap).toBeLessThanOrEqual(defaultLayoutOptions.maxGap + 1e-9);
    }
    expect(x(hour)).toBeGreaterThan(x(1000));
    expect(x(hour)).toBeLessThan(x(2 * hour));
  });

  it("puts each lane on its own row and stacks items that would overlap in one lane", () => {
    const layout = computeTravelLayout(
      [
        { id: "a", time: 0, lane: "kremlin" },
        { id: "b", time: hour, lane: "rt" },
        { id: "c", time: hour, lane: "rt" },
        { id: "d", time: null, lane: "rt" },
      ],
      ["kremlin", "rt"],
    );
    const p = (id: string) => layout.positions.get(id)!;
    expect(p("a").y).toBeLessThan(p("b").y);
    expect(p("b").x).toBe(p("c").x);
    expect(p("c").y).toBeGreaterThan(p("b").y);
    expect(p("d").x).toBeGreaterThan(p("b").x);
    expect(layout.lanes.map((l) => l.key)).toEqual(["kremlin", "rt"]);
    expect(layout.lanes[1].height).toBeGreaterThan(layout.lanes[0].height);
  });
});

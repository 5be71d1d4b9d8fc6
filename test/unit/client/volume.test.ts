import { describe, expect, it } from "vitest";
import { volumeBuckets } from "../../../client/src/graph/volume.js";

const at = (iso: string) => Date.parse(iso);

describe("volume buckets", () => {
  it("counts per UTC hour by stance and outlet kind, empty hours included", () => {
    const { size, buckets } = volumeBuckets([
      { time: at("2021-12-30T21:30:00Z"), stance: "asserted", kind: "government" },
      { time: at("2021-12-30T21:50:00Z"), stance: "asserted", kind: "newspaper" },
      { time: at("2021-12-31T00:10:00Z"), stance: "denied", kind: "broadcaster" },
    ]);
    expect(size).toBe("hour");
    expect(buckets.map((b) => [new Date(b.start).toISOString(), b.asserted, b.denied])).toEqual([
      ["2021-12-30T21:00:00.000Z", 2, 0],
      ["2021-12-30T22:00:00.000Z", 0, 0],
      ["2021-12-30T23:00:00.000Z", 0, 0],
      ["2021-12-31T00:00:00.000Z", 0, 1],
    ]);
    expect(buckets[0].byKind).toEqual({ government: 1, newspaper: 1 });
  });

  it("switches to days past three days, and draws nothing for nothing", () => {
    const { size, buckets } = volumeBuckets([
      { time: at("2024-01-01T08:00:00Z"), stance: "asserted", kind: "newspaper" },
      { time: at("2024-01-09T08:00:00Z"), stance: "asserted", kind: "newspaper" },
    ]);
    expect(size).toBe("day");
    expect(buckets).toHaveLength(9);
    expect(volumeBuckets([]).buckets).toEqual([]);
  });

  it("draws stored per-day counts as days, however short the span, empty days included", () => {
    const { size, buckets } = volumeBuckets({
      days: [
        { day: "2024-01-01", asserted: 40, denied: 2, byKind: { newspaper: 30, wire: 12 } },
        { day: "2024-01-03", asserted: 1, denied: 5, byKind: { government: 6 } },
      ],
    });
    expect(size).toBe("day");
    expect(buckets.map((b) => [new Date(b.start).toISOString(), b.asserted, b.denied, b.byKind])).toEqual([
      ["2024-01-01T00:00:00.000Z", 40, 2, { newspaper: 30, wire: 12 }],
      ["2024-01-02T00:00:00.000Z", 0, 0, {}],
      ["2024-01-03T00:00:00.000Z", 1, 5, { government: 6 }],
    ]);
    expect(buckets[0].end - buckets[0].start).toBe(86_400_000);
    expect(volumeBuckets({ days: [] }).buckets).toEqual([]);
  });
});

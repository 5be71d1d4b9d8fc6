import neo4j, { DateTime } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { plain } from "../../../server/api/cypher.js";

const dateTime = (y: number, mo: number, d: number, h: number, mi: number, s: number, ns: number, offset: number) =>
  new DateTime(y, mo, d, h, mi, s, ns, offset);

describe("plain", () => {
  it("gives a DateTime with an offset the instant toStandardDate gives", () => {
    const values = [
      dateTime(2022, 1, 3, 20, 31, 0, 0, 0),
      dateTime(2024, 2, 29, 23, 59, 59, 999_999_999, 3600),
      dateTime(1999, 12, 31, 0, 0, 0, 1_500_000, -5 * 3600 - 1800),
      dateTime(1970, 1, 1, 0, 0, 0, 0, 14 * 3600),
      dateTime(1800, 6, 15, 12, 0, 30, 123_456_789, -3600),
    ];
    for (const v of values) expect(plain(v)).toBe(v.toStandardDate().toISOString());
  });

  it("converts the years Date.UTC would read as 19xx the driver's way", () => {
    const v = dateTime(42, 5, 1, 0, 0, 0, 0, 0);
    expect(plain(v)).toBe(v.toStandardDate().toISOString());
    expect(plain(v)).toMatch(/^0042-/);
  });

  it("converts maps, lists and integers inside them, and nodes to their properties", () => {
    const row = {
      n: neo4j.int(7),
      list: [neo4j.int(1), "a", null, { at: dateTime(2022, 1, 3, 0, 0, 0, 0, 0) }],
      none: undefined,
    };
    expect(plain(row)).toEqual({ n: 7, list: [1, "a", null, { at: "2022-01-03T00:00:00.000Z" }], none: null });
    const node = new neo4j.types.Node(neo4j.int(1), ["Claim"], { id: "clm-1", steps: neo4j.int(3) }, "4:x:1");
    expect(plain({ c: node })).toEqual({ c: { id: "clm-1", steps: 3 } });
  });
});

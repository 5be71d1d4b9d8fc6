import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { cellText, columnWidths, formatResult } from "../../../server/analysis/format-result.js";
import { toPlain } from "../../../server/analysis/plain-values.js";

describe("toPlain", () => {
  it("turns Neo4j integers into numbers and temporals into ISO strings", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain(new neo4j.types.DateTime(2021, 12, 30, 21, 30, 0, 0, 0))).toBe("2021-12-30T21:30:00Z");
    expect(toPlain(new neo4j.types.DateTime(2021, 12, 30, 21, 30, 0, 0, 3 * 3600))).toBe("2021-12-30T21:30:00+03:00");
    expect(toPlain(new neo4j.types.Date(2021, 12, 30))).toBe("2021-12-30");
  });

  it("converts inside lists and maps, and nodes to their properties", () => {
    expect(toPlain([neo4j.int(1), { a: neo4j.int(2), b: null }])).toEqual([1, { a: 2, b: null }]);
    const node = new neo4j.types.Node(neo4j.int(1), ["Claim"], { id: "clm-1", outlets: neo4j.int(3) }, "1");
    expect(toPlain(node)).toEqual({ labels: ["Claim"], id: "clm-1", outlets: 3 });
  });
});

describe("formatResult", () => {
  const result = {
    columns: ["outlet", "speakers", "delay"],
    rows: [
      { outlet: "RT", speakers: ["Joe Biden via Kremlin", "White House"], delay: 12.5 },
      { outlet: "Kremlin, press office", speakers: [], delay: null },
    ],
  };

  it("joins lists in cells and leaves nulls empty", () => {
    expect(cellText(["a", "b"])).toBe("a; b");
    expect(cellText(null)).toBe("");
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });

  it("prints a table with every value and a row count", () => {
    const text = formatResult(result, "table", 100);
    expect(text).toContain("outlet");
    expect(text).toContain("Joe Biden via Kremlin; White House");
    expect(text).toContain("12.5");
    expect(text).toMatch(/2 rows\n$/);
  });

  it("wraps long cells to the width without cutting words", () => {
    const long = { columns: ["evidence"], rows: [{ evidence: "word ".repeat(60).trim() }] };
    const lines = formatResult(long, "table", 60)
      .split("\n")
      .filter((l) => l.startsWith("│"));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    expect(formatResult(long, "table", 60)).not.toContain("…");
  });

  it("writes CSV with a header row and quotes where needed", () => {
    expect(formatResult(result, "csv")).toBe(
      'outlet,speakers,delay\nRT,Joe Biden via Kremlin; White House,12.5\n"Kremlin, press office",,\n',
    );
  });

  it("writes JSON keeping lists as lists", () => {
    expect(JSON.parse(formatResult(result, "json"))).toEqual(result.rows);
  });
});

describe("columnWidths", () => {
  it("keeps natural widths when they fit", () => {
    expect(columnWidths([5, 10], [5, 4], 100)).toEqual([5, 10]);
  });

  it("shrinks wide columns to fit, never below their longest word", () => {
    const widths = columnWidths([20, 200, 8], [20, 12, 8], 100);
    expect(widths[0]).toBe(20);
    expect(widths[2]).toBe(8);
    expect(widths[1]).toBeGreaterThanOrEqual(12);
    expect(widths.reduce((a, b) => a + b, 0) + 3 * 3 + 1).toBeLessThanOrEqual(100);
  });
});

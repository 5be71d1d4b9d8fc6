import { describe, expect, it } from "vitest";
import { isoDateProblem } from "../../../server/corpus/iso-date.js";
import { parseManifest } from "../../../server/corpus/manifest.js";

describe("strict ISO dates", () => {
  it("accepts real dates and date-times", () => {
    for (const d of [
      "2021-12-30",
      "2024-02-29",
      "2021-12-30T21:30",
      "2021-12-30T21:30:00Z",
      "2021-12-30 21:30:00.123+03:00",
      "2021-12-30T21:30:00-0500",
    ])
      expect(isoDateProblem(d), d).toBeNull();
  });

  it("refuses impossible days, months and times with the reason, where Date.parse rolls them over", () => {
    expect(Number.isNaN(Date.parse("2021-02-30"))).toBe(false); // what it used to accept, as 2 March
    expect(isoDateProblem("2021-02-30")).toMatch(/not a real date: 2021-02 has 28 days/);
    expect(isoDateProblem("2023-02-29")).toMatch(/28 days/);
    expect(isoDateProblem("2021-04-31")).toMatch(/30 days/);
    expect(isoDateProblem("2021-13-01")).toMatch(/no month 13/);
    expect(isoDateProblem("2021-12-30T24:00")).toMatch(/time of day/);
    expect(isoDateProblem("30/12/2021")).toMatch(/not an ISO 8601/);
  });

  it("a manifest entry dated 2021-02-30 is reported by file and skipped", () => {
    const { manifest, problems } = parseManifest(
      JSON.stringify({
        documents: [
          { file: "a.txt", source: "S", publishedAt: "2021-02-30" },
          { file: "b.txt", source: "S", publishedAt: "2021-02-28" },
        ],
      }),
    );
    expect([...manifest.entries.keys()]).toEqual(["b.txt"]);
    expect(problems).toEqual([
      { file: "a.txt", severity: "error", message: expect.stringMatching(/publishedAt.*2021-02 has 28 days/) },
    ]);
  });
});

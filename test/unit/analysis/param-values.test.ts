import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  buildParams,
  cypherLiteral,
  optionName,
  ParamError,
  parseDateTime,
} from "../../../server/analysis/param-values.js";
import type { AnalysisQuery } from "../../../server/analysis/query-library.js";

const query: AnalysisQuery = {
  name: "demo",
  file: "demo.cypher",
  question: "What?",
  columns: [{ name: "x", description: "x" }],
  example: [],
  notes: [],
  cypher: "",
  params: [
    { name: "claim", type: "string", required: true, default: null, description: "the claim's id" },
    { name: "limit", type: "integer", required: false, default: 25, description: "rows" },
    { name: "minShare", type: "float", required: false, default: 1, description: "share" },
    { name: "strict", type: "boolean", required: false, default: false, description: "strict" },
    { name: "since", type: "datetime", required: false, default: null, description: "from" },
  ],
};

describe("buildParams", () => {
  it("fills in defaults, typed as the query expects", () => {
    const p = buildParams(query, { claim: "clm-1" });
    expect(p.claim).toBe("clm-1");
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect((p.limit as ReturnType<typeof neo4j.int>).toNumber()).toBe(25);
    expect(p.minShare).toBe(1);
    expect(p.strict).toBe(false);
    expect(p.since).toBeNull();
  });

  it("parses given values by type", () => {
    const p = buildParams(query, { claim: "clm-1", limit: "5", minShare: "0.75", strict: "yes", since: "2021-12-30" });
    expect((p.limit as ReturnType<typeof neo4j.int>).toNumber()).toBe(5);
    expect(p.minShare).toBe(0.75);
    expect(p.strict).toBe(true);
    expect(String(p.since)).toBe("2021-12-30T00:00:00Z");
  });

  it("says which required parameter is missing, and how to give it", () => {
    expect(() => buildParams(query, {})).toThrow(ParamError);
    expect(() => buildParams(query, {})).toThrow(/query "demo" needs --claim <string>: the claim's id/);
  });

  it("rejects values of the wrong type and parameters the query does not have", () => {
    expect(() => buildParams(query, { claim: "c", limit: "ten" })).toThrow(/--limit expects an integer, got "ten"/);
    expect(() => buildParams(query, { claim: "c", limit: "2.5" })).toThrow(/--limit expects an integer/);
    expect(() => buildParams(query, { claim: "c", minShare: "half" })).toThrow(/--min-share expects a number/);
    expect(() => buildParams(query, { claim: "c", strict: "maybe" })).toThrow(/--strict expects true or false/);
    expect(() => buildParams(query, { claim: "c", since: "30/12/2021" })).toThrow(/--since expects a date/);
    expect(() => buildParams(query, { claim: "c", actor: "x" })).toThrow(
      /has no parameter --actor \(its parameters: --claim, --limit, --min-share, --strict, --since\)/,
    );
  });

  it("lets null clear an optional parameter", () => {
    expect(buildParams(query, { claim: "c", since: "null" }).since).toBeNull();
  });
});

describe("parseDateTime", () => {
  it("reads dates as midnight UTC and keeps offsets", () => {
    expect(String(parseDateTime("2021-12-30"))).toBe("2021-12-30T00:00:00Z");
    expect(String(parseDateTime("2021-12-30T21:30:00Z"))).toBe("2021-12-30T21:30:00Z");
    expect(String(parseDateTime("2021-12-30T21:30:00.5+03:00"))).toBe("2021-12-30T21:30:00.500000000+03:00");
  });

  it("refuses impossible dates and other formats", () => {
    expect(parseDateTime("2021-02-30")).toBeNull();
    expect(parseDateTime("2021-12-30T25:00")).toBeNull();
    expect(parseDateTime("yesterday")).toBeNull();
  });
});

describe("names and literals", () => {
  it("spells camelCase parameters as kebab-case options", () => {
    expect(optionName("minSpeakers")).toBe("--min-speakers");
    expect(optionName("claim")).toBe("--claim");
  });

  it("writes Cypher literals for :param lines", () => {
    expect(cypherLiteral("string", "it's")).toBe("'it\\'s'");
    expect(cypherLiteral("datetime", "2021-12-30")).toBe("datetime('2021-12-30')");
    expect(cypherLiteral("float", 1)).toBe("1.0");
    expect(cypherLiteral("integer", null)).toBe("null");
  });
});

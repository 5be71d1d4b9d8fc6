import { describe, expect, it } from "vitest";
import {
  findQuery,
  loadLibrary,
  parseQueryFile,
  QueryFileError,
  UnknownQueryError,
} from "../../../server/analysis/query-library.js";

const header = (
  params: string,
  body = "MATCH (c:Claim {id: $claim}) RETURN c.id AS claim LIMIT $limit",
) => `// Question: Where did it start,
// and who relayed it?
//
// Parameters:
//   $claim  string, required  the claim's id
//   $limit  integer = 25      at most this many rows,
//                             counted after sorting
${params ? params + "\n" : ""}//
// Columns:
//   claim    the claim's id,
//            and more
//   other    something else
//
// Example:
//   :param claim => 'clm-1'
//   npm run cypher -- demo --claim clm-1
//
// A note on how the question is read.
${body}
`;

describe("parseQueryFile", () => {
  it("reads the question, parameters, columns, example and notes of a header", () => {
    const q = parseQueryFile("demo", header(""));
    expect(q.question).toBe("Where did it start, and who relayed it?");
    expect(q.params).toEqual([
      { name: "claim", type: "string", required: true, default: null, description: "the claim's id" },
      {
        name: "limit",
        type: "integer",
        required: false,
        default: 25,
        description: "at most this many rows, counted after sorting",
      },
    ]);
    expect(q.columns).toEqual([
      { name: "claim", description: "the claim's id, and more" },
      { name: "other", description: "something else" },
    ]);
    expect(q.example).toEqual([":param claim => 'clm-1'", "npm run cypher -- demo --claim clm-1"]);
    expect(q.notes).toEqual(["A note on how the question is read."]);
  });

  it("types defaults: null, booleans, floats, quoted strings and date-times", () => {
    const q = parseQueryFile(
      "demo",
      header(
        "//   $since  datetime = null  from\n//   $strict  boolean = true  strict\n//   $share  float = 0.5  share\n//   $word  string = 'a b'  word",
        "MATCH (c:Claim {id: $claim}) WHERE $since IS NULL AND $strict AND $share > 0 AND $word <> '' RETURN c LIMIT $limit",
      ),
    );
    expect(q.params.slice(2).map((p) => [p.name, p.default])).toEqual([
      ["since", null],
      ["strict", true],
      ["share", 0.5],
      ["word", "a b"],
    ]);
  });

  it("names the file and line of a malformed parameter", () => {
    expect(() => parseQueryFile("demo", header("//   $x  number = 1  what"), "demo.cypher")).toThrow(
      /demo\.cypher:\d+: parameter \$x has unknown type "number"/,
    );
    expect(() => parseQueryFile("demo", header("//   $x integer = many  what"), "demo.cypher")).toThrow(
      /default of \$x is not a integer: many/,
    );
  });

  it("rejects a query that uses an undeclared parameter, or declares one it never uses", () => {
    expect(() =>
      parseQueryFile("demo", header("", "MATCH (c:Claim {id: $claim}) RETURN c LIMIT $limit + $max")),
    ).toThrow(/uses \$max, which the header does not declare/);
    expect(() => parseQueryFile("demo", header("", "MATCH (c:Claim {id: $claim}) RETURN c"))).toThrow(
      /\$limit is declared but the query does not use it/,
    );
    // Parameters in comments and string literals do not count.
    expect(() =>
      parseQueryFile("demo", header("", "MATCH (c:Claim {id: $claim})\n// $limit\nRETURN '$limit'")),
    ).toThrow(QueryFileError);
  });

  it("requires a question and columns", () => {
    expect(() => parseQueryFile("demo", "MATCH (n) RETURN n")).toThrow(/no "\/\/ Question:" line/);
    expect(() => parseQueryFile("demo", "// Question: what?\nRETURN 1 AS x")).toThrow(/no "\/\/ Columns:" section/);
  });
});

describe("the library in cypher/analysis", () => {
  it("has every question the analysts asked for, each fully described", async () => {
    const library = await loadLibrary();
    const names = library.map((q) => q.name);
    for (const name of [
      "origin",
      "spread",
      "contested-claims",
      "attribution-drift",
      "wording-drift",
      "independence",
      "circular-sourcing",
      "amplifiers",
      "silence",
      "claims",
    ]) {
      expect(names).toContain(name);
    }
    for (const q of library) {
      expect(q.question, q.name).toMatch(/\?$/);
      expect(q.columns.length, q.name).toBeGreaterThan(0);
      expect(
        q.example.some((l) => l.startsWith(`npm run cypher -- ${q.name}`)),
        `${q.name} has an npm run example`,
      ).toBe(true);
      // Every column the header describes is returned under that name (the RETURN clause names it).
      for (const c of q.columns)
        expect(q.cypher, `${q.name}.${c.name}`).toMatch(new RegExp(`(AS ${c.name}\\b|RETURN[^;]*\\b${c.name}\\b)`));
      // Browser and cypher-shell run the file as is: no templating.
      expect(q.cypher, q.name).not.toMatch(/\$\{|\{\{/);
    }
  });

  it("finds a query by name and names the known ones otherwise", async () => {
    const library = await loadLibrary();
    expect(findQuery(library, "origin").name).toBe("origin");
    expect(() => findQuery(library, "orign")).toThrow(UnknownQueryError);
    expect(() => findQuery(library, "orign")).toThrow(/Known queries: .*origin/);
  });
});

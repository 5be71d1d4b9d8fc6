import { describe, expect, it } from "vitest";
import { parseMigrationName, readMigrations, splitStatements } from "../../../server/graph/migrate.js";

describe("splitStatements", () => {
  it("splits on a semicolon at the end of a line and drops comment lines", () => {
    const text =
      "// header\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\n// why\nRETURN 'a;b' AS s;  \nRETURN 1";
    expect(splitStatements(text)).toEqual([
      "CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)",
      "RETURN 'a;b' AS s",
      "RETURN 1",
    ]);
  });
});

describe("readMigrations", () => {
  it("reads cypher/schema in version order, every statement safe to re-run", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort((a, b) => a - b));
    // A CREATE is IF NOT EXISTS; a DROP (to remake an index with other options) is IF EXISTS.
    for (const m of migrations)
      for (const s of m.statements) expect(s).toMatch(/^DROP\b/.test(s) ? /IF EXISTS/ : /IF NOT EXISTS/);
  });

  it("names schema files NNN_name.cypher", () => {
    expect(parseMigrationName("001_constraints.cypher")).toEqual({ version: 1, name: "constraints" });
    expect(parseMigrationName("constraints.cypher")).toBeNull();
  });
});

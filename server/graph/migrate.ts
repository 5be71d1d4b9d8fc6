/** Applies cypher/schema/NNN_name.cypher in order, each once, recording (:Migration {version, name, appliedAt, checksum}). */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { cypherFile } from "./cypher-file.js";
import type { Graph } from "./driver.js";

export const SCHEMA_DIR = fileURLToPath(new URL("../../cypher/schema/", import.meta.url));

export interface MigrationFile {
  version: number;
  name: string;
  file: string;
  statements: string[];
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
  /** Files whose text changed after they were applied: not re-run (their statements are IF NOT EXISTS), reported. */
  changedSinceApplied: string[];
}

/**
 * Splits a schema file into statements: a statement ends with `;` at the end of a line;
 * `//` comment lines and blank lines are dropped.
 */
export function splitStatements(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((l) => !/^\s*\/\//.test(l));
  return lines
    .join("\n")
    .split(/;[ \t]*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseMigrationName(file: string): { version: number; name: string } | null {
  const m = /^(\d{3,})_([\w-]+)\.cypher$/.exec(file);
  return m ? { version: Number(m[1]), name: m[2] } : null;
}

export async function readMigrations(dir = SCHEMA_DIR): Promise<MigrationFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  const migrations: MigrationFile[] = [];
  for (const file of files) {
    const parsed = parseMigrationName(file);
    if (!parsed) throw new Error(`${path.join(dir, file)}: a schema file must be named NNN_name.cypher`);
    const text = await readFile(path.join(dir, file), "utf8");
    migrations.push({
      ...parsed,
      file,
      statements: splitStatements(text),
      checksum: createHash("sha256").update(text).digest("hex"),
    });
  }
  const versions = new Set<number>();
  for (const m of migrations) {
    if (versions.has(m.version)) throw new Error(`${dir}: two schema files have version ${m.version}`);
    versions.add(m.version);
  }
  return migrations.sort((a, b) => a.version - b.version);
}

/**
 * Brings the schema up to date. Each statement runs in its own auto-commit transaction (Neo4j
 * does not mix schema and data writes); a file is recorded only once all its statements ran, and
 * every statement is `IF NOT EXISTS` (a DROP, `IF EXISTS`), so a crash part-way through a file is repaired by re-running.
 * Waits for the indexes it created to be online, so a load that follows uses them.
 */
export async function migrate(graph: Graph, dir = SCHEMA_DIR): Promise<MigrateResult> {
  const migrations = await readMigrations(dir);
  const recorded = new Map(
    (await graph.read(cypherFile("migrate/applied"))).map((r) => [
      neo4j.integer.toNumber(r.get("version")),
      r.get("checksum") as string | null,
    ]),
  );
  const result: MigrateResult = { applied: [], alreadyApplied: [], changedSinceApplied: [] };
  const session = graph.session("WRITE");
  try {
    for (const m of migrations) {
      const label = m.file;
      if (recorded.has(m.version)) {
        result.alreadyApplied.push(label);
        if (recorded.get(m.version) !== m.checksum) result.changedSinceApplied.push(label);
        continue;
      }
      for (const statement of m.statements) {
        try {
          await session.run(statement);
        } catch (e) {
          throw new Error(`schema migration ${m.file} failed on:\n  ${statement}\n${(e as Error).message}`);
        }
      }
      await session.run(cypherFile("migrate/record"), {
        version: neo4j.int(m.version),
        name: m.name,
        checksum: m.checksum,
      });
      result.applied.push(label);
    }
    // Only indexes just created can still be populating; with nothing applied there is nothing to wait for.
    if (result.applied.length > 0) await session.run(cypherFile("migrate/await-indexes"));
  } finally {
    await session.close();
  }
  return result;
}

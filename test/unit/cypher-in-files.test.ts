/** Every Cypher statement the server runs lives in a file under cypher/, and every file it names exists. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));

/** A string literal that opens with a Cypher clause: a statement written inline. */
const INLINE =
  /["'`]\s*(MATCH|OPTIONAL MATCH|CREATE|MERGE|UNWIND|CALL|RETURN|WITH|SHOW|DETACH DELETE)\b[^"'`]*(\$|\(|AS\b|\bSET\b)/;

describe("Cypher in files", () => {
  const files = sources(path.join(projectRoot, "server"));

  it("finds no statement written inline in server/", () => {
    const inline = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          INLINE.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${path.relative(projectRoot, file)}:${i + 1}`] : [],
        ),
    );
    expect(inline).toEqual([]);
  });

  it("names only files that exist", () => {
    const named = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/cypherFile\("([\w/-]+)"\)/g)].map((m) => m[1]),
    );
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((name) => !existsSync(path.join(projectRoot, "cypher", `${name}.cypher`)))).toEqual([]);
  });
});

/**
 * The layering and cycle rules of biome.json hold: `biome ci` (run first by `npm test`) names an
 * import cycle, even one of three files through a type import, and an import from the API into
 * extraction. Run on a scratch tree under the repository's own configuration, so a change to
 * biome.json that silences either rule fails here.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";

const run = promisify(execFile);
let dir: string;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
}

/** Biome's diagnostics for the scratch tree, as `file rule` lines. */
async function lint(): Promise<string[]> {
  const biome = path.join(projectRoot, "node_modules", ".bin", "biome");
  const result = await run(biome, ["lint", "--vcs-enabled=false", "--reporter=github", "."], { cwd: dir }).catch(
    (error: { stdout: string }) => error,
  );
  const root = await realpath(dir);
  return [...result.stdout.matchAll(/^::error title=([^,]+),file=([^,]+),/gm)].map(
    (m) => `${path.relative(root, m[2])} ${m[1]}`,
  );
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "nne-lint-rules-"));
  await copyFile(path.join(projectRoot, "biome.json"), path.join(dir, "biome.json"));
  await put("server/extract/index.ts", "export const extract = (text: string): string[] => text.split(' ');\n");
  await put("server/pipeline.ts", 'import { extract } from "./extract/index.js";\n\nexport const run = extract;\n');
  await put("server/api/ingest.ts", 'import { run } from "../pipeline.js";\n\nexport const ingest = run;\n');
  await put(
    "server/api/shortcut.ts",
    'import { extract } from "../extract/index.js";\n\nexport const quick = extract;\n',
  );
  await put("bench/a.ts", 'import { b } from "./b.js";\n\nexport const a = (): number => b() + 1;\n');
  await put("bench/b.ts", 'import { c } from "./c.js";\n\nexport const b = (): number => c() ?? 0;\n');
  await put(
    "bench/c.ts",
    'import type { a } from "./a.js";\n\nexport const c = (): ReturnType<typeof a> | undefined => undefined;\n',
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("biome.json's import rules", () => {
  it("name every import of a cycle and the API's import of extraction, and nothing else", async () => {
    expect((await lint()).sort()).toEqual([
      "bench/a.ts lint/suspicious/noImportCycles",
      "bench/b.ts lint/suspicious/noImportCycles",
      "bench/c.ts lint/suspicious/noImportCycles",
      "server/api/shortcut.ts lint/style/noRestrictedImports",
    ]);
  });
});

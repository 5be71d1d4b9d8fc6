/** manifest.json is read like a document: regular file only, inside the corpus, size-capped, never quoted. */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../server/corpus/read-corpus.js";

async function corpusWith(makeManifest: (file: string, dir: string) => Promise<unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "corpus-manifest-"));
  await writeFile(path.join(dir, "a.txt"), "Mayor Jane Roe said the bridge will reopen.");
  await makeManifest(path.join(dir, "manifest.json"), dir);
  return dir;
}

async function manifestProblem(dir: string, maxBytes?: number) {
  const c = await readCorpus(dir, maxBytes ? { maxBytes } : {});
  expect(c.documents.map((d) => d.file)).toEqual(["a.txt"]);
  const problems = c.problems.filter((p) => p.file === "manifest.json");
  expect(problems).toHaveLength(1);
  for (const p of c.problems) expect(p.message).not.toContain(dir);
  return problems[0].message;
}

describe("a hostile manifest.json", () => {
  it("as a symbolic link to /etc/passwd: refused without reading or quoting it", async () => {
    const message = await manifestProblem(await corpusWith((m) => symlink("/etc/passwd", m)));
    expect(message).toMatch(/symbolic link to a file outside the corpus folder/);
    expect(message).not.toMatch(/root|:x:/);
  });

  it("as a link to /dev/zero, and a link inside the corpus to a device: refused at once", async () => {
    expect(await manifestProblem(await corpusWith((m) => symlink("/dev/zero", m)))).toMatch(
      /outside the corpus folder/,
    );
    // a device node cannot be made without privileges; a link to the corpus's own folder is the same kind of non-file
    expect(
      await manifestProblem(
        await corpusWith((m, dir) => mkdir(path.join(dir, "sub")).then(() => symlink(path.join(dir, "sub"), m))),
      ),
    ).toMatch(/not a regular file/);
  });

  it("as a FIFO: refused without waiting for a writer", async () => {
    const dir = await corpusWith(async (m) => execFileSync("mkfifo", [m]));
    const started = Date.now();
    expect(await manifestProblem(dir)).toMatch(/not a regular file/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("as a folder, or larger than the limit: refused by name", async () => {
    expect(await manifestProblem(await corpusWith((m) => mkdir(m)))).toMatch(/not a regular file/);
    const big = await corpusWith((m) => writeFile(m, JSON.stringify({ documents: [], pad: "x".repeat(4096) })));
    expect(await manifestProblem(big, 1024)).toMatch(/too large/);
  });

  it("that is not JSON: says where, never what", async () => {
    const message = await manifestProblem(await corpusWith((m) => writeFile(m, "root:x:0:0:root:/root:/bin/bash\n")));
    expect(message).toMatch(/not valid JSON/);
    expect(message).not.toMatch(/root|bash/);
    const placed = await manifestProblem(
      await corpusWith((m) => writeFile(m, '{\n  "documents": [], "secret": "s3cr3t",\n}')),
    );
    expect(placed).toMatch(/not valid JSON \(line 3, column 1\)/);
    expect(placed).not.toMatch(/s3cr3t/);
  });
});

/** `npm run eval` end to end, as a newsroom would run it on its own corpus and annotation. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root, seeds } from "../../helpers/annotated-corpora.js";
import { runCli } from "../../helpers/cli.js";
import { perFile } from "../../helpers/per-file.js";
import { openTempDir } from "../../helpers/workspace.js";

const evalCli = (...args: string[]) => runCli("eval", args);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected the command to fail");
    },
    (e: { code: number; stderr: string }) => e,
  );

describe("npm run eval", () => {
  const tmp = perFile(() => openTempDir("eval"));

  it("scores a corpus folder and its export alike, and --verbose names the rule behind each spurious mention", async () => {
    const exported = path.join(tmp.path, "seeds.json");
    await runCli("export", [seeds.dir, exported]);
    const fromFolder = JSON.parse((await evalCli(seeds.dir, seeds.gold, "--json")).stdout);
    const fromExport = JSON.parse((await evalCli(exported, seeds.gold, "--json")).stdout);
    expect(fromExport).toEqual(fromFolder);
    expect(Object.keys(fromFolder)).toEqual([
      "corpus",
      "overall",
      "mentions",
      "denials",
      "clustering",
      "travel",
      "citations",
    ]);

    const verbose = JSON.parse((await evalCli(exported, seeds.gold, "--json", "--verbose")).stdout);
    expect(verbose.unmatched.length).toBe(verbose.mentions.predicted - verbose.mentions.tp);
    expect(verbose.unmatched.length).toBeGreaterThan(0);
    const graph = JSON.parse(await readFile(exported, "utf8")) as {
      documents: { id: string; file: string }[];
      claims: { mentions: { document: string; start: number; end: number; actor: string; rule: string }[] }[];
    };
    const fileOf = new Map(graph.documents.map((d) => [d.id, d.file]));
    const ruleAt = new Map(
      graph.claims.flatMap((c) =>
        c.mentions.map((m) => [`${fileOf.get(m.document)}|${m.start}|${m.end}|${m.actor}`, m.rule]),
      ),
    );
    for (const p of verbose.unmatched) {
      expect(p.rule).toBeTruthy();
      expect(p.rule).toBe(ruleAt.get(`${p.document}|${p.start}|${p.end}|${p.actor}`));
    }
    const text = (await evalCli(exported, seeds.gold, "--verbose")).stdout;
    expect(text).toMatch(/^overall\s+\d+\.\d%$/m);
    expect(text).toContain(`(rule ${verbose.unmatched[0].rule}, claim ${verbose.unmatched[0].claim})`);
  }, 120_000);

  it("refuses a missing input, a malformed gold and the wrong corpus with a message, not a score", async () => {
    expect(await failure(evalCli(path.join(tmp.path, "nothing-here"), seeds.gold))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no such file or folder/),
    });
    const bad = path.join(tmp.path, "bad-gold.json");
    await writeFile(bad, JSON.stringify({ actors: [], documents: [] }));
    expect(await failure(evalCli(seeds.dir, bad))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/bad-gold\.json is not a gold annotation[\s\S]*claims/),
    });
    const other = path.join(root, "test/fixtures/corpora/car-recall");
    expect(await failure(evalCli(other, seeds.gold))).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/holds none of the documents .* annotates/),
    });
  }, 120_000);
});

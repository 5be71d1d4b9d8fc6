/**
 * The hand annotations themselves, checked without the extractor: a gold file that points at the
 * wrong characters, names an actor it never declares or credits a document the corpus does not
 * hold would make every score computed against it wrong. Blind corpora are checked here too,
 * since nothing in this file runs extraction on them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const corpora = fileURLToPath(new URL("../fixtures/corpora/", import.meta.url));

interface Mention {
  document: string;
  evidence: string;
  start: number;
  end: number;
  actors: string[];
  stance: string;
}
interface Gold {
  actors: { id: string }[];
  citedSources?: { id: string }[];
  documents: { document: string; narrators?: string[]; cites?: string[] }[];
  claims: { id: string; mentions: Mention[] }[];
}

const annotated = readdirSync(corpora, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(corpora, d.name, "gold.json")))
  .map((d) => d.name);

describe.each(annotated)("gold of %s", (name) => {
  const dir = path.join(corpora, name);
  const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
  const ids = new Set(["narrator", ...gold.actors.map((a) => a.id), ...(gold.citedSources ?? []).map((s) => s.id)]);
  const text = (file: string) => readFileSync(path.join(dir, file), "utf8");

  it("locates every mention by offsets that hold its evidence", () => {
    for (const claim of gold.claims)
      for (const m of claim.mentions)
        expect(text(m.document).slice(m.start, m.end), `${claim.id} in ${m.document}`).toBe(m.evidence);
  });

  it("names only declared actors and sources, with a known stance", () => {
    for (const claim of gold.claims) {
      expect(claim.mentions.length, claim.id).toBeGreaterThan(0);
      for (const m of claim.mentions) {
        expect(["asserted", "denied"]).toContain(m.stance);
        for (const a of m.actors) expect(ids.has(a), `${claim.id}: ${a}`).toBe(true);
      }
    }
    for (const d of gold.documents)
      for (const a of [...(d.narrators ?? []), ...(d.cites ?? [])])
        expect(ids.has(a), `${d.document}: ${a}`).toBe(true);
  });

  it("annotates only documents that the corpus holds", () => {
    const files = new Set(gold.documents.map((d) => d.document));
    for (const f of files) expect(existsSync(path.join(dir, f)), f).toBe(true);
    for (const claim of gold.claims)
      for (const m of claim.mentions) expect(files.has(m.document), `${claim.id}: ${m.document}`).toBe(true);
  });
});

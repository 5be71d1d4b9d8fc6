/**
 * The extraction being scored: a `narrative-graph/1` export, from a file (anyone's extractor) or
 * from this project's own extraction. Only what scoring reads is required, so an export from
 * another tool that follows FORMAT.md is scored as it is.
 */
import { stat } from "node:fs/promises";
import { z } from "zod";
import type { CorpusProblem } from "../corpus/types.js";
import { toNarrativeGraph } from "../extract/narrative-graph.js";
import { extractFolder } from "../pipeline.js";
import { readJson } from "./json-file.js";

const named = z.object({ id: z.string(), name: z.string().optional(), aliases: z.array(z.string()).optional() });

const exportSchema = z.object({
  documents: z.array(
    z.object({ id: z.string(), file: z.string().optional(), source: z.string().nullable().optional() }),
  ),
  sources: z.array(named).default([]),
  actors: z.array(named),
  claims: z.array(
    z.object({
      id: z.string(),
      mentions: z
        .array(
          z.object({
            document: z.string(),
            start: z.number(),
            end: z.number(),
            actor: z.string(),
            stance: z.string().optional(),
            /** The extraction rule that found it: what `--verbose` names for a wrong or spurious mention. */
            rule: z.string().optional(),
            text: z.string().optional(),
          }),
        )
        .default([]),
    }),
  ),
  citations: z
    .array(z.object({ document: z.string(), cites: z.string().optional(), source: z.string().optional() }))
    .default([]),
});

export type ScoredExport = z.infer<typeof exportSchema>;
export type ExportMention = ScoredExport["claims"][number]["mentions"][number];

export function parseExport(value: unknown, what: string): ScoredExport {
  const parsed = exportSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(`${what} is not a narrative-graph/1 export (see FORMAT.md): ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function readExport(file: string): Promise<ScoredExport> {
  return parseExport(await readJson(file), file);
}

/**
 * What to score, given a path: a corpus folder is extracted here, as `npm run export` would;
 * any other path is read as an export. The corpus reader's problems are returned, not thrown.
 */
export async function loadPrediction(input: string): Promise<{ prediction: ScoredExport; problems: CorpusProblem[] }> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new Error(`cannot read ${input}: no such file or folder`);
  if (!info.isDirectory()) return { prediction: await readExport(input), problems: [] };
  const { extraction, problems } = await extractFolder(input);
  return { prediction: parseExport(toNarrativeGraph(extraction), `the export of ${input}`), problems };
}

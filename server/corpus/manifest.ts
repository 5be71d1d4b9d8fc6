import { z } from "zod";
import { isoDateProblem } from "./iso-date.js";
import { type CorpusProblem, SOURCE_KINDS } from "./types.js";

/** One manifest entry as a user writes it (corpus/1). Unknown keys are allowed and ignored. */
const entrySchema = z.object({
  file: z.string().min(1, "file must not be empty"),
  source: z.string().trim().min(1, "source must not be empty"),
  sourceKind: z.enum(SOURCE_KINDS).optional(),
  country: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z
    .string()
    .superRefine((s, ctx) => {
      const problem = isoDateProblem(s);
      if (problem) ctx.addIssue({ code: "custom", message: `publishedAt: ${problem}` });
    })
    .optional(),
  title: z.string().optional(),
  language: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof entrySchema>;

const manifestSchema = z.object({
  format: z.literal("corpus/1").optional(),
  title: z.string().optional(),
  documents: z.array(z.unknown()),
});

export interface Manifest {
  title?: string;
  /** Valid entries by normalised file path. */
  entries: Map<string, ManifestEntry>;
}

export const MANIFEST_FILE = "manifest.json";

const describe = (issues: z.core.$ZodIssue[]) =>
  issues.map((i) => `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`).join("; ");

/** " (line L, column C)" when the parser says where it stopped, else nothing. */
function whereInJson(e: Error, raw: string): string {
  const at = /position (\d+)/.exec(e.message);
  if (!at) return /end of JSON input/.test(e.message) ? " (it ends too early)" : "";
  const before = raw.slice(0, Number(at[1])).split("\n");
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** Normalises a manifest path the way the walker names files, so both sides compare. */
export const normaliseFile = (file: string) => file.replace(/\\/g, "/").replace(/^\.\//, "");

/**
 * Parses manifest.json text. A broken manifest never stops the corpus from loading: each bad
 * entry is reported by its file (or index) and skipped, and a manifest that is not JSON at all
 * is reported and treated as absent.
 */
export function parseManifest(raw: string): { manifest: Manifest; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const manifest: Manifest = { entries: new Map() };
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    // Only where: the parser's message quotes the text, which may be any file's content.
    problems.push({
      file: MANIFEST_FILE,
      severity: "error",
      message: `not valid JSON${whereInJson(e as Error, raw)}; documents are read without it`,
    });
    return { manifest, problems };
  }
  const top = manifestSchema.safeParse(json);
  if (!top.success) {
    problems.push({
      file: MANIFEST_FILE,
      severity: "error",
      message: `not a corpus/1 manifest: ${describe(top.error.issues)}; documents are read without it`,
    });
    return { manifest, problems };
  }
  manifest.title = top.data.title;
  top.data.documents.forEach((item, index) => {
    const entry = entrySchema.safeParse(item);
    const named =
      typeof (item as { file?: unknown })?.file === "string" ? (item as { file: string }).file : `documents[${index}]`;
    if (!entry.success) {
      problems.push({
        file: named,
        severity: "error",
        message: `manifest entry is invalid: ${describe(entry.error.issues)}`,
      });
      return;
    }
    const file = normaliseFile(entry.data.file);
    if (manifest.entries.has(file)) {
      problems.push({ file, severity: "warning", message: "listed twice in the manifest; the first entry is used" });
      return;
    }
    manifest.entries.set(file, entry.data);
  });
  return { manifest, problems };
}

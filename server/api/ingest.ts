import { createHash } from "node:crypto";
import { z } from "zod";
import { makeDocument } from "../corpus/document.js";
import { isoDateProblem } from "../corpus/iso-date.js";
import { type CorpusDocument, SOURCE_KINDS } from "../corpus/types.js";
import { DOCUMENT_EXTENSIONS } from "../corpus/walk.js";
import type { Graph } from "../graph/driver.js";
import { scopedId } from "../graph/load-plan.js";
import { runDocuments } from "../pipeline.js";
import { badInput } from "./errors.js";

/** Bounds of one upload: small documents pasted or dropped by an analyst, not a corpus. */
export const INGEST_LIMITS = { documents: 50, textChars: 1_000_000 };

const ingestSchema = z.object({
  file: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(300, "at most 300 characters")
    .refine((f) => !f.startsWith("/") && !f.split(/[\\/]/).includes(".."), "must be a relative path without '..'")
    .refine((f) => DOCUMENT_EXTENSIONS.test(f), "must end in .txt, .md, .markdown, .html or .htm"),
  text: z
    .string()
    .min(1, "must not be empty")
    .max(INGEST_LIMITS.textChars, `at most ${INGEST_LIMITS.textChars} characters`),
  source: z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters"),
  sourceKind: z.enum(SOURCE_KINDS, { message: `must be one of: ${SOURCE_KINDS.join(", ")}` }).nullish(),
  country: z.string().trim().max(100).nullish(),
  publishedAt: z
    .string()
    .nullish()
    .superRefine((s, ctx) => {
      const problem = s ? isoDateProblem(s) : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  url: z.string().trim().max(2_000).nullish(),
  title: z.string().trim().max(500).nullish(),
  language: z.string().trim().max(20).nullish(),
});

/**
 * Checks an upload and builds the reader's documents from it; an error names the document and field.
 * `inputs` are taken as they arrive (the schema's IngestDocument, or whatever a caller sends).
 */
export function toCorpusDocuments(inputs: readonly unknown[]): CorpusDocument[] {
  if (inputs.length === 0) throw badInput("documents: give at least one document", "documents");
  if (inputs.length > INGEST_LIMITS.documents)
    throw badInput(`documents: at most ${INGEST_LIMITS.documents} per upload (got ${inputs.length})`, "documents");
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    const parsed = ingestSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badInput(`documents[${i}].${issue.path.join(".")}: ${issue.message}`, "documents");
    }
    const d = parsed.data;
    const file = d.file.replace(/\\/g, "/").replace(/^\.\//, "");
    if (seen.has(file)) throw badInput(`documents[${i}].file: "${file}" appears twice in this upload`, "documents");
    seen.add(file);
    return makeDocument({
      file,
      content: d.text,
      publisher: {
        name: d.source,
        ...(d.sourceKind ? { kind: d.sourceKind } : {}),
        ...(d.country ? { country: d.country } : {}),
      },
      url: d.url ?? undefined,
      publishedAt: d.publishedAt ?? undefined,
      title: d.title ?? undefined,
      language: d.language ?? undefined,
    });
  });
}

export interface IngestOutcome {
  run: string;
  documents: string[];
  issues: string[];
}

/**
 * Extracts and loads an upload as its own corpus (named from its file names, so sending the same
 * upload again only rewrites what changed). Claims are clustered within the upload.
 */
export async function ingestDocuments(graph: Graph, documents: CorpusDocument[]): Promise<IngestOutcome> {
  const files = documents.map((d) => d.file).sort();
  const corpus = {
    root: `upload:${createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16)}`,
    title: `API upload of ${documents.length} document${documents.length === 1 ? "" : "s"}`,
  };
  const { summary, problems } = await runDocuments(documents, corpus, { graph });
  // a document whose extraction failed is named in the issues and not reported as loaded
  const left = new Set(problems.filter((p) => p.severity === "error").map((p) => p.file));
  return {
    run: summary.run,
    documents: documents.filter((d) => !left.has(d.file)).map((d) => scopedId(corpus.root, d.id)),
    issues: [...problems.map((p) => `${p.file}: ${p.message}`), ...summary.issues],
  };
}

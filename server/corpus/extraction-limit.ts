import { corpusLimits } from "../config.js";
import type { CorpusDocument, CorpusProblem } from "./types.js";

/**
 * Bounds the text extraction reads per document. Extraction time and memory grow with a document's
 * length (faster than linearly when its sentences repeat), so one huge file must not stall a run:
 * past the limit a document's claims are read from its head only, with a warning naming it. Its
 * whole text is still stored, and offsets into the head are offsets into the whole.
 */
export function limitForExtraction(
  documents: CorpusDocument[],
  maxChars: number = corpusLimits().maxExtractChars,
): { documents: CorpusDocument[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const limited = documents.map((doc) => {
    if (doc.text.length <= maxChars) return doc;
    const head = extractableHead(doc.text, maxChars);
    problems.push({
      file: doc.file,
      severity: "warning",
      message:
        `long document (${millions(doc.text.length)} M characters): claims are extracted from its first ${millions(head.length)} M only ` +
        `(EXTRACT_MAX_CHARS=${maxChars}; set it higher to read more); the whole text is stored`,
    });
    return { ...doc, extractChars: head.length };
  });
  return { documents: limited, problems };
}

/** The head of `text` within `maxChars`, ending at a line break near the limit (else a space) so no sentence is read half-way. */
export function extractableHead(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  const lineEnd = head.lastIndexOf("\n");
  if (lineEnd >= maxChars * 0.9) return head.slice(0, lineEnd + 1);
  const space = head.lastIndexOf(" ");
  if (space > 0) return head.slice(0, space + 1);
  // No break at all: cut at the limit, but not between the two halves of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

const millions = (n: number) => (n / 1e6).toFixed(2);

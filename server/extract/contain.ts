/**
 * Per-document containment of extraction. A document that makes the extractor throw (a bug the
 * property tests have not found yet) is named with where it failed and left out; the rest of the
 * corpus is extracted as if it were not there. Pure, like the rest of server/extract.
 */
import type { CorpusDocument, CorpusProblem } from "../corpus/types.js";
import { extractCorpus } from "./index.js";
import { type DocumentReading, readOne } from "./read-document.js";
import type { Extraction } from "./types.js";

export interface ContainedExtraction {
  extraction: Extraction;
  /** One error per document left out. */
  problems: CorpusProblem[];
}

type Read = (d: CorpusDocument) => DocumentReading;
type Assemble = (docs: CorpusDocument[], readings: ReadonlyMap<string, DocumentReading>) => Extraction;

const assembleAll: Assemble = (docs, readings) => extractCorpus(docs, { readings });

/** The extractor function the error came from (the rule that failed), and its message. */
export function describeFailure(e: unknown): string {
  const error = e instanceof Error ? e : new Error(String(e));
  const frame = (error.stack ?? "")
    .split("\n")
    .find((l) => /server[\\/]extract[\\/]/.test(l) && !/contain\.ts/.test(l));
  const where = frame && /at (?:new )?([\w$.<>]+) \(.*[\\/]([\w-]+\.ts):(\d+)/.exec(frame);
  const rule = where ? `${where[1]} (${where[2]}:${where[3]})` : "extraction";
  return `extraction failed in ${rule}: ${error.message}; the document is left out, the rest of the corpus is loaded`;
}

/** Reads each document on its own; one that throws becomes a problem instead of a reading. */
export function readContained(
  docs: CorpusDocument[],
  read: Read = readOne,
): { readings: Map<string, DocumentReading>; problems: CorpusProblem[] } {
  const readings = new Map<string, DocumentReading>();
  const problems: CorpusProblem[] = [];
  for (const d of docs) {
    try {
      readings.set(d.id, read(d));
    } catch (e) {
      problems.push({ file: d.file, severity: "error", message: describeFailure(e) });
    }
  }
  return { readings, problems };
}

/**
 * The corpus-wide half over the documents that were read. When it throws, each document is tried
 * alone to find the ones that make it throw; they are left out and the rest assembled again. An
 * error no single document causes is the extractor's, not a document's, and is thrown.
 */
export function assembleContained(
  docs: CorpusDocument[],
  readings: ReadonlyMap<string, DocumentReading>,
  assemble: Assemble = assembleAll,
): ContainedExtraction {
  const problems: CorpusProblem[] = [];
  let kept = docs.filter((d) => readings.has(d.id));
  for (;;) {
    try {
      return { extraction: assemble(kept, readings), problems };
    } catch (whole) {
      const culprits = new Set<CorpusDocument>();
      for (const d of kept) {
        try {
          assemble([d], readings);
        } catch (e) {
          culprits.add(d);
          problems.push({ file: d.file, severity: "error", message: describeFailure(e) });
        }
      }
      if (culprits.size === 0) throw whole;
      kept = kept.filter((d) => !culprits.has(d));
    }
  }
}

/** extractCorpus with every document contained. */
export function extractContained(docs: CorpusDocument[], read?: Read, assemble?: Assemble): ContainedExtraction {
  const read1 = readContained(docs, read);
  const assembled = assembleContained(docs, read1.readings, assemble);
  return { extraction: assembled.extraction, problems: [...read1.problems, ...assembled.problems] };
}

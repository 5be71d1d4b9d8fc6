/** What the reader hands to extraction: one decoded document and who published it. */

export const SOURCE_KINDS = [
  "government",
  "news agency",
  "newspaper",
  "broadcaster",
  "aggregator",
  "blog",
  "other",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The outlet or body that published a document, as the manifest names it. */
export interface Publisher {
  name: string;
  kind?: SourceKind;
  country?: string;
}

export interface CorpusDocument {
  /** Stable id: "doc-" + hash of the file path relative to the corpus root. */
  id: string;
  /** Path relative to the corpus root, with "/" separators. */
  file: string;
  /**
   * The text that offsets index. For .txt/.md it is the file decoded as UTF-8, untouched.
   * For .html it has the same length as the raw file: tags, scripts and styles are blanked
   * with spaces and entities decoded then padded, so an offset here is an offset into the file.
   */
  text: string;
  /**
   * When set, extraction reads only the first `extractChars` characters of `text` (a document past
   * EXTRACT_MAX_CHARS, see extraction-limit.ts); `text` itself stays whole, for storage and evidence.
   */
  extractChars?: number;
  /** sha256 (hex) of the raw bytes: tells a changed document from an unchanged one. */
  contentHash: string;
  /** Size of the raw file in bytes. */
  bytes: number;
  publisher: Publisher | null;
  url?: string;
  /** ISO date or date-time, as given by the manifest (or found in the text). */
  publishedAt?: string;
  title: string;
  language?: string;
}

export interface CorpusProblem {
  /** The file the problem is about (or "manifest.json"). */
  file: string;
  severity: "error" | "warning";
  message: string;
}

export interface Corpus {
  /** Absolute path of the folder that was read. */
  root: string;
  title?: string;
  documents: CorpusDocument[];
  /** Every file that could not be read, or was read with a doubt, named with what is wrong. */
  problems: CorpusProblem[];
}

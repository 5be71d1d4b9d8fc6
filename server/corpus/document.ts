import { createHash } from "node:crypto";
import { htmlTitle, htmlToText } from "./html-text.js";
import type { CorpusDocument, Publisher } from "./types.js";

export const hashOf = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** Stable document id: the same path gives the same id on every run and every machine. */
export const documentId = (file: string) => "doc-" + hashOf(file).slice(0, 16);

/** The part of a document extraction reads: its head when it is longer than EXTRACT_MAX_CHARS, else all of it. */
export const extractableText = (doc: Pick<CorpusDocument, "text" | "extractChars">): string =>
  doc.extractChars === undefined ? doc.text : doc.text.slice(0, doc.extractChars);

export const isHtml = (file: string) => /\.html?$/i.test(file);

export interface DocumentInput {
  file: string;
  /** The decoded file content as stored (raw HTML for .html files). */
  content: string;
  rawHash?: string;
  bytes?: number;
  publisher: Publisher | null;
  url?: string;
  publishedAt?: string;
  title?: string;
  language?: string;
}

/** Builds a CorpusDocument from decoded content; shared by the folder reader and the API's ingest. */
export function makeDocument(input: DocumentInput): CorpusDocument {
  const html = isHtml(input.file);
  const text = html ? htmlToText(input.content) : input.content;
  const title = input.title?.trim() || (html ? htmlTitle(input.content) : undefined) || firstLine(text) || input.file;
  return {
    id: documentId(input.file),
    file: input.file,
    text,
    contentHash: input.rawHash ?? hashOf(input.content),
    bytes: input.bytes ?? Buffer.byteLength(input.content),
    publisher: input.publisher,
    url: input.url,
    publishedAt: input.publishedAt,
    title,
    language: input.language,
  };
}

/** Looks at the head only: splitting a 50 MB text into lines just to find its first would cost far more. */
function firstLine(text: string): string | undefined {
  const line = text
    .slice(0, 8_192)
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line ? (line.length > 160 ? line.slice(0, 157) + "…" : line) : undefined;
}

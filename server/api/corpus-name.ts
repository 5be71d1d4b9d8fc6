import path from "node:path";

/**
 * A corpus's name as the API shows it. The ETL's default key is the folder's absolute path, which
 * says where the server keeps its files; readers without any token see its last folder name only.
 */
export function publicCorpusName(corpus: string): string;
export function publicCorpusName(corpus: string | null | undefined): string | null;
export function publicCorpusName(corpus: string | null | undefined): string | null {
  if (corpus == null) return null;
  return path.isAbsolute(corpus) || path.win32.isAbsolute(corpus) ? path.basename(corpus) || corpus : corpus;
}

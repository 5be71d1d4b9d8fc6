import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import type { CorpusProblem } from "./types.js";

export const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown|html?)$/i;

/**
 * Lists the document files under root (relative paths with "/"), depth first in name order so
 * runs are reproducible. Symbolic links are followed only when they stay inside the corpus: a
 * link out of it is reported, never read.
 */
export async function listDocumentFiles(root: string): Promise<{ files: string[]; problems: CorpusProblem[] }> {
  const files: string[] = [];
  const problems: CorpusProblem[] = [];
  const realRoot = await realpath(root);
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot + path.sep);

  async function visit(dir: string, rel: string): Promise<void> {
    const entries = (await readdir(dir)).sort();
    for (const name of entries) {
      if (name.startsWith(".")) continue;
      const abs = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const info = await lstat(abs);
      let isDir = info.isDirectory();
      let isFile = info.isFile();
      if (info.isSymbolicLink()) {
        const target = await realpath(abs).catch(() => null);
        if (!target) {
          problems.push({ file: relPath, severity: "error", message: "broken symbolic link" });
          continue;
        }
        if (!inside(target)) {
          problems.push({
            file: relPath,
            severity: "error",
            message: "symbolic link to a file outside the corpus folder; not read",
          });
          continue;
        }
        const t = await lstat(target);
        isDir = t.isDirectory();
        isFile = t.isFile();
        if (isDir) continue; // a link to a folder inside the corpus is read at its real place
      }
      if (isDir) await visit(abs, relPath);
      else if (isFile && DOCUMENT_EXTENSIONS.test(name)) files.push(relPath);
    }
  }
  await visit(realRoot, "");
  return { files, problems };
}

/** Resolves a manifest path safely: null when it points outside the corpus folder. */
export function resolveInside(root: string, file: string): string | null {
  const abs = path.resolve(root, file);
  const rootAbs = path.resolve(root);
  return abs.startsWith(rootAbs + path.sep) ? abs : null;
}

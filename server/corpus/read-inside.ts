import { constants } from "node:fs";
import { lstat, open, realpath } from "node:fs/promises";
import path from "node:path";

export type ReadInside = { bytes: Buffer } | { problem: string };

/**
 * Reads one file of a corpus the way every file of it must be read: only a regular file (a FIFO
 * would hang the run, /dev/zero would never end), only inside the folder (a symbolic link may not
 * lead out of it), at most `maxBytes`. Problems name what is wrong, never an absolute path or a
 * byte of the content: they are stored on the run and served to anyone who may read the graph.
 */
export async function readInside(
  root: string,
  file: string,
  maxBytes: number,
  limitName = "CORPUS_MAX_BYTES",
): Promise<ReadInside> {
  const realRoot = await realpath(root);
  const abs = path.resolve(realRoot, file);
  if (!isInside(realRoot, abs)) return { problem: "points outside the corpus folder; not read" };
  let real: string;
  try {
    const link = await lstat(abs);
    real = link.isSymbolicLink() ? await realpath(abs) : abs;
  } catch (e) {
    return { problem: `cannot be read (${codeOf(e)})` };
  }
  if (!isInside(realRoot, real)) return { problem: "symbolic link to a file outside the corpus folder; not read" };
  // Non-blocking, so opening a FIFO returns at once and fstat refuses it; O_NOFOLLOW, so a link swapped in after the check is not followed.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(
    (e: unknown) => codeOf(e),
  );
  if (typeof handle === "string") return { problem: `cannot be read (${handle})` };
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: "not a regular file; not read" };
    if (info.size > maxBytes) return { problem: tooLarge(info.size, maxBytes, limitName) };
    // Read up to one byte past the limit: a file that grows after the stat is still bounded.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { problem: tooLarge(length, maxBytes, limitName) };
    return { bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { problem: `cannot be read (${codeOf(e)})` };
  } finally {
    await handle.close();
  }
}

const isInside = (root: string, p: string) => p === root || p.startsWith(root + path.sep);

/** The error's code ("EACCES", "EISDIR"): its message would carry the absolute path. */
const codeOf = (e: unknown) => String((e as NodeJS.ErrnoException).code ?? "I/O error");

const tooLarge = (size: number, max: number, limitName: string) =>
  `too large (${mb(size)} MB; the limit is ${mb(max)} MB, set ${limitName} to raise it)`;

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

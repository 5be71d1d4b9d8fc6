import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** Why the bytes were not plain UTF-8, when they were not. */
  warning?: string;
  /** Why the bytes cannot be read as text at all. */
  error?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a document's bytes. UTF-8 is kept exactly as stored (a BOM stays, so offsets agree with
 * any other UTF-8 reader); UTF-16 with a BOM and Windows-1252 are read with a warning; bytes that
 * look binary are refused.
 */
export function decodeBytes(bytes: Buffer): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes, "utf16le"), warning: "UTF-16 (little-endian) file, read as UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes, "utf16be"), warning: "UTF-16 (big-endian) file, read as UTF-16" };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { text: "", error: "binary file (contains NUL bytes), not a text document" };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const text = iconv.decode(bytes, "win1252");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what tells a binary file from text
    const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
    if (controls > text.length / 100) return { text: "", error: "binary file (not text in UTF-8 or Windows-1252)" };
    return { text, warning: "not valid UTF-8; read as Windows-1252 (Latin-1)" };
  }
}

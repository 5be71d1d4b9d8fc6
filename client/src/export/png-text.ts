/**
 * Adds text chunks (PNG's own key/value metadata: Title, Description, Source, Creation Time…)
 * to a PNG, so an exported image still says what it shows once separated from the page. A value
 * that Latin-1 cannot hold (“quotes”, arrows, non-Latin names) goes into an iTXt chunk, in UTF-8.
 */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const isLatin1 = (text: string) => [...text].every((ch) => ch.length === 1 && ch.charCodeAt(0) <= 0xff);
const latin1 = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Keywords are ours and Latin-1; values are tEXt when they can be, else iTXt (uncompressed, no language). */
function textChunk(key: string, value: string): Uint8Array {
  if (isLatin1(value)) return chunk("tEXt", Uint8Array.from([...latin1(key), 0, ...latin1(value)]));
  return chunk("iTXt", Uint8Array.from([...latin1(key), 0, 0, 0, 0, 0, ...new TextEncoder().encode(value)]));
}

/** Inserts the chunks right after IHDR (the first chunk: 8-byte signature + 25 bytes). */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  const at = 8 + 25;
  const chunks = Object.entries(entries).map(([k, v]) => textChunk(k, v));
  const out: Uint8Array<ArrayBuffer> = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, at), 0);
  let offset = at;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  out.set(png.subarray(at), offset);
  return out;
}

/** Reads the text chunks back (the tests use it on downloaded files). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let i = 8; i + 8 <= png.length; ) {
    const length = view.getUint32(i);
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    const data = png.subarray(i + 8, i + 8 + length);
    const zero = data.indexOf(0);
    const key = String.fromCharCode(...data.subarray(0, zero));
    if (type === "tEXt") out[key] = String.fromCharCode(...data.subarray(zero + 1));
    if (type === "iTXt") {
      // After the keyword: compression flag and method, then the language tag and translated keyword, each 0-ended.
      const language = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, language + 1);
      out[key] = new TextDecoder().decode(data.subarray(translated + 1));
    }
    i += 12 + length;
  }
  return out;
}

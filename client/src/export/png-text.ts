/**
 * Adds tEXt chunks (PNG's own key/value metadata: Title, Description, Source, Creation Time…)
 * to a PNG, so an exported image still says what it shows once separated from the page.
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

/** tEXt is Latin-1: anything else is replaced, so the chunk stays valid. */
function latin1(text: string): number[] {
  return [...text].map((ch) => (ch.charCodeAt(0) <= 0xff && ch.length === 1 ? ch.charCodeAt(0) : 0x3f));
}

function textChunk(key: string, value: string): Uint8Array {
  const data = Uint8Array.from([...latin1(key), 0, ...latin1(value)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
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

/** Reads the tEXt chunks back (the tests use it on downloaded files). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let i = 8; i + 8 <= png.length; ) {
    const length = view.getUint32(i);
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    if (type === "tEXt") {
      const data = png.subarray(i + 8, i + 8 + length);
      const zero = data.indexOf(0);
      out[String.fromCharCode(...data.subarray(0, zero))] = String.fromCharCode(...data.subarray(zero + 1));
    }
    i += 12 + length;
  }
  return out;
}

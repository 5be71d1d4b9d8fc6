import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readPngText, withPngText } from "../../../client/src/export/png-text.js";

/** A valid 1×1 white PNG, built here so the test needs no file. */
function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

describe("PNG text metadata", () => {
  it("adds text chunks after IHDR that read back exactly: tEXt for Latin-1, iTXt (UTF-8) for the rest", () => {
    const png = withPngText(tinyPng(), { Title: "How a claim travelled", Description: "“Quoted” → here" });
    expect(readPngText(png)).toEqual({ Title: "How a claim travelled", Description: "“Quoted” → here" });
    expect(String.fromCharCode(...png.subarray(37, 41))).toBe("tEXt");
    const second = 33 + 12 + new DataView(png.buffer).getUint32(33);
    expect(String.fromCharCode(...png.subarray(second + 4, second + 8))).toBe("iTXt");
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readJarEntries } from "../../../server/embed/jar.js";

/** A zip with each entry stored (method 0) or deflated (method 8), as jar tools write them. */
function zip(entries: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    // A local header and its central directory record hold the same fields, the central one two
    // bytes further on (it starts with the version that made it).
    const header = (size: number, signature: number, shift: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(e.deflate ? 8 : 0, 8 + shift);
      b.writeUInt32LE(body.length, 18 + shift);
      b.writeUInt32LE(e.data.length, 22 + shift);
      b.writeUInt16LE(name.length, 26 + shift);
      return b;
    };
    const local = header(30, 0x04034b50, 0);
    const central = header(46, 0x02014b50, 2);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "jar-test-"));

describe("reading a jar", () => {
  it("returns the wanted entries, stored or deflated, and nothing else", async () => {
    const file = path.join(tmp, "model.jar");
    const weights = Buffer.from("weights ".repeat(1000));
    writeFileSync(
      file,
      zip([
        { name: "META-INF/MANIFEST.MF", data: Buffer.from("Manifest-Version: 1.0\n"), deflate: false },
        { name: "m.onnx", data: weights, deflate: true },
        { name: "m-tokenizer.json", data: Buffer.from('{"model":{}}'), deflate: false },
      ]),
    );
    const entries = await readJarEntries(file, (name) => name.endsWith(".onnx") || name.endsWith("tokenizer.json"));
    expect([...entries.keys()].sort()).toEqual(["m-tokenizer.json", "m.onnx"]);
    expect(entries.get("m.onnx")).toEqual(weights);
    expect(entries.get("m-tokenizer.json")!.toString()).toBe('{"model":{}}');
  });

  it("names the file when it is not a zip", async () => {
    const file = path.join(tmp, "not-a.jar");
    writeFileSync(file, "<html>not found</html>");
    await expect(readJarEntries(file, () => true)).rejects.toThrow(/not-a\.jar is not a jar/);
  });
});

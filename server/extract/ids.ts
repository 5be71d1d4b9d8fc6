/** Stable ids: the same corpus gives the same ids on every run. */
import { hash } from "node:crypto";

/** One-shot crypto.hash: the same digest as a createHash object, without making one per id. */
export function hashOf(...parts: (string | number)[]): string {
  return hash("sha1", parts.join("\u0000"), "hex").slice(0, 16);
}

export function slug(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || hashOf(name).slice(0, 8);
}

/** Hands out "prefix-slug" ids, suffixing a counter when two different keys share a slug. */
export class IdAllocator {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();
  constructor(private readonly prefix: string) {}

  idFor(key: string, name: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    const base = `${this.prefix}-${slug(name)}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    return id;
  }
}

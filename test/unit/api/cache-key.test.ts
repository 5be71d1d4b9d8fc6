import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { variablesKey } from "../../../server/api/cache-key.js";

describe("variablesKey", () => {
  it("keeps only declared variables, in name order, so unused ones cannot force a miss", () => {
    const a = variablesKey({ b: 2, a: { y: 1, x: [1, "s"] }, unused: Math.random() }, ["a", "b"], 1000);
    expect(a).toBe('{"a":{"x":[1,"s"],"y":1},"b":2}');
    expect(variablesKey({ a: { x: [1, "s"], y: 1 }, b: 2, other: "x".repeat(10_000) }, ["b", "a"], 1000)).toBe(a);
  });

  it("is canonical JSON of the declared variables for any JSON value", () => {
    // the reference, recursive (fine for small values): keys sorted as strings
    const canonical = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(canonical).join(",")}]`
        : v && typeof v === "object"
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
              .join(",")}}`
          : JSON.stringify(v);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (vars) => {
        const names = Object.keys(vars);
        expect(variablesKey(vars, names, 1e9)).toBe(canonical(vars));
      }),
    );
  });

  it("never recurses: 100 000 nested brackets give null (not cached), an unused deep variable is ignored", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(variablesKey({ v: deep }, ["v"], 16_384)).toBeNull();
    expect(variablesKey({ v: deep, w: 1 }, ["w"], 16_384)).toBe('{"w":1}');
    expect(variablesKey({ v: new Array(1e6).fill(0) }, ["v"], 16_384)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { cosine, meanPool } from "../../../server/embed/pool.js";

describe("mean pooling", () => {
  it("averages the real tokens only and scales the result to length 1", () => {
    // two rows of three tokens, two dimensions; the second row's last token is padding
    const hidden = Float32Array.from([1, 0, 3, 0, 2, 0, 0, 1, 0, 3, 100, 100]);
    const [a, b] = meanPool(hidden, [1, 1, 1, 1, 1, 0], 2, 3, 2);
    expect([...a]).toEqual([1, 0]);
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(1);
  });

  it("gives the cosine of unit vectors as their dot product", () => {
    const [a, b] = meanPool(Float32Array.from([3, 4, 4, 3]), [1, 1], 2, 1, 2);
    expect(cosine(a, a)).toBeCloseTo(1);
    expect(cosine(a, b)).toBeCloseTo(24 / 25);
  });
});

/**
 * A sentence vector from a transformer's token vectors: the mean over the real tokens (padding
 * masked out), scaled to length 1 so that a dot product is the cosine. This is how the
 * sentence-transformers models were trained to be compared.
 */

/**
 * `hidden` is [batch, tokens, dims] row-major; `mask` is [batch, tokens] with 1 for a real token.
 * Returns one unit vector per batch row.
 */
export function meanPool(
  hidden: Float32Array,
  mask: ArrayLike<number | bigint>,
  batch: number,
  tokens: number,
  dims: number,
): Float32Array[] {
  const out: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const v = new Float32Array(dims);
    let count = 0;
    for (let t = 0; t < tokens; t++) {
      if (Number(mask[b * tokens + t]) === 0) continue;
      count++;
      const row = (b * tokens + t) * dims;
      for (let d = 0; d < dims; d++) v[d] += hidden[row + d];
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    // an all-padding row (cannot come from a tokenizer that adds [CLS]) stays the zero vector
    const scale = count > 0 && norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) v[d] *= scale;
    out.push(v);
  }
  return out;
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d] * b[d];
  return s;
}

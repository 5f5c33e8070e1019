// Report similarity: each report becomes a fixed-size vector of hashed character bigrams weighted
// by tf-idf over the library (fixed size keeps a thousand reports in a few MB), compared by cosine.
// Good at "same body, other year" and "same template, other place", which is what readers ask for.

const DIMS = 4096;

/** Raw bigram counts of one folded text, hashed into DIMS buckets (Han pairs only). */
export function bigramVector(folded: string): Float32Array {
  const v = new Float32Array(DIMS);
  let prev = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const han = c >= 0x3400 && c <= 0x9fff;
    if (han && prev) v[(Math.imul(prev, 31) ^ Math.imul(c, 2654435761)) >>> 20]! += 1;
    prev = han ? c : 0;
  }
  return v;
}

/** Document frequency per bucket over all vectors. */
export function bucketDf(vectors: readonly Float32Array[]): Float32Array {
  const df = new Float32Array(DIMS);
  for (const v of vectors) for (let i = 0; i < DIMS; i++) if (v[i]! > 0) df[i]! += 1;
  return df;
}

/** tf-idf weighted, unit-length copy of a raw vector. */
export function weigh(raw: Float32Array, df: Float32Array, docs: number): Float32Array {
  const out = new Float32Array(DIMS);
  let norm = 0;
  for (let i = 0; i < DIMS; i++) {
    if (!raw[i]) continue;
    const w = Math.log1p(raw[i]!) * Math.log((docs + 1) / (df[i]! + 1) + 1);
    out[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < DIMS; i++) out[i]! /= norm;
  return out;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < DIMS; i++) s += a[i]! * b[i]!;
  return s;
}

/** The `limit` reports most like `target` (by index), best first, the target itself left out. */
export function mostSimilar(raw: readonly Float32Array[], target: number, limit = 10): Array<{ index: number; score: number }> {
  const df = bucketDf(raw);
  const weighted = raw.map((v) => weigh(v, df, raw.length));
  const me = weighted[target];
  if (!me) return [];
  return weighted
    .map((v, index) => ({ index, score: cosine(me, v) }))
    .filter((s) => s.index !== target)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

// Character bigrams as sorted integer codes: the unit of every similarity in compare. Built once per
// paragraph and merged per section, so scoring a pair is a linear merge of two typed arrays.

/** Letters, digits and Han count; punctuation and spaces only separate. */
export function significant(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code >= 0x3400 && code <= 0x4dbf) return true;
  if (code >= 0x30 && code <= 0x39) return true;
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x3007;
}

/** Bigram codes of already folded text; digits fold to 0 so 2018年 and 2019年 read alike. */
export function bigramCodes(folded: string, out: number[] = []): number[] {
  let prev = -1;
  for (let i = 0; i < folded.length; i++) {
    let code = folded.charCodeAt(i);
    if (!significant(code)) { prev = -1; continue; }
    if (code >= 0x31 && code <= 0x39) code = 0x30;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (prev >= 0) out.push(prev * 65536 + code);
    prev = code;
  }
  return out;
}

/** Sorted set of codes (duplicates removed). */
export function toSet(codes: number[]): Uint32Array {
  const sorted = Uint32Array.from(codes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  }
  return sorted.subarray(0, n);
}

/** Size of the intersection of two sorted sets. */
export function common(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { n++; i++; j++; } else if (x < y) i++; else j++;
  }
  return n;
}

/** Dice coefficient of two sorted sets; two empty sets are not evidence of anything, so 0. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * common(a, b)) / total;
}

/** Dice over the characters themselves, for strings too short to have useful bigrams. */
export function charDice(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 0;
  const setA = new Set(a), setB = new Set(b);
  let n = 0;
  for (const c of setA) if (setB.has(c)) n++;
  return (2 * n) / (setA.size + setB.size);
}

/** Union of two sorted sets, sorted. */
export function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length + b.length);
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { out[n++] = x; i++; j++; } else if (x < y) { out[n++] = x; i++; } else { out[n++] = y; j++; }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/** Dice over sets of weighted ids: twice the weight both share over the total weight of both. */
export function weightedDice(a: Uint32Array, massA: number, b: Uint32Array, massB: number, weights: Float64Array): number {
  const total = massA + massB;
  if (total === 0) return 0;
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { shared += weights[x]!; i++; j++; } else if (x < y) i++; else j++;
  }
  return (2 * shared) / total;
}

// The passes segment-entries.ts sorts key occurrences with: stable counting passes on 16 bits of a
// key (offsets from counts kept per unit value, visiting only the values present), and the listing of
// pairs from the sorted single units.

/** Pairs (first unit << 16 | second unit, section ordinal) in the order of the sorted units that end them. */
export function listPairs(packed: Uint32Array, prevs: Uint16Array, n: number, keys: Uint32Array, secs: Uint16Array): number {
  let np = 0;
  for (let i = 0; i < n; i++) {
    const prev = prevs[i]!;
    if (prev === 0) continue;
    const x = packed[i]!;
    keys[np] = ((prev << 16) | (x >>> 16)) >>> 0;
    secs[np++] = x & 0xffff;
  }
  return np;
}

/** Turns counts into start offsets; false when one value holds all n (the pass would move nothing). */
export function startOffsets(h: Uint32Array, values: Uint16Array, n: number): boolean {
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    const count = h[v]!;
    if (count === n) return false;
    h[v] = sum;
    sum += count;
  }
  return true;
}

/** Moves each occurrence and its section to the next offset of its key's 16-bit value at `shift`. */
export function sortPass(keys: Uint32Array, secs: Uint16Array, keysB: Uint32Array, secsB: Uint16Array, h: Uint32Array, n: number, shift: number): void {
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    const at = h[(k >>> shift) & 0xffff]!++;
    keysB[at] = k;
    secsB[at] = secs[i]!;
  }
}

/** sortPass for keys alone. */
export function sortKeys(keys: Uint32Array, keysB: Uint32Array, h: Uint32Array, n: number, shift: number): void {
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    keysB[h[(k >>> shift) & 0xffff]!++] = k;
  }
}

export function grow<T extends Uint32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(from: T, to: T, n: number): T {
  to.set(from.subarray(0, n));
  return to;
}

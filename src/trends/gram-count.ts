// Gram counts for top terms without counting every gram. Bigrams are counted exactly (a dense table
// over the first alphabet indices, a hash table past them); three- and four-character grams only
// where every bigram inside them reaches a support: no gram is more frequent than its bigrams, so
// each gram at or above the support is counted exactly and the rest are never looked at.
import { B, type CodedText } from './gram-codes';
import { GramTable } from './gram-table';
import { SHARE, tallyAdd, type Candidate } from './gram-context';

/** Alphabet indices below this count into a dense table (4 bytes a pair: at most 16 MB). */
const DENSE = 2048;

export class BigramCounts {
  readonly side: number;
  readonly dense: Int32Array;
  readonly over = new GramTable();

  constructor(alphabetSize: number) {
    this.side = Math.min(alphabetSize, DENSE);
    this.dense = new Int32Array(this.side * this.side);
  }

  /** Occurrences of index a followed by index b (particles included), both non-zero. */
  raw(a: number, b: number): number {
    return a < this.side && b < this.side ? this.dense[a * this.side + b]! : this.over.get(a * B + b);
  }

  add(texts: readonly CodedText[], index: Uint16Array): void {
    const { side, dense, over } = this;
    for (const { codes } of texts) {
      let a = 0;
      for (let k = 0; k < codes.length; k++) {
        const b = index[codes[k]!]!;
        if (a && b) {
          if (a < side && b < side) dense[a * side + b]!++;
          else over.add(a * B + b);
        }
        a = b;
      }
    }
  }

  forEach(fn: (key: number, count: number) => void): void {
    const { side, dense } = this;
    for (let a = 1; a < side; a++) {
      for (let b = 1, row = a * side; b < side; b++) if (dense[row + b]) fn(a * B + b, dense[row + b]!);
    }
    this.over.forEach(fn);
  }
}

/**
 * Three- and four-character grams (edges not particles) that can matter when every listed gram occurs
 * at least `floor` times: those that can reach the floor, and those that can hold SHARE of a shorter
 * gram that can (a gram occurs no more often than any of its bigrams). Whether a gram is counted
 * depends only on its bigrams, so a counted gram is counted at every occurrence.
 */
export function countLonger(texts: readonly CodedText[], index: Uint16Array, bi: BigramCounts, edge: Uint8Array, floor: number): [GramTable, GramTable] {
  const tri = new GramTable(1 << 14);
  const quad = new GramTable(1 << 14);
  const least = floor * SHARE;
  for (const { codes } of texts) {
    let a = 0, b = 0, c = 0, x = 0, y = 0;
    for (let k = 0; k < codes.length; k++) {
      const d = index[codes[k]!]!;
      const z = c && d ? bi.raw(c, d) : 0;
      if (z >= least && y >= least && !edge[d]) {
        const hi = y > z ? y : z;
        const lo = y > z ? z : y;
        if (hi >= floor && (lo >= floor || lo >= hi * SHARE) && !edge[b]) tri.add((b * B + c) * B + d);
        if (y >= floor && x >= least && (x >= floor || z >= floor) && !edge[a]) quad.add(((a * B + b) * B + c) * B + d);
      }
      a = b; b = c; c = d; x = y; y = z;
    }
  }
  return [tri, quad];
}

/** Neighbour tallies of four-character candidates, in the order the texts show them. */
export function tallyQuads(cands: readonly Candidate[], texts: readonly CodedText[], index: Uint16Array, edge: Uint8Array): void {
  const quads = cands.filter((c) => c.n === 4);
  if (!quads.length) return;
  const which = new GramTable(quads.length);
  const starts = new Uint8Array(B);
  quads.forEach((c, i) => { which.add(c.key, i + 1); starts[Math.floor(c.key / B ** 3)] = 1; });
  for (const { codes } of texts) {
    for (let i = 0; i + 4 <= codes.length; i++) {
      const first = index[codes[i]!]!;
      if (!starts[first]) continue;
      const at = which.get(((first * B + index[codes[i + 1]!]!) * B + index[codes[i + 2]!]!) * B + index[codes[i + 3]!]!);
      if (!at) continue;
      const cand = quads[at - 1]!;
      const l = i > 0 ? index[codes[i - 1]!]! : 0;
      const r = i + 4 < codes.length ? index[codes[i + 4]!]! : 0;
      if (l && !edge[l]) tallyAdd(cand.left, l);
      if (r && !edge[r]) tallyAdd(cand.right, r);
    }
  }
}

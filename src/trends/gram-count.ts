// Gram counts for top terms without counting every gram. Bigrams are counted exactly (a dense table
// over the most frequent characters' ids, a hash table past them); three- and four-character grams
// only where their bigrams say they can matter for a floor (countLonger): no gram is more frequent
// than its bigrams, so those grams are counted exactly and the rest are never looked at. Ids number
// characters by frequency (gram-codes.ts), so the pairs most text is made of sit close together.
import { B, type CharProfile } from './gram-codes';
import { GramTable, mix } from './gram-table';
import { QuadNeighbours } from './gram-quads';
import { SHARE, type Candidate } from './gram-context';

/** A candidate gram with its key in frequency ids, as counted here. */
export interface Counted extends Candidate {
  idKey: number;
}

/** Ids below this count into a dense table (4 bytes a pair: at most 16 MB)... */
const DENSE = 2048;
/** ...no bigger than this many cells a character of text: scanning it must not cost more than the text. */
const CELLS_PER_CHAR = 4;

export class BigramCounts {
  readonly side: number;
  readonly dense: Int32Array;
  readonly over = new GramTable();

  constructor(alphabetSize: number, length: number) {
    this.side = Math.max(2, Math.min(alphabetSize, DENSE, Math.floor(Math.sqrt(length * CELLS_PER_CHAR))));
    this.dense = new Int32Array(this.side * this.side);
  }

  /** Occurrences of id a followed by id b (particles included), both non-zero. */
  raw(a: number, b: number): number {
    return a < this.side && b < this.side ? this.dense[a * this.side + b]! : this.over.get(a * B + b);
  }

  /** Counts the texts' bigrams; `idOf` maps UTF-16 code units to ids. */
  add(texts: readonly CharProfile[], idOf: Uint16Array): void {
    const { side, dense, over } = this;
    for (const { text } of texts) {
      let a = 0;
      for (let k = 0; k < text.length; k++) {
        const b = idOf[text.charCodeAt(k)]!;
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

/** Pair classes: reaches floor * SHARE; reaches the floor; can be a listed bigram itself. */
const LEAST = 1;
const FLOOR = 2;
const LISTED = 4;

/** The class of every pair under a floor; `stopPairs` holds stop words of two characters as id pairs. */
function pairClass(bi: BigramCounts, edge: Uint8Array, stopPairs: ReadonlySet<number>, floor: number) {
  const least = floor * SHARE;
  const classOf = (a: number, b: number) => {
    const n = bi.raw(a, b);
    if (n < least) return 0;
    if (n < floor) return LEAST;
    return edge[a] || edge[b] || stopPairs.has(a * B + b) ? LEAST | FLOOR : LEAST | FLOOR | LISTED;
  };
  const { side } = bi;
  const table = new Uint8Array(side * side);
  for (let a = 1; a < side; a++) for (let b = 1; b < side; b++) if (bi.dense[a * side + b]! >= least) table[a * side + b] = classOf(a, b);
  return { table, side, classOf };
}

/** What a position asks for, by the classes of its three pairs and which of its four characters are particles. */
const TRI = 1;
const TRI_IF_HOLDS = 2;
const QUAD = 4;
/** A quad that can be listed itself: its neighbours are collected. */
const QUAD_LISTABLE = 8;

function actionOf(cx: number, cy: number, cz: number, ea: number, eb: number, ec: number, ed: number): number {
  if (ed || !(cy & cz & LEAST)) return 0;
  let act = 0;
  if (!eb) act |= cy & cz & FLOOR ? TRI : (cy | cz) & LISTED ? TRI_IF_HOLDS : 0;
  const bound = (cx & cz & FLOOR) || (cx & FLOOR && !ec) || (cz & FLOOR && !eb);
  if (!ea && cy & FLOOR && cx & LEAST && bound) act |= QUAD;
  if (!ea && cx & cy & cz & FLOOR) act |= QUAD_LISTABLE;
  return act;
}

/** actionOf for every (classes, particles) state: index ((cx * 8 + cy) * 8 + cz) * 16 + particle bits a b c d. */
const ACTIONS = Uint8Array.from({ length: 8 * 8 * 8 * 16 }, (_, i) =>
  actionOf(i >> 10, (i >> 7) & 7, (i >> 4) & 7, (i >> 3) & 1, (i >> 2) & 1, (i >> 1) & 1, i & 1));

export interface Longer {
  tri: GramTable;
  quad: GramTable;
  neighbours: QuadNeighbours;
}

/**
 * Three- and four-character grams (edges not particles) that can matter when every listed gram occurs
 * at least `floor` times: those that can reach the floor, and those that can hold SHARE of a shorter
 * gram that can be listed (a gram occurs no more often than any of its bigrams). Whether a gram is
 * counted depends only on its bigrams, so a counted gram is counted at every occurrence.
 */
export function countLonger(texts: readonly CharProfile[], idOf: Uint16Array, bi: BigramCounts, edge: Uint8Array, stopPairs: ReadonlySet<number>, floor: number): Longer {
  const out: Longer = { tri: new GramTable(1 << 14), quad: new GramTable(1 << 14), neighbours: new QuadNeighbours() };
  const { tri, quad, neighbours } = out;
  const { table, side, classOf } = pairClass(bi, edge, stopPairs, floor);
  const dense = bi.dense;
  // A neighbour can bind a listed bigram only holding SHARE of it.
  const holds = (b: number, c: number, d: number) => {
    if (b >= side || c >= side || d >= side) return true;
    const y = dense[b * side + c]!;
    const z = dense[c * side + d]!;
    return (table[b * side + c]! & LISTED && z >= y * SHARE) || (table[c * side + d]! & LISTED && y >= z * SHARE);
  };
  for (const { text } of texts) {
    let l = 0, a = 0, b = 0, c = 0, state = 0, pending = -1;
    for (let k = 0; k < text.length; k++) {
      const d = idOf[text.charCodeAt(k)]!;
      if (pending >= 0 && d && !edge[d]) neighbours.add(pending, 1, d);
      pending = -1;
      const cz = c < side && d < side ? table[c * side + d]! : c && d ? classOf(c, d) : 0;
      // state: classes of the pairs ab and bc (6 bits), then whether a, b, c are particles (3 bits)
      const at = ((state >> 3) << 7) | (cz << 4) | ((state & 7) << 1) | edge[d]!;
      const act = ACTIONS[at]!;
      if (act) {
        const h = mix(mix(mix(0, d), c), b);
        if (act & TRI || (act & TRI_IF_HOLDS && holds(b, c, d))) tri.addHashed((b * B + c) * B + d, h);
        if (act & QUAD) {
          const ordinal = quad.addHashed(((a * B + b) * B + c) * B + d, mix(h, a));
          if (act & QUAD_LISTABLE) {
            if (l && !edge[l]) neighbours.add(ordinal, 0, l);
            pending = ordinal;
          }
        }
      }
      state = (((at >> 4) & 63) << 3) | (at & 7);
      l = a; a = b; b = c; c = d;
    }
  }
  return out;
}

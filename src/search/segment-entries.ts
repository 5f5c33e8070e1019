// The raw material of a postings segment: every key occurrence of a batch of sections (each unit
// above U+0020, each pair of adjacent visible units) with its section, in section order, then
// stably sorted by key: one counting pass on the unit for single units; pairs sorted by their second
// unit are read off that order, then one pass on their first unit (counts taken as keys arrive).
// Each key's occurrences then lie side by side, sections ascending, and runs of one section are its
// count there: the segment is written front to back, with no table of keys and no bookkeeping per
// section (counting through hash tables cost more, and grew with the number of distinct keys).
// Sections are held as their ordinal in the batch (under 65,536: segment-build.ts seals before), `secOf` maps them back.
// Listed trigrams (trigrams.ts) are noted as their rank << 16 | section ordinal, and sorted like single units.
import { PAIRED } from './postings';
import { mayBeginTrigram, trigramRank, TRIGRAMS } from './trigrams';
import { grow, listPairs, sortKeys, sortPass, startOffsets } from './segment-radix';

/** Sections a batch may hold: their ordinals take 16 bits. */
export const SECTION_SPAN = 65536;

/**
 * Occurrences of one kind of key: `keys`, and beside them (`withSecs`: units and pairs, not
 * trigrams) a 16-bit value in `secs` that moves with its key when sorted.
 */
export class Occurrences {
  n = 0;
  keys = new Uint32Array(1 << 15);
  secs: Uint16Array<ArrayBuffer>;
  private keysB = new Uint32Array(1 << 15);
  private secsB: Uint16Array<ArrayBuffer>;

  constructor(private readonly withSecs = true) {
    this.secs = new Uint16Array(withSecs ? 1 << 15 : 0);
    this.secsB = new Uint16Array(withSecs ? 1 << 15 : 0);
  }

  /** Room for `extra` more (the arrays may move: read them after this). */
  reserve(extra: number): void {
    if (this.n + extra <= this.keys.length) return;
    let size = this.keys.length;
    while (size < this.n + extra) size *= 2;
    this.keys = grow(this.keys, new Uint32Array(size), this.n);
    this.keysB = new Uint32Array(size);
    if (!this.withSecs) return;
    this.secs = grow(this.secs, new Uint16Array(size), this.n);
    this.secsB = new Uint16Array(size);
  }

  /**
   * One stable counting pass on the 16 bits of the key at `shift` (`secs` move along): `counts` the
   * occurrences of each value, all zero but at the values in `values` (ascending).
   */
  pass(counts: Uint32Array, values: Uint16Array, shift: number): void {
    if (!startOffsets(counts, values, this.n)) return;
    if (this.withSecs) {
      sortPass(this.keys, this.secs, this.keysB, this.secsB, counts, this.n, shift);
      [this.secs, this.secsB] = [this.secsB, this.secs];
    } else sortKeys(this.keys, this.keysB, counts, this.n, shift);
    [this.keys, this.keysB] = [this.keysB, this.keys];
  }
}

export class BatchKeys {
  /** Single units, each packed as unit << 16 | section ordinal, and beside it (`secs`) the unit before it when they pair. */
  units = new Occurrences();
  pairs = new Occurrences();
  /**
   * The units no pair starts at (the last of a section, or before a space or an unpaired unit), packed
   * as units are: a unit's own postings count only these, its full count in a section being these
   * and its pairs' (postings.ts): a third of the postings saved, the pairs holding the rest.
   */
  ends = new Uint32Array(1 << 12);
  nEnds = 0;
  /** Listed trigrams, each packed as rank << 16 | section ordinal. */
  tris = new Occurrences(false);
  /** Occurrences per unit value: of single units, of pairs' first unit. */
  private unitCounts = new Uint32Array(65536);
  private highCounts = new Uint32Array(65536);
  /** The distinct units of the batch (a pair's units are among them): the only non-zero counts. */
  private distinct = new Uint16Array(65536);
  private nDistinct = 0;
  /** The same for trigram ranks. */
  private triCounts = new Uint32Array(TRIGRAMS);
  private triDistinct = new Uint16Array(TRIGRAMS);
  private nTriDistinct = 0;
  /** Section id of each ordinal. */
  secOf = new Int32Array(1024);
  nSecs = 0;

  /** Pair occurrences so far (they are listed from the units' order by sort()). */
  private nPairs = 0;

  get n(): number {
    return this.units.n + this.nPairs + this.tris.n;
  }

  /** Forgets the batch (the arrays stay for the next one). */
  clear(): void {
    this.units.n = this.pairs.n = this.tris.n = this.nPairs = this.nSecs = this.nEnds = 0;
    for (let k = 0; k < this.nDistinct; k++) {
      const u = this.distinct[k]!;
      this.unitCounts[u] = this.highCounts[u] = 0;
    }
    for (let k = 0; k < this.nTriDistinct; k++) this.triCounts[this.triDistinct[k]!] = 0;
    this.nDistinct = this.nTriDistinct = 0;
  }

  /** Appends the key occurrences of text[from, to) as section `sec` (ascending across calls). */
  addSection(sec: number, text: string, from: number, to: number): void {
    if (this.nSecs === this.secOf.length) this.secOf = grow(this.secOf, new Int32Array(2 * this.nSecs), this.nSecs);
    const rel = this.nSecs++;
    this.secOf[rel] = sec;
    this.units.reserve(to - from);
    this.tris.reserve(to - from);
    const { unitCounts, highCounts, distinct, triCounts, triDistinct } = this;
    let nDistinct = this.nDistinct;
    let nTriDistinct = this.nTriDistinct;
    const { keys: uKeys, secs: uPrev } = this.units;
    const tKeys = this.tris.keys;
    let nu = this.units.n;
    let np = this.nPairs;
    let nt = this.tris.n;
    let prev = 0;
    let prevPaired = false;
    // The unit before `prev`, and whether the two paired and may begin a listed trigram: then a pair
    // ending at this unit makes one, looked up.
    let prev2 = 0;
    let triOpen = false;
    // The unit before, packed, until the next tells whether a pair starts at it (-1: none waiting).
    let open = -1;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c <= 0x20) {
        if (open >= 0) this.end(open);
        open = -1;
        prevPaired = triOpen = false;
        continue;
      }
      const packed = ((c << 16) | rel) >>> 0;
      uKeys[nu] = packed;
      if (unitCounts[c]!++ === 0) distinct[nDistinct++] = c;
      const paired = PAIRED[c] === 1;
      // The unit's pair with the one before it, if any, is noted by that unit (0: none; units here are above U+0020).
      if (paired && prevPaired) {
        uPrev[nu] = prev;
        highCounts[prev]!++;
        np++;
        if (triOpen) {
          const rank = trigramRank(prev2, prev, c);
          if (rank >= 0) {
            tKeys[nt++] = ((rank << 16) | rel) >>> 0;
            if (triCounts[rank]!++ === 0) triDistinct[nTriDistinct++] = rank;
          }
        }
        triOpen = mayBeginTrigram(prev, c);
      } else {
        uPrev[nu] = 0;
        triOpen = false;
        if (open >= 0) this.end(open);
      }
      nu++;
      prev2 = prev;
      prev = c;
      prevPaired = paired;
      open = packed;
    }
    if (open >= 0) this.end(open);
    this.units.n = nu;
    this.nPairs = np;
    this.tris.n = nt;
    this.nDistinct = nDistinct;
    this.nTriDistinct = nTriDistinct;
  }

  private end(packed: number): void {
    if (this.nEnds === this.ends.length) this.ends = grow(this.ends, new Uint32Array(2 * this.nEnds), this.nEnds);
    this.ends[this.nEnds++] = packed;
  }

  /**
   * Sorts each kind's occurrences by key, stably (sections stay ascending within a key). Pairs sorted
   * by their second unit are the units sorted, where a pair ends: listed from them, then one pass on
   * the first unit.
   */
  sort(): void {
    const values = this.distinct.subarray(0, this.nDistinct).sort();
    this.units.pass(this.unitCounts, values, 16);
    this.pairs.reserve(this.nPairs);
    const np = listPairs(this.units.keys, this.units.secs, this.units.n, this.pairs.keys, this.pairs.secs);
    this.pairs.n = np;
    this.pairs.pass(this.highCounts, values, 16);
    // Noted in section order: one pass on the rank orders them by rank, then section.
    this.tris.pass(this.triCounts, this.triDistinct.subarray(0, this.nTriDistinct).sort(), 16);
    // Few (about one per paragraph): a plain numeric sort orders them by unit, then section.
    this.ends.subarray(0, this.nEnds).sort();
  }
}

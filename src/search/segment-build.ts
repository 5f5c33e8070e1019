// Building postings segments. A builder takes sections in ascending id order, lists their key
// occurrences and sorts them by key (segment-entries.ts), then seals them into one segment in a
// single pass: each run of one key is its postings list, each run of one section within it a
// posting, written in order into the segment's bytes. segment-merge.ts joins segments.
import { FULL_UNIT, PostingWriter, type Segment } from './postings';
import { BatchKeys, SECTION_SPAN } from './segment-entries';
import { grow } from './segment-radix';
import { setLastSections } from './segment-lasts';
import { TRIGRAM_KEY } from './trigrams';

/** Key occurrences per segment sealed at once, so a huge batch does not hold all of them at a time. */
const ENTRY_SPAN = 2 ** 22;

/** Lists written in key order: each key, its list's start in `data`, its last section (scratch, reused). */
class KeyLists {
  keys = new Uint32Array(1 << 12);
  offs = new Uint32Array(1 << 12);
  lasts = new Uint32Array(1 << 12);
  n = 0;
  data = new PostingWriter();

  /** Room for one more key and the end offset after it (the arrays grow, and stay grown). */
  room(): void {
    if (this.n + 1 < this.keys.length) return;
    const size = 2 * this.keys.length;
    this.keys = grow(this.keys, new Uint32Array(size), this.n);
    this.offs = grow(this.offs, new Uint32Array(size), this.n);
    this.lasts = grow(this.lasts, new Uint32Array(size), this.n);
  }

  /** Appends another table's lists after these (its keys above these). */
  append(other: KeyLists): void {
    for (let k = 0; k < other.n; k++) {
      this.room();
      this.keys[this.n] = other.keys[k]!;
      this.offs[this.n] = this.data.len + other.offs[k]!;
      this.lasts[this.n++] = other.lasts[k]!;
    }
    this.data.copy(other.data.buf, 0, other.data.len);
  }

  reset(): void {
    this.n = this.data.len = 0;
  }
}

/** Scratch output of a seal, reused (each segment gets exact-size copies); released by releaseScratch(). */
let out = new KeyLists();
/** The pairs' lists, written first (their postings decide which units get full lists), then appended to out. */
let pairOut = new KeyLists();

/** Lets the seal's scratch go (several MB once a large batch grew it): indexing is over for now. */
function releaseScratch(): void {
  out = new KeyLists();
  pairOut = new KeyLists();
}

/** Collects sections (ascending ids) and seals them into a segment. */
export class SegmentBuilder {
  private batch = new BatchKeys();
  private first = -1;
  private end = -1;
  private early: Segment[] = [];

  /** Section `sec` is text[from, to). Ids must ascend across calls. */
  addSection(sec: number, text: string, from: number, to: number): void {
    // A section has at most 3 key occurrences per unit (itself, the pair and the trigram it ends).
    if (this.first >= 0 && (this.batch.n + 3 * (to - from) >= ENTRY_SPAN || this.batch.nSecs === SECTION_SPAN)) this.early.push(this.seal()!);
    if (this.first < 0) this.first = sec;
    this.end = sec + 1;
    this.batch.addSection(sec, text, from, to);
  }

  /**
   * Gives back the memory batches grew (their key occurrences and the seal's scratch, about 7 MB after
   * batches of 20 reports) when nothing waits to be sealed: kept between the batches of an import, it
   * is dead weight once indexing stops.
   */
  release(): void {
    if (this.first >= 0 || this.early.length) return;
    this.batch = new BatchKeys();
    releaseScratch();
  }

  /** Segments sealed early because the occurrences grew many, and the rest; the builder is then empty. */
  sealAll(): Segment[] {
    const out = this.early;
    this.early = [];
    const last = this.seal();
    return last ? [...out, last] : out;
  }

  private seal(): Segment | null {
    if (this.first < 0) return null;
    const b = this.batch;
    b.sort();
    out.reset();
    pairOut.reset();
    // Pairs are written first, counting the postings of each unit's pairs (fullUnits), then the
    // single units' keys, their full lists' (FULL_UNIT + unit), and trigrams' (TRIGRAM_KEY + rank),
    // all below pairs' (0x210000 and up), in that order; the pairs' lists go after them.
    writePairPostings(pairOut, b.pairs.keys, b.pairs.secs, b.pairs.n, b.secOf, this.first);
    writeUnitPostings(out, b.ends, b.nEnds, b.secOf, this.first, 0);
    const units = b.units.keys;
    for (const [from, to] of fullUnits(b)) writeUnitPostings(out, units.subarray(from, to), to - from, b.secOf, this.first, FULL_UNIT);
    writeUnitPostings(out, b.tris.keys, b.tris.n, b.secOf, this.first, TRIGRAM_KEY);
    out.append(pairOut);
    const n = out.n;
    out.offs[n] = out.data.len;
    const seg: Segment = { firstSec: this.first, endSec: this.end, keys: out.keys.slice(0, n), offs: out.offs.slice(0, n + 1), data: out.data.bytes(), unread: null };
    setLastSections(seg, out.lasts.slice(0, n));
    b.clear();
    this.first = this.end = -1;
    return seg;
  }
}

/**
 * A unit gets a full list as well (every occurrence: FULL_UNIT + unit) where its own list and the
 * pairs it starts hold this many times the postings of that list: a common character or punctuation
 * mark starts a thousand different pairs in a segment ('、' ten postings for each of a full list's),
 * and counting it from them cost single-character queries up to 2.4 times their time at 20,000
 * reports. About 200 units take it at 5,000 reports, 2.6 MB (a ratio of 3: 30 units, 1 MB, and the
 * words settled by their inner units' counts slower).
 */
export const FULL_RATIO = 2;
/** Sections a unit must stand in for its full list to pay. */
export const FULL_MIN = 8;

/** Per unit value: postings of its own list and of the pairs it starts (counted as they are written; kept zeroed). */
const split = new Uint32Array(65536);

/**
 * The ranges of the batch's sorted unit occurrences [from, to) of the units that get a full list,
 * ascending: the postings of each unit's own list and pairs counted as they were written, then one
 * pass over the units counting the sections holding each (a run of one value is one section) as it
 * finds its range.
 */
function fullUnits(b: BatchKeys): [number, number][] {
  const units = b.units.keys;
  const nUnits = b.units.n;
  const out: [number, number][] = [];
  for (let i = 0; i < nUnits; ) {
    const unit = units[i]! >>> 16;
    const from = i;
    let sections = 0;
    // A new packed value is a new section; counted without a branch (+bool), which whether the
    // section changes is too random to predict: four times faster on runs of every length.
    for (let prev = -1; i < nUnits; i++) {
      const x = units[i]!;
      if (x >>> 16 !== unit) break;
      sections += +(x !== prev);
      prev = x;
    }
    if (sections >= FULL_MIN && split[unit]! > FULL_RATIO * sections) out.push([from, i]);
    split[unit] = 0;
  }
  return out;
}

/**
 * Postings of single units (or listed trigrams, by rank): `packed` holds unit << 16 | section ordinal (its id in `secOf`), sorted;
 * the first gap counts from the batch's first section. Their keys are keyBase + unit. A unit's own
 * list (keyBase 0) counts its postings in `split`.
 */
function writeUnitPostings(to: KeyLists, packed: Uint32Array, n: number, secOf: Int32Array, first: number, keyBase: number): void {
  const data = to.data;
  for (let i = 0; i < n; ) {
    const unit = packed[i]! >>> 16;
    to.room();
    to.keys[to.n] = keyBase + unit;
    to.offs[to.n] = data.len;
    let prev = first;
    let postings = 0;
    do {
      const x = packed[i]!;
      let count = 1;
      while (++i < n && packed[i] === x) count++;
      const sec = secOf[x & 0xffff]!;
      data.posting(sec - prev, count);
      prev = sec;
      postings++;
    } while (i < n && packed[i]! >>> 16 === unit);
    if (keyBase === 0) split[unit]! += postings;
    to.lasts[to.n++] = prev;
  }
}

/** The same for pairs (keys sorted, section ordinals beside them), counting each first unit's postings in `split`. */
function writePairPostings(to: KeyLists, keys: Uint32Array, secs: Uint16Array, n: number, secOf: Int32Array, first: number): void {
  const data = to.data;
  for (let i = 0; i < n; ) {
    const key = keys[i]!;
    to.room();
    to.keys[to.n] = key;
    to.offs[to.n] = data.len;
    let prev = first;
    let postings = 0;
    do {
      const rel = secs[i]!;
      let count = 1;
      while (++i < n && secs[i] === rel && keys[i] === key) count++;
      const sec = secOf[rel]!;
      data.posting(sec - prev, count);
      prev = sec;
      postings++;
    } while (i < n && keys[i] === key);
    split[key >>> 16]! += postings;
    to.lasts[to.n++] = prev;
  }
}

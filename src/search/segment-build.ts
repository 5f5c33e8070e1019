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

/** Scratch output of a seal, reused (each segment gets exact-size copies); released by releaseScratch(). */
let outKeys = new Uint32Array(1 << 12);
let outOffs = new Uint32Array(1 << 12);
let outLasts = new Uint32Array(1 << 12);
let out = new PostingWriter();

/** Lets the seal's scratch go (several MB once a large batch grew it): indexing is over for now. */
function releaseScratch(): void {
  outKeys = new Uint32Array(1 << 12);
  outOffs = new Uint32Array(1 << 12);
  outLasts = new Uint32Array(1 << 12);
  out = new PostingWriter();
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
    out.len = 0;
    // Single units' keys, then their full lists' (FULL_UNIT + unit), then trigrams' (TRIGRAM_KEY +
    // rank), are all below pairs' (0x210000 and up): their lists come first, in that order.
    let nKeys = writeUnitPostings(b.ends, b.nEnds, b.secOf, this.first, 0, 0);
    const units = b.units.keys;
    for (const [from, to] of fullUnits(b)) nKeys = writeUnitPostings(units.subarray(from, to), to - from, b.secOf, this.first, nKeys, FULL_UNIT);
    nKeys = writeUnitPostings(b.tris.keys, b.tris.n, b.secOf, this.first, nKeys, TRIGRAM_KEY);
    nKeys = writePairPostings(b.pairs.keys, b.pairs.secs, b.pairs.n, b.secOf, this.first, nKeys);
    const seg: Segment = { firstSec: this.first, endSec: this.end, keys: outKeys.slice(0, nKeys), offs: outOffs.slice(0, nKeys + 1), data: out.bytes() };
    setLastSections(seg, outLasts.slice(0, nKeys));
    b.clear();
    this.first = this.end = -1;
    return seg;
  }
}

/** Room for key `nKeys` and the end offset after it (the scratch arrays grow, and stay grown). */
function roomForKey(nKeys: number): void {
  if (nKeys + 1 < outKeys.length) return;
  const size = 2 * outKeys.length;
  outKeys = grow(outKeys, new Uint32Array(size), nKeys);
  outOffs = grow(outOffs, new Uint32Array(size), nKeys);
  outLasts = grow(outLasts, new Uint32Array(size), nKeys);
}

/**
 * A unit gets a full list as well (every occurrence: FULL_UNIT + unit) where its own list and the
 * pairs it starts hold this many times the postings of that list: a common character or punctuation
 * mark starts a thousand different pairs in a segment ('、' ten postings for each of a full list's),
 * and counting it from them cost single-character queries up to 2.4 times their time at 20,000
 * reports. About 200 units take it at 5,000 reports, 2.6 MB (a ratio of 3: 30 units, 1 MB, and the
 * words settled by their inner units' counts slower).
 */
const FULL_RATIO = 2;
/** Sections a unit must stand in for its full list to pay. */
const FULL_MIN = 8;

/** Per unit value: postings of its own list and of the pairs it starts (kept zeroed). */
const split = new Uint32Array(65536);

/**
 * The ranges of the batch's sorted unit occurrences [from, to) of the units that get a full list,
 * ascending: the postings of each unit's own list and pairs counted first, then one pass over the
 * units counting the sections holding each (a run of one value is one section) as it finds its range.
 */
function fullUnits(b: BatchKeys): [number, number][] {
  const { ends, nEnds } = b;
  for (let i = 0; i < nEnds; i++) if (i === 0 || ends[i] !== ends[i - 1]) split[ends[i]! >>> 16]!++;
  const { keys, secs, n } = b.pairs;
  for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1] || secs[i] !== secs[i - 1]) split[keys[i]! >>> 16]!++;
  const units = b.units.keys;
  const nUnits = b.units.n;
  const out: [number, number][] = [];
  for (let i = 0; i < nUnits; ) {
    const unit = units[i]! >>> 16;
    const from = i;
    let sections = 0;
    for (; i < nUnits && units[i]! >>> 16 === unit; i++) if (i === from || units[i] !== units[i - 1]) sections++;
    if (sections >= FULL_MIN && split[unit]! > FULL_RATIO * sections) out.push([from, i]);
    split[unit] = 0;
  }
  return out;
}

/**
 * Postings of single units (or listed trigrams, by rank): `packed` holds unit << 16 | section ordinal (its id in `secOf`), sorted;
 * the first gap counts from the batch's first section. Their keys are keyBase + unit, written from
 * key `nKeys` on. Returns the number of keys then.
 */
function writeUnitPostings(packed: Uint32Array, n: number, secOf: Int32Array, first: number, nKeys: number, keyBase: number): number {
  for (let i = 0; i < n; ) {
    const unit = packed[i]! >>> 16;
    roomForKey(nKeys);
    outKeys[nKeys] = keyBase + unit;
    outOffs[nKeys] = out.len;
    let prev = first;
    do {
      const x = packed[i]!;
      let count = 1;
      while (++i < n && packed[i] === x) count++;
      const sec = secOf[x & 0xffff]!;
      out.posting(sec - prev, count);
      prev = sec;
    } while (i < n && packed[i]! >>> 16 === unit);
    outLasts[nKeys++] = prev;
  }
  outOffs[nKeys] = out.len;
  return nKeys;
}

/** The same for pairs (keys sorted, section ordinals beside them), after the units' `nKeys` keys. */
function writePairPostings(keys: Uint32Array, secs: Uint16Array, n: number, secOf: Int32Array, first: number, nKeys: number): number {
  for (let i = 0; i < n; ) {
    const key = keys[i]!;
    roomForKey(nKeys);
    outKeys[nKeys] = key;
    outOffs[nKeys] = out.len;
    let prev = first;
    do {
      const rel = secs[i]!;
      let count = 1;
      while (++i < n && secs[i] === rel && keys[i] === key) count++;
      const sec = secOf[rel]!;
      out.posting(sec - prev, count);
      prev = sec;
    } while (i < n && keys[i] === key);
    outLasts[nKeys++] = prev;
  }
  outOffs[nKeys] = out.len;
  return nKeys;
}

// Building and merging postings segments. A builder takes sections in ascending id order, counts
// their keys (every character above U+0020, every pair of adjacent units), and seals them into one
// segment; merging decodes segments of adjacent section runs and writes one, dropping dead sections.
import { decodeInto, pairKey, PostingList, PostingWriter, type Segment } from './postings';

/** Open-addressing counter for one section's keys; generations spare clearing it between sections. */
class SectionCounter {
  keys = new Uint32Array(4096);
  counts = new Uint32Array(4096);
  gens = new Uint32Array(4096);
  used = new Int32Array(4096);
  nUsed = 0;
  private gen = 0;

  begin(chars: number): void {
    let size = this.keys.length;
    while (size < chars * 4) size *= 2;
    if (size > this.keys.length) {
      this.keys = new Uint32Array(size);
      this.counts = new Uint32Array(size);
      this.gens = new Uint32Array(size);
      this.used = new Int32Array(size);
    }
    this.gen++;
    this.nUsed = 0;
  }

  add(key: number): void {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.gens[i] === this.gen && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.gens[i] !== this.gen) {
      this.gens[i] = this.gen;
      this.keys[i] = key;
      this.counts[i] = 0;
      this.used[this.nUsed++] = i;
    }
    this.counts[i]!++;
  }
}

const counter = new SectionCounter();

/** Entries per segment sealed at once, so a huge batch does not hold all its entries at a time. */
const ENTRY_SPAN = 2 ** 22;

const buckets = new Uint32Array(65537);

/**
 * Entry indexes ordered by key, stably (so sections stay ascending within a key): a two-pass radix
 * sort on 16-bit halves, several times faster than sorting packed numbers.
 */
function radixOrder(keys: Uint32Array, n: number): Uint32Array {
  let from = new Uint32Array(n);
  for (let e = 0; e < n; e++) from[e] = e;
  let to = new Uint32Array(n);
  for (const shift of [0, 16]) {
    buckets.fill(0);
    for (let e = 0; e < n; e++) buckets[((keys[e]! >>> shift) & 0xffff) + 1]!++;
    for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b]!;
    for (let j = 0; j < n; j++) {
      const e = from[j]!;
      to[buckets[(keys[e]! >>> shift) & 0xffff]!++] = e;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Counts every key of text[from, to): units above U+0020 alone, and adjacent pairs of letters, digits and ideographs. */
function countKeys(text: string, from: number, to: number): void {
  counter.begin(to - from);
  let prev = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20) counter.add(c);
    if (prev > 0) {
      const pair = pairKey(prev, c);
      if (pair !== null) counter.add(pair);
    }
    prev = c;
  }
}

/** Growable parallel arrays. */
class Entries {
  keys = new Uint32Array(1 << 14);
  secs = new Int32Array(1 << 14);
  counts = new Uint32Array(1 << 14);
  n = 0;

  push(key: number, sec: number, count: number): void {
    if (this.n === this.keys.length) {
      const grow = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T) => { const b = make(a.length * 2); b.set(a); return b; };
      this.keys = grow(this.keys, (n) => new Uint32Array(n));
      this.secs = grow(this.secs, (n) => new Int32Array(n));
      this.counts = grow(this.counts, (n) => new Uint32Array(n));
    }
    this.keys[this.n] = key;
    this.secs[this.n] = sec;
    this.counts[this.n++] = count;
  }
}

/** Collects sections (ascending ids) and seals them into a segment. */
export class SegmentBuilder {
  private entries = new Entries();
  private first = -1;
  private end = -1;
  private early: Segment[] = [];

  /** Section `sec` is text[from, to). Ids must ascend across calls. */
  addSection(sec: number, text: string, from: number, to: number): void {
    // A section has at most 2 entries per unit.
    if (this.entries.n + 2 * (to - from) + 2 >= ENTRY_SPAN) this.early.push(this.seal()!);
    if (this.first < 0) this.first = sec;
    this.end = sec + 1;
    countKeys(text, from, to);
    for (let u = 0; u < counter.nUsed; u++) {
      const slot = counter.used[u]!;
      this.entries.push(counter.keys[slot]!, sec, counter.counts[slot]!);
    }
  }

  /** Segments sealed early because the entries grew large, and the rest; the builder is then empty. */
  sealAll(): Segment[] {
    const out = this.early;
    this.early = [];
    const last = this.seal();
    return last ? [...out, last] : out;
  }

  private seal(): Segment | null {
    if (this.first < 0) return null;
    const { keys, secs, counts, n } = this.entries;
    const order = radixOrder(keys, n);
    const w = new PostingWriter();
    const sortedKeys: number[] = [];
    const offList: number[] = [];
    let prevKey = -1;
    let prev = 0;
    for (let j = 0; j < n; j++) {
      const e = order[j]!;
      const key = keys[e]!;
      if (key !== prevKey) {
        sortedKeys.push((prevKey = key));
        offList.push(w.len);
        prev = this.first;
      }
      w.posting(secs[e]! - prev, counts[e]!);
      prev = secs[e]!;
    }
    offList.push(w.len);
    const sorted = Uint32Array.from(sortedKeys);
    const offs = Uint32Array.from(offList);
    const seg: Segment = { firstSec: this.first, endSec: this.end, keys: sorted, offs, data: w.bytes() };
    this.entries = new Entries();
    this.first = this.end = -1;
    return seg;
  }
}

/** One segment from segments of adjacent section runs (oldest first), keeping live sections only. */
export function mergeSegments(segs: readonly Segment[], live: (sec: number) => boolean): Segment {
  const firstSec = segs[0]!.firstSec;
  const endSec = segs[segs.length - 1]!.endSec;
  const all = new Uint32Array(segs.reduce((n, s) => n + s.keys.length, 0));
  let at = 0;
  for (const s of segs) { all.set(s.keys, at); at += s.keys.length; }
  all.sort();
  const keys: number[] = [];
  const offs: number[] = [];
  const ptr = new Int32Array(segs.length);
  const list = new PostingList();
  const w = new PostingWriter();
  for (let i = 0; i < all.length; i++) {
    const key = all[i]!;
    if (i > 0 && all[i - 1] === key) continue;
    list.n = 0;
    segs.forEach((s, j) => {
      const at = ptr[j]!;
      if (s.keys[at] === key) {
        decodeInto(s, at, list, live);
        ptr[j] = at + 1;
      }
    });
    if (list.n === 0) continue;
    keys.push(key);
    offs.push(w.len);
    let prev = firstSec;
    for (let p = 0; p < list.n; p++) {
      w.posting(list.secs[p]! - prev, list.counts[p]!);
      prev = list.secs[p]!;
    }
  }
  offs.push(w.len);
  return { firstSec, endSec, keys: Uint32Array.from(keys), offs: Uint32Array.from(offs), data: w.bytes() };
}

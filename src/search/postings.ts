// Postings of the body-text index: for each key (one character, or a pair of adjacent UTF-16 units
// of folded text) the sections that hold it and how often, as delta + varint bytes. A unit's own
// list counts it only where no pair starts at it (segment-entries.ts): its full count in a section
// is that and the counts of the pairs it starts, whose keys lie side by side (unit << 16 | next).
// A unit starting many different pairs also has a full list in a segment (FULL_UNIT + unit) that
// says the same at a fraction of the reading (segment-build.ts). The commonest trigrams have lists
// of their own (TRIGRAM_KEY + rank: trigrams.ts), between those and the pairs. A segment covers
// a run of section ids (one indexing batch, or several merged); it never changes once built, so it
// goes into IndexedDB by structured clone as it is and loads without a rebuild (its postings bytes
// perhaps later than its keys: segment-chunks.ts).
import { requireRead, type Unread } from './segment-chunks';

/**
 * Units whose pairs are keys: every visible unit (letters, digits, ideographs, surrogates,
 * punctuation), so a two-unit word is counted exactly by its pair, punctuation or not. Spaces and
 * controls pair with nothing; words holding one are verified on the text.
 */
export const PAIRED = new Uint8Array(65536);
for (let c = 0x21; c < 65536; c++) PAIRED[c] = /\s/.test(String.fromCharCode(c)) ? 0 : 1;

export function pairKey(a: number, b: number): number | null {
  return PAIRED[a] && PAIRED[b] ? ((a << 16) | b) >>> 0 : null;
}

export interface Segment {
  /** Section ids [firstSec, endSec) this segment covers. */
  firstSec: number;
  endSec: number;
  /** Keys ascending; the postings of keys[i] are data[offs[i], offs[i + 1]) (at most one per byte). */
  keys: Uint32Array;
  offs: Uint32Array;
  data: Uint8Array;
  /** Chunks of data not read from the store yet (segment-chunks.ts); null or absent: all in memory. */
  unread?: Unread | null;
}

function varintBytes(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Bytes PostingWriter.posting writes for this gap and count. */
export function postingBytes(delta: number, count: number): number {
  return varintBytes(delta * 4 + Math.min(count, 4) - 1) + (count >= 4 ? varintBytes(count - 4) : 0);
}

/**
 * A growable byte buffer writing postings: varint(delta * 4 + min(count, 4) - 1), then varint(count - 4)
 * when count >= 4. Most postings (a gap under 32 sections, a count under 4) take one byte.
 */
export class PostingWriter {
  buf: Uint8Array;
  len = 0;

  /** `size`: bytes expected (the buffer grows past it if needed). */
  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(Math.max(16, size));
  }

  private room(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  varint(v: number): void {
    this.room(5);
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }

  posting(delta: number, count: number): void {
    this.varint(delta * 4 + Math.min(count, 4) - 1);
    if (count >= 4) this.varint(count - 4);
  }

  /** Appends src[from, to) as it is (postings already encoded). */
  copy(src: Uint8Array, from: number, to: number): void {
    this.room(to - from);
    // Most lists are a few bytes: a loop beats making a subarray for them.
    if (to - from < 32) for (let k = from; k < to; k++) this.buf[this.len++] = src[k]!;
    else {
      this.buf.set(src.subarray(from, to), this.len);
      this.len += to - from;
    }
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Reusable decode target: sections and counts of one key, n of them. */
export class PostingList {
  secs: Int32Array;
  counts: Int32Array;
  n = 0;

  /** `size`: postings expected (it grows past them if needed). */
  constructor(size = 1024) {
    this.secs = new Int32Array(Math.max(16, size));
    this.counts = new Int32Array(Math.max(16, size));
  }

  reserve(extra: number): void {
    if (this.n + extra <= this.secs.length) return;
    let size = this.secs.length;
    while (size < this.n + extra) size *= 2;
    const secs = new Int32Array(size);
    const counts = new Int32Array(size);
    secs.set(this.secs.subarray(0, this.n));
    counts.set(this.counts.subarray(0, this.n));
    this.secs = secs;
    this.counts = counts;
  }
}

/** Index of key in seg.keys, or -1. */
export function findKey(seg: Segment, key: number): number {
  let lo = 0;
  let hi = seg.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = seg.keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Appends the postings of seg.keys[i] to out (sections ascending), keeping those `live` accepts. */
export function decodeInto(seg: Segment, i: number, out: PostingList, live?: (sec: number) => boolean): void {
  const data = seg.data;
  let at = seg.offs[i]!;
  const end = seg.offs[i + 1]!;
  if (seg.unread) requireRead(seg, at, end);
  out.reserve(end - at);
  let sec = seg.firstSec;
  const { secs, counts } = out;
  let n = out.n;
  // Varints decoded with a running scale, not 2 ** shift (several times faster in V8).
  while (at < end) {
    let b = data[at++]!;
    let v = b & 0x7f;
    for (let scale = 128; b & 0x80; scale *= 128) {
      b = data[at++]!;
      v += (b & 0x7f) * scale;
    }
    sec += Math.floor(v / 4);
    let count = (v & 3) + 1;
    if (count === 4) {
      b = data[at++]!;
      let c = b & 0x7f;
      for (let scale = 128; b & 0x80; scale *= 128) {
        b = data[at++]!;
        c += (b & 0x7f) * scale;
      }
      count += c;
    }
    if (live && !live(sec)) continue;
    secs[n] = sec;
    counts[n++] = count;
  }
  out.n = n;
}

/**
 * The count of `key` in each section secs[from, to) (ascending) into out, 0 where absent: its postings
 * read and met with those sections in one pass, segments holding none of them skipped.
 */
export function countsAt(segments: readonly Segment[], key: number, secs: Int32Array, from: number, to: number, out: Int32Array): Int32Array {
  out.fill(0, from, to);
  let p = from;
  for (const seg of segments) {
    if (p >= to) break;
    if (seg.endSec <= secs[p]!) continue;
    const i = findKey(seg, isUnit(key) ? FULL_UNIT + key : key);
    if (isUnit(key) && i < 0) { p = unitCountsAt(seg, key, secs, p, to, out); continue; }
    if (i < 0) continue;
    const data = seg.data;
    let at = seg.offs[i]!;
    const end = seg.offs[i + 1]!;
    if (seg.unread) requireRead(seg, at, end);
    let sec = seg.firstSec;
    // decodeInto's reading, written out again: met as it is read, a key takes 0.55-0.6 of the time of
    // decoding it into a list and meeting that, and a reader function shared by both cost decodeInto a fifth.
    while (at < end && p < to) {
      let b = data[at++]!;
      let v = b & 0x7f;
      for (let scale = 128; b & 0x80; scale *= 128) {
        b = data[at++]!;
        v += (b & 0x7f) * scale;
      }
      sec += Math.floor(v / 4);
      let count = (v & 3) + 1;
      if (count === 4) {
        b = data[at++]!;
        let c = b & 0x7f;
        for (let scale = 128; b & 0x80; scale *= 128) {
          b = data[at++]!;
          c += (b & 0x7f) * scale;
        }
        count += c;
      }
      while (p < to && secs[p]! < sec) p++;
      if (p < to && secs[p] === sec) out[p] = count;
    }
    while (p < to && secs[p]! < seg.endSec) p++;
  }
  return out;
}

/**
 * Postings of `key` over all segments (oldest first, so sections ascend), keeping those `live`
 * accepts, every one of a segment `whole` says it accepts all of (no call per posting there: a
 * common character's are a million at 20,000 reports).
 */
export function lookup(segments: readonly Segment[], key: number, out: PostingList, live?: (sec: number) => boolean, whole?: (seg: Segment) => boolean): void {
  out.n = 0;
  for (const seg of segments) {
    const keep = live && !whole?.(seg) ? live : undefined;
    if (isUnit(key)) { unitInto(seg, key, out, keep); continue; }
    const i = findKey(seg, key);
    if (i >= 0) decodeInto(seg, i, out, keep);
  }
}

/** Keys below this are single units; trigrams' start at 0x200000, pairs' at 0x210000 (their first unit is above U+0020). */
const isUnit = (key: number) => key < 0x10000;

/** FULL_UNIT + unit keys a unit's full list: in a segment that has one, it counts the unit in every section. */
export const FULL_UNIT = 0x10000;

/** Index of the first key of seg.keys not below `key`. */
function lowerBound(seg: Segment, key: number): number {
  let lo = 0;
  let hi = seg.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seg.keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lists making up a unit's full count in seg: its own (if any), then the pairs it starts. */
function unitLists(seg: Segment, unit: number): { own: number; from: number; to: number } {
  // No pair starts at a space or control (and FULL_UNIT keys are where unit 1's pairs would be).
  if (unit <= 0x20) return { own: findKey(seg, unit), from: 0, to: 0 };
  const from = lowerBound(seg, unit * 0x10000);
  return { own: findKey(seg, unit), from, to: lowerBound(seg, (unit + 1) * 0x10000) };
}

/** Counts per section of the segment (index: section - firstSec), summed over lists; kept zeroed between uses. */
let sums = new Int32Array(1024);

/** Sums a unit's lists in seg into `sums`; false when it has none there. */
function sumUnit(seg: Segment, unit: number): boolean {
  const { own, from, to } = unitLists(seg, unit);
  if (own < 0 && from === to) return false;
  if (seg.unread) {
    if (own >= 0) requireRead(seg, seg.offs[own]!, seg.offs[own + 1]!);
    requireRead(seg, seg.offs[from]!, seg.offs[to]!);
  }
  if (sums.length < seg.endSec - seg.firstSec) sums = new Int32Array(seg.endSec - seg.firstSec);
  if (own >= 0) sumLists(seg, own, own + 1);
  sumLists(seg, from, to);
  return true;
}

/**
 * Adds the counts of lists [from, to) of seg into `sums`. They lie side by side in seg.data, so they
 * are read in one run, each list's gaps counting from the segment's first section again: a common
 * unit starts a thousand pairs in a segment, most of a posting or two, and decoding each into a list
 * of its own first cost single characters half their time again.
 */
function sumLists(seg: Segment, from: number, to: number): void {
  const { data, offs } = seg;
  // A local: the module's buffer variable read once, not at every posting.
  const acc = sums;
  let at = offs[from]!;
  for (let i = from; i < to; i++) {
    const end = offs[i + 1]!;
    let sec = 0;
    while (at < end) {
      let b = data[at++]!;
      let v = b & 0x7f;
      for (let scale = 128; b & 0x80; scale *= 128) {
        b = data[at++]!;
        v += (b & 0x7f) * scale;
      }
      sec += Math.floor(v / 4);
      let count = (v & 3) + 1;
      if (count === 4) {
        b = data[at++]!;
        let c = b & 0x7f;
        for (let scale = 128; b & 0x80; scale *= 128) {
          b = data[at++]!;
          c += (b & 0x7f) * scale;
        }
        count += c;
      }
      acc[sec]! += count;
    }
  }
}

/**
 * Moves `sums` [0, size) to secs/counts from `start` on (sections from `first`), keeping the counts
 * above 0, and zeroes them; returns the new end. Without a branch: every section is written, and the
 * end moves on past those holding the unit ((c | -c) >>> 31 is 1 for a count above 0). Half the
 * sections hold a common one, at random: a branch there was mispredicted every other time. A function
 * of its own: as a loop inside unitInto it was compiled on the stack (OSR), and that code was thrown
 * away at its first use of the rest of unitInto, once a segment (node --trace-deopt).
 */
function gatherSums(size: number, first: number, secs: Int32Array, counts: Int32Array, start: number): number {
  const acc = sums;
  let n = start;
  for (let k = 0; k < size; k++) {
    const count = acc[k]!;
    acc[k] = 0;
    secs[n] = first + k;
    counts[n] = count;
    n += (count | -count) >>> 31;
  }
  return n;
}

/** Appends a unit's full counts in seg to out (sections ascending), keeping those `live` accepts. */
function unitInto(seg: Segment, unit: number, out: PostingList, live?: (sec: number) => boolean): void {
  const full = findKey(seg, FULL_UNIT + unit);
  if (full >= 0) { decodeInto(seg, full, out, live); return; }
  if (!sumUnit(seg, unit)) return;
  const size = seg.endSec - seg.firstSec;
  out.reserve(size);
  const start = out.n;
  const { secs, counts } = out;
  let n = gatherSums(size, seg.firstSec, secs, counts, start);
  if (live) {
    let w = start;
    for (let p = start; p < n; p++) if (live(secs[p]!)) { secs[w] = secs[p]!; counts[w++] = counts[p]!; }
    n = w;
  }
  out.n = n;
}

/** countsAt for a unit: its full count at secs[p, to) that lie in seg, into out; returns the first p past seg. */
function unitCountsAt(seg: Segment, unit: number, secs: Int32Array, p: number, to: number, out: Int32Array): number {
  const summed = sumUnit(seg, unit);
  for (; p < to && secs[p]! < seg.endSec; p++) if (summed) out[p] = sums[secs[p]! - seg.firstSec]!;
  if (summed) sums.fill(0, 0, seg.endSec - seg.firstSec);
  return p;
}

/**
 * Calls `span` with each byte range of seg.data that reading `key` there reads (its full list, or its
 * own list and the pairs it starts for a unit; its list for any other key).
 */
export function keySpans(seg: Segment, key: number, span: (from: number, to: number) => void): void {
  const { offs } = seg;
  const full = isUnit(key) ? findKey(seg, FULL_UNIT + key) : -1;
  if (full >= 0) return span(offs[full]!, offs[full + 1]!);
  if (isUnit(key)) {
    const { own, from, to } = unitLists(seg, key);
    if (own >= 0) span(offs[own]!, offs[own + 1]!);
    if (from < to) span(offs[from]!, offs[to]!);
    return;
  }
  const i = findKey(seg, key);
  if (i >= 0) span(offs[i]!, offs[i + 1]!);
}

/**
 * Bytes of the postings of `key` over all segments (dead sections included): the cost of reading it,
 * and an upper bound of (close to) the sections holding it.
 */
export function keyCost(segments: readonly Segment[], key: number): number {
  let bytes = 0;
  const add = (from: number, to: number) => { bytes += to - from; };
  for (const seg of segments) keySpans(seg, key, add);
  return bytes;
}

/** Bytes a segment takes (for the benchmark and the size rule). */
export function segmentBytes(seg: Pick<Segment, 'keys' | 'offs'> & { data?: Uint8Array }): number {
  return (seg.data?.byteLength ?? 0) + seg.keys.byteLength + seg.offs.byteLength;
}

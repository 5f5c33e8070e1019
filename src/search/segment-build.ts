// Building postings segments. A builder takes sections in ascending id order, counts their keys
// (segment-entries.ts), and seals them into one segment: keys put in order by a radix sort of the
// batch's distinct keys only, each key's byte range known in advance, so every posting is written
// straight into its place in the segment's final bytes. segment-merge.ts joins segments.
import { type Segment } from './postings';
import { BatchEntries, REC, REC_LAST, REC_SIZE } from './segment-entries';
import { setLastSections } from './segment-lasts';

/** Entries per segment sealed at once, so a huge batch does not hold all its entries at a time. */
const ENTRY_SPAN = 2 ** 22;

const buckets = new Uint32Array(65537);
/** Reused between sorts (the order returned is valid until the next call). */
let orderA = new Uint32Array(0);
let orderB = new Uint32Array(0);

/** Indexes 0..n-1 ordered by keys[i]: a two-pass radix sort on 16-bit halves. */
export function radixOrder(keys: Uint32Array, n: number): Uint32Array {
  if (orderA.length < n) [orderA, orderB] = [new Uint32Array(keys.length), new Uint32Array(keys.length)];
  let from = orderA;
  for (let e = 0; e < n; e++) from[e] = e;
  let to = orderB;
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

/** Collects sections (ascending ids) and seals them into a segment. */
export class SegmentBuilder {
  private entries = new BatchEntries();
  private first = -1;
  private end = -1;
  private early: Segment[] = [];

  /** Section `sec` is text[from, to). Ids must ascend across calls. */
  addSection(sec: number, text: string, from: number, to: number): void {
    // A section has at most 2 entries per unit.
    if (this.entries.n + 2 * (to - from) + 2 >= ENTRY_SPAN) this.early.push(this.seal()!);
    if (this.first < 0) this.entries.begin((this.first = sec));
    this.end = sec + 1;
    this.entries.addSection(sec, text, from, to);
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
    const e = this.entries;
    const { nIds, rec } = e;
    const order = radixOrder(e.idKey, nIds);
    const keys = new Uint32Array(nIds);
    const offs = new Uint32Array(nIds + 1);
    // Per id, reusing its record: where its next posting goes (SIZE), the section last written (LAST).
    let total = 0;
    for (let j = 0; j < nIds; j++) {
      const id = order[j]!;
      keys[j] = e.idKey[id]!;
      offs[j] = total;
      const size = rec[id * REC + REC_SIZE]!;
      rec[id * REC + REC_SIZE] = total;
      rec[id * REC + REC_LAST] = this.first;
      total += size;
    }
    offs[nIds] = total;
    const data = new Uint8Array(total);
    const { eId, eSec, eCount } = e;
    for (let k = 0; k < e.n; k++) {
      const r = eId[k]! * REC;
      const sec = eSec[k]!;
      const count = eCount[k]!;
      let p = rec[r + REC_SIZE]!;
      let v = (sec - rec[r + REC_LAST]!) * 4 + (count < 4 ? count : 4) - 1;
      while (v >= 0x80) { data[p++] = (v & 0x7f) | 0x80; v >>>= 7; }
      data[p++] = v;
      if (count >= 4) {
        v = count - 4;
        while (v >= 0x80) { data[p++] = (v & 0x7f) | 0x80; v >>>= 7; }
        data[p++] = v;
      }
      rec[r + REC_SIZE] = p;
      rec[r + REC_LAST] = sec;
    }
    const seg: Segment = { firstSec: this.first, endSec: this.end, keys, offs, data };
    // Each id's LAST is now its last section; `order` is still this sort's.
    const lastSecs = new Uint32Array(nIds);
    for (let j = 0; j < nIds; j++) lastSecs[j] = rec[order[j]! * REC + REC_LAST]!;
    setLastSections(seg, lastSecs);
    e.clear();
    this.first = this.end = -1;
    return seg;
  }
}

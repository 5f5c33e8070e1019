// Building postings segments. A builder takes sections in ascending id order, counts their keys
// (every character above U+0020, every pair of adjacent units), and seals them into one segment;
// segment-merge.ts joins segments of adjacent section runs.
import { PostingWriter, type Segment } from './postings';
import { counter, countKeys, Entries, radixOrder } from './segment-entries';

/** Entries per segment sealed at once, so a huge batch does not hold all its entries at a time. */
const ENTRY_SPAN = 2 ** 22;

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
    // The arrays stay for the next batch (grown to a batch's size once, not again per batch).
    this.entries.n = 0;
    this.first = this.end = -1;
    return seg;
  }
}

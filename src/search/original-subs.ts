// The places where a report's original differs from the usual original of its folded unit: their
// folded offsets as gaps in varint bytes (mostly a few units apart: one byte each, not four), with a
// mark every SUB_MARK entries so that a paragraph's first one is found without decoding the rest.
import type { OriginalDiff } from './original';

export const SUB_MARK = 64;

export function encodeSubs(subAt: number[]): { subGaps: Uint8Array; subMarks: Uint32Array } {
  const bytes: number[] = [];
  const marks: number[] = [];
  let prev = 0;
  subAt.forEach((at, k) => {
    for (let v = at - prev; ; v >>>= 7) {
      if (v < 0x80) { bytes.push(v); break; }
      bytes.push((v & 0x7f) | 0x80);
    }
    prev = at;
    if (k % SUB_MARK === 0) marks.push(at, bytes.length);
  });
  return { subGaps: Uint8Array.from(bytes), subMarks: Uint32Array.from(marks) };
}

/** Walks the changed units in order from the first one at or after a folded offset. */
export class SubCursor {
  /** Entry index (subText.length when past the last), its folded offset, and the byte after its varint. */
  k = -1;
  at = 0;
  private byte = 0;

  constructor(private readonly diff: Pick<OriginalDiff, 'subGaps' | 'subMarks' | 'subText'>, from: number) {
    const marks = diff.subMarks;
    let lo = 0;
    let hi = marks.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid * 2]! < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) [this.k, this.at, this.byte] = [(lo - 1) * SUB_MARK, marks[lo * 2 - 2]!, marks[lo * 2 - 1]!];
    else this.next();
    while (this.k < diff.subText.length && this.at < from) this.next();
  }

  next(): void {
    const data = this.diff.subGaps;
    if (++this.k >= this.diff.subText.length) { this.at = Infinity; return; }
    let b = data[this.byte++]!;
    let v = b & 0x7f;
    for (let scale = 128; b & 0x80; scale *= 128) {
      b = data[this.byte++]!;
      v += (b & 0x7f) * scale;
    }
    this.at += v;
  }
}

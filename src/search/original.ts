// The original text of a report, kept as differences from its folded text: the units that folding
// changed without changing their width (traditional characters, punctuation), and the code points
// whose width changed (listed in `shifts`). Simplified reports then cost almost nothing beyond the
// folded text, traditional ones about a third of it; paragraphs are rebuilt only for snippets.
// The changed units' offsets are gaps in varint bytes (a traditional report has thousands of them,
// mostly a few units apart: one byte each, not four), with a mark every SUB_MARK entries to seek.

export interface OriginalDiff {
  /** Gaps between the ascending folded offsets of units whose original differs (same width), as varints. */
  subGaps: Uint8Array;
  /** Per SUB_MARK-th entry k (k = 0, SUB_MARK, ...): its offset, and where the varint after it starts. */
  subMarks: Uint32Array;
  /** The original units, one per entry. */
  subText: string;
  /** Original text of each shift entry, concatenated in order. */
  shiftText: string;
}

const SUB_MARK = 64;

function encodeSubs(subAt: number[]): { subGaps: Uint8Array; subMarks: Uint32Array } {
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

/** Differences between original and folded text, given the fold's shift list. */
export function diffOriginal(original: string, folded: string, shifts: ArrayLike<number>): OriginalDiff {
  const subAt: number[] = [];
  const subText: string[] = [];
  const shiftText: string[] = [];
  let f = 0;
  let k = 0;
  for (let o = 0; o < original.length; ) {
    if (k < shifts.length && shifts[k + 2] === o) {
      shiftText.push(original.slice(o, o + shifts[k + 3]!));
      f += shifts[k + 1]!;
      o += shifts[k + 3]!;
      k += 4;
      continue;
    }
    if (original.charCodeAt(o) !== folded.charCodeAt(f)) {
      subAt.push(f);
      subText.push(original[o]!);
    }
    o++;
    f++;
  }
  return { ...encodeSubs(subAt), subText: subText.join(''), shiftText: shiftText.join('') };
}

/** Walks the changed units in order from the first one at or after a folded offset. */
class SubCursor {
  /** Entry index (subText.length when past the last), its folded offset, and the byte after its varint. */
  k = -1;
  at = 0;
  private byte = 0;

  constructor(private readonly diff: OriginalDiff, from: number) {
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

function firstAtOrAfter(sorted: ArrayLike<number>, value: number, stride = 1): number {
  let lo = 0;
  let hi = sorted.length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid * stride]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original text behind folded[from, to), where from and to are code point boundaries. */
export function originalSlice(folded: string, shifts: ArrayLike<number>, diff: OriginalDiff, from: number, to: number): string {
  const sub = new SubCursor(diff, from);
  let k = firstAtOrAfter(shifts, from, 4);
  let st = 0;
  for (let j = 0; j < k; j++) st += shifts[j * 4 + 3]!;
  const out: string[] = [];
  for (let f = from; f < to; ) {
    const nextShift = k * 4 < shifts.length ? shifts[k * 4]! : Infinity;
    const next = Math.min(nextShift, sub.at, to);
    if (next > f) out.push(folded.slice(f, next));
    f = next;
    if (f >= to) break;
    if (f === nextShift) {
      const length = shifts[k * 4 + 3]!;
      out.push(diff.shiftText.slice(st, st + length));
      st += length;
      f += shifts[k * 4 + 1]!;
      k++;
    } else {
      out.push(diff.subText[sub.k]!);
      sub.next();
      f++;
    }
  }
  return out.join('');
}

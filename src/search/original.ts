// The original text of a report, kept as differences from its folded text: the units that folding
// changed without changing their width (traditional characters, punctuation), and the code points
// whose width changed (listed in `shifts`). Simplified reports then cost almost nothing beyond the
// folded text, traditional ones about a third of it; paragraphs are rebuilt only for snippets.

export interface OriginalDiff {
  /** Ascending folded offsets of units whose original unit differs (same width). */
  subAt: Uint32Array;
  /** The original units, one per subAt entry. */
  subText: string;
  /** Original text of each shift entry, concatenated in order. */
  shiftText: string;
}

/** Differences between original and folded text, given the fold's shift list. */
export function diffOriginal(original: string, folded: string, shifts: number[]): OriginalDiff {
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
  return { subAt: Uint32Array.from(subAt), subText: subText.join(''), shiftText: shiftText.join('') };
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
export function originalSlice(folded: string, shifts: number[], diff: OriginalDiff, from: number, to: number): string {
  let s = firstAtOrAfter(diff.subAt, from);
  let k = firstAtOrAfter(shifts, from, 4);
  let st = 0;
  for (let j = 0; j < k; j++) st += shifts[j * 4 + 3]!;
  const out: string[] = [];
  for (let f = from; f < to; ) {
    const nextShift = k * 4 < shifts.length ? shifts[k * 4]! : Infinity;
    const nextSub = s < diff.subAt.length ? diff.subAt[s]! : Infinity;
    const next = Math.min(nextShift, nextSub, to);
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
      out.push(diff.subText[s]!);
      s++;
      f++;
    }
  }
  return out.join('');
}

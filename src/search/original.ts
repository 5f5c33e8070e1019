// The original text of a report, kept as differences from its folded text: the units that folding
// changed without changing their width (traditional characters, punctuation), and the code points
// whose width changed (listed in `shifts`). Simplified reports then cost almost nothing beyond the
// folded text, traditional ones about a third of it; paragraphs are rebuilt only for snippets.
// A traditional report changes thousands of units, mostly the same way every time (協 -> 协): each
// folded unit's usual original is listed once in `always`, and only the units whose original is not
// the usual one are listed where they occur (see original-subs.ts).
import { unitsToString } from '../lib/char-codes';
import { SubCursor } from './original-subs';

export { diffOriginal, FEW_UNITS } from './original-diff';

export interface OriginalDiff {
  /** Pairs of units (folded, original): the original a folded unit outside shifts stands for unless listed. */
  always: string;
  /** Gaps between the ascending folded offsets of units whose original differs (same width), as varints. */
  subGaps: Uint8Array;
  /** Per SUB_MARK-th entry k (k = 0, SUB_MARK, ...): its offset, and where the varint after it starts. */
  subMarks: Uint32Array;
  /** The original units, one per entry. */
  subText: string;
  /** Original text of each shift entry, concatenated in order. */
  shiftText: string;
}

/** The `always` pairs of the last report read, as a table by folded unit (0: unchanged). */
const mapTo = new Uint16Array(65536);
let mapped = '';

/** withAlways's buffer (grown to the longest paragraph made). */
let units = new Uint16Array(1024);

/** folded[from, to) with the always-changed units put back. */
function withAlways(folded: string, always: string, from: number, to: number): string {
  if (!always) return folded.slice(from, to);
  if (mapped !== always) {
    for (let i = 0; i < mapped.length; i += 2) mapTo[mapped.charCodeAt(i)] = 0;
    for (let i = 0; i < always.length; i += 2) mapTo[always.charCodeAt(i)] = always.charCodeAt(i + 1);
    mapped = always;
  }
  let i = from;
  while (i < to && mapTo[folded.charCodeAt(i)] === 0) i++;
  if (i === to) return folded.slice(from, to);
  // A traditional paragraph changes a unit in three: one string made from a buffer, not a piece per change.
  const n = to - i;
  if (units.length < n) units = new Uint16Array(Math.max(n, 2 * units.length));
  for (let j = 0; j < n; j++) {
    const c = folded.charCodeAt(i + j);
    units[j] = mapTo[c] || c;
  }
  const made = folded.slice(from, i) + unitsToString(units, n);
  // One huge paragraph (a 5 MB line) does not keep its buffer.
  if (units.length > 1 << 20) units = new Uint16Array(1024);
  return made;
}

/** Index of the first entry of the ascending `sorted` (every `stride`-th) not below `value`. */
export function firstAtOrAfter(sorted: ArrayLike<number>, value: number, stride = 1): number {
  let lo = 0;
  let hi = sorted.length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid * stride]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The original text behind folded[from, to), where from and to are code point boundaries; `folded`
 * may hold the folded text from offset `base` on only (a paragraph of it).
 */
export function originalSlice(folded: string, shifts: ArrayLike<number>, diff: OriginalDiff, from: number, to: number, base = 0): string {
  const sub = new SubCursor(diff, from);
  let k = firstAtOrAfter(shifts, from, 4);
  let st = 0;
  for (let j = 0; j < k; j++) st += shifts[j * 4 + 3]!;
  const out: string[] = [];
  for (let f = from; f < to; ) {
    const nextShift = k * 4 < shifts.length ? shifts[k * 4]! : Infinity;
    const next = Math.min(nextShift, sub.at, to);
    if (next > f) out.push(withAlways(folded, diff.always, f - base, next - base));
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

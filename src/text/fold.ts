// Folding for matching: traditional -> simplified (OpenCC t2cn, phrase-aware), NFKC, one form per
// punctuation mark (quotes, dashes, brackets), lowercase Latin. Index and query both go through here.
// foldWithMap also keeps, for every folded UTF-16 unit, where it came from in the original, so a
// match found in folded text can be highlighted on the original characters in either script.
import { foldCodePoint } from './fold-chars';
import { toSimplifiedFast as toSimplified } from './t2s';

// OpenCC's t2s tables map every entry to the same number of code points (checked in tests).

export interface Folded {
  /** The folded text. */
  text: string;
  /**
   * Where folded and original offsets part, as flat quadruples [foldedStart, foldedLength,
   * originalStart, originalLength], ascending; empty when every unit maps to the same offset
   * (the usual case: Han, ASCII and full-width forms all fold one unit to one unit).
   */
  shifts: number[];
}

/** Per-code-point NFKC, punctuation and case folding; `reshaped`: some code point changed width or split. */
function foldChars(text: string): { text: string; reshaped: boolean } {
  const parts: string[] = [];
  let runStart = 0;
  let reshaped = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded !== null) {
      // Unchanged runs are copied as one slice: most of a report is plain Han text.
      if (i > runStart) parts.push(text.slice(runStart, i));
      parts.push(folded);
      runStart = i + width;
      if (folded.length !== 1 || width !== 1) reshaped = true;
    }
    i += width;
  }
  if (runStart === 0) return { text, reshaped };
  parts.push(text.slice(runStart));
  return { text: parts.join(''), reshaped };
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Walks original and folded text code point by code point (t2cn keeps the count) and notes every width change. */
function findShifts(original: string, folded: string): number[] {
  const shifts: number[] = [];
  let f = 0;
  for (let o = 0; o < original.length; ) {
    const cp = original.codePointAt(o)!;
    const width = cp > 0xffff ? 2 : 1;
    const form = foldCodePoint(cp);
    const count = form === null ? 1 : codePoints(form);
    let length = 0;
    for (let k = 0; k < count && f + length < folded.length; k++) length += folded.codePointAt(f + length)! > 0xffff ? 2 : 1;
    if (length !== width || count !== 1) shifts.push(f, length, o, width);
    f += length;
    o += width;
  }
  return shifts;
}

const SURROGATE = /[\ud800-\udfff]/;

export function foldForMatch(text: string): string {
  return toSimplified(foldChars(text).text);
}

export function foldWithMap(text: string): Folded {
  const stage = foldChars(text);
  const converted = toSimplified(stage.text);
  const plain = !stage.reshaped && converted.length === text.length && !SURROGATE.test(converted);
  return { text: converted, shifts: plain ? [] : findShifts(text, converted) };
}

/** Maps a [start, end) range of folded text onto the original characters it came from. */
export function originalRange(folded: Folded, start: number, end: number): [number, number] {
  const from = toOriginal(folded.shifts, start, false);
  return end <= start ? [from, from] : [from, toOriginal(folded.shifts, end - 1, true)];
}

/** Original offset of folded unit x: its start, or with `after` the end of the character it came from. */
export function toOriginal(shifts: number[], x: number, after: boolean): number {
  let lo = 0;
  let hi = shifts.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid * 4]! <= x) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return after ? x + 1 : x;
  const at = (lo - 1) * 4;
  const [fs, fl, os, ol] = [shifts[at]!, shifts[at + 1]!, shifts[at + 2]!, shifts[at + 3]!];
  if (x < fs + fl) return after ? os + ol : os;
  const o = os + ol + (x - fs - fl);
  return after ? o + 1 : o;
}

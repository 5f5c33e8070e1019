// Folding for matching: traditional -> simplified (OpenCC t2cn, phrase-aware), NFKC, one form per
// punctuation mark (quotes, dashes, brackets), lowercase Latin. Index and query both go through here.
// foldWithMap also keeps, for every folded UTF-16 unit, where it came from in the original, so a
// match found in folded text can be highlighted on the original characters in either script.
// The text goes through typed arrays of UTF-16 units (one table lookup per unit, then t2s.ts buffer
// to buffer) and becomes a string once, at the end.
import { foldCodePoint } from './fold-chars';
import { hasSurrogate, unitsToString } from '../lib/char-codes';
import { simplifyUnits } from './t2s';
import { UnitSet } from './unit-set';

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
  /**
   * The folded units that folding wrote in place of others (null when not known): every unit that
   * differs from the original at its offset is among them.
   */
  written?: number[] | null;
}

/** Per UTF-16 unit outside surrogates: its folded unit, or SAME, or WIDE (folds to more or fewer units); -1 not yet known. */
const SAME = -2;
const WIDE = -3;
const unitForm = new Int32Array(65536).fill(-1);

function learn(c: number): number {
  const form = foldCodePoint(c);
  return (unitForm[c] = form === null ? SAME : form.length === 1 ? form.charCodeAt(0) : WIDE);
}

/** The fold's output units; grows as needed and is reused (read it before the next call). */
let units = new Uint16Array(1 << 14);

function room(n: number, extra: number): void {
  if (n + extra <= units.length) return;
  const next = new Uint16Array(2 * (n + extra));
  next.set(units.subarray(0, n));
  units = next;
}

/**
 * Per-code-point NFKC, punctuation and case folding of text into `units`: its length, whether any
 * unit changed, `reshaped`: some code point changed width or split, and `surrogate`: some unit written
 * is a surrogate (only the general path writes them).
 */
function foldChars(text: string, written: UnitSet | null): { n: number; changed: boolean; reshaped: boolean; surrogate: boolean } {
  const len = text.length;
  room(0, len + 16);
  let n = 0;
  let changed = false;
  let reshaped = false;
  let surrogate = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let f = c < 0xd800 || c > 0xdfff ? unitForm[c]! : WIDE;
    if (f === -1) f = learn(c);
    if (f === SAME) units[n++] = c;
    else if (f >= 0) {
      units[n++] = f;
      written?.add(f);
      changed = true;
    } else {
      // Astral, lone surrogate or a form of another length: the general path, by code point.
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const form = foldCodePoint(cp) ?? text.slice(i, i + width);
      room(n, form.length + len - i);
      const same = form === text.slice(i, i + width);
      for (let k = 0; k < form.length; k++) {
        units[n++] = form.charCodeAt(k);
        if ((units[n - 1]! & 0xf800) === 0xd800) surrogate = true;
        if (!same) written?.add(form.charCodeAt(k));
      }
      if (form.length !== width || width !== 1) reshaped ||= !same;
      changed ||= !same;
      i += width - 1;
    }
  }
  return { n, changed, reshaped, surrogate };
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
export function findShifts(original: string, folded: string): number[] {
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

/**
 * The folded text; `reshaped` as foldChars says; `surrogate`: the folded text holds a surrogate;
 * `written` collects the units written in place of others.
 */
function fold(text: string, written: UnitSet | null): { text: string; reshaped: boolean; surrogate: boolean } {
  const stage = foldChars(text, written);
  const out = simplifyUnits(units, stage.n, written);
  if (!stage.changed && !out.changed) return { text, reshaped: false, surrogate: stage.surrogate };
  // t2s may write astral values: its output is read again (a typed array, faster than a RegExp on the string).
  const surrogate = out.changed ? hasSurrogate(out.units, out.length) : stage.surrogate;
  // One scan for surrogates serves both the caller and the decoding.
  return { text: unitsToString(out.units, out.length, surrogate), reshaped: stage.reshaped, surrogate };
}

export function foldForMatch(text: string): string {
  return fold(text, null).text;
}

const writtenUnits = new UnitSet();

export function foldWithMap(text: string): Folded {
  const { text: converted, reshaped, surrogate } = fold(text, writtenUnits);
  const plain = !reshaped && converted.length === text.length && !surrogate;
  return { text: converted, shifts: plain ? [] : findShifts(text, converted), written: writtenUnits.take() };
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

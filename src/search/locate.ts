// From folded-text offsets back to the original paragraphs: a report's folded text and its original
// joined the same way differ in offsets only where `shifts` says, so no folding at query time.
import { toOriginal } from '../text/fold';
import { occurrences } from './match';
import { firstAtOrAfter, originalSlice } from './original';
import type { TextSource } from './snippet';
import type { Term } from './query-parse';
import type { IndexedDoc } from './types';

/** The paragraph holding folded offset `at`, searched within [lo, hi]. */
export function paraAt(doc: IndexedDoc, at: number, lo = 0, hi = doc.paraCount - 1): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paraStart[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The original text of paragraph `para`. */
export function paragraphText(doc: IndexedDoc, para: number): string {
  const from = doc.paraStart[para]!;
  const to = doc.paraStart[para + 1]! - 1;
  return originalSlice(doc.foldedIn(from, to), doc.shifts, doc, from, to, from);
}

/** Whether a shift (see DocText.shifts: folded offset, folded length, ...) touches folded [from, to). */
function shiftIn(shifts: ArrayLike<number>, from: number, to: number): boolean {
  const k = firstAtOrAfter(shifts, from, 4);
  if (k > 0 && shifts[(k - 1) * 4]! + shifts[(k - 1) * 4 + 1]! > from) return true;
  return k * 4 < shifts.length && shifts[k * 4]! < to;
}

/**
 * Paragraph `para`'s original text as a snippet reads it (a window and its two ends): where no shift
 * touches the paragraph, original and folded offsets agree and so do its surrogate pairs (folding maps
 * each character to one as long), so only the window is made from the original, not the paragraph
 * (a third of what a pass of the bench's queries allocated at 5,000 reports).
 */
export function paragraphSource(doc: IndexedDoc, para: number): TextSource {
  const from = doc.paraStart[para]!;
  const to = doc.paraStart[para + 1]! - 1;
  if (shiftIn(doc.shifts, from, to)) return paragraphText(doc, para);
  const folded = doc.foldedIn(from, to);
  return {
    length: folded.length,
    charCodeAt: (i) => folded.charCodeAt(i),
    slice: (a, b) => originalSlice(folded, doc.shifts, doc, from + a, from + b, from),
  };
}

/** A folded [start, end) range as offsets into paragraph `para`'s original text. */
export function toParagraph(doc: IndexedDoc, para: number, start: number, end: number): [number, number] {
  const base = doc.origStart[para]!;
  const from = toOriginal(doc.shifts, start, false) - base;
  const to = end > start ? toOriginal(doc.shifts, end - 1, true) - base : from;
  return [from, to];
}

/** Every occurrence of the terms in one paragraph, as original offsets, in text order. */
export function paragraphMatches(doc: IndexedDoc, para: number, terms: Term[]): [number, number][] {
  const from = doc.paraStart[para]!;
  const to = doc.paraStart[para + 1]! - 1;
  const text = doc.foldedIn(from, to);
  const found = terms.flatMap((t) => occurrences(text, t).map(([s, e]): [number, number] => [from + s, from + e]));
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return found.map(([s, e]) => toParagraph(doc, para, s, e));
}

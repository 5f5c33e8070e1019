// From folded-text offsets back to the original paragraphs: a report's folded text and its original
// joined the same way differ in offsets only where `shifts` says, so no folding at query time.
import { toOriginal } from '../text/fold';
import { occurrences } from './match';
import { originalSlice } from './original';
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

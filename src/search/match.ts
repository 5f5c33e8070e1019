// Exact matching in folded text: every non-overlapping occurrence, left to right, as Ctrl+F counts
// them. An unquoted term that starts with a Latin word or number matches only at the start of a
// word (prefix search: "cov" finds "covid", not "discover"); a quoted phrase is a plain substring.
import { charClass } from './tokenize';
import { unitBefore } from './packed';
import type { Term } from './query-parse';

export function startsWord(term: Term): boolean {
  return !term.phrase && charClass(term.text.codePointAt(0) ?? 0) === 2;
}

/** Whether a word may start after this UTF-16 unit (-1: the text's start). */
function startsAfter(prev: number): boolean {
  // A low surrogate's pair is ideographic or symbolic, never a Latin letter or digit.
  return prev < 0 || (prev >= 0xdc00 && prev <= 0xdfff) || charClass(prev) !== 2;
}

function atWordStart(text: string, i: number): boolean {
  return i === 0 || startsAfter(text.charCodeAt(i - 1));
}

/**
 * The first occurrence of the packed word in packed text (packed.ts) at or after `from` (at a word
 * start when the term needs one), or -1: scanTerm without a callback, for loops that run once per
 * candidate section. Offsets are the packed text's.
 */
export function nextPackedOccurrence(packed: string, needle: string, wordStart: boolean, from: number): number {
  let i = packed.indexOf(needle, from);
  while (i >= 0 && wordStart && !startsAfter(unitBefore(packed, i))) i = packed.indexOf(needle, i + 1);
  return i;
}

/** The first occurrence of the word in text at or after `from` (at a word start when it needs one), or -1. */
export function nextOccurrence(text: string, needle: string, wordStart: boolean, from: number): number {
  let i = text.indexOf(needle, from);
  while (i >= 0 && wordStart && !atWordStart(text, i)) i = text.indexOf(needle, i + 1);
  return i;
}

/** Calls found(offset) for each occurrence within text[from, to); stops early when found returns false. */
export function scanTerm(text: string, term: Term, from: number, to: number, found: (at: number) => boolean | void): void {
  const needle = term.text;
  const wordStart = startsWord(term);
  for (let i = nextOccurrence(text, needle, wordStart, from); i >= 0 && i + needle.length <= to; i = nextOccurrence(text, needle, wordStart, i + needle.length)) {
    if (found(i) === false) return;
  }
}

/** Whether text[from, to) holds the term at least once. */
export function containsTerm(text: string, term: Term, from: number, to: number): boolean {
  let any = false;
  scanTerm(text, term, from, to, () => {
    any = true;
    return false;
  });
  return any;
}

/** Every occurrence of term in text[from, to) as [start, end) offsets. */
export function occurrences(text: string, term: Term, from = 0, to = text.length): [number, number][] {
  const out: [number, number][] = [];
  scanTerm(text, term, from, to, (at) => {
    out.push([at, at + term.text.length]);
  });
  return out;
}

// Folding for matching: traditional -> simplified (OpenCC t2cn, phrase-aware), NFKC, one form per
// punctuation mark (quotes, dashes, brackets), lowercase Latin. Index and query both go through here.
// foldWithMap also keeps, for every folded UTF-16 unit, where it came from in the original, so a
// match found in folded text can be highlighted on the original characters in either script.
import { Converter } from 'opencc-js/t2cn';
import { foldCodePoint } from './fold-chars';

let t2cn: ((s: string) => string) | null = null;

/** OpenCC's t2s tables map every entry to the same number of code points (checked in tests). */
function toSimplified(s: string): string {
  t2cn ??= Converter({ from: 't', to: 'cn' });
  return t2cn(s);
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** origin[i]: index in the original of the code point folded unit i came from; origin[text.length] = original length. */
  origin: Uint32Array;
}

/** Per-code-point NFKC, punctuation and case folding, with the origin of each output unit. */
function foldChars(text: string, withOrigin: boolean): { text: string; origin: number[] | null } {
  const parts: string[] = [];
  const origin: number[] | null = withOrigin ? [] : null;
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded === null) {
      if (origin) for (let k = 0; k < width; k++) origin.push(i);
    } else {
      // Unchanged runs are copied as one slice: most of a report is plain Han text.
      if (i > runStart) parts.push(text.slice(runStart, i));
      parts.push(folded);
      runStart = i + width;
      if (origin) for (let k = 0; k < folded.length; k++) origin.push(i);
    }
    i += width;
  }
  if (runStart === 0) return { text, origin };
  parts.push(text.slice(runStart));
  return { text: parts.join(''), origin };
}

export function foldForMatch(text: string): string {
  return toSimplified(foldChars(text, false).text);
}

export function foldWithMap(text: string): Folded {
  const stage = foldChars(text, true);
  const converted = toSimplified(stage.text);
  const origin = new Uint32Array(converted.length + 1);
  if (converted.length === stage.text.length && converted === stage.text) {
    origin.set(stage.origin!);
  } else {
    // t2cn keeps the code point count but may change UTF-16 width (compatibility ideographs).
    let a = 0;
    for (let b = 0; b < converted.length; ) {
      const wb = converted.codePointAt(b)! > 0xffff ? 2 : 1;
      const wa = stage.text.codePointAt(a)! > 0xffff ? 2 : 1;
      for (let k = 0; k < wb; k++) origin[b + k] = stage.origin![a]!;
      b += wb;
      a += wa;
    }
  }
  origin[converted.length] = text.length;
  return { text: converted, origin };
}

/** Maps a [start, end) range of folded text onto the original characters it came from. */
export function originalRange(folded: Folded, original: string, start: number, end: number): [number, number] {
  const from = folded.origin[start] ?? original.length;
  if (end <= start) return [from, from];
  const last = folded.origin[end - 1] ?? original.length;
  const lastWidth = (original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
  return [from, Math.min(original.length, last + lastWidth)];
}

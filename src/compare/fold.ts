// Compare folds exactly as search does (src/text/fold: t2cn + NFKC + punctuation), so 台灣 and 臺灣
// pair. The diff also needs, per folded character, the original character it came from; that map
// is built here on foldForMatch alone, so it does not hang on the search layer's offset format.
import { foldForMatch } from '../text/fold';

export { foldForMatch };

export interface Folded {
  text: string;
  /** origin[i] is the index in the original of folded unit i; origin[text.length] is the original length. */
  origin: Int32Array;
}

/**
 * Folds text, keeping offsets. When folding keeps the length (the usual case: t2cn and punctuation
 * forms are one unit to one unit) the map is the identity; otherwise each code point folds alone.
 */
export function foldWithMap(original: string): Folded {
  const whole = foldForMatch(original);
  if (whole.length === original.length) {
    const origin = new Int32Array(whole.length + 1);
    for (let i = 0; i <= whole.length; i++) origin[i] = i;
    return { text: whole, origin };
  }
  const parts: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const ch of original) {
    const folded = foldForMatch(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(at);
    parts.push(folded);
    at += ch.length;
  }
  offsets.push(original.length);
  return { text: parts.join(''), origin: Int32Array.from(offsets) };
}

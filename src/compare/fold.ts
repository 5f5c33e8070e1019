// Folding with an offset map: compare matches on folded text but shows the report's own characters,
// so every folded character remembers which original character it came from.
import { foldForMatch } from './fold-local';

export { foldForMatch };

export interface Folded {
  text: string;
  /** map[i] is the index in the original string of folded character i. */
  map: Int32Array;
}

/**
 * Folds text, keeping offsets. When folding keeps the length (the usual case: t2cn and punctuation
 * classes are one-to-one) the map is the identity; otherwise each code point is folded on its own.
 */
export function foldWithMap(original: string): Folded {
  const whole = foldForMatch(original);
  if (whole.length === original.length) {
    const map = new Int32Array(whole.length);
    for (let i = 0; i < map.length; i++) map[i] = i;
    return { text: whole, map };
  }
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  for (const ch of original) {
    const folded = foldForMatch(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(at);
    text += folded;
    at += ch.length;
  }
  return { text, map: Int32Array.from(offsets) };
}

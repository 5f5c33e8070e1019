// The one tokenizer for folded text, used at index and at query time: Han (and other ideographic or
// syllabic) runs become character bigrams, a lone character a unigram; Latin words and numbers stay
// whole so they can be matched by prefix. keysOf() yields the same units as 32-bit hashes for the
// section signatures, adding unigrams and short word prefixes so any query's keys are in the text's.

/** Longest word prefix given its own key: a query word longer than this probes its first PREFIX_KEY chars. */
export const PREFIX_KEY = 4;

export type CharClass = 0 | 1 | 2; // 0 separator, 1 ideographic, 2 word (Latin letter or digit)

export function charClass(cp: number): CharClass {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) ? 2 : 0;
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) return 1;
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af)) return 1;
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return 2;
  return 0;
}

/** Tokens of folded text (MiniSearch-compatible tokenize): bigrams for ideographic runs, whole words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const cls = charClass(cp);
    if (cls === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let j = i;
    const chars: string[] = [];
    while (j < text.length) {
      const c = text.codePointAt(j)!;
      if (charClass(c) !== cls) break;
      chars.push(String.fromCodePoint(c));
      j += c > 0xffff ? 2 : 1;
    }
    if (cls === 2) out.push(chars.join(''));
    else if (chars.length === 1) out.push(chars[0]!);
    else for (let k = 0; k + 1 < chars.length; k++) out.push(chars[k]! + chars[k + 1]!);
    i = j;
  }
  return out;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Calls emit for every signature key of text[start, end). With skipLeadingWord, a word touching
 * `start` gives no key: a quoted phrase may begin in the middle of a word in the text.
 */
export function keysOf(text: string, emit: (key: number) => void, skipLeadingWord = false, start = 0, end = text.length): void {
  let prev = -1; // previous ideographic code point in the current run
  let word = 0; // hash of the current word's prefix
  let wordLen = 0;
  let skipping = skipLeadingWord;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    const cls = charClass(cp);
    if (cls === 1) {
      emit(mix(cp));
      if (prev >= 0) emit(mix(Math.imul(prev, 0x9e3779b1) ^ cp ^ 0x5bd1e995));
      prev = cp;
    } else prev = -1;
    if (cls === 2) {
      wordLen++;
      word = Math.imul(word ^ cp, 0x01000193);
      if (!skipping && wordLen <= PREFIX_KEY) emit(mix(word ^ (wordLen << 24) ^ 0x27d4eb2f));
    } else {
      word = 0;
      wordLen = 0;
      skipping = false;
    }
    i += cp > 0xffff ? 2 : 1;
  }
}

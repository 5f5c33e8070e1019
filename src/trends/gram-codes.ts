// Characters as small integers for counting grams. Each report's folded text gets a profile once (its
// Han characters in order of first appearance, with counts; the worker keeps it, a few kilobytes),
// and each query numbers its own alphabet in the order top terms always has (particles, stop words,
// then characters as the texts first show them), which fixes how equal counts are ordered, and counts
// under ids by frequency (frequencyIds), which keeps the pairs most text is made of close together.
export const HAN_FIRST = 0x3400;
export const HAN_LAST = 0x9fff;
/** Codes 0 (not Han) to HAN_LAST - HAN_FIRST + 1. */
export const CODES = HAN_LAST - HAN_FIRST + 2;
/** Alphabet indices fit in 13 bits, so a four-character gram's key stays an exact double. */
export const B = 8192;

/** A folded text and its Han characters: codes (offset in U+3400..U+9FFF, plus one) in order of first appearance, and their counts. */
export interface CharProfile {
  text: string;
  firstSeen: Uint16Array;
  counts: Uint32Array;
}

export function codeOf(unit: number): number {
  return unit >= HAN_FIRST && unit <= HAN_LAST ? unit - HAN_FIRST + 1 : 0;
}

/** Occurrences per code while one text is profiled; zeroed again after each text. */
const scratch = new Uint32Array(CODES);

export function charProfile(text: string): CharProfile {
  const first: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) - (HAN_FIRST - 1);
    if (c > 0 && c < CODES && scratch[c]!++ === 0) first.push(c);
  }
  const firstSeen = new Uint16Array(first.length);
  const counts = new Uint32Array(first.length);
  for (let i = 0; i < first.length; i++) {
    firstSeen[i] = first[i]!;
    counts[i] = scratch[first[i]!]!;
    scratch[first[i]!] = 0;
  }
  return { text, firstSeen, counts };
}

/** One query's alphabet: code → index 1..B-1 (0 for non-Han, or once the alphabet is full). */
export class QueryAlphabet {
  readonly chars: string[] = [''];
  readonly index = new Uint16Array(CODES);

  add(code: number): number {
    let i = this.index[code]!;
    if (!i && code && this.chars.length < B) {
      i = this.chars.length;
      this.index[code] = i;
      this.chars.push(String.fromCharCode(code - 1 + HAN_FIRST));
    }
    return i;
  }
  addText(text: CharProfile): void {
    for (const c of text.firstSeen) this.add(c);
  }
  /** A word's gram key, adding its characters (up to the first non-Han one, which makes it null). */
  keyOf(word: string): number | null {
    let key = 0;
    for (let k = 0; k < word.length; k++) {
      const i = this.add(codeOf(word.charCodeAt(k)));
      if (!i) return null;
      key = key * B + i;
    }
    return key;
  }
  decode(key: number, n: number): string {
    let s = '';
    for (let k = 0; k < n; k++, key = Math.floor(key / B)) s = this.chars[key % B]! + s;
    return s;
  }
}

/** A query's characters numbered by frequency (1 the most frequent; 0 outside the alphabet). */
export interface FrequencyIds {
  /** UTF-16 code unit → id. */
  idOf: Uint16Array;
  /** Id → alphabet index. */
  alphaOf: Uint16Array;
  /** Alphabet index → id. */
  idOfAlpha: Uint16Array;
}

export function frequencyIds(abc: QueryAlphabet, texts: readonly CharProfile[]): FrequencyIds {
  const size = abc.chars.length;
  const freq = new Float64Array(size);
  for (const t of texts) t.firstSeen.forEach((c, k) => { freq[abc.index[c]!]! += t.counts[k]!; });
  const order = Array.from({ length: size - 1 }, (_, k) => k + 1).sort((a, b) => freq[b]! - freq[a]! || a - b);
  const alphaOf = new Uint16Array(size);
  const idOfAlpha = new Uint16Array(size);
  order.forEach((alpha, k) => { alphaOf[k + 1] = alpha; idOfAlpha[alpha] = k + 1; });
  const idOf = new Uint16Array(0x10000);
  for (let c = 1; c < CODES; c++) idOf[c + HAN_FIRST - 1] = idOfAlpha[abc.index[c]!]!;
  return { idOf, alphaOf, idOfAlpha };
}

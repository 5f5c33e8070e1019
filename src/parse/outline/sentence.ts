// The first sentence of a paragraph, found with quotes and brackets respected (a 。 inside “…” or
// 《…》 does not end it). Scans a bounded prefix only, so huge paragraphs cost nothing extra.
import { CLOSERS } from '../clean/chars';

const OPEN = new Set([...'“‘「『《〈（(【〔〖［']);
/**
 * Openers, closers and sentence marks as a table over UTF-16 units (all of them are BMP characters):
 * the scan below tests one number per unit instead of making a one-character string for three sets.
 */
const IS_OPEN = 1, IS_CLOSE = 2, IS_END = 4;
const MARKS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => { for (const c of chars) MARKS[c.charCodeAt(0)]! |= bit; };
mark('“‘「『《〈（(【〔〖［', IS_OPEN);
mark('”’」』》〉）)】〕〗］', IS_CLOSE);
mark('。！？!?；;', IS_END);

export interface Sentence {
  /** End of the sentence in the text (exclusive), after its final mark and any closing quotes. */
  end: number;
  /** The mark that ended it. */
  mark: string;
}

/** The first sentence within `limit` characters, or null when no sentence mark comes that early. */
export function firstSentence(text: string, limit: number): Sentence | null {
  let depth = 0;
  const stop = Math.min(text.length, limit);
  for (let i = 0; i < stop; i++) {
    const k = MARKS[text.charCodeAt(i)]!;
    if (k === 0) continue;
    if (k & IS_OPEN) { depth++; continue; }
    if (k & IS_CLOSE) { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!) && !OPEN.has(text[end]!)) end++;
    return { end, mark: text[i]! };
  }
  return null;
}

const FINAL_MARK = /[。．.！!？?；;：:，,、\s]/u;

/** Trailing punctuation a heading title does not keep: final marks, colons, commas. */
export function stripFinalMarks(title: string): string {
  // Walked back from the end: an anchored-at-end pattern would be tried at every position.
  let end = title.length;
  while (end > 0 && FINAL_MARK.test(title[end - 1]!)) end--;
  return end === title.length ? title : title.slice(0, end);
}

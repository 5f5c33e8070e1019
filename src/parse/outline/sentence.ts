// The first sentence of a paragraph, found with quotes and brackets respected (a 。 inside “…” or
// 《…》 does not end it). Scans a bounded prefix only, so huge paragraphs cost nothing extra.
import { CLOSERS } from '../clean/chars';

const OPEN = new Set([...'“‘「『《〈（(【〔']);
const CLOSE = new Set([...'”’」』》〉）)】〕']);
const ENDS = new Set([...'。！？!?；;']);

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
    const ch = text[i]!;
    if (OPEN.has(ch)) { depth++; continue; }
    if (CLOSE.has(ch)) { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    if (ENDS.has(ch)) {
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text[end]!) && !OPEN.has(text[end]!)) end++;
      return { end, mark: ch };
    }
  }
  return null;
}

/** Trailing punctuation a heading title does not keep: final marks, colons, commas. */
export function stripFinalMarks(title: string): string {
  return title.replace(/[。．.！!？?；;：:，,、\s]+$/u, '');
}

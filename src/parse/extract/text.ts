// Plain text: one block per line, kept as written (the cleaner rejoins and splits paragraphs),
// blank lines included because they are the strongest paragraph boundary a text file has.
import type { Block } from '../blocks';

/** Line ends of every platform plus form feeds (page breaks) and Unicode line/paragraph separators. */
export const LINE_BREAK = /\r\n|[\n\r\f\u2028\u2029\u0085]/;

export function extractText(text: string): Block[] {
  return text.split(LINE_BREAK).map((line) => ({ text: line }));
}

// Character classes shared by the cleaner and the outliner: Han detection, sentence ends, and the
// NFKC-folded view used for matching (full-/half-width punctuation are equal when comparing, while
// the author's own characters stay in the text).

const HAN = /\p{Script=Han}/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Non-ASCII (CJK text or full-width punctuation) as opposed to Latin text and ASCII symbols. */
export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) > 0x7f && !/\s/u.test(ch);
}

/** Folded copy for matching: full-width forms to ASCII, compatibility characters unified. */
export function fold(s: string): string {
  return s.normalize('NFKC');
}

/** Marks that end a sentence, in both widths. */
export const SENTENCE_END = new Set([...'。！？!?；;…']);

/** Closing quotes and brackets that may follow the final mark of a sentence. */
export const CLOSERS = new Set([...'”’」』》〉）)】〕〗］"\'']);

function lastMark(text: string): { mark: string | undefined; closed: boolean } {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return { mark: text[i], closed: i < text.length - 1 };
}

/** The line ends with a sentence mark or a colon lead-in (closing quotes may follow). */
export function endsSentence(text: string): boolean {
  const { mark } = lastMark(text);
  return mark !== undefined && (SENTENCE_END.has(mark) || mark === '：' || mark === ':');
}

/** Ends a sentence, or ends in a closing bracket or quote, as standalone lines like (摘要) do. */
export function endsClosed(text: string): boolean {
  const { mark, closed } = lastMark(text);
  return mark !== undefined && (closed || endsSentence(text));
}

/** Clause punctuation inside a sentence: commas, semicolons, colons in either width. */
export const CLAUSE_MARKS = /[，,；;：:]/u;

/**
 * charLength(s) > n, counted only as far as needed: long paragraphs are not walked to their end
 * just to learn that they are long (the count stops at n + 1).
 */
export function longerThan(s: string, n: number): boolean {
  if (s.length <= n) return false;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0xdc00 || c > 0xdfff) && ++count > n) return true;
  }
  return false;
}

/** Visible length: counts code points, not UTF-16 units. */
export function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

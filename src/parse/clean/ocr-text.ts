// One OCR line as the rest of the parser expects text: Tesseract cuts Chinese into "words" and puts
// spaces between them, and reads a full-width ，：；（）as its ASCII look-alike. Spaces stay only
// between Latin words and numbers; ASCII punctuation next to Han text becomes full-width (never
// inside a number: 1,234 and 12:30 stay). Every step maps one character to one character, so the
// per-character confidences stay aligned with the text (the low-confidence warning cites them).

export interface OcrTextLine { text: string; confidence: number[] }
interface WordLike { symbols: { text: string; confidence: number }[] }

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u201c\u201d\u2018\u2019\u2014\u2026]/u;
const WORDISH = /[A-Za-z0-9]/;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export function ocrLineText(words: WordLike[]): OcrTextLine {
  const chars: string[] = [];
  const confidence: number[] = [];
  for (const word of words) {
    const symbols = word.symbols.filter((s) => s.text.trim() !== '');
    if (symbols.length === 0) continue;
    const last = chars[chars.length - 1];
    if (last !== undefined && WORDISH.test(last) && WORDISH.test(symbols[0]!.text)) { chars.push(' '); confidence.push(100); }
    for (const s of symbols) {
      // A symbol is one character for Chinese; a Latin "symbol" can be a ligature of two.
      for (const ch of s.text) { chars.push(ch); confidence.push(s.confidence); }
    }
  }
  return { text: fullWidthPunctuation(chars).join(''), confidence };
}

const isHan = (c: string | undefined) => c !== undefined && HAN.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** ASCII punctuation with Han text on either side -> its full-width form; quotes by pairing. */
export function fullWidthPunctuation(chars: string[]): string[] {
  const out = chars.slice();
  let openQuote = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (c === '“' || c === '”') { openQuote = c === '“'; continue; }
    if (c === '"') {
      // Tesseract often reads a closing ” as ": an open “ earlier on the line, or Han text before
      // and none after, closes; anything else opens.
      out[i] = openQuote || (isHan(prev) && !isHan(next)) ? '”' : '“';
      openQuote = out[i] === '“';
      continue;
    }
    const full = FULL[c];
    if (full === undefined) {
      // A full stop only at a line's end after Han text: 一.  and 3.5 are numbering and decimals.
      if (c === '.' && next === undefined && isHan(prev)) out[i] = '。';
      continue;
    }
    if (isDigit(prev) && isDigit(next)) continue;
    if (isHan(prev) || isHan(next)) out[i] = full;
  }
  return out;
}

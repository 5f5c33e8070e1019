// The folding path as it was before it moved to typed arrays (fold.ts at 4e581ef, with OpenCC's own
// converter for t2s): the reference the new path must equal on every text. Test code only.
import { Converter } from 'opencc-js/t2cn';
import { foldCodePoint } from '../../src/text/fold-chars';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Per-code-point NFKC, punctuation and case folding; `reshaped`: some code point changed width or split. */
function foldChars(text: string): { text: string; reshaped: boolean } {
  const parts: string[] = [];
  let runStart = 0;
  let reshaped = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded !== null) {
      // Unchanged runs are copied as one slice: most of a report is plain Han text.
      if (i > runStart) parts.push(text.slice(runStart, i));
      parts.push(folded);
      runStart = i + width;
      if (folded.length !== 1 || width !== 1) reshaped = true;
    }
    i += width;
  }
  if (runStart === 0) return { text, reshaped };
  parts.push(text.slice(runStart));
  return { text: parts.join(''), reshaped };
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Walks original and folded text code point by code point (t2cn keeps the count) and notes every width change. */
function findShifts(original: string, folded: string): number[] {
  const shifts: number[] = [];
  let f = 0;
  for (let o = 0; o < original.length; ) {
    const cp = original.codePointAt(o)!;
    const width = cp > 0xffff ? 2 : 1;
    const form = foldCodePoint(cp);
    const count = form === null ? 1 : codePoints(form);
    let length = 0;
    for (let k = 0; k < count && f + length < folded.length; k++) length += folded.codePointAt(f + length)! > 0xffff ? 2 : 1;
    if (length !== width || count !== 1) shifts.push(f, length, o, width);
    f += length;
    o += width;
  }
  return shifts;
}

const SURROGATE = /[\ud800-\udfff]/;

export function referenceFold(text: string): { text: string; shifts: number[] } {
  const stage = foldChars(text);
  const converted = toSimplified(stage.text);
  const plain = !stage.reshaped && converted.length === text.length && !SURROGATE.test(converted);
  return { text: converted, shifts: plain ? [] : findShifts(text, converted) };
}

// The folding path as it was before it moved to typed arrays (fold.ts at 4e581ef, with OpenCC's own
// converter for t2s): the reference the new path must equal on every text. Test code only. The
// shift table is found by fold.ts's own findShifts, which the move left as it was.
import { Converter } from 'opencc-js/t2cn';
import { findShifts } from '../../src/text/fold';
import { foldCodePoint } from '../../src/text/fold-chars';

const once = Converter({ from: 't', to: 'cn' });
/** OpenCC's t2cn until the text no longer changes, as fold.ts settles it (乾縣 -> 乾县 -> 干县). */
export function toSimplified(text: string): string {
  let out = text;
  for (let pass = 0; pass < 4; pass++) {
    const next = once(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

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

const SURROGATE = /[\ud800-\udfff]/;

export function referenceFold(text: string): { text: string; shifts: number[] } {
  const stage = foldChars(text);
  const converted = toSimplified(stage.text);
  const plain = !stage.reshaped && converted.length === text.length && !SURROGATE.test(converted);
  return { text: converted, shifts: plain ? [] : findShifts(text, converted) };
}

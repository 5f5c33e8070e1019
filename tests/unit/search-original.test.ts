// The original text is rebuilt exactly from the folded text and its differences, for whole texts
// and for any paragraph, whatever folding did to the length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffOriginal, originalSlice } from '../../src/search/original';
import { foldWithMap } from '../../src/text/fold';

const PIECES = ['協', '商', '会', 'a', 'Ｂ', '…', '㈠', '①', '豈', '㗲', '𠀀', '，', '“', '」', '—', ' ', '7', '乾淨', '\n'];

describe('originalSlice', () => {
  it('rebuilds every paragraph of the original from the folded text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const original = pieces.join('');
        const { text, shifts } = foldWithMap(original);
        const diff = diffOriginal(original, text, shifts);
        expect(originalSlice(text, shifts, diff, 0, text.length)).toBe(original);
        const folded = text.split('\n');
        const paras = original.split('\n');
        let at = 0;
        folded.forEach((p, i) => {
          expect(originalSlice(text, shifts, diff, at, at + p.length)).toBe(paras[i]);
          at += p.length + 1;
        });
      }),
    );
  });
  it('costs nothing for text that folding leaves alone', () => {
    const original = '一年来,市政协围绕中心工作。';
    const { text, shifts } = foldWithMap(original);
    expect(diffOriginal(original, text, shifts)).toEqual({ subAt: new Uint32Array(0), subText: '', shiftText: '' });
  });
});

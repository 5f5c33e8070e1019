// Folding on typed arrays against the path it replaced (tests/support/fold-reference.ts): the same
// folded text and the same shift table (and a list of the units it wrote that covers every change) on every fixture text in both scripts, on random strings
// mixing scripts, width forms, phrase keys, astral characters and lone surrogates, and on random Unicode.
import { join } from 'node:path';
import fc from 'fast-check';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { fixtureTexts } from '../support/fixture-texts';
import { foldForMatch, foldWithMap } from '../../src/text/fold';
import { referenceFold } from '../support/fold-reference';

const FIXTURES = join(import.meta.dirname, '../fixtures');


function same(text: string): void {
  const want = referenceFold(text);
  const got = foldWithMap(text);
  expect({ text: got.text, shifts: got.shifts }).toEqual(want);
  expect(foldForMatch(text)).toBe(want.text);
  // The units it says it wrote cover every unit that differs from the original (same widths only).
  if (got.written && got.shifts.length === 0) {
    const written = new Set(got.written);
    for (let i = 0; i < text.length; i++) if (got.text.charCodeAt(i) !== text.charCodeAt(i)) expect(written.has(got.text.charCodeAt(i))).toBe(true);
  }
}

const PIECES = ['乾縣', '乾县', '薴', '苧', '張昇', '於潛', '協', '商', '聯', '繫', '乾', '隆', '乾淨', '頭髮', '會議', '会', '著', 'a', 'Ｂ', 'Z', '…', '㈠', '①', '豈', '㗲', 'ﷺ', '㍻',
  '𠀀', '𡚸', '⿰', '。', '，', '“', '」', '—', ' ', '\n', '\t', '7', '(', 'ǅ', 'ß', 'İ', '\ud800', '\udc00', '\u0000', '️'];

describe('foldWithMap and foldForMatch on typed arrays', () => {
  it('equal the previous path on every fixture text, in both scripts', () => {
    const all = fixtureTexts(FIXTURES);
    expect(all.length).toBeGreaterThan(50);
    const toTraditional = ToTraditional({ from: 'cn', to: 'tw' });
    for (const text of [...all, ...all.map(toTraditional)]) same(text);
  });

  it('equal the previous path on random strings of mixed scripts and widths', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => same(parts.join(''))), { numRuns: 3000 });
  });

  it('equal the previous path on random Unicode, long strings included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), same), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 20000, maxLength: 40000 }), same), { numRuns: 5, endOnFailure: true });
  });
});

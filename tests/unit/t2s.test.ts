// The fast traditional -> simplified converter against OpenCC's own Converter: identical output on
// every fixture text (as it is and converted to traditional) and on random strings mixing scripts,
// phrase keys, compatibility ideographs, astral characters and ideographic description sequences.
import { join } from 'node:path';
import fc from 'fast-check';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { fixtureTexts } from '../support/fixture-texts';
import { toSimplifiedFast } from '../../src/text/t2s';

const reference = Converter({ from: 't', to: 'cn' });
const FIXTURES = join(import.meta.dirname, '../fixtures');


/** Phrase keys and their first characters, so random strings hit longest-match cases often. */
function phrasePieces(): string[] {
  const group = Locale.configs!.t2s!.conversionChain[0]! as unknown as string[];
  const phrases = group.flatMap((d) => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : []));
  return phrases.filter((p) => [...p].length > 1).filter((_, i) => i % 7 === 0).flatMap((p) => [p, [...p][0]!, p.slice(0, -1)]);
}

describe('toSimplifiedFast', () => {
  it('equals OpenCC t2cn on every fixture text, in both scripts', () => {
    const all = fixtureTexts(FIXTURES);
    expect(all.length).toBeGreaterThan(50);
    const toTraditional = ToTraditional({ from: 'cn', to: 'tw' });
    for (const text of [...all, ...all.map(toTraditional)]) expect(toSimplifiedFast(text)).toBe(reference(text));
  });

  it('equals OpenCC t2cn on random strings of mixed scripts', () => {
    const phrases = phrasePieces();
    expect(phrases.length).toBeGreaterThan(100);
    const pieces = [...phrases, '協', '商', '會', '议', '乾', '隆', '豈', '更', '車', '𠀀', '𡚸', '⿰', '⿱', '⿲', '⿻', 'a', 'Z', '１', ' ', '\n', '「', '。', '\ud800', '\udc00', '著', '着', '髮', '發'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(toSimplifiedFast(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals OpenCC t2cn on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(toSimplifiedFast(text)).toBe(reference(text));
    }), { numRuns: 2000 });
  });
});

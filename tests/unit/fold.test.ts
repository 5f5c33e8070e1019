// Folding for search: both scripts, width forms, punctuation and case fold alike, and every folded
// range maps back onto the original characters, also where folding changes the length.
import fc from 'fast-check';
import { Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { foldForMatch, foldWithMap, originalRange } from '../../src/text/fold';

describe('foldForMatch', () => {
  it('folds traditional to simplified, phrase-aware', () => {
    expect(foldForMatch('協商')).toBe('协商');
    expect(foldForMatch('聯繫')).toBe('联系');
    expect(foldForMatch('聯系')).toBe('联系');
    expect(foldForMatch('乾淨的乾隆')).toBe('干净的乾隆');
    expect(foldForMatch('中國人民政治協商會議')).toBe(foldForMatch('中国人民政治协商会议'));
  });
  it('folds width, compatibility forms, punctuation and case', () => {
    expect(foldForMatch('ＩＣＰ备１５号')).toBe('icp备15号');
    expect(foldForMatch('“拉家常”「方式」『引』')).toBe('"拉家常""方式""引"');
    expect(foldForMatch('——–-')).toBe('----');
    expect(foldForMatch('（一）【注】〔2015〕')).toBe('(一)[注][2015]');
    expect(foldForMatch('㈠①豈')).toBe('(一)1岂');
    expect(foldForMatch('Copyright ©')).toBe('copyright ©');
  });
  it('is idempotent on report text', () => {
    const text = '2022年工作回顧：「協商民主」，發揮專門協商機構作用……';
    expect(foldForMatch(foldForMatch(text))).toBe(foldForMatch(text));
  });
});

describe("OpenCC's t2cn tables", () => {
  it('map every entry to the same number of code points (offset mapping relies on it)', () => {
    const config = Locale.configs!.t2s!;
    const groups = [...((config as { normalizationChain?: unknown[][] }).normalizationChain ?? []), ...config.conversionChain];
    let entries = 0;
    for (const group of groups)
      for (const dict of group as (string | [string, string][])[]) {
        const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
        for (const [from, to] of pairs) {
          entries++;
          expect([...to!].length, `${from} -> ${to}`).toBe([...from!].length);
        }
      }
    expect(entries).toBeGreaterThan(4_000);
  });
});

// Characters whose folding is context-free, including ones that change length when folded.
const PIECES = ['協', '商', '聯', '繫', '会', 'a', 'Ｂ', 'Z', '…', '㈠', '①', '豈', '㗲', '𠀀', '。', '“', '」', '—', ' ', '7', '(', 'ǅ'];

describe('foldWithMap', () => {
  it('maps the folded form of every character back onto that character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const original = pieces.join('');
        const folded = foldWithMap(original);
        expect(folded.text).toBe(foldForMatch(original));
        let o = 0;
        let f = 0;
        for (const piece of pieces) {
          const len = foldForMatch(piece).length;
          expect(folded.text.slice(f, f + len)).toBe(foldForMatch(piece));
          expect(originalRange(folded, f, f + len)).toEqual([o, o + piece.length]);
          o += piece.length;
          f += len;
        }
        expect(f).toBe(folded.text.length);
      }),
    );
  });
  it('keeps no shift table for ordinary report text', () => {
    expect(foldWithMap('中國人民政治協商會議，“团结民主”（一）ＡＢＣ').shifts).toEqual([]);
  });
  it('folds a 30,000-character report in a few milliseconds', () => {
    const line = '一年來，中共鷹潭市委高度重視和支持政協工作，出臺了《貫徹落實省委辦公廳的實施方案》……ＡＢＣ①。\n';
    const report = line.repeat(Math.ceil(30_000 / line.length));
    foldWithMap(report);
    const start = performance.now();
    foldWithMap(report);
    // Generous bound for a shared 2-core machine; it catches anything quadratic.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

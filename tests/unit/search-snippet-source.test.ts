// A snippet cut from a window of the original (paragraphSource, where no shift touches the paragraph)
// equals the one cut from the whole paragraph's original, for random mixed text: traditional units,
// characters folding changes in place or to another length, astral characters, many paragraphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { indexDoc, joinDoc, splitDoc } from '../../src/search/doc';
import { paragraphSource, paragraphText } from '../../src/search/locate';
import { makeSnippet } from '../../src/search/snippet';

const PIECES = ['協', '商', '会', '會', 'a', 'Ｂ', '…', '㈠', '①', '豈', '㗲', '𠀀', '𡃁', '，', '“', '」', '—', ' ', '7', '乾淨', '發展'];

function reportOf(paragraphs: string[]): ParsedReport {
  return { fileName: 't.txt', title: null, body: 'other', kind: 'other', locality: null, reviewYear: null, planYear: null,
    meetingDate: null, publishDate: null, outline: [], figures: [], paragraphs: paragraphs.map((text) => ({ text })) } as unknown as ParsedReport;
}

describe('paragraphSource', () => {
  it('gives the snippets the whole paragraph gives, window by window', () => {
    let windowed = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 3 }), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 8 }),
        (paras, cuts) => {
          const { core, text } = splitDoc(indexDoc('t', reportOf(paras.map((p) => p.join('')))));
          const doc = joinDoc(core, text);
          for (const [p0, at0, len0, context] of cuts) {
            const para = p0 % paras.length;
            const whole = paragraphText(doc, para);
            const source = paragraphSource(doc, para);
            if (typeof source !== 'string') windowed++;
            expect(source.length).toBe(whole.length);
            // A hit at character boundaries of the original, as toParagraph gives them.
            const starts = [...whole].reduce<number[]>((a, ch) => [...a, a[a.length - 1]! + ch.length], [0]);
            const s = starts[at0 % starts.length]!;
            const e = starts[Math.min(starts.length - 1, (at0 % starts.length) + len0)]!;
            const others: [number, number][] = [[s, e]];
            expect(makeSnippet(source, [s, e], others, context, e - s)).toEqual(makeSnippet(whole, [s, e], others, context, e - s));
          }
        },
      ),
      { numRuns: 1500 },
    );
    // Most paragraphs have no shift: the window is what is tested, not only the fallback.
    expect(windowed).toBeGreaterThan(1000);
  });
});

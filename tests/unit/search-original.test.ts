// The original text is rebuilt exactly from the folded text and its differences, for whole texts
// and for any paragraph, whatever folding did to the length.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { diffOriginal, FEW_UNITS, originalSlice } from '../../src/search/original';
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
  it('rebuilds a long run of changed units, past the pieces it is made in', () => {
    const original = `政協${'協商會議，'.repeat(3000)}`;
    const { text, shifts } = foldWithMap(original);
    const diff = diffOriginal(original, text, shifts);
    expect(originalSlice(text, shifts, diff, 0, text.length)).toBe(original);
    expect(originalSlice(text, shifts, diff, 1, 9001)).toBe(original.slice(1, 9001));
  });
  it('costs nothing for text that folding leaves alone', () => {
    const original = '一年来,市政协围绕中心工作。';
    const { text, shifts } = foldWithMap(original);
    expect(diffOriginal(original, text, shifts)).toEqual({ always: '', subGaps: new Uint8Array(0), subMarks: new Uint32Array(0), subText: '', shiftText: '' });
  });
  it('lists each unit\'s usual original once, and where it occurs only an original that is not the usual one', () => {
    const original = '協會協會，發展乾淨，頭髮發白';
    const { text, shifts } = foldWithMap(original);
    const diff = diffOriginal(original, text, shifts);
    expect(diff.always).toContain('协協');
    expect(diff.always).toContain('会會');
    // 发 stands for 發 twice and for 髮 once: 發 is its usual original, 髮 is listed where it stands.
    expect(diff.always).toContain('发發');
    expect(diff.subText).toBe('髮');
    expect(originalSlice(text, shifts, diff, 0, text.length)).toBe(original);
    expect(originalSlice(text, shifts, diff, 7, 9)).toBe(original.slice(7, 9));
  });
  it('finds the changed units from any offset of a long text, past many seek marks and long gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '协'.repeat(200), '政'), { minLength: 300, maxLength: 900 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const original = pieces.join('');
        const { text, shifts } = foldWithMap(original);
        const diff = diffOriginal(original, text, shifts);
        // Cut at code point boundaries that are also boundaries of the original (outside shifted units).
        const cuts = [0];
        for (let o = 0, f = 0, k = 0; f < text.length; ) {
          if (k < shifts.length && shifts[k]! === f) { f += shifts[k + 1]!; o += shifts[k + 3]!; k += 4; } else { f += text.codePointAt(f)! > 0xffff ? 2 : 1; o++; }
          cuts.push(f);
        }
        const from = cuts[a % cuts.length]!;
        const to = Math.max(from, cuts[b % cuts.length]!);
        const whole = originalSlice(text, shifts, diff, 0, text.length);
        expect(whole).toBe(original);
        expect(originalSlice(text, shifts, diff, 0, from) + originalSlice(text, shifts, diff, from, to) + originalSlice(text, shifts, diff, to, text.length)).toBe(original);
      }),
      { numRuns: 60 },
    );
  });
});


describe('diffOriginal given the units folding wrote', () => {
  // Looking at those units only must give exactly what the walk over every unit gives.
  const pieces = [...PIECES, '發', '髮', '头发', '(', '（', '"', '“', ',', ':', '：', 'Ａ', 'a', 'A', '\u0000'];
  it('equals the full walk on random mixed text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
        const original = parts.join('');
        const { text, shifts, written } = foldWithMap(original.replace(/\n/g, ' '));
        const full = diffOriginal(original, text, shifts);
        expect(diffOriginal(original, text, shifts, written && [...written, 0x20])).toEqual(full);
        expect(originalSlice(text, shifts, full, 0, text.length)).toBe(original);
      }),
      { numRuns: 2000 },
    );
  });
  it('looks for the few units of simplified text, skips all but the many of traditional text, and equals the full walk on every fixture', () => {
    const dir = join(import.meta.dirname, '../fixtures');
    const all = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(all.length).toBeGreaterThan(3);
    let short = 0;
    let masked = 0;
    for (const original of [...all, ...all.map(ToTraditional({ from: 'cn', to: 'tw' }))]) {
      const { text, shifts, written } = foldWithMap(original);
      if (written && written.length <= FEW_UNITS && shifts.length === 0) short++;
      else if (written) masked++;
      const diff = diffOriginal(original, text, shifts);
      expect(diffOriginal(original, text, shifts, written)).toEqual(diff);
      // Whole reports: tens of thousands of units, thousands changed, rebuilt in pieces.
      expect(originalSlice(text, shifts, diff, 0, text.length)).toBe(original);
    }
    // Two of the fixtures are simplified reports; every fixture turned traditional writes hundreds of units.
    expect(short).toBeGreaterThanOrEqual(2);
    expect(masked).toBeGreaterThanOrEqual(all.length);
  });
});

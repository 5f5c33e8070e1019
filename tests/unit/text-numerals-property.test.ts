// Property tests: Chinese numerals written the standard way read back as the number, and
// Arabic numbers with 万/亿 keep their value; figure extraction never throws on arbitrary text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumeral, parseNumber } from '../../src/text/numerals';
import { extractFigures } from '../../src/parse/figures';

const DIGITS = '零一二三四五六七八九';

/** Standard reading of 1..99999999 (十二, 一百零五, 三千零二十万零五). */
function toChinese(n: number): string {
  if (n >= 1e4) {
    const high = Math.floor(n / 1e4), low = n % 1e4;
    const lowText = low === 0 ? '' : (low < 1000 ? '零' : '') + toChinese(low);
    return toChinese(high) + '万' + lowText;
  }
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '', zero = false;
  digits.forEach((d, i) => {
    if (d === 0) { zero = out !== ''; return; }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + units[i]!;
  });
  return out.replace(/^一十/, '十');
}

describe('numeral properties', () => {
  it('reads back every standard Chinese numeral', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
      expect(parseChineseNumeral(toChinese(n))).toBe(n);
    }));
  });
  it('scales Arabic numbers by 万 and 亿 without floating-point noise', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 2 }), (hundredths, d) => {
      const text = (hundredths / 100).toFixed(d);
      expect(parseNumber(`${text}万`)).toBe(Number((Number(text) * 1e4).toPrecision(12)));
      expect(Number.isInteger(parseNumber(`${text}亿`))).toBe(true);
    }));
  });
});

describe('figure extraction properties', () => {
  it('never throws and places every figure inside its paragraph', () => {
    const chars = fc.constantFrom(...'交办提案件次个万亿余约第届年月日、，。 0123456789一二十百'.split(''));
    fc.assert(fc.property(fc.array(fc.string({ unit: chars, maxLength: 40 }), { maxLength: 5 }), (texts) => {
      const paragraphs = texts.map((text) => ({ text }));
      for (const f of extractFigures(paragraphs, [])) {
        const p = paragraphs[f.para]!.text;
        expect(f.offset).toBeGreaterThanOrEqual(0);
        expect(f.offset).toBeLessThan(p.length);
        expect(f.value).toBeGreaterThan(0);
        expect(f.section).toBe(-1);
      }
    }));
  });
});

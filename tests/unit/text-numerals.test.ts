// Number parsing in both notations and both scripts, with 万/亿 multipliers.
import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, parseNumber, roundValue } from '../../src/text/numerals';

describe('parseArabic', () => {
  it('reads half- and full-width digits and thousands separators', () => {
    expect(parseArabic('302')).toBe(302);
    expect(parseArabic('１０５３')).toBe(1053);
    expect(parseArabic('1,053')).toBe(1053);
    expect(parseArabic('29.33')).toBe(29.33);
    expect(parseArabic('1.2.3')).toBeNull();
    expect(parseArabic('十二')).toBeNull();
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105], ['一百二十三', 123],
    ['两千', 2000], ['兩千三百', 2300], ['三千二百万', 32000000], ['一万二千', 12000], ['五億', 500000000],
    ['二〇二三', 2023], ['二零一九', 2019],
  ])('%s -> %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('refuses what is not a numeral', () => {
    expect(parseChineseNumeral('委员')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('parseNumber', () => {
  it('applies 万 and 亿 to Arabic numbers in both scripts', () => {
    expect(parseNumber('1.4萬')).toBe(14000);
    expect(parseNumber('29.33万')).toBe(293300);
    expect(parseNumber('198.5亿')).toBe(19850000000);
    expect(parseNumber('3億')).toBe(300000000);
  });
  it('falls back to Chinese numerals', () => {
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('abc')).toBeNull();
  });
  it('rounds away floating-point noise', () => {
    expect(roundValue(0.1 + 0.2)).toBe(0.3);
  });
});

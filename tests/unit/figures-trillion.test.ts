// 万亿 (a trillion): national reports count budgets, output and investment in it (134.9万亿元).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/parse/figures';

const figs = (text: string) => extractFigures([{ text }], []).map((f) => [f.text, f.value, f.unit]);

describe('万亿', () => {
  it('scales a figure by both magnitudes, in either script', () => {
    expect(figs('全年国内生产总值134.9万亿元，发行超长期特别国债1万亿元，研发經費投入3.6萬億元。')).toEqual([
      ['全年国内生产总值134.9万亿元', 134900000000000, '元'],
      ['发行超长期特别国债1万亿元', 1000000000000, '元'],
      ['研发經費投入3.6萬億元', 3600000000000, '元'],
    ]);
  });
  it('still reads 万 and 亿 alone', () => {
    expect(figs('新增专项债券3.9亿元，城镇新增就业1256万人。').map(([, v]) => v)).toEqual([390000000, 12560000]);
  });
});

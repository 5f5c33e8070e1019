// How the figures, trends and targets views write a figure's number: in the units a report uses.
import { describe, expect, it } from 'vitest';
import { figureValue } from '../../src/ui/figure-value';

const v = (value: number, unit: string, modifier: string | null = null, valueHigh?: number) => ({ value, unit, modifier, ...(valueHigh === undefined ? {} : { valueHigh }) });

describe('figureValue', () => {
  it('writes amounts in 万, 亿 and 万亿 as reports do', () => {
    expect(figureValue(v(12440000, '人'))).toBe('1244万人');
    expect(figureValue(v(61120000000, '元'))).toBe('611.2亿元');
    expect(figureValue(v(126e12, '元', '以上'))).toBe('126万亿元以上');
    expect(figureValue(v(1.39e12, '斤'))).toBe('1.39万亿斤');
    expect(figureValue(v(-2.5e12, '元'))).toBe('-2.5万亿元');
  });
  it('writes ranges, percentage points and modifiers, leaving 力争 off', () => {
    expect(figureValue(v(6.5, '%', '左右', 7))).toBe('6.5–7%左右');
    expect(figureValue(v(0.8, '百分点'))).toBe('0.8个百分点');
    expect(figureValue(v(5, '%', '力争'))).toBe('5%');
    // A result keeps its bound: controlled within 3.5% is not 3.5%.
    expect(figureValue(v(3.5, '%', '以内'))).toBe('3.5%以内');
    // Each qualifier where the report writes it.
    expect(figureValue(v(300, '人次', '约'))).toBe('约300人次');
    expect(figureValue(v(3000, '人次', '余'))).toBe('3000余人次');
    expect(figureValue(v(200, '人', '以上'))).toBe('200人以上');
    expect(figureValue(v(20000, '件', '超过'))).toBe('超过2万件');
  });
});

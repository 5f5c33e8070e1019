// Five-year plan periods for the top-terms scope: the year's period and its name as reports write it.
import { describe, expect, it } from 'vitest';
import { planName, planPeriod, planPeriods } from '../../src/trends/plan-period';

describe('plan periods', () => {
  it('puts a year in its five-year plan', () => {
    expect(planPeriod(2016)).toEqual({ number: 13, from: 2016, to: 2020 });
    expect(planPeriod(2020)).toEqual({ number: 13, from: 2016, to: 2020 });
    expect(planPeriod(2021)).toEqual({ number: 14, from: 2021, to: 2025 });
    expect(planPeriod(1996)).toEqual({ number: 9, from: 1996, to: 2000 });
    expect(planPeriod(1995)).toBeNull();
  });

  it('names periods as the reports do', () => {
    expect([9, 10, 12, 13, 14, 15, 20, 21].map(planName)).toEqual(['九五', '十五', '十二五', '十三五', '十四五', '十五五', '二十五', '二十一五']);
  });

  it('lists the periods of a set of years once each, oldest first', () => {
    expect(planPeriods([2022, 2018, 2012, 2024, 2016]).map((p) => p.number)).toEqual([12, 13, 14]);
  });
});

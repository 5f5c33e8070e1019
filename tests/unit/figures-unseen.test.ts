// Targets and results on report text nobody tuned on (county, city, district, province and national
// reports and half-year summaries, both scripts), as short sentences: older and regional indicator
// names, names that swallowed a lead, a verb or an earlier figure, a typesetter's spaced decimal
// point, rates written in words, and a half-year review that sets out the year's aims.
import { describe, expect, it } from 'vitest';
import type { Heading } from '../../src/model/report';
import { extractFigures } from '../../src/parse/figures';

const figs = (text: string) => extractFigures([{ text }], []);
const rates = (text: string) => figs(text).filter((f) => f.unit === '%' || f.unit === '‰' || f.unit === '百分点');
const pick = (text: string) => rates(text).map((f) => [f.indicatorKey, f.value, f.valueHigh ?? null, f.unit, f.modifier]);
const keys = (text: string) => figs(text).map((f) => f.indicatorKey);
const names = (text: string) => figs(text).map((f) => f.indicator);

describe('indicator names reports use besides the usual ones', () => {
  it('reads 农民人均纯收入 (and 人平) as rural income, also in a 分别 list', () => {
    expect(pick('农民人均纯收入增长8%以上')).toEqual([['rural-income', 8, null, '%', '以上']]);
    expect(pick('农民人平纯收入增长8%')).toEqual([['rural-income', 8, null, '%', null]]);
    expect(keys('农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元，分别增长18%和16.5%'))
      .toEqual(['rural-income', 'urban-income', 'rural-income', 'urban-income']);
  });
  it('reads older and regional names of budget revenue and industrial value added', () => {
    expect(pick('地方财政一般预算收入增长10%')).toEqual([['budget-revenue', 10, null, '%', null]]);
    expect(pick('其中地方級財政收入增長16%；規模工業增加值增長18%')).toEqual([['budget-revenue', 16, null, '%', null], ['industrial-value-added', 18, null, '%', null]]);
    expect(keys('财政收入38.74亿元，其中地方级收入26.5亿元')).toEqual([null, 'budget-revenue']);
  });
  it('reads 实际吸收外资 as foreign investment', () => {
    expect(pick('实际吸收外资增长10%')).toEqual([['foreign-investment', 10, null, '%', null]]);
  });
  it('reads a bare 经济增长 as the economy’s growth, but not 工业经济’s', () => {
    expect(pick('经济增长6%左右')).toEqual([['gdp', 6, null, '%', '左右']]);
    expect(keys('工业经济总量突破2000亿元')).toEqual([null]);
    expect(keys('全市经济总量突破2000亿元')).toEqual(['gdp']);
  });
  it('does not take a part of the year’s plan for the indicator', () => {
    expect(keys('完成地区生产总值10.3亿元，同比增长14.4%，占年计划的53.3%')).toEqual(['gdp', 'gdp', null]);
  });
});

describe('names without leads, verbs or earlier figures', () => {
  it('drops what stands before 目标是, but keeps a name written before 目标为', () => {
    expect(rates('今年發展主要預期目標是經濟增長4.5%至5%').map((f) => [f.indicator, f.indicatorKey, f.value, f.valueHigh])).toEqual([['經濟', 'gdp', 4.5, 5]]);
    expect(pick('经济增长预期目标为5%左右')).toEqual([['gdp', 5, null, '%', '左右']]);
  });
  it('stands the name before where a value started from (由…增加到)', () => {
    expect(names('外贸进出口总额由2000年的4500万美元增加到2.3亿美元，年均增长38%')).toEqual(['外贸进出口总额', '外贸进出口总额', '外贸进出口总额']);
  });
  it('drops 上半年累计, 首次, 实际 and 提出 around the name', () => {
    expect(names('上半年累计实现地区生产总值20.68亿元')).toEqual(['地区生产总值']);
    expect(names('人均生产总值首次突破2万元')).toEqual(['人均生产总值']);
    expect(names('城镇居民人均可支配收入实际增长8%')).toEqual(['城镇居民人均可支配收入']);
    expect(names('提出全社会研发经费投入年均增长7%以上')).toEqual(['全社会研发经费投入']);
  });
});

describe('values', () => {
  it('reads a decimal point set apart by spaces', () => {
    expect(pick('主要预期目标是：经济增长6 . 5%左右')).toEqual([['gdp', 6.5, null, '%', '左右']]);
  });
  it('reads rates written in words', () => {
    expect(pick('人口自然增长率控制在千分之四点五以内')).toEqual([['population-growth', 4.5, null, '‰', '以内']]);
    expect(pick('单位生产总值能耗下降百分之十')).toEqual([['energy-intensity', -10, null, '%', null]]);
    expect(pick('发病率为三千分之一')).toEqual([]);
  });
  it('does not count 三次产业 as three runs', () => {
    expect(figs('三次产业比调整为11.8︰48.3︰39.9')).toEqual([]);
  });
});

describe('a half-year review that sets out the year’s aims', () => {
  const h = (title: string, para: number, end: number): Heading => ({ level: 1, number: null, title, para, span: [para, end], source: 'part' });
  const paragraphs = ['一、上半年工作情况', '1-6月，财政总收入1545万元，增长6%。力争全乡2013年地方生产总值增长9%，规模以上工业增加值增长10%；人口自然增长率控制在6‰以内。'];
  it('makes 力争 rates targets of the year the sentence names, the rest results', () => {
    const out = extractFigures(paragraphs.map((text) => ({ text })), [h(paragraphs[0]!, 0, 2)], { reviewYear: 2013, planYear: 2013 })
      .filter((f) => f.unit !== '元');
    expect(out.map((f) => [f.indicatorKey, f.value, f.role, f.year])).toEqual([
      ['fiscal-revenue', 6, 'result', 2013], ['gdp', 9, 'target', 2013], ['industrial-value-added', 10, 'target', 2013], ['population-growth', 6, 'target', 2013],
    ]);
  });
});

describe('an aim restated in a review', () => {
  const h = (title: string, para: number, end: number): Heading => ({ level: 1, number: null, title, para, span: [para, end], source: 'part' });
  it('is a target of the year reviewed, and what the year actually did a result', () => {
    const paragraphs = ['一、2023年工作回顾', '年初提出力争地区生产总值增长8%，实际增长8.5%。'];
    const out = extractFigures(paragraphs.map((text) => ({ text })), [h(paragraphs[0]!, 0, 2)], { reviewYear: 2023, planYear: 2024 });
    expect(out.map((f) => [f.indicatorKey, f.value, f.role, f.year])).toEqual([['gdp', 8, 'target', 2023], ['gdp', 8.5, 'result', 2023]]);
  });
});

// Rates as figures, by example and by property: growth and decline, ranges, 分别 lists, per mille,
// percentage points, full-width digits and signs, traditional script, and the part of the report
// that makes a rate a target, a result, a period goal or neither.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Heading } from '../../src/model/report';
import { extractFigures } from '../../src/parse/figures';
import { findAbsences } from '../../src/parse/figures/absence';

const rates = (text: string) => extractFigures([{ text }], []).filter((f) => f.unit !== '元' && f.unit !== '人');
const pick = (text: string) => rates(text).map((f) => [f.indicatorKey, f.value, f.valueHigh ?? null, f.unit, f.modifier]);

describe('rates by example', () => {
  it('signs declines negative and keeps levels positive', () => {
    expect(pick('单位GDP能耗下降2.5%，规模以上工业增加值同比减少8%')).toEqual([['energy-intensity', -2.5, null, '%', null], ['industrial-value-added', -8, null, '%', null]]);
    expect(pick('年末城镇调查失业率降到5.5%')).toEqual([['unemployment', 5.5, null, '%', null]]);
  });
  it('keeps both ends of a range', () => {
    expect(pick('地区生产总值增长6.5%—7%')).toEqual([['gdp', 6.5, 7, '%', null]]);
    expect(pick('生产总值增长6%-6.5%')).toEqual([['gdp', 6, 6.5, '%', null]]);
    expect(pick('生产总值增长6.5—7%左右')).toEqual([['gdp', 6.5, 7, '%', '左右']]);
  });
  it('hands out 分别 values to each named indicator', () => {
    expect(pick('城乡居民人均可支配收入分别增长6.3%和8.1%')).toEqual([['urban-income', 6.3, null, '%', null], ['rural-income', 8.1, null, '%', null]]);
    expect(pick('一般公共预算收入、规上工业增加值分别增长8.1%、9.3%')).toEqual([['budget-revenue', 8.1, null, '%', null], ['industrial-value-added', 9.3, null, '%', null]]);
    const named = rates('城镇和农村居民人均可支配收入分别达到69678元和35844元，分别增长9.3%和10.6%');
    expect(named.map((f) => f.indicator)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
  it('reads per mille and percentage points as their own units', () => {
    expect(pick('人口自然增长率控制在4‰以内')).toEqual([['population-growth', 4, null, '‰', '以内']]);
    expect(pick('常住人口城镇化率提高0.8个百分点')).toEqual([['urbanization', 0.8, null, '百分点', null]]);
  });
  it('reads full-width digits and signs and traditional script', () => {
    expect(pick('全市地區生產總值增長７．５％左右')).toEqual([['gdp', 7.5, null, '%', '左右']]);
    expect(pick('居民消費價格漲幅３％左右，城鎮調查失業率控制在５％以內')).toEqual([['cpi', 3, null, '%', '左右'], ['unemployment', 5, null, '%', '以內']]);
  });
  it('takes the name its sentence gave last for a bare rate, and never a share as its total', () => {
    expect(rates('全县实现地区生产总值611.3亿元，增长4.1%')[0]!.indicatorKey).toBe('gdp');
    expect(rates('数字经济核心产业增加值增长9.8%，占生产总值比重提升到13.5%')[1]).toMatchObject({ indicatorKey: null, indicator: '数字经济核心产业增加值占生产总值比重' });
    // Nor a share of industrial or service value added as that value added.
    expect(rates('高新技术产业增加值增长7.2%，占规模以上工业增加值比重达到66.6%')[1]).toMatchObject({ indicatorKey: null, indicator: '高新技术产业增加值占规模以上工业增加值比重' });
    expect(rates('现代服务业增加值占服务业增加值比重达到65%')[0]!.indicatorKey).toBeNull();
    expect(pick('规上工业增加值增长6%')).toEqual([['industrial-value-added', 6, null, '%', null]]);
  });
  it('leaves the verbs and adverbs of effort a goal opens with out of its name', () => {
    const named = (text: string) => extractFigures([{ text }], []).map((f) => f.indicator);
    expect(named('紧盯全年固定资产投资120亿元目标')).toEqual(['固定资产投资']);
    expect(named('坚持把财政支出的70%以上用于民生领域')).toEqual(['财政支出']);
    expect(named('進一步推動森林覆蓋率達到63%')).toEqual(['森林覆蓋率']);
    expect(named('将城镇调查失业率控制在5.5%以内')).toEqual(['城镇调查失业率']);
    // 拟按 (is planned at) is how a budget states a goal: the verb, not the name.
    expect(named('今年赤字率拟按3%安排')).toEqual(['赤字率']);
  });
  it('names a rate after an earlier figure of its clause by that figure’s indicator, not by the figure', () => {
    const names = (text: string) => extractFigures([{ text }], []).map((f) => f.indicator);
    // A 、 after a value ends that value's part of the clause.
    expect(names('预计全年地区生产总值完成683亿元、增长6.8%，一般公共预算收入完成61.2亿元、增长9.1%'))
      .toEqual(['地区生产总值', '地区生产总值', '一般公共预算收入', '一般公共预算收入']);
    // The value it started from is not part of the name, nor are 近 or a trailing 的.
    expect(names('全市生产总值从5453亿元增加到7585亿元，年均增长6.6%')).toEqual(['生产总值', '生产总值', '生产总值']);
    expect(names('国内生产总值增加到121万亿元，十年增加近70万亿元、年均增长6.2%').at(-1)).toBe('国内生产总值');
    expect(names('民生支出占一般公共预算支出的79.2%')).toEqual(['民生支出占一般公共预算支出']);
    // A 、 between the values of a 分别 list still hands them out in order.
    expect(names('一般公共预算收入、税收收入分别增长10.6%、12.4%')).toEqual(['一般公共预算收入', '税收收入']);
  });
});

describe('roles from the report parts', () => {
  const h = (title: string, para: number, end: number): Heading => ({ level: 1, number: null, title, para, span: [para, end], source: 'part' });
  const years = { reviewYear: 2023, planYear: 2024 };
  const paragraphs = ['2023年工作回顾', '全县生产总值增长7.2%，比全省高1.2个百分点。五年来，生产总值年均增长6.5%。', '2024年工作安排',
    '主要预期目标是：生产总值增长7%左右，城镇调查失业率控制在5%以内。到2027年，生产总值年均增长6.5%。'];
  const figs = extractFigures(paragraphs.map((text) => ({ text })), [h('2023年工作回顾', 0, 2), h('2024年工作安排', 2, 4)], years);
  it('makes review rates results, plan rates targets, and history, comparisons and five-year goals neither', () => {
    expect(figs.map((f) => [f.value, f.role, f.year])).toEqual([
      [7.2, 'result', 2023], [1.2, null, 2023], [6.5, null, null], [7, 'target', 2024], [5, 'target', 2024], [6.5, 'period-target', 2027],
    ]);
  });
  it('records a report that sets no growth target', () => {
    expect(findAbsences([{ text: '需要说明的是，我们没有提出全年经济增速具体目标，主要因为不确定性很大。' }], 2020))
      .toMatchObject([{ indicatorKey: 'gdp', year: 2020, para: 0 }]);
    expect(findAbsences([{ text: '全年经济增速目标为6%左右。' }], 2020)).toEqual([]);
  });
});

describe('rates by property', () => {
  const decimal = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([i, d]) => Number(`${i}.${d}`));
  const wide = (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  it('reads any growth and decline in either width with its sign', () => {
    fc.assert(fc.property(decimal, fc.boolean(), fc.boolean(), (v, falls, fullWidth) => {
      const text = `固定资产投资${falls ? '下降' : '增长'}${fullWidth ? wide(`${v}%`) : `${v}%`}`;
      expect(pick(text)).toEqual([['fixed-investment', falls ? -v : v, null, '%', null]]);
    }));
  });
  it('keeps any range with value <= valueHigh', () => {
    fc.assert(fc.property(decimal, decimal, fc.constantFrom('—', '-', '～', '至'), (a, b, dash) => {
      fc.pre(a !== b);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(pick(`生产总值增长${lo}%${dash}${hi}%`)).toEqual([['gdp', lo, hi, '%', null]]);
    }));
  });
  it('gives one figure per value of a 分别 list, in order', () => {
    fc.assert(fc.property(fc.array(decimal, { minLength: 2, maxLength: 2 }), ([a, b]) => {
      expect(pick(`城镇、农村居民人均可支配收入分别增长${a}%和${b}%`)).toEqual([['urban-income', a, null, '%', null], ['rural-income', b, null, '%', null]]);
    }));
  });
});

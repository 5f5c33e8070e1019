// Compound measure words that count visits or runs (家次, 项次, 台次 …) and the contract that
// percentages are rates, not figures (DESIGN.md: counts of work done with a measure word).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/parse/figures';

const figs = (text: string) => extractFigures([{ text }], []);

describe('compound X次 measure words', () => {
  it('keeps 家次 whole, with the magnitude applied, in both scripts', () => {
    expect(figs('全年走访服务企业2.6万家次，')).toMatchObject([{ value: 26000, unit: '家次', text: '全年走访服务企业2.6万家次' }]);
    expect(figs('全年走訪服務企業2.6萬家次，')).toMatchObject([{ value: 26000, unit: '家次' }]);
  });
  it('reads other runs counted with 次', () => {
    expect(figs('开展执法检查45项次，')).toMatchObject([{ value: 45, unit: '项次' }]);
    expect(figs('出動執法車輛320輛次。')).toMatchObject([{ value: 320, unit: '輛次' }]);
    expect(figs('组织督查组12队次')).toMatchObject([{ value: 12, unit: '队次' }]);
    expect(figs('检查点位1200余个次，')).toMatchObject([{ value: 1200, unit: '个次', modifier: '余' }]);
    expect(figs('開展培訓班12期次。')).toMatchObject([{ value: 12, unit: '期次' }]);
  });
  it('reads doses (剂次, 剂) and pairs (对), in both scripts', () => {
    expect(figs('累計接種新冠疫苗98萬劑次，')).toMatchObject([{ value: 980000, unit: '劑次' }]);
    expect(figs('接种疫苗12万剂，')).toMatchObject([{ value: 120000, unit: '剂' }]);
    expect(figs('组织委员企业与村居结对帮扶28对，')).toMatchObject([{ value: 28, unit: '对', text: '组织委员企业与村居结对帮扶28对' }]);
    expect(figs('促成結對幫扶36對。')).toMatchObject([{ value: 36, unit: '對' }]);
  });
  it('does not read 对 as a pair count in 1对1 pairings or before a preposition object', () => {
    expect(figs('开展1对1帮扶')).toEqual([]);
    expect(figs('開展“一對一”幫扶')).toEqual([]);
  });
  it('does not turn a plain count followed by other words into a compound', () => {
    expect(figs('新增市场主体1200家，次年起')).toMatchObject([{ value: 1200, unit: '家' }]);
    expect(figs('梳理出3个次要问题')).toMatchObject([{ value: 3, unit: '个', text: '梳理出3个次要问题' }]);
  });
});

describe('percentages are figures in their own unit', () => {
  it('reads growth rates and shares as %, in both scripts, never as a count', () => {
    expect(figs('地区生产总值增长6.2%，')).toMatchObject([{ value: 6.2, unit: '%', indicatorKey: 'gdp' }]);
    expect(figs('提案辦復率達到100%。')).toMatchObject([{ value: 100, unit: '%' }]);
    expect(figs('城镇调查失业率控制在5％以内')).toMatchObject([{ value: 5, unit: '%', modifier: '以内', indicatorKey: 'unemployment' }]);
  });
  it('still reads the count next to a rate', () => {
    expect(figs('实现地区生产总值512.3亿元，增长6.2%。')).toMatchObject([{ value: 51230000000, unit: '元' }, { value: 6.2, unit: '%', indicator: '地区生产总值' }]);
  });
});

describe('book titles and long paragraphs', () => {
  it('skips numbers inside 《…》 but reads counts after the title is closed', () => {
    const all = figs('印发《关于三十条措施的意见》，出台《70年70人》，收集意见建议45条。');
    expect(all.map((f) => f.value)).toEqual([45]);
  });
  it('scans a paragraph of 240,000 figures in linear time', () => {
    const text = '《会议纪要》交办提案302件，组织视察43次；'.repeat(120_000);
    const t = performance.now();
    expect(figs(text)).toHaveLength(240_000);
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});

// The targets-and-results table over real report pairs: a year's targets (德清县 2023 report, the
// national 2023 report) beside the results the next year's report gives, judged met / within /
// missed; an explicit "no growth target" shown as such; judging rules on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { figureRows } from '../../src/trends/figure-rows';
import { absenceRows, indicatorChoices, indicatorNames, targetSeries, targetTable } from '../../src/trends/targets';
import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { judge } from '../../src/trends/target-judge';

const DIR = join(import.meta.dirname, '../fixtures/targets');
/** Files as [file, id] when one file stands for two reports (a revised one with the same numbers). */
function load(...files: Array<string | [string, string]>) {
  const reports = files.map((entry) => {
    const [f, id] = typeof entry === 'string' ? [entry, entry] : entry;
    const r = parseReport(readFileSync(join(DIR, f)), f);
    if (!r.ok) throw new Error(r.error);
    return { id, report: r.report };
  });
  return targetTable(reports.flatMap((r) => figureRows(r.id, r.report)), reports.flatMap((r) => absenceRows(r.id, r.report)));
}
const row = (rows: ReturnType<typeof load>, key: string, year: number, unit = '%') => rows.filter((r) => r.indicatorKey === key && r.year === year && r.unit === unit);

describe('targets beside results', () => {
  const county = load('gov-deqing-2023.txt', 'gov-deqing-2024.txt');
  it('puts the 2023 targets of the 2023 report beside the 2023 results of the 2024 report', () => {
    const [gdp] = row(county, 'gdp', 2023);
    expect(gdp).toMatchObject({ place: '德清县', status: 'met' });
    expect(gdp!.target).toMatchObject({ reportId: 'gov-deqing-2023.txt', value: 6.5, valueHigh: 7 });
    expect(gdp!.result).toMatchObject({ reportId: 'gov-deqing-2024.txt', value: 7.3 });
    expect(row(county, 'gdp', 2023)).toHaveLength(1);
    expect(row(county, 'budget-revenue', 2023)[0]).toMatchObject({ status: 'missed' });
    expect(row(county, 'unemployment', 2023)[0]).toMatchObject({ status: 'met' });
    expect(row(county, 'energy-intensity', 2023)[0]).toMatchObject({ status: 'met' });
    expect(row(county, 'new-jobs', 2023, '人')[0]).toMatchObject({ status: 'met' });
  });
  it('keeps targets with no result yet and results with no target', () => {
    expect(row(county, 'gdp', 2024)[0]).toMatchObject({ status: 'no-result', result: null });
    expect(row(county, 'gdp', 2022)[0]).toMatchObject({ status: 'open', target: null });
  });
  it('shows the national report that set no growth target as such', () => {
    const national = load('gov-national-2020.txt');
    expect(row(national, 'gdp', 2020)[0]).toMatchObject({ place: '全国', status: 'no-target' });
    expect(row(national, 'gdp', 2020)[0]!.absent!.text).toContain('没有提出全年经济增速具体目标');
  });
  it('joins the national pair and gives one chart point per year', () => {
    const national = load('gov-national-2023.txt', 'gov-national-2024.txt');
    expect(row(national, 'gdp', 2023)[0]).toMatchObject({ status: 'met', target: { value: 5 }, result: { value: 5.2 } });
    expect(row(national, 'cpi', 2023)[0]).toMatchObject({ status: 'met' });
    expect(targetSeries(national, '全国', 'gdp', '%')).toEqual([
      { year: 2022, target: null, targetHigh: null, result: 3 },
      { year: 2023, target: 5, targetHigh: null, result: 5.2 },
      { year: 2024, target: 5, targetHigh: null, result: null },
    ]);
  });
  it('shows both reports when a place has two for one year', () => {
    const twice = load(['gov-deqing-2023.txt', 'first'], ['gov-deqing-2023.txt', 'revised'], 'gov-deqing-2024.txt');
    const gdp = row(twice, 'gdp', 2023);
    expect(gdp.map((r) => r.target!.reportId).sort()).toEqual(['first', 'revised']);
    expect(gdp.every((r) => r.result!.reportId === 'gov-deqing-2024.txt')).toBe(true);
  });
});

describe('judge', () => {
  const t = (value: number, modifier: string | null = null, valueHigh?: number, text = '') => ({ value, valueHigh, modifier, text });
  it('reads floors, ceilings, ranges and 左右', () => {
    expect(judge('gdp', t(7), 7.3)).toBe('met');
    expect(judge('gdp', t(7, '左右'), 6.9)).toBe('within');
    expect(judge('gdp', t(7, '左右'), 6)).toBe('missed');
    expect(judge('gdp', t(6.5, null, 7), 6.8)).toBe('within');
    expect(judge('gdp', t(6.5, null, 7), 6.2)).toBe('missed');
    expect(judge('unemployment', t(5, '以内'), 4.2)).toBe('met');
    expect(judge('unemployment', t(5.5, '左右'), 5.6)).toBe('within');
    expect(judge('cpi', t(3, '左右'), 0.2)).toBe('met');
    expect(judge('energy-intensity', t(-2.5, '左右'), -0.5)).toBe('missed');
    expect(judge('energy-intensity', t(-3), -3.4)).toBe('met');
  });
});

describe('both scripts alike', () => {
  it('pairs a year\'s target with its result when one report is in traditional script, under one place', () => {
    const toTraditional = ToTraditional({ from: 'cn', to: 'tw' });
    const plan = parseReport(readFileSync(join(DIR, 'gov-deqing-2023.txt')), 'plan.txt');
    const review = parseReport(new TextEncoder().encode(toTraditional(readFileSync(join(DIR, 'gov-deqing-2024.txt'), 'utf8'))), 'review.txt');
    if (!plan.ok || !review.ok) throw new Error('parse');
    expect(review.report.locality).toBe('德清縣');
    const rows = targetTable([...figureRows('plan', plan.report), ...figureRows('review', review.report)], []);
    const [gdp, ...more] = rows.filter((r) => r.indicatorKey === 'gdp' && r.year === 2023 && r.unit === '%');
    expect(more).toEqual([]);
    expect(gdp).toMatchObject({ status: 'met', target: { reportId: 'plan' }, result: { reportId: 'review' } });
    // One place, named as most of its figures name it.
    expect(new Set(rows.map((r) => r.place)).size).toBe(1);
  });

  it('names each indicator as most rows name it, whatever their order', () => {
    const rows = [{ indicatorKey: 'forest', indicator: '森林覆蓋率' }, { indicatorKey: 'forest', indicator: '森林覆盖率' }, { indicatorKey: 'forest', indicator: '森林覆盖率' }];
    for (const order of [rows, [...rows].reverse()]) expect(indicatorNames(order as never).get('forest')).toBe('森林覆盖率');
  });

  it('offers the indicators of the chosen place, and keeps one already chosen', () => {
    const rows = [
      { indicatorKey: 'gdp', indicator: '地区生产总值', place: '德清县', body: 'government' },
      { indicatorKey: 'deficit', indicator: '赤字率', place: '全国', body: 'government' },
    ] as never[];
    const keys = (chosen: { place: string | null; body: string | null; indicator: string | null }) => indicatorChoices(rows, chosen).map(([k]) => k);
    expect(keys({ place: null, body: null, indicator: null })).toEqual(['deficit', 'gdp']);
    expect(keys({ place: '德清县', body: null, indicator: null })).toEqual(['gdp']);
    expect(keys({ place: '德清县', body: null, indicator: 'deficit' })).toEqual(['deficit', 'gdp']);
  });
});

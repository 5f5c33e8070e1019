// A place or unit written in simplified and in traditional script is one place or unit: in the
// library's place filter, in trends by place, in the figures' unit list and chart. Names fold as
// search folds them (text/fold-name.ts) and show in the form most reports use.
import { describe, expect, it, vi } from 'vitest';
import { nameGroups, shownNames } from '../../src/lib/name-groups';
import { foldName } from '../../src/text/fold-name';
import { termTrends, type TrendDoc } from '../../src/trends/trend-series';
import { categorySeries, type FigureRow } from '../../src/trends/figure-rows';
import { filterFigures, listedUnit, unitsOf } from '../../src/trends/figure-filter';
import type { ReportSummary } from '../../src/store/types';

const { summaries, places, placeOf, filterLocality, visible, sortKey } = await import('../../src/state/library');

const summary = (id: string, locality: string | null): ReportSummary => ({
  id, fileName: `${id}.txt`, title: `${locality ?? ''}政协工作报告`, body: 'cppcc', kind: 'work-report', locality,
  session: null, meetingDate: null, publishDate: null, reviewYear: 2022, planYear: 2023, script: 'simplified',
  size: 1, format: 'txt', importedAt: 0, parserVersion: 1, headings: 0, figures: 0, warnings: 0, corrected: false,
});

const doc = (id: string, locality: string | null, folded: string): TrendDoc => ({ id, title: id, year: 2023, body: 'cppcc', locality, folded });

const row = (reportId: string, unit: string, value: number, locality = '义乌市'): FigureRow => ({
  reportId, title: reportId, year: 2023, locality, body: 'cppcc', section: '', sectionIndex: 0, para: 0, offset: 0,
  text: `${value}${unit}`, value, unit, modifier: null, category: '项目', indicator: null, indicatorKey: null,
  role: null, aboutYear: null, place: locality,
});

describe('name groups', () => {
  it('puts names that fold alike in one group, named by the form most values use', () => {
    expect(nameGroups(['义乌市', '義烏市', '义乌市', null, '', '鷹潭市'], foldName)).toEqual([
      { key: '义乌市', name: '义乌市', count: 3 },
      { key: '鹰潭市', name: '鷹潭市', count: 1 },
    ]);
    expect(nameGroups(['義烏市', '義烏市', '义乌市'], foldName)[0]!.name).toBe('義烏市');
  });
  it('names a tie by the simplified form, whatever the order', () => {
    expect(nameGroups(['義烏市', '义乌市'], foldName)[0]!.name).toBe('义乌市');
    expect(nameGroups(['义乌市', '義烏市'], foldName)[0]!.name).toBe('义乌市');
  });
  it('gives every value its group name', () => {
    expect(Object.fromEntries(shownNames(['個', '个', '个', '件'], foldName))).toEqual({ 個: '个', 个: '个', 件: '件' });
  });
});

describe('the library place filter', () => {
  it('lists 义乌市 and 義烏市 as one place that selects both reports', async () => {
    summaries.value = [summary('a', '义乌市'), summary('b', '義烏市'), summary('c', '义乌市'), summary('d', '鷹潭市'), summary('e', null)];
    // The fold loads on demand (it pulls the t2cn dictionary); the list merges once it is there.
    await vi.waitFor(() => expect(places.value).toHaveLength(2));
    expect(places.value.map((p) => [p.name, p.count])).toEqual([['义乌市', 3], ['鷹潭市', 1]]);
    // A place chosen in the other script (an old search link) stands for the listed one.
    expect(placeOf('義烏市')?.name).toBe('义乌市');
    expect(placeOf('上海市')).toBeNull();
    filterLocality.value = '義烏市';
    expect(visible.value.map((s) => s.id).sort()).toEqual(['a', 'b', 'c']);
    filterLocality.value = '义乌市';
    expect(visible.value.map((s) => s.id).sort()).toEqual(['a', 'b', 'c']);
    // Sorted by place, a place's reports stand together whatever their script.
    filterLocality.value = '';
    sortKey.value = 'locality';
    const order = visible.value.map((s) => s.id);
    expect(Math.max(...['a', 'b', 'c'].map((id) => order.indexOf(id))) - Math.min(...['a', 'b', 'c'].map((id) => order.indexOf(id)))).toBe(2);
    expect(order.at(-1)).toBe('e');
  });
});

describe('trends by place', () => {
  it('counts a place written in either script as one line, named as most reports write it', () => {
    const docs = [doc('a', '义乌市', '提案提案'), doc('b', '義烏市', '提案'), doc('c', '义乌市', ''), doc('d', '鷹潭市', '提案')];
    const [trend] = termTrends(docs, ['提案'], 'locality');
    expect(trend!.points.map((p) => [p.group, p.count, p.length])).toEqual([['义乌市', 3, 6], ['鷹潭市', 1, 2]]);
    expect(trend!.points[0]!.reports.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('figure units', () => {
  const rows = [row('a', '个', 30), row('b', '個', 12, '義烏市'), row('c', '个', 5), row('d', '件', 7), row('e', '畝', 9), row('f', '亩', 2)];
  it('lists 个 and 個 as one unit, most used first', () => {
    expect(unitsOf(rows, null)).toEqual(['个', '亩', '件']);
    expect(listedUnit(unitsOf(rows, null), '個')).toBe('个');
    expect(listedUnit(unitsOf(rows, null), '吨')).toBeNull();
  });
  it('filters by a unit in either script', () => {
    expect(filterFigures(rows, { category: null, unit: '個', q: '' }).map((r) => r.reportId)).toEqual(['a', 'b', 'c']);
    expect(filterFigures(rows, { category: null, unit: '亩', q: '' }).map((r) => r.reportId)).toEqual(['e', 'f']);
  });
  it('charts a unit and a place in either script as one', () => {
    const points = categorySeries(rows, '项目', '个', 'locality');
    expect(points.map((p) => [p.group, p.value, p.reports.sort()])).toEqual([['义乌市', 47, ['a', 'b', 'c']]]);
  });
});

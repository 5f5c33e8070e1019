// A place written in simplified and in traditional script is one place in the library's place
// filter. Names fold as search folds them (text/fold-name.ts) and show in the form most reports use.
import { describe, expect, it, vi } from 'vitest';
import { nameGroups, shownNames } from '../../src/lib/name-groups';
import { foldName } from '../../src/text/fold-name';
import type { ReportSummary } from '../../src/store/types';

const { summaries, places, placeOf, filterLocality, visible, sortKey } = await import('../../src/state/library');

const summary = (id: string, locality: string | null): ReportSummary => ({
  id, fileName: `${id}.txt`, title: `${locality ?? ''}政协工作报告`, body: 'cppcc', kind: 'work-report', locality,
  session: null, meetingDate: null, publishDate: null, reviewYear: 2022, planYear: 2023, script: 'simplified',
  size: 1, format: 'txt', importedAt: 0, parserVersion: 1, headings: 0, figures: 0, warnings: 0, corrected: false,
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

// The grouped results in time order: newest or oldest first by the latest year a report speaks for,
// more occurrences first within a year, undated reports last; counts unchanged; the address keeps it.
import { describe, expect, it } from 'vitest';
import { lineReport } from '../support/line-report';
import { SearchIndex } from '../../src/search/index';
import { parseRoute, routeHref } from '../../src/lib/route';

function library(): SearchIndex {
  const index = new SearchIndex();
  index.add('y2019', lineReport(['分质供水工作报告', '# 分质供水', '推进分质供水。'], { title: '分质供水工作报告', reviewYear: 2018, planYear: 2019 }));
  index.add('y2023', lineReport(['推进分质供水。'], { reviewYear: 2022, meetingDate: '2023-02-02' }));
  index.add('y2021once', lineReport(['推进分质供水。'], { publishDate: '2021-05-01' }));
  index.add('y2021twice', lineReport(['推进分质供水,分质供水到户。'], { reviewYear: 2021 }));
  index.add('undated', lineReport(['分质供水,分质供水,分质供水。']));
  index.add('other', lineReport(['没有这个词。'], { reviewYear: 2030 }));
  return index;
}

const ids = (index: SearchIndex, order?: 'score' | 'newest' | 'oldest', maxReports = Infinity) =>
  index.query('分质供水', { maxReports, order }).reports.map((r) => r.id);

describe('results in time order', () => {
  const index = library();

  it('lists newest or oldest first, the more occurrences first within a year, undated last', () => {
    expect(ids(index, 'newest')).toEqual(['y2023', 'y2021twice', 'y2021once', 'y2019', 'undated']);
    expect(ids(index, 'oldest')).toEqual(['y2019', 'y2021twice', 'y2021once', 'y2023', 'undated']);
    // Relevance puts the titled report first: the order changes only what is asked for.
    expect(ids(index)[0]).toBe('y2019');
    expect(ids(index, 'score')).toEqual(ids(index));
  });

  it('takes the first of that order when fewer are shown, and counts every match', () => {
    expect(ids(index, 'newest', 2)).toEqual(['y2023', 'y2021twice']);
    expect(ids(index, 'oldest', 1)).toEqual(['y2019']);
    const all = index.query('分质供水', { maxReports: 2, order: 'oldest' });
    expect([all.reportCount, all.hitCount]).toEqual([5, 10]);
    // Each group keeps its own exact score and hits.
    const scored = index.query('分质供水', { maxReports: Infinity }).reports;
    for (const r of index.query('分质供水', { maxReports: Infinity, order: 'newest' }).reports) {
      const same = scored.find((s) => s.id === r.id)!;
      expect([r.score, r.hitCount, r.hits.length]).toEqual([same.score, same.hitCount, same.hits.length]);
    }
  });

  it('applies filters before the order', () => {
    const r = index.query('分质供水', { maxReports: Infinity, order: 'newest', filters: { yearTo: 2021 } });
    expect(r.reports.map((x) => x.id)).toEqual(['y2021twice', 'y2021once', 'y2019']);
  });

  it('is kept in the search address', () => {
    const route = parseRoute('#/search?q=供水&order=oldest&body=cppcc');
    expect(route).toMatchObject({ name: 'search', q: '供水', params: { order: 'oldest', body: 'cppcc' } });
    expect(routeHref(route)).toBe('#/search?q=%E4%BE%9B%E6%B0%B4&body=cppcc&order=oldest');
    expect(parseRoute('#/search?q=x&order=sideways')).toMatchObject({ params: { order: null } });
    expect(routeHref(parseRoute('#/search?q=x'))).toBe('#/search?q=x');
  });

  it('keeps the scope of a search in its address and in the report links it makes', () => {
    const route = parseRoute('#/search?q=a+b&within=section&order=newest');
    expect(route).toMatchObject({ params: { within: 'section', order: 'newest' } });
    expect(parseRoute(routeHref(route))).toEqual(route);
    expect(parseRoute('#/search?q=a&within=report')).toMatchObject({ params: { within: null } });
    const report = parseRoute('#/report/abc?q=a+b&at=3.4&within=section');
    expect(report).toMatchObject({ name: 'report', id: 'abc', q: 'a b', at: { para: 3, start: 4 }, within: 'section' });
    expect(parseRoute(routeHref(report))).toEqual(report);
    // Without a query there are no hits to scope.
    expect(routeHref({ name: 'report', id: 'abc', section: null, q: null, within: 'section' })).toBe('#/report/abc');
  });
});

// The suggestion engine: reports by place, title and headings as typed, and query completions from
// MiniSearch's autoSuggest with the search's own prefix rule.
import { describe, expect, it } from 'vitest';
import { createSuggestIndex, joinBigrams, suggestDoc, suggestReports, SUGGEST_OPTIONS } from '../../src/search/suggest';
import { SEEDS, parsedSeed } from '../support/variants';

const reports = SEEDS.map((f, i) => ({ id: `r${i}`, report: parsedSeed(f) }));
const ms = createSuggestIndex();
for (const { id, report } of reports) ms.add(suggestDoc(id, report));

describe('suggestReports', () => {
  it('lists the report of a place typed, and completes the place', () => {
    const place = reports.find((r) => r.report.locality && r.report.locality.length >= 3)!;
    const typed = place.report.locality!.slice(0, 2);
    const { ids, queries } = suggestReports(ms, typed, 8);
    expect(ids.map((h) => h.id)).toContain(place.id);
    expect(queries).toContain(place.report.locality);
  });
  it('completes from autoSuggest with the search options, bigrams joined', () => {
    let offered = 0;
    for (const typed of ['政协', '协商', '2023', '委员会工作', '提案办理', '义乌', '鹰']) {
      const want = ms.autoSuggest(typed, { prefix: SUGGEST_OPTIONS.searchOptions!.prefix })
        .slice(0, 2).map((s) => joinBigrams(s.suggestion)).filter((s) => s !== typed);
      const got = suggestReports(ms, typed, 8).queries;
      expect(got, typed).toEqual(want);
      offered += got.length;
    }
    expect(offered).toBeGreaterThan(2);
  });
  it('does not expand a lone last character to every term it starts', () => {
    // autoSuggest's default rule would: 政协 2 completes to the years.
    expect(ms.autoSuggest('政协 2').some((s) => /20\d\d/.test(s.suggestion))).toBe(true);
    expect(suggestReports(ms, '政协 2', 8).queries.filter((q) => /20\d\d/.test(q))).toEqual([]);
  });
  it('never offers what was typed as its own completion, and nothing for blank input', () => {
    expect(suggestReports(ms, '  ', 8)).toEqual({ ids: [], queries: [] });
    for (const typed of ['政协', '鹰潭']) expect(suggestReports(ms, typed, 8).queries).not.toContain(typed);
  });
});

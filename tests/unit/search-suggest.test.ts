// The suggestion engine: reports by place, title and headings as typed, and query completions from
// MiniSearch's autoSuggest with the search's own prefix rule.
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { countedPhrase, createSuggestIndex, joinBigrams, suggestDoc, suggestReports, SUGGEST_OPTIONS } from '../../src/search/suggest';
import { SEEDS, parsedSeed } from '../support/variants';
import { SearchIndex } from '../../src/search/search-index';
import { foldForMatch } from '../../src/text/fold';

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
    for (const typed of ['政协', '协商', '委员会工作', '提案办理', '义乌', '鹰']) {
      // Han only: each suggestion is one completion, its bigrams joined, what was typed left out.
      const want = [...new Set(ms.autoSuggest(typed, { prefix: SUGGEST_OPTIONS.searchOptions!.prefix })
        .map((s) => joinBigrams(s.suggestion, typed)).filter((s) => s !== typed))].slice(0, 2);
      const got = suggestReports(ms, typed, 8).queries;
      expect(got, typed).toEqual(want);
      offered += got.length;
    }
    // 义乌 completes to 义乌市 and 义乌市政协主席 (the speaker's post).
    expect(offered).toBeGreaterThanOrEqual(2);
  });
  it('completes a number typed with one term at a time, never with several it matched at once', () => {
    const joined = (q: string) => ms.autoSuggest(q, { prefix: SUGGEST_OPTIONS.searchOptions!.prefix }).some((s) => s.terms.length > 1);
    // The seeds' reports each hold two years (review and plan): autoSuggest lists them together.
    expect(joined('202')).toBe(true);
    for (const typed of ['202', '201', '2023', '义乌 202']) {
      const got = suggestReports(ms, typed, 8).queries;
      for (const q of got) expect(q.split(' ').filter((w) => /^\d+$/.test(w)), `${typed}: ${q}`).toHaveLength(1);
      expect(got.length, typed).toBeLessThanOrEqual(2);
    }
    expect(suggestReports(ms, '202', 8).queries.length).toBeGreaterThan(0);
  });
  it('offers completions that extend the word typed before fuzzy neighbours', () => {
    const small = createSuggestIndex();
    const doc = (id: string, years: string) => ({ id, title: '工作报告', place: '', body: '', session: '', speaker: '', years, headings: '', figures: '' });
    small.add(doc('a', '2012'));
    small.add(doc('b', '2022'));
    // Fuzzy matches weigh more than prefix matches in MiniSearch's scores: 2012 comes first there.
    expect(small.autoSuggest('202', { prefix: SUGGEST_OPTIONS.searchOptions!.prefix })[0]!.suggestion).toBe('2012');
    expect(suggestReports(small, '202', 8).queries).toEqual(['2022', '2012']);
  });
  it('does not expand a lone last character to every term it starts', () => {
    // autoSuggest's default rule would: 政协 2 completes to the years.
    expect(ms.autoSuggest('政协 2').some((s) => /20\d\d/.test(s.suggestion))).toBe(true);
    expect(suggestReports(ms, '政协 2', 8).queries.filter((q) => /20\d\d/.test(q))).toEqual([]);
  });
  it('searches once per keystroke: the report ids are those of the search autoSuggest ran', () => {
    const search = vi.spyOn(MiniSearch.prototype, 'search');
    try {
      for (const typed of ['政协', '委员会工作', '义乌', '2023']) {
        search.mockClear();
        const got = suggestReports(ms, typed, 8);
        expect(search, typed).toHaveBeenCalledTimes(1);
        const want = ms.search(typed).slice(0, 8).map((h) => h.id);
        expect(got.ids.map((h) => h.id), typed).toEqual(want);
      }
      // The index is left as it was: no search of its own shadows MiniSearch's.
      expect(Object.hasOwn(ms, 'search')).toBe(false);
    } finally {
      search.mockRestore();
    }
  });
  it('expands a number typed alone from three digits on, after other words from two', () => {
    const years = reports.filter((r) => r.report.reviewYear).map((r) => String(r.report.reviewYear));
    const decade = years[0]!.slice(0, 3);
    expect(SUGGEST_OPTIONS.searchOptions!.prefix).toBeTypeOf('function');
    const prefix = SUGGEST_OPTIONS.searchOptions!.prefix as (t: string, i: number, all: string[]) => boolean;
    expect(prefix('20', 0, ['20'])).toBe(false);
    expect(prefix(decade, 0, [decade])).toBe(true);
    expect(prefix('政协', 0, ['政协'])).toBe(true);
    expect(prefix('政', 0, ['政'])).toBe(false);
    expect(suggestReports(ms, decade, 8).ids.length).toBeGreaterThan(0);
    // A title typed up to its year still finds the report at two digits.
    expect(prefix('20', 2, ['义乌', '乌市', '20'])).toBe(true);
    const dated = reports.find((r) => r.report.locality && r.report.reviewYear)!;
    const typed = `${dated.report.locality} ${String(dated.report.reviewYear).slice(0, 2)}`;
    expect(suggestReports(ms, typed, 8).ids.map((h) => h.id), typed).toContain(dated.id);
  });
  it('joins the bigrams of a completion typed side by side or overlapping', () => {
    expect(joinBigrams('委员 会工 工作', '委员会工作')).toBe('委员会工作');
    expect(joinBigrams('义乌 乌市', '义乌市')).toBe('义乌市');
    expect(joinBigrams('政治 会议', '政治 会议')).toBe('政治 会议');
  });
  it('lists first the reports that hold the words as typed, not only their bigrams apart', () => {
    const small = createSuggestIndex();
    const doc = (id: string, headings: string) => ({ id, title: '工作报告', place: '', body: '', session: '', speaker: '', years: '', headings, figures: '' });
    // The query asks for 堅持, 黨的 and 領導: b holds them apart, in shorter headings that BM25 prefers.
    small.add(doc('a', '始終堅持黨的領導，凝聚共識'));
    small.add(doc('b', '堅持\n黨的\n領導'));
    expect(suggestReports(small, '堅持黨的領導', 8).ids.map((h) => h.id)).toEqual(['b', 'a']);
    const heads = new Map([['a', '始终坚持党的领导，凝聚共识'], ['b', '坚持\n党的\n领导']]);
    const holds = (id: string, words: readonly string[]) => words.every((w) => heads.get(id)!.includes(w));
    expect(suggestReports(small, '堅持黨的領導', 8, holds).ids.map((h) => h.id)).toEqual(['a', 'b']);
  });
  it('leaves pasted text (past 64 characters) to the full search, without searching', () => {
    const title = reports[0]!.report.title!;
    expect(suggestReports(ms, title, 8).ids.map((h) => h.id)).toContain('r0');
    const search = vi.spyOn(MiniSearch.prototype, 'search');
    try {
      expect(suggestReports(ms, title.repeat(Math.ceil(65 / title.length)), 8)).toEqual({ ids: [], queries: [] });
      expect(search).not.toHaveBeenCalled();
    } finally {
      search.mockRestore();
    }
  });
  it('never offers what was typed as its own completion, and nothing for blank input', () => {
    expect(suggestReports(ms, '  ', 8)).toEqual({ ids: [], queries: [] });
    for (const typed of ['政协', '鹰潭']) expect(suggestReports(ms, typed, 8).queries).not.toContain(typed);
  });
});

describe('suggestDoc', () => {
  it('keeps of each figure what it counted: the last words of its clause before the number', () => {
    expect(countedPhrase('交办提案302件')).toBe('交办提案');
    expect(countedPhrase('全年共提出意见建议,交辦提案1,234件')).toBe('交辦提案');
    expect(countedPhrase('以大会发言、提案等多种方式报送了《激发进口贸易新活力》等12篇')).toBe('《激发进口贸易新活力》等');
    expect(countedPhrase('有3个')).toBe('');
    expect(countedPhrase('12%')).toBe('');
    let counted = 0;
    for (const { id, report } of reports) {
      const figures = suggestDoc(id, report).figures.split('\n').filter(Boolean);
      // Every line is a counted phrase of 2-12 characters, or one with the indicator after it.
      for (const line of figures) expect([...line.split(' ')[0]!].length, line).toBeLessThanOrEqual(12);
      if (report.figures.some((f) => /^交[办辦]提案\d/.test(f.text))) {
        expect(figures.some((line) => /^交[办辦]提案/.test(line))).toBe(true);
        counted++;
      }
    }
    expect(counted).toBeGreaterThan(0);
  });
});

describe('SearchIndex.holdsWords', () => {
  it("says whether a report's title, headings or place hold each word as written (folded)", () => {
    const index = new SearchIndex();
    for (const { id, report } of reports) index.add(id, report);
    const { id, report } = reports.find((r) => r.report.locality && r.report.outline.length > 2)!;
    const heading = foldForMatch(report.outline[2]!.title).slice(0, 6);
    expect(index.holdsWords(id, [heading])).toBe(true);
    expect(index.holdsWords(id, [foldForMatch(report.locality!), heading])).toBe(true);
    // Words of the body only, or from another report, do not count.
    const body = foldForMatch(report.paragraphs.find((p) => p.text.length > 80)!.text).slice(30, 40);
    expect(index.holdsWords(id, [body])).toBe(false);
    expect(index.holdsWords('missing', [heading])).toBe(false);
  });
});


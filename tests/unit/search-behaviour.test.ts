// Search behaviour on small hand-made reports: Latin prefixes, exclusions, filters, ranking,
// section scope, highlights where folding changes length, keyword in context, export/load, delete.
import { describe, expect, it } from 'vitest';
import { lineReport } from '../support/line-report';
import { highlightHtml, SEARCH_INDEX_VERSION, SearchIndex } from '../../src/search/index';

const report = lineReport;

function ids(index: SearchIndex, q: string, opts = {}): string[] {
  return index.query(q, { maxReports: Infinity, ...opts }).reports.map((r) => r.id);
}

describe('words, phrases, prefixes and exclusions', () => {
  const index = new SearchIndex();
  index.add('covid', report(['推进COVID-19防控,发布2023年报告。']));
  index.add('discover', report(['Discover 项目在2023年启动,编号A2023年。']));
  index.add('both', report(['# 协商民主', '发挥专门协商机构作用。', '# 民主监督', '开展民主监督。']));

  it('matches Latin words and numbers by prefix at a word start, phrases anywhere', () => {
    expect(ids(index, 'cov')).toEqual(['covid']);
    expect(ids(index, 'COVID-19')).toEqual(['covid']);
    expect(ids(index, 'over')).toEqual([]);
    expect(ids(index, '"over"')).toEqual(['discover']);
    expect(ids(index, '202').sort()).toEqual(['covid', 'discover']);
    expect(index.query('2023年').hitCount).toBe(2); // A2023年 is not a number at a word start
    expect(index.query('"2023年"').hitCount).toBe(3);
  });
  it('needs every word, in any order, and drops reports with an excluded word', () => {
    expect(ids(index, '项目 2023')).toEqual(['discover']);
    expect(ids(index, '项目 covid')).toEqual([]);
    expect(ids(index, '民主 -监督')).toEqual([]);
    expect(ids(index, '2023 -discover')).toEqual(['covid']);
    expect(ids(index, '-covid')).toEqual([]);
  });
  it('in section scope, needs the words in one section and excludes only that section', () => {
    expect(ids(index, '协商 监督', { scope: 'report' })).toEqual(['both']);
    expect(ids(index, '协商 监督', { scope: 'section' })).toEqual([]);
    const r = index.query('民主 -监督', { scope: 'section', hitsPerReport: 10 });
    expect(r.reports.map((x) => x.id)).toEqual(['both']);
    expect(r.reports[0]!.hits.map((h) => h.path)).toEqual([['协商民主']]);
  });
});

describe('both scripts alike', () => {
  it('finds a phrase OpenCC keeps in one script and not the other (乾縣 / 乾县, 張昇 / 张昇) from either', () => {
    const index = new SearchIndex();
    index.add('trad', report(['陝西乾縣，張昇到任。']));
    index.add('simp', report(['陕西乾县，张昇到任。']));
    for (const q of ['乾縣', '乾县', '張昇', '张昇', '"乾县 张昇" -x']) {
      expect(index.query(q).reports.map((r) => r.id).sort()).toEqual(q.startsWith('"') ? [] : ['simp', 'trad']);
    }
    // The mark lands on the words in each report's own script.
    const trad = index.query('乾县').reports.find((r) => r.id === 'trad')!;
    expect(trad.hits[0]!.snippet.text.slice(...trad.hits[0]!.snippet.marks[0]!)).toBe('乾縣');
  });
});

describe('filters', () => {
  const index = new SearchIndex();
  index.add('a', report(['加强民主监督。'], { body: 'cppcc', locality: '义乌市', reviewYear: 2018, planYear: 2019 }));
  index.add('b', report(['加强民主监督。'], { body: 'npc', locality: '義烏市', kind: 'half-year', meetingDate: '2023-02-02' }));
  index.add('c', report(['加强民主监督。'], { body: 'government', locality: '衢州市柯城区', publishDate: '2021-05-01' }));

  it('filter by body, locality (either script), years, kind and one report', () => {
    expect(ids(index, '监督', { filters: { body: 'npc' } })).toEqual(['b']);
    expect(ids(index, '监督', { filters: { body: ['cppcc', 'government'] } }).sort()).toEqual(['a', 'c']);
    expect(ids(index, '监督', { filters: { locality: '义乌' } }).sort()).toEqual(['a', 'b']);
    expect(ids(index, '监督', { filters: { yearFrom: 2019, yearTo: 2021 } }).sort()).toEqual(['a', 'c']);
    expect(ids(index, '监督', { filters: { yearFrom: 2022 } })).toEqual(['b']);
    expect(ids(index, '监督', { filters: { kind: 'half-year' } })).toEqual(['b']);
    expect(ids(index, '监督', { filters: { reportId: 'c' } })).toEqual(['c']);
  });
});

describe('ranking', () => {
  it('puts a title hit above a heading hit above a body hit, and more occurrences higher', () => {
    const index = new SearchIndex();
    index.add('body', report(['某市政协工作报告', '# 工作回顾', '今年推进分质供水。']));
    index.add('title', report(['分质供水工作报告', '# 工作回顾', '今年推进分质供水。'], { title: '分质供水工作报告' }));
    index.add('heading', report(['某市政协工作报告', '# 分质供水', '今年推进分质供水。']));
    index.add('twice', report(['某市政协工作报告', '# 工作回顾', '推进分质供水,分质供水到户。']));
    expect(ids(index, '分质供水')).toEqual(['title', 'heading', 'twice', 'body']);
    const best = index.query('分质供水', { hitsPerReport: 1 }).reports[0]!.hits[0]!;
    expect(best.where).toBe('title');
    expect(index.hitsInReport('heading', '分质供水').map((h) => h.where)).toEqual(['heading', 'body']);
  });
});

describe('highlights where folding changes length', () => {
  it('map back through ellipses, enclosed numbers and full-width letters', () => {
    const text = '第㈠項……聯繫群眾ＡＢＣ①協商';
    const index = new SearchIndex();
    index.add('x', report([text]));
    for (const [q, want] of [['联系', '聯繫'], ['abc', 'ＡＢＣ'], ['"1协商"', '①協商'], ['"(一)项"', '㈠項'], ['"..联"', '…聯'], ['"....联"', '……聯']]) {
      const [hit] = index.hitsInReport('x', q!);
      expect(text.slice(hit!.start, hit!.end), q).toBe(want);
    }
  });
  it('escapes the snippet and wraps marks in <mark>', () => {
    const index = new SearchIndex();
    index.add('x', report(['a<b>协商&民主"协商"' + '字'.repeat(60)]));
    const [hit] = index.hitsInReport('x', '协商', { context: 5 });
    expect(highlightHtml(hit!.snippet)).toBe('a&lt;b&gt;<mark>协商</mark>&amp;民主&quot;<mark>协</mark>…');
  });
});

describe('odd reports', () => {
  it('index an empty report and a paragraph with a line break without failing, keeping the break in snippets', () => {
    const index = new SearchIndex();
    index.add('empty', report([]));
    index.add('break', report(['协商\n民主', '分质供水']));
    expect(index.query('协商').reports.map((r) => r.id)).toEqual(['break']);
    expect(index.hitsInReport('break', '民主')[0]!.snippet.text).toBe('协商\n民主');
    expect(index.query('"协商 民主"').hitCount).toBe(1); // the break folds to a space, as the phrase has it
    expect(SearchIndex.load(structuredClone(index.export()))!.size).toBe(2);
  });
});

describe('keyword in context', () => {
  it('lists every occurrence with left and right context, sortable', () => {
    const index = new SearchIndex();
    index.add('a', report(['甲乙协商丙丁', '戊协商己']));
    index.add('b', report(['庚協商辛']));
    const lines = index.kwic('协商', { context: 2 });
    expect(lines.map((l) => [l.reportId, l.left, l.match, l.right])).toEqual([
      ['a', '甲乙', '协商', '丙丁'],
      ['a', '戊', '协商', '己'],
      ['b', '庚', '協商', '辛'],
    ]);
    expect(index.kwic('协商', { filters: { reportId: 'b' } })).toHaveLength(1);
    expect(index.kwic('协商', { sort: 'right' }).map((l) => l.right)).toEqual(['丙丁', '己', '辛'].sort((x, y) => x.localeCompare(y, 'zh')));
  });
});

describe('persistence and deletion', () => {
  const build = () => {
    const index = new SearchIndex();
    index.add('a', report(['# 协商民主', '發揮專門協商機構作用。', '2023年报送145篇。'], { title: '协商民主' }));
    index.add('b', report(['开展民主监督,协商于决策之前。']));
    return index;
  };
  it('answers and stores the same when indexing gives its memory back between reports', () => {
    const trimmed = new SearchIndex();
    trimmed.add('a', report(['# 协商民主', '發揮專門協商機構作用。', '2023年报送145篇。'], { title: '协商民主' }));
    trimmed.trim();
    trimmed.add('b', report(['开展民主监督,协商于决策之前。']));
    trimmed.trim();
    const plain = build();
    const loaded = SearchIndex.load(structuredClone(trimmed.export()))!;
    for (const q of ['协商', '民主 -监督', '"145篇"', '作用。']) {
      expect(trimmed.query(q)).toEqual(plain.query(q));
      expect(loaded.query(q)).toEqual(plain.query(q));
    }
  });
  it('gives the same results after an export, a structured clone (as IndexedDB stores it) and a load', () => {
    const index = build();
    const loaded = SearchIndex.load(structuredClone(index.export()))!;
    const queries = ['协商', '民主 -监督', '"145篇"', '2023', '民', '民主', '-', '作用。'];
    for (const q of queries) expect(loaded.query(q)).toEqual(index.query(q));
    // One record with the segments: the other report's postings are skipped as dead.
    const one = new SearchIndex();
    expect(one.load([structuredClone(index.exportDoc('b')!)], structuredClone(index.export().segments), [index.exportText('b')!])).toEqual([]);
    expect(one.query('协商')).toEqual(index.query('协商', { filters: { reportId: 'b' } }));
  });
  it('loads back a report whose sections were sealed into two segments (a batch grown past the seal limit)', () => {
    const index = new SearchIndex();
    index.add('a', report(['# 一', '办理提案'.repeat(190_000), '# 二', '办理提案'.repeat(190_000), '# 三', '民主监督'.repeat(190_000)]));
    index.add('b', report(['# 四', '民主监督，办理提案。']));
    const { put } = index.takeChanges();
    // The seal closes a segment once a batch holds 2^22 key occurrences, here inside report a.
    expect(put.length).toBeGreaterThan(1);
    const loaded = new SearchIndex();
    const { docs, texts } = index.export();
    expect(loaded.load(structuredClone(docs), structuredClone(put), structuredClone(texts))).toEqual([]);
    for (const q of ['民主监督', '办理 -监督', '提案']) expect(loaded.query(q, { hitsPerReport: 0 })).toEqual(index.query(q, { hitsPerReport: 0 }));
  });
  it('refuses damaged records (typed arrays lost, offsets cut) instead of answering wrongly', () => {
    const data = build().export();
    const fresh = new SearchIndex();
    const cut = { ...data.docs[1]!, paraStart: data.docs[1]!.paraStart.slice(1) };
    expect(fresh.load([JSON.parse(JSON.stringify(data.docs[0])), cut], data.segments)).toEqual(['a', 'b']);
    expect(fresh.size).toBe(0);
    // Segments that lost their typed arrays refuse every record with them.
    const other = new SearchIndex();
    expect(other.load(data.docs, JSON.parse(JSON.stringify(data.segments)))).toEqual(['a', 'b']);
  });
  it('refuses an export or a record of another version, so the caller re-indexes', () => {
    const data = build().export();
    expect(SearchIndex.load({ ...data, version: SEARCH_INDEX_VERSION + 1 })).toBeNull();
    const fresh = new SearchIndex();
    expect(fresh.load([{ ...data.docs[0]!, v: SEARCH_INDEX_VERSION - 1 }, data.docs[1]!], data.segments, data.texts)).toEqual(['a']);
    expect(fresh.size).toBe(1);
  });
  it('drops a removed report from results and counts', () => {
    const index = build();
    expect(index.query('协商').reportCount).toBe(2);
    expect(index.remove('a')).toBe(true);
    const after = index.query('协商');
    expect(after.reports.map((r) => r.id)).toEqual(['b']);
    expect(after.hitCount).toBe(1);
    expect(index.hitsInReport('a', '协商')).toEqual([]);
  });
});

// Awkward queries and texts against a brute-force scan of the folded text: unbalanced and Chinese
// quotes, full-width forms, exclusions alone, punctuation alone, control characters, astral and lone
// surrogates, combining marks, width-changing folds, overlapping repeats, one-to-many script pairs,
// line breaks in phrases. The index must give the reports, counts and hits the scan gives, and its
// concordance a line for every hit counted.
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { lineReport } from '../support/line-report';
import { SearchIndex } from '../../src/search/index';
import { parseQuery, type Term } from '../../src/search/query-parse';
import { splitSections } from '../../src/search/sections';
import { foldForMatch } from '../../src/text/fold';

const report = lineReport;

/** The folded paragraphs as the index sees them: a line break inside a paragraph is a space. */
const foldedParas = (r: ParsedReport) => r.paragraphs.map((p) => foldForMatch(p.text.replace(/\n/g, ' ')));

const isWordChar = (c: string | undefined) => c !== undefined && /[0-9a-z\u00c0-\u024f]/.test(c) && c !== '\u00d7' && c !== '\u00f7';

/** Ctrl+F: non-overlapping, left to right; an unquoted word starting with a Latin letter or digit only at a word start. */
function ctrlF(text: string, t: Term): number {
  const wordStart = !t.phrase && isWordChar(t.text[0]);
  let n = 0;
  for (let i = 0; i + t.text.length <= text.length; ) {
    if (text.startsWith(t.text, i) && (!wordStart || !isWordChar(text[i - 1]))) {
      n++;
      i += t.text.length;
    } else i++;
  }
  return n;
}

/** Reports (ids sorted) and hits by brute force, over whole reports or section by section. */
function bruteForce(docs: Map<string, ParsedReport>, q: string, scope: 'report' | 'section' = 'report'): { ids: string[]; hits: number; per: Map<string, number> } {
  const { include, exclude } = parseQuery(q);
  const per = new Map<string, number>();
  if (include.length === 0) return { ids: [], hits: 0, per };
  for (const [id, r] of docs) {
    const paras = foldedParas(r);
    const units = scope === 'report' ? [paras.join('\n')] : splitSections(paras.length, r.outline).map((s) => paras.slice(s.start, s.end).join('\n'));
    for (const text of units) {
      const counts = include.map((t) => ctrlF(text, t));
      if (counts.some((c) => c === 0) || exclude.some((t) => ctrlF(text, t) > 0)) continue;
      per.set(id, (per.get(id) ?? 0) + counts.reduce((a, b) => a + b, 0));
    }
  }
  const ids = [...per.keys()].sort();
  return { ids, hits: ids.reduce((n, id) => n + per.get(id)!, 0), per };
}

function indexOf(docs: Map<string, ParsedReport>): SearchIndex {
  const index = new SearchIndex();
  for (const [id, r] of docs) index.add(id, r);
  return index;
}

function expectSame(index: SearchIndex, docs: Map<string, ParsedReport>, q: string, scope: 'report' | 'section' = 'report'): void {
  const want = bruteForce(docs, q, scope);
  const got = index.query(q, { maxReports: Infinity, hitsPerReport: 0, scope });
  expect(got.reports.map((r) => r.id).sort(), `${JSON.stringify(q)} ${scope}`).toEqual(want.ids);
  expect(got.hitCount, `${JSON.stringify(q)} ${scope}`).toBe(want.hits);
  expect(got.reportCount).toBe(want.ids.length);
  for (const r of got.reports) expect(r.hitCount, `${JSON.stringify(q)} in ${r.id}`).toBe(want.per.get(r.id));
  // The concordance lists exactly the hits counted: per report, as many lines as hits.
  const lines = index.kwic(q, { limit: Infinity, scope });
  const perLine = new Map<string, number>();
  for (const l of lines) perLine.set(l.reportId, (perLine.get(l.reportId) ?? 0) + 1);
  expect(new Map([...perLine].sort()), `kwic ${JSON.stringify(q)} ${scope}`).toEqual(new Map([...want.per].sort()));
}

const DOCS = new Map<string, string[]>([
  ['heads', ['# 政府工作报告', '# 二、主要任务', '政 府 工 作', '政府工作报告']],
  ['laugh', ['哈哈哈，哈哈哈哈。哈', '哈哈']],
  ['latin', ['GDP增长6%，gdp总量ＧＤＰ，covid-19 与 COVID。', '2023', '年完成了目标，A2023年，2023年。']],
  ['trad', ['乾隆年間幹部乾淨，後來頭髮發展，著作麵條，裡面。', '# 政府', '協商民主']],
  ['simp', ['乾隆年间干部干净，后来头发发展，著作面条，里面。', '## 政府', '协商民主']],
  ['astral', ['表情😀😀😀笑😀。𠀀𠀀𠀀好，政𠀀府工作。', '「政府」“工作”『报告』【要点】', '全角　空格，ＡＢＣ１２３ abc123。']],
  ['marks', ['café cafe\u0301 naïve ① ㍻ ﬁx İ´', 'x\ud800y lone \udc00 z \u0007bell', '多行\n段落政府\n工作']],
]);
const docs = new Map([...DOCS].map(([id, lines]) => [id, report(lines)]));

describe('awkward queries against the brute-force scan', () => {
  const index = indexOf(docs);

  it('agree on quotes, widths, exclusions, punctuation, surrogates, repeats and script pairs', () => {
    const queries = [
      '"政府', '政府"', '"政府" "', '“政府 工作”', '「政府」', '『报告』', '【要点】', '政府　工作', 'ＡＢＣ１２３', 'abc', 'ABC 123',
      '-政府', '-政府 哈哈', '- 政府', '--政府', '"-政府"', '。，', '，', '!', '   ', '\u3000', '""', '"" 政府', '-""',
      '😀', '😀😀', '"😀😀"', '笑😀', '𠀀𠀀', '政𠀀府', '"政𠀀府工"', '\ud83d', '\ud800', '\udc00', 'x\ud800y',
      'é', 'cafe\u0301', 'café', '\u0301', '´', '1', '①', '平成', 'fi', 'ﬁ', 'i̇', 'İ',
      '政府 政府', '政府 政', '政府 "政府"', '政府政府', '哈哈', '"哈哈"', '哈哈哈', '哈', '哈 -哈哈哈哈',
      'GDP', 'gdp', 'gd', 'dp', '"dp"', '6', '2023年', '"2023年"', '2023', 'covid', 'COVID-19',
      '政府工作报告', '二、主要任务', '乾', '干', '幹', '乾隆', '後', '后', '髮', '發', '发', '頭髮', '头发', '著', '着', '麵', '面', '裡', '里', '協商', '协商',
      '"政 府"', '"府 工"', '"\n"', '"政府\n工作"', '"段落政府 工作"', '"行\n段"',
    ];
    for (const q of queries) for (const scope of ['report', 'section'] as const) expectSame(index, docs, q, scope);
  });

  it('counts overlapping repeats as Ctrl+F does: 哈哈 twice in 哈哈哈哈, once in 哈哈哈', () => {
    const one = new Map([['a', report(['哈哈哈'])], ['b', report(['哈哈哈哈'])], ['c', report(['哈哈哈哈哈'])]]);
    const ix = indexOf(one);
    expect(ix.query('哈哈', { maxReports: Infinity }).reports.map((r) => [r.id, r.hitCount]).sort()).toEqual([['a', 1], ['b', 2], ['c', 2]]);
    expect(ix.query('哈哈哈', { maxReports: Infinity }).hitCount).toBe(1 + 1 + 1);
    expect(ix.hitsInReport('c', '哈哈').map((h) => h.start)).toEqual([0, 2]);
  });

  it('does not throw on a word of control characters, and finds nothing for it', () => {
    for (const q of ['\u0007', '"\u0001"', '\u0001\u0002', '-\u0007 政府']) {
      expect(() => index.query(q), JSON.stringify(q)).not.toThrow();
      expectSame(index, docs, q);
    }
    expect(parseQuery('\u0007 "\u0001 \u0002" 政府')).toEqual({ include: [{ text: '政府', phrase: false }], exclude: [] });
    expect(index.query('\u0007').reportCount).toBe(0);
    expect(index.kwic('\u0007')).toEqual([]);
  });

  it('settles a word with an astral character inside it (its inner units counted by UTF-16 unit)', () => {
    const ix = indexOf(new Map([['a', report(['。𠀀发展，政𠀀府工作，政𠀀府。'])], ['b', report(['𠀀发'])]]));
    for (const q of ['。𠀀發', '。𠀀发展', '政𠀀府工', '"政𠀀府"', '政𠀀府 -。𠀀发']) {
      expect(() => ix.query(q), q).not.toThrow();
    }
    expect(ix.query('。𠀀發').hitCount).toBe(1);
    expect(ix.query('政𠀀府工').hitCount).toBe(1);
    expect(ix.query('政𠀀府').hitCount).toBe(2);
    expect(ix.kwic('。𠀀发展')).toHaveLength(1);
  });

  it('counts a word once when it is also given quoted (quotes change nothing for Chinese)', () => {
    expect(parseQuery('政府 "政府" 「政府」').include).toEqual([{ text: '政府', phrase: false }]);
    // For a Latin word quoting does change it (prefix at a word start against anywhere): both stay.
    expect(parseQuery('gdp "gdp"').include).toHaveLength(2);
    const got = index.query('政府 「政府」', { maxReports: Infinity, hitsPerReport: Infinity });
    expect(got.hitCount).toBe(index.query('政府', { maxReports: Infinity }).hitCount);
    const hits = index.hitsInReport('heads', '政府 "政府"').map((h) => `${h.para}:${h.start}`);
    expect(hits).toEqual([...new Set(hits)]);
  });

  it('reads a line break in a quoted phrase as a space: a phrase never spans paragraphs or sections', () => {
    const split = new Map([
      ['paras', report(['政府', '工作'])],
      ['sections', report(['政府', '# 工作'])],
      ['inside', report(['政府\n工作'])],
      ['space', report(['x政府 工作'])],
    ]);
    const ix = indexOf(split);
    expect(parseQuery('"政府\n工作"').include).toEqual([{ text: '政府 工作', phrase: true }]);
    for (const q of ['"政府\n工作"', '"府\n工"', '政府\n工作', '-"政府\n工作" 政府']) {
      for (const scope of ['report', 'section'] as const) expectSame(ix, split, q, scope);
    }
    expect(ix.query('"政府\n工作"', { maxReports: Infinity }).reports.map((r) => r.id).sort()).toEqual(['inside', 'space']);
  });

  it('answers a 10,000-character query and many words without trouble', () => {
    const long = '政府工作报告'.repeat(1700);
    expectSame(index, docs, long);
    expectSame(index, docs, `"${long}"`);
    const many = Array.from({ length: 2000 }, (_, i) => `政${String.fromCharCode(0x4e00 + i)}`).join(' ');
    expectSame(index, docs, many);
    expectSame(index, docs, `政府 ${'-政 '.repeat(3000)}`);
  });
});

describe('random awkward texts and queries against the brute-force scan', () => {
  const PIECES = ['哈', '哈', '政', '府', '政府', 'a', 'b', 'ab', '1', '2', ' ', '\u3000', 'é', 'e\u0301', 'Ａ', 'A', '😀', '𠀀',
    '髮', '發', '发', '乾', '干', '幹', '後', '后', '，', ',', '。', '"', '「', '」', '-', '—', '\ud800', '\udc00', 'x', '9',
    '①', '㍻', 'ﬁ', 'İ', '´', '\u0007', '\n', '平成', 'fi'];
  const QUERY = [...PIECES, '"', '"', ' ', ' ', '-', '-', '“', '”'];

  it('gives the same reports, counts, hits and concordance lines, in report and section scope', () => {
    let seed = 20240601;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(a: T[]) => a[Math.floor(rand() * a.length)]!;
    const gen = (n: number, from: string[]) => Array.from({ length: n }, () => pick(from)).join('');
    for (let round = 0; round < 12; round++) {
      const some = new Map<string, ParsedReport>();
      for (let d = 0; d < 5; d++) {
        const lines = Array.from({ length: 1 + Math.floor(rand() * 7) }, () => (rand() < 0.25 ? pick(['# ', '## ']) : '') + gen(Math.floor(rand() * 30), PIECES));
        some.set(`d${d}`, report(lines));
      }
      const ix = indexOf(some);
      for (let k = 0; k < 40; k++) {
        const q = gen(1 + Math.floor(rand() * 5), QUERY);
        expectSame(ix, some, q, 'report');
        expectSame(ix, some, q, 'section');
        const { include } = parseQuery(q);
        for (const r of ix.query(q, { maxReports: Infinity, hitsPerReport: 0 }).reports) {
          expect(ix.hitsInReport(r.id, q), `${JSON.stringify(q)} in ${r.id}`).toHaveLength(r.hitCount);
          expect(ix.kwic(q, { filters: { reportId: r.id } }), `${JSON.stringify(q)} in ${r.id}`).toHaveLength(r.hitCount);
          expect(include.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

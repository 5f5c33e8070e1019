// Term trends, top terms, similarity and CSV on the real fixtures: counts checked against a
// brute-force count on the folded text (every start position, non-overlapping), simplified and
// traditional counted alike, CSV with a BOM that round-trips Chinese.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../src/parse/index';
import { foldForMatch } from '../../src/text/fold';
import { countFolded, foldTerm, parseTerms, per10k } from '../../src/trends/term-count';
import { termTrend, type TrendDoc } from '../../src/trends/trend-series';
import { topTerms } from '../../src/trends/top-terms';
import { bigramVector, mostSimilar } from '../../src/trends/similarity';
import { parseCsv, toCsv } from '../../src/trends/csv';
import { reportYear } from '../../src/trends/report-year';
import { DEFAULT_STOP_WORDS } from '../../src/trends/stop-words';

const DIR = join(import.meta.dirname, '../fixtures');
const docs: TrendDoc[] = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const r = parseReport(readFileSync(join(DIR, f)), f);
  if (!r.ok) throw new Error(r.error);
  const folded = foldForMatch(r.report.paragraphs.map((p) => p.text).join('\n'));
  return { id: f, title: r.report.title ?? f, year: reportYear(r.report), body: r.report.body, locality: r.report.locality, folded };
});

/** The slow, obvious count: try every position, skip past a match. */
function bruteCount(text: string, term: string): number {
  let n = 0;
  for (let i = 0; i + term.length <= text.length; ) {
    if (text.slice(i, i + term.length) === term) { n++; i += term.length; } else i++;
  }
  return n;
}

/** Every position a term starts at, overlaps included (how n-grams are counted). */
function startPositions(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) n++;
  return n;
}

describe('term counts', () => {
  const terms = ['提案', '社情民意', '協商', '调研', '委员', '政协', '人大', '民生', '数字化改革', '共同富裕'].map(foldTerm);

  it('match a brute-force count on the folded text of every fixture', () => {
    for (const doc of docs) for (const t of terms) expect(countFolded(doc.folded, t), `${doc.id} ${t}`).toBe(bruteCount(doc.folded, t));
    expect(docs.reduce((n, d) => n + countFolded(d.folded, foldTerm('提案')), 0)).toBeGreaterThan(10);
  });

  it('match the brute force on random text (overlaps counted once, left to right)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('啊', '哈', '提', '案') }), fc.string({ unit: fc.constantFrom('啊', '哈', '提', '案'), minLength: 1, maxLength: 3 }),
      (text, term) => countFolded(text, term) === bruteCount(text, term)));
  });

  it('count simplified and traditional alike', () => {
    expect(foldTerm('協商')).toBe('协商');
    expect(countFolded(foldForMatch('開展協商議政活動，协商成果'), foldTerm('協商'))).toBe(2);
    const trad = docs.find((d) => d.id.startsWith('001'))!;
    expect(countFolded(trad.folded, foldTerm('辦理提案'))).toBe(countFolded(trad.folded, foldTerm('办理提案')));
    expect(countFolded(trad.folded, foldTerm('办理提案'))).toBeGreaterThan(0);
    expect(countFolded(trad.folded, foldTerm('社情民意'))).toBeGreaterThan(0);
  });

  it('gives per-10,000 rates, points by year and the first year', () => {
    const t = termTrend(docs, foldTerm('提案'), 'body');
    expect(t.total).toBe(t.perReport.reduce((a, b) => a + b, 0));
    for (const p of t.points) {
      expect(p.per10k).toBeCloseTo(per10k(p.count, p.length));
      expect(p.reports.reduce((n, r) => n + r.count, 0)).toBe(p.count);
    }
    const years = docs.filter((d, i) => t.perReport[i]! > 0 && d.year !== null).map((d) => d.year!);
    expect(t.firstYear).toBe(Math.min(...years));
    expect(termTrend(docs, foldTerm('量子纠缠'), 'none')).toMatchObject({ total: 0, firstYear: null, firstReports: [] });
  });

  it('splits a typed list into distinct folded terms', () => {
    expect(parseTerms('數字化改革, 数字化改革，共同富裕、 提案')).toEqual(['数字化改革', '共同富裕', '提案']);
  });
});

describe('top terms and similarity', () => {
  it('lists 2-4 character terms without stop words or particles at the edges', () => {
    const stop = new Set(DEFAULT_STOP_WORDS.map(foldForMatch));
    const top = topTerms([docs[0]!.folded], stop, 20);
    expect(top.length).toBe(20);
    for (const t of top) {
      expect(t.term.length).toBeGreaterThanOrEqual(2);
      expect(t.term.length).toBeLessThanOrEqual(4);
      expect(stop.has(t.term)).toBe(false);
      expect(t.term).not.toMatch(/^[的了和与及等在是]|[的了和与及等在是]$/);
      expect(t.count).toBe(startPositions(docs[0]!.folded, t.term));
    }
    expect(topTerms([docs[0]!.folded], new Set([...stop, top[0]!.term]), 20).map((t) => t.term)).not.toContain(top[0]!.term);
  });

  it('leaves out pieces of longer words and keeps the words (all fixtures, top 40)', () => {
    const stop = new Set(DEFAULT_STOP_WORDS.map(foldForMatch));
    const top = topTerms(docs.map((d) => d.folded), stop, 40).map((t) => t.term);
    for (const piece of ['委会', '常委', '市政', '区政', '政协工', '大常委会', '人大常委']) expect(top, piece).not.toContain(piece);
    for (const word of ['提案', '协商', '市政协']) expect(top, word).toContain(word);
    for (const doc of docs) {
      const terms = topTerms([doc.folded], stop, 40).map((t) => t.term);
      expect(terms.filter((t) => /^(委会|常委|[市区县]政|[市区县]人)$/.test(t)), doc.id).toEqual([]);
    }
  });

  it('drops a gram bound to several longer words and keeps words with varied neighbours', () => {
    const text = [
      '市政协召开会议。市政府通报情况。市政协委员提出提案。市政府回应提案，提案办理良好。',
      '开展协商，协商成果丰富；专题协商形成共识。报送社情民意信息，反映社情民意。',
      '常委会会议审议报告，常委会听取汇报。深化数字化改革，数字化转型加快，推进数字化，拓展数字化场景。改革持续深化。',
    ].join('\n').repeat(3);
    const terms = topTerms([foldForMatch(text)], new Set(DEFAULT_STOP_WORDS.map(foldForMatch)), 40).map((t) => t.term);
    for (const word of ['提案', '协商', '社情民意', '数字化', '改革']) expect(terms, word).toContain(word);
    for (const piece of ['市政', '委会', '常委', '情民意', '社情民']) expect(terms, piece).not.toContain(piece);
  });

  it('keeps a four-character word whose longer phrase does not split a word, drops one that does', () => {
    const text = '灾后恢复重建有序推进，灾后恢复重建项目开工。学习二十大精神，贯彻二十大精神。'.repeat(4);
    const terms = topTerms([foldForMatch(text)], new Set(), 40).map((t) => t.term);
    expect(terms).toContain('恢复重建');
    expect(terms).not.toContain('后恢复重');
    if (typeof Intl.Segmenter === 'function') for (const piece of ['二十大精', '十大精神']) expect(terms, piece).not.toContain(piece);
  });

  it('finds a report most like itself-with-edits before the others', () => {
    const edited = docs[1]!.folded.slice(0, Math.floor(docs[1]!.folded.length * 0.7));
    const vectors = [...docs.map((d) => bigramVector(d.folded)), bigramVector(edited)];
    const best = mostSimilar(vectors, vectors.length - 1, 3);
    expect(best[0]!.index).toBe(1);
    expect(best[0]!.score).toBeGreaterThan(best[1]!.score);
    expect(best.every((b) => b.index !== vectors.length - 1)).toBe(true);
  });
});

describe('CSV', () => {
  it('starts with the BOM and round-trips Chinese, commas, quotes and line breaks', () => {
    const rows = [['政协委员提案', 215, '约'], ['“一件事”, 集成', 120, null], ['換行\n第二行', 1.5, 'say "hi"']];
    const csv = toCsv(['短语', '数值', '修饰'], rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(parseCsv(csv)).toEqual([['短语', '数值', '修饰'], ['政协委员提案', '215', '约'], ['“一件事”, 集成', '120', ''], ['換行\n第二行', '1.5', 'say "hi"']]);
  });
});

// Search over the fixture corpus and its script variants, checked against a brute-force substring
// scan of the folded texts: same reports, same sections, same hit counts as Ctrl+F, and highlights
// that land on the matched characters in either script.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import { SearchIndex } from '../../src/search/index';
import { splitSections } from '../../src/search/sections';
import { foldForMatch } from '../../src/text/fold';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const docs = new Map<string, ParsedReport>();
const foldedText = new Map<string, string>();
let index: SearchIndex;

function withText(report: ParsedReport, convert: (s: string) => string): ParsedReport {
  return { ...report, paragraphs: report.paragraphs.map((p) => ({ ...p, text: convert(p.text) })) };
}

beforeAll(() => {
  const toTrad = Converter({ from: 'cn', to: 'tw' });
  const toSimp = Converter({ from: 'tw', to: 'cn' });
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    const parsed = parseReport(readFileSync(join(FIXTURES, file)), file);
    if (!parsed.ok) throw new Error(parsed.error);
    const name = file.slice(0, 3);
    docs.set(name, parsed.report);
    docs.set(`${name}-trad`, withText(parsed.report, toTrad));
    docs.set(`${name}-simp`, withText(parsed.report, toSimp));
  }
  index = new SearchIndex();
  for (const [id, report] of docs) {
    index.add(id, report);
    foldedText.set(id, foldForMatch(report.paragraphs.map((p) => p.text).join('\n')));
  }
});

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Reports containing the folded needle and the total Ctrl+F count over them. */
function bruteForce(needle: string): { ids: string[]; hits: number } {
  const ids = [...foldedText].filter(([, t]) => t.includes(needle)).map(([id]) => id);
  return { ids: ids.sort(), hits: ids.reduce((n, id) => n + count(foldedText.get(id)!, needle), 0) };
}

/** Substrings a person would type: from the middle of sentences, 1 to 6 characters, in the report's own script. */
function typedQueries(n: number): string[] {
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const reports = [...docs.values()];
  const out: string[] = [];
  while (out.length < n) {
    const paras = reports[Math.floor(rand() * reports.length)]!.paragraphs.filter((p) => p.text.length > 30);
    const text = paras[Math.floor(rand() * paras.length)]!.text;
    const len = 1 + (out.length % 6);
    const at = 5 + Math.floor(rand() * (text.length - len - 10));
    const q = text.slice(at, at + len);
    if (!/[\s"“”「」『』]|^-/.test(q)) out.push(q);
  }
  return out;
}

describe('search over the fixture corpus and its script variants', () => {
  it('finds exactly the reports and the Ctrl+F hit count of the brute-force scan, quoted or not', () => {
    // The same index loaded from its records (no gram tables yet) must answer identically.
    const loaded = SearchIndex.load(structuredClone(index.export()))!;
    for (const q of typedQueries(90)) {
      const want = bruteForce(foldForMatch(q));
      // Unquoted, a leading Latin word or number matches only at a word start (tested elsewhere).
      for (const query of /^[0-9a-z]/i.test(foldForMatch(q)) ? [`"${q}"`] : [q, `"${q}"`]) {
        const got = index.query(query, { maxReports: Infinity, hitsPerReport: 0 });
        expect(got.reports.map((r) => r.id).sort(), query).toEqual(want.ids);
        expect(got.hitCount, query).toBe(want.hits);
        expect(got.reportCount).toBe(want.ids.length);
        expect(loaded.query(query, { maxReports: Infinity, hitsPerReport: 0 }).hitCount, query).toBe(want.hits);
      }
    }
  });

  it('counts mixed number-and-Chinese queries like Ctrl+F, unquoted ones only at a number start', () => {
    const samples = new Set<string>();
    for (const report of docs.values())
      for (const p of report.paragraphs) for (const m of p.text.matchAll(/\d+[\u4e00-\u9fff]{1,2}/g)) samples.add(m[0]);
    const queries = [...samples].filter((_, i) => i % 7 === 0);
    expect(queries.length).toBeGreaterThan(20);
    for (const q of queries) {
      const needle = foldForMatch(q);
      const quoted = index.query(`"${q}"`, { maxReports: Infinity, hitsPerReport: 0 });
      expect(quoted.hitCount, q).toBe(bruteForce(needle).hits);
      // Unquoted: an occurrence counts only where no digit or Latin letter precedes it.
      let atStart = 0;
      for (const text of foldedText.values()) {
        for (let i = text.indexOf(needle); i >= 0; ) {
          const counts = i === 0 || !/[0-9a-z]/.test(text[i - 1]!);
          if (counts) atStart++;
          i = text.indexOf(needle, counts ? i + needle.length : i + 1);
        }
      }
      expect(index.query(q, { maxReports: Infinity, hitsPerReport: 0 }).hitCount, q).toBe(atStart);
    }
  });

  it('returns exactly the sections that contain a quoted phrase', () => {
    for (const q of typedQueries(30).filter((s) => s.length >= 3)) {
      const needle = foldForMatch(q);
      for (const [id, report] of docs) {
        const folded = report.paragraphs.map((p) => foldForMatch(p.text));
        const want = splitSections(report.paragraphs.length, report.outline)
          .map((s, i) => (folded.slice(s.start, s.end).join('\n').includes(needle) ? i : -1))
          .filter((i) => i >= 0);
        const got = [...new Set(index.hitsInReport(id, `"${q}"`, { scope: 'section' }).map((h) => h.section))];
        expect(got, `${q} in ${id}`).toEqual(want);
      }
    }
  });

  it('finds simplified text with a traditional query and the reverse', () => {
    for (const [a, b] of [['協商', '协商'], ['聯繫', '联系'], ['鷹潭', '鹰潭'], ['民主監督', '民主监督']] as const) {
      const ta = index.query(a, { maxReports: Infinity, hitsPerReport: 0 });
      const tb = index.query(b, { maxReports: Infinity, hitsPerReport: 0 });
      expect(ta.hitCount).toBeGreaterThan(0);
      expect(ta.reports.map((r) => r.id).sort()).toEqual(tb.reports.map((r) => r.id).sort());
      expect(ta.hitCount).toBe(tb.hitCount);
    }
    const ids = index.query('協商', { maxReports: Infinity, hitsPerReport: 0 }).reports.map((r) => r.id);
    expect(ids).toContain('000'); // simplified seed
    expect(ids).toContain('001'); // traditional seed
    expect(ids).toContain('001-simp');
    expect(ids).toContain('000-trad');
  });

  it('lands highlights on the matched characters in both scripts', () => {
    for (const q of ['协商', '聯繫', '分质供水', '2022年', '民主 监督']) {
      const terms = index.query(q).terms;
      for (const id of ['000', '000-trad', '001', '001-simp', '002', '003-trad']) {
        const report = docs.get(id)!;
        for (const hit of index.hitsInReport(id, q)) {
          const matched = report.paragraphs[hit.para]!.text.slice(hit.start, hit.end);
          expect(terms, `${q} in ${id}`).toContain(foldForMatch(matched));
          const [s, e] = hit.snippet.marks[0]!;
          expect(hit.snippet.text.slice(s, e)).toBe(matched);
          for (const [ms, me] of hit.snippet.marks) expect(terms.some((t) => t.includes(foldForMatch(hit.snippet.text.slice(ms, me))))).toBe(true);
        }
      }
    }
  });

  it('lists every hit of a report in document order, as many as it counts', () => {
    const result = index.query('政协', { maxReports: Infinity, hitsPerReport: 2 });
    for (const r of result.reports) {
      const all = index.hitsInReport(r.id, '政协');
      expect(all).toHaveLength(r.hitCount);
      expect(r.hits).toHaveLength(Math.min(2, r.hitCount));
      const order = all.map((h) => h.para * 1e6 + h.start);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

// One paragraph holding thousands of hits (a pasted table, a repeated slogan): its snippets and its
// concordance lines must cost each hit a bounded amount of work, not a pass over the paragraph or its
// other hits. Counted, not timed: reads of the marks a snippet looks at, rebuilds of the paragraph's
// original text and reads of the report's sections.
import { describe, expect, it } from 'vitest';
import type { Heading, ParsedReport } from '../../src/model/report';
import { indexDoc } from '../../src/search/doc';
import { rawHits } from '../../src/search/hits';
import { kwicInDoc } from '../../src/search/kwic';
import { parseQuery } from '../../src/search/query-parse';
import { prepareQuery, type DocMatch } from '../../src/search/scan';
import { makeSnippet } from '../../src/search/snippet';
import type { IndexedDoc, KwicLine } from '../../src/search/types';

/** An array that counts the reads of its elements. */
function counted<T extends ArrayLike<unknown>>(items: T): { list: T; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, { get(target, key, receiver) { if (typeof key === 'string' && /^\d+$/.test(key)) reads++; return Reflect.get(target, key, receiver); } });
  return { list, reads: () => reads };
}

describe('a paragraph of many hits', () => {
  it('gives each snippet the marks in its window, reading only those near it', () => {
    const unit = '哈哈笑';
    const text = unit.repeat(20_000);
    const marks: [number, number][] = Array.from({ length: 20_000 }, (_, i) => [3 * i, 3 * i + 2]);
    const { list, reads } = counted(marks);
    for (const i of [0, 7, 10_000, 19_999]) {
      const before = reads();
      const s = makeSnippet(text, marks[i]!, list, 10, 2);
      // The hit itself, and the other marks the 10 characters either side reach into, cut at the window.
      expect(s.marks[0]).toEqual([marks[i]![0] - Math.max(0, marks[i]![0] - 10), marks[i]![0] - Math.max(0, marks[i]![0] - 10) + 2]);
      expect(s.marks.length).toBeGreaterThanOrEqual(i === 0 || i === 19_999 ? 4 : 6);
      expect(s.marks.length).toBeLessThanOrEqual(9);
      for (const [a, b] of s.marks) expect(s.text.slice(a, b)).toMatch(/^哈{1,2}$/);
      expect(reads() - before, `marks read for hit ${i}`).toBeLessThan(40);
    }
  });

  it('lists its concordance lines rebuilding the paragraph once and moving through the sections once', () => {
    const headings = Array.from({ length: 300 }, (_, i) => `第${i}节`);
    const paragraphs = [...headings.flatMap((h) => [h, `${h}的正文。`]), '民主监督'.repeat(5_000)];
    const outline: Heading[] = headings.map((title, i) => ({ level: 1, number: null, title, para: 2 * i, span: [2 * i, i === 299 ? paragraphs.length : 2 * i + 2], source: 'markup' }));
    const report = { fileName: 'r.txt', title: null, body: 'other', kind: 'other', locality: null, reviewYear: null, planYear: null, meetingDate: null, publishDate: null,
      outline, figures: [], paragraphs: paragraphs.map((text, i) => (i % 2 === 0 && i < 600 ? { text, heading: i / 2 } : { text })) } as unknown as ParsedReport;
    const doc = indexDoc('r', report);
    const sections = counted(doc.secStart);
    let rebuilds = 0;
    // Every rebuild of a paragraph's original text reads the folded text's `always` marks once or more.
    const watched = new Proxy({ ...doc, secStart: sections.list } as IndexedDoc, { get(target, key, receiver) { if (key === 'always') rebuilds++; return Reflect.get(target, key, receiver); } });
    const lines: KwicLine[] = [];
    // The report's hits as the results count them: the word in every section (report scope).
    const { include } = prepareQuery(parseQuery('监督'));
    const m = { termSecs: [Array.from(doc.secHead.keys())], title: [0], heading: [0] } as unknown as DocMatch;
    kwicInDoc(watched, rawHits(m, watched, include), 4, 10_000, lines);
    expect(lines).toHaveLength(5_000);
    const last = doc.secHead.length - 1;
    expect(lines.every((l) => l.section === last && l.match === '监督' && l.para === paragraphs.length - 1)).toBe(true);
    expect(lines[1]).toMatchObject({ left: '监督民主', right: '民主监督' });
    expect(rebuilds).toBeLessThan(10);
    // A section is two reads of its starts (its own and the next's).
    expect(sections.reads()).toBeLessThan(2 * (2 * lines.length + 2 * doc.secHead.length));
  });
});

// Section pair detail: character diff on folded text reported over original offsets, shared
// phrases, the sentence fallback for very different sections, and figures that differ.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairDetail, sectionDiff, sectionText, SHARED_MIN, type DiffSegment, type SectionFigure } from '../../src/compare/index';
import { myers } from '../../src/compare/myers';
import { foldForMatch } from '../../src/text/fold';
import { parsedSeed, SEEDS } from '../support/variants';

/** Segments of one side tile its text from 0 to its length without gaps or overlaps. */
function expectTiles(segments: DiffSegment[], text: string): void {
  let at = 0;
  for (const s of segments) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThan(s.start);
    at = s.end;
  }
  expect(at).toBe(text.length);
}

const equalTexts = (segments: DiffSegment[], text: string) =>
  segments.filter((s) => s.op === 'equal').map((s) => foldForMatch(text.slice(s.start, s.end)));

function figure(text: string, value: number, unit: string, in_: string): SectionFigure {
  const start = in_.indexOf(text);
  return { text, value, unit, start, end: start + text.length };
}

describe('sectionDiff', () => {
  it('台灣/臺灣 and other script differences are no change', () => {
    const d = sectionDiff('我们在台灣召开会议，听取报告。', '我們在臺灣召開會議,聽取報告。');
    expect(d.left).toEqual([{ start: 0, end: 15, op: 'equal', shared: true }]);
    expect(d.right).toEqual([{ start: 0, end: 15, op: 'equal', shared: true }]);
    expect(d.similarity).toBe(1);
  });

  it('marks changed characters at their original offsets', () => {
    const a = '全年办理提案325件，效果明显。', b = '全年交办提案302件，效果明显。';
    const d = sectionDiff(a, b);
    expectTiles(d.left, a);
    expectTiles(d.right, b);
    const deleted = d.left.filter((s) => s.op === 'delete').map((s) => a.slice(s.start, s.end)).join('');
    const inserted = d.right.filter((s) => s.op === 'insert').map((s) => b.slice(s.start, s.end)).join('');
    expect(deleted).toBe('理5');
    expect(inserted).toBe('交0');
    const tail = d.left.at(-1)!;
    expect(a.slice(tail.start, tail.end)).toBe('件，效果明显。');
    expect(tail.shared).toBe(true);
    expect(d.left.filter((s) => s.op === 'equal' && s.end - s.start < SHARED_MIN).every((s) => !s.shared)).toBe(true);
  });

  it('segments tile both texts and equal runs match after folding (property)', () => {
    const alphabet = fc.constantFrom('台', '臺', '灣', '湾', '会', '會', '议', '件', '3', '，', ',', '。', '政', '协');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(alphabet, { maxLength: 40 }), (xs, ys) => {
      const a = xs.join(''), b = ys.join('');
      const d = sectionDiff(a, b);
      expectTiles(d.left, a);
      expectTiles(d.right, b);
      expect(equalTexts(d.left, a)).toEqual(equalTexts(d.right, b));
    }), { numRuns: 300 });
  });

  it('myers edits rebuild the second sequence from the first', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 60 }), (a, b) => {
      const edits = myers(a, b, a.length + b.length)!;
      const rebuilt = edits.flatMap((e) => (e.op === 'delete' ? [] : b.slice(e.bStart, e.bEnd)));
      expect(rebuilt).toEqual(b);
      expect(edits.filter((e) => e.op !== 'insert').flatMap((e) => a.slice(e.aStart, e.aEnd))).toEqual(a);
    }), { numRuns: 300 });
    expect(myers([1, 2, 3], [4, 5, 6], 2)).toBeNull();
  });

  it('falls back to whole sentences when two long sections differ too much', () => {
    const a = parsedSeed(SEEDS[0]!).paragraphs.map((p) => p.text).join('\n');
    const b = parsedSeed(SEEDS[3]!).paragraphs.map((p) => p.text).join('\n');
    const started = performance.now();
    const d = sectionDiff(a, b);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(d.coarse).toBe(true);
    expectTiles(d.left, a);
    expectTiles(d.right, b);
    expect(d.similarity).toBeLessThan(0.5);
  });

  it('stays bounded on two huge unrelated texts', () => {
    const r = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const text = (rand: () => number) => Array.from({ length: 60_000 }, () => (rand() < 0.1 ? '。' : String.fromCharCode(0x4e00 + Math.floor(rand() * 500)))).join('');
    const a = text(r(1)), b = text(r(2));
    const started = performance.now();
    const d = sectionDiff(a, b);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(d.coarse).toBe(true);
    expectTiles(d.left, a);
    expectTiles(d.right, b);
  }, 60_000);

  it('flags a figure counted alike with a different value, not a different unit', () => {
    const a = '全年办理提案325件，报送社情民意145篇，开展视察12次。';
    const b = '全年交办提案302件，報送社情民意145篇，开展协商12场。';
    const d = sectionDiff(a, b, {
      a: [figure('办理提案325件', 325, '件', a), figure('报送社情民意145篇', 145, '篇', a), figure('开展视察12次', 12, '次', a)],
      b: [figure('交办提案302件', 302, '件', b), figure('報送社情民意145篇', 145, '篇', b), figure('开展协商12场', 12, '场', b)],
    });
    expect(d.figures.map((f) => [f.a.text, f.b.text, f.changed])).toEqual([
      ['办理提案325件', '交办提案302件', true],
      ['报送社情民意145篇', '報送社情民意145篇', false],
    ]);
  });
});

describe('pairDetail on parsed reports', () => {
  it('gives both sections\' text with their figures placed in it', () => {
    const a = parsedSeed(SEEDS[0]!), b = parsedSeed(SEEDS[1]!);
    const review = (r: typeof a) => r.outline.findIndex((h) => h.level === 1);
    const detail = pairDetail(a, b, review(a), review(b));
    expect(detail.left.startsWith(a.paragraphs[a.outline[review(a)]!.para]!.text)).toBe(true);
    const placed = sectionText(b, review(b)).figures;
    expect(placed.length).toBeGreaterThan(0);
    for (const f of placed) expect(detail.right.slice(f.start, f.end)).toBe(f.text);
    expectTiles(detail.diff.left, detail.left);
    expectTiles(detail.diff.right, detail.right);
  });
});

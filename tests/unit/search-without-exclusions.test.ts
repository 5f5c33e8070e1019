// When exclusions leave nothing, the page offers the query without them: its text must parse to the
// very words the query asked for (dashes, quotes and scripts as typed), and to no exclusion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, withoutExclusions, type Term } from '../../src/search/query-parse';
import { startsWord } from '../../src/search/match';
import { SearchIndex } from '../../src/search/index';
import { lineReport } from '../support/line-report';

describe('the query without its exclusions', () => {
  it('keeps the words and phrases, drops the exclusions, and is null when there is nothing to drop or keep', () => {
    // Quotes that change nothing are left out; those that do (a space, a Latin word's start, a leading dash) stay.
    expect(withoutExclusions('"民主監督" -提案')).toBe('民主監督');
    expect(withoutExclusions('"ab" "2024年" "-x" -y')).toBe('"ab" "2024年" "-x"');
    expect(withoutExclusions('协商 -义乌 "政协 委员" -"政协 主席"')).toBe('协商 "政协 委员"');
    // As written, not as folded: folding twice is not folding once (乾縣 folds to 乾县, 乾县 to 干县).
    expect(withoutExclusions('乾縣 -政府')).toBe('乾縣');
    expect(withoutExclusions('「薴」　－政府　“ａｂ　ｃ”')).toBe('薴 "ａｂ　ｃ"');
    // A pasted subtitle's dash opens a word: written as em dashes again, it is not read as an exclusion.
    expect(withoutExclusions('——2024年3月5日 -政协')).toBe('——2024年3月5日');
    expect(withoutExclusions('民主监督')).toBeNull();
    expect(withoutExclusions('-提案')).toBeNull();
  });

  it('parses to words that find what the query\'s words find, with no exclusion, for any query', () => {
    // What a word finds: its text, and whether it must start a word (quotes matter only for that).
    const finds = (terms: Term[]) => terms.map((t) => [t.text, startsWord(t)]);
    const piece = fc.constantFrom('民主', '監督', '乾縣', '薴', '張昇', '「', '」', '-', '－', '"', '“', '”', ' ', '　', '——', 'ab', '12', '\n', '-x', '政"府', '\u0001', '—', '"a', 'A', '–');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (q) => {
      const out = withoutExclusions(q);
      if (out === null) return;
      const again = parseQuery(out);
      expect(finds(again.include)).toEqual(finds(parseQuery(q).include));
      expect(again.exclude).toEqual([]);
    }), { numRuns: 3000 });
  });
});

describe('counts alone', () => {
  it('answers counts with no report when none is asked for, in every order', () => {
    const index = new SearchIndex();
    index.add('a', lineReport(['加强民主监督,办理提案。'], { reviewYear: 2020 }));
    index.add('b', lineReport(['民主监督,民主监督,提案。'], { reviewYear: 2021 }));
    expect(index.query('民主监督 -提案').reportCount).toBe(0);
    for (const order of ['score', 'newest', 'oldest'] as const) {
      const r = index.query(withoutExclusions('民主监督 -提案')!, { maxReports: 0, order });
      expect([r.reportCount, r.hitCount, r.reports.length]).toEqual([2, 3, 0]);
    }
  });

  it('says, when exclusions leave nothing, what the words find without them, with the same filters', () => {
    const index = new SearchIndex();
    index.add('a', lineReport(['# 一', '加强民主监督。', '# 二', '办理提案。'], { reviewYear: 2020 }));
    index.add('b', lineReport(['民主监督,民主监督,提案。'], { reviewYear: 2021 }));
    expect(index.query('民主监督 -提案').withoutExclusions).toEqual({ query: '民主监督', hitCount: 3, reportCount: 2 });
    expect(index.query('民主监督 -提案', { filters: { yearFrom: 2021 } }).withoutExclusions).toEqual({ query: '民主监督', hitCount: 2, reportCount: 1 });
    // Something found, or nothing excluded: nothing to offer.
    expect(index.query('民主监督 -提案', { scope: 'section' }).withoutExclusions).toBeUndefined();
    expect(index.query('协商').withoutExclusions).toBeUndefined();
  });

  it('offers the words as written, and what they alone find', () => {
    const index = new SearchIndex();
    index.add('trad', lineReport(['陝西乾縣，乾縣政府，薴麻。']));
    index.add('simp', lineReport(['干县政府。']));
    for (const [q, words] of [['乾縣 -政府', '乾縣'], ['「薴」 -政府', '薴']] as const) {
      const offer = index.query(q).withoutExclusions!;
      expect(offer.query).toBe(words);
      const alone = index.query(words);
      expect([offer.hitCount, offer.reportCount]).toEqual([alone.hitCount, alone.reportCount]);
    }
  });
});

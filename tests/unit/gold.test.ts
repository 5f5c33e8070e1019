// Golden tests: the five seed reports against their hand-checked gold files, scored as the
// parser issue measures (outline F1, level accuracy, metadata, figures recall).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { scoreReport, summarise, type Gold, type Score } from '../../src/cli/score';

const DIR = join(import.meta.dirname, '../fixtures');
const names = readdirSync(join(DIR, 'gold')).map((f) => f.replace(/\.json$/, ''));

describe('gold fixtures', () => {
  const scores: Score[] = [];
  for (const name of names) {
    it(`parses ${name}`, () => {
      const result = parseReport(readFileSync(join(DIR, `${name}.txt`)), `${name}.txt`);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const gold = JSON.parse(readFileSync(join(DIR, 'gold', `${name}.json`), 'utf8')) as Gold;
      const s = scoreReport(result.report, gold);
      scores.push(s);
      console.log(name, JSON.stringify({ missed: s.headingsMissed, extra: s.headingsExtra, meta: s.metaWrong, figures: s.figuresMissed }));
    });
  }
  it('meets the bars over all fixtures', () => {
    const total = summarise(scores);
    console.log('gold score', JSON.stringify(total));
    expect(scores.length).toBe(names.length);
    expect(total.outlineF1).toBeGreaterThanOrEqual(0.97);
    expect(total.levelAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(total.metadata).toBeGreaterThanOrEqual(0.9);
    expect(total.figuresRecall).toBeGreaterThanOrEqual(0.9);
  });
});

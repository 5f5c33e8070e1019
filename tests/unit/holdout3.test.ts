// Third hold-out set: ten reports written independently of the parser (other provinces, 换届 and
// half-year reports, HTML/Markdown/docx/GB18030/Big5, full-width digits, annexes), each parsed by its
// real file name and scored against its hand-made gold with the same scorer as the seed fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { scoreReport, summarise, type Gold, type Score } from '../../src/cli/score';

const DIR = join(import.meta.dirname, '../fixtures/holdout3');
const files = readdirSync(DIR).filter((f) => /\.(txt|md|html|docx)$/.test(f)).sort();
const stem = (f: string) => f.replace(/\.[^.]+$/, '');

describe('hold-out set 3', () => {
  const scores: Score[] = [];
  it('has a gold file for every report and a report for every gold file', () => {
    const golds = readdirSync(join(DIR, 'gold')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files.map(stem)).toEqual(golds);
    expect(files.length).toBe(10);
  });
  for (const file of files) {
    it(`parses ${file}`, () => {
      const result = parseReport(new Uint8Array(readFileSync(join(DIR, file))), file);
      expect(result.ok, result.ok ? '' : result.error).toBe(true);
      if (!result.ok) return;
      const gold = JSON.parse(readFileSync(join(DIR, 'gold', `${stem(file)}.json`), 'utf8')) as Gold;
      const s = scoreReport(result.report, gold);
      scores.push(s);
      console.log(file, JSON.stringify({ missed: s.headingsMissed, extra: s.headingsExtra, meta: s.metaWrong, figures: s.figuresMissed }));
    });
  }
  it('meets the bars over the whole set', () => {
    const total = summarise(scores);
    console.log('holdout3 score', JSON.stringify(total));
    expect(scores.length).toBe(files.length);
    expect(total.outlineF1).toBeGreaterThanOrEqual(0.97);
    expect(total.levelAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(total.metadata).toBeGreaterThanOrEqual(0.9);
    expect(total.figuresRecall).toBeGreaterThanOrEqual(0.9);
  });
});

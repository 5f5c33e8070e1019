// Hold-out tests: realistic reports the parser was never tuned on (every layout, encoding and body
// in DESIGN.md), scored against hand-made gold files with the parser issue's bars. Failures here are
// findings about generalisation, not fixture bugs: read the printed misses before changing anything.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { scoreReport, summarise, type Gold, type Score } from '../../src/cli/score';

const DIR = join(import.meta.dirname, '../fixtures/holdout');
const files = readdirSync(DIR, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
const stem = (file: string) => file.replace(/\.[^.]+$/, '');

describe('hold-out reports', () => {
  const scores: Score[] = [];

  it('has a gold file for every hold-out report and a report for every gold file', () => {
    const golds = readdirSync(join(DIR, 'gold')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files.map(stem).sort()).toEqual(golds);
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`parses ${file}`, () => {
      // Parsed by its real name, so format detection sees .html, .md, .docx and encoded .txt as a user's files.
      const result = parseReport(readFileSync(join(DIR, file)), file);
      expect(result.ok, result.ok ? '' : result.error).toBe(true);
      if (!result.ok) return;
      const gold = JSON.parse(readFileSync(join(DIR, 'gold', `${stem(file)}.json`), 'utf8')) as Gold;
      const s = scoreReport(result.report, gold);
      scores.push(s);
      const levels = result.report.outline.filter((h) => gold.outline.some((g) => g.title === h.title && g.level !== h.level))
        .map((h) => `${h.title}: L${h.level}`);
      console.log(file, JSON.stringify({ ...summarise([s]), missed: s.headingsMissed, extra: s.headingsExtra, wrongLevel: levels, meta: s.metaWrong, figures: s.figuresMissed }));
    });
  }

  it('meets the parser bars over the hold-out set', () => {
    const total = summarise(scores);
    console.log('hold-out score', JSON.stringify(total));
    expect(scores.length).toBe(files.length);
    expect(total.outlineF1).toBeGreaterThanOrEqual(0.97);
    expect(total.levelAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(total.metadata).toBeGreaterThanOrEqual(0.9);
    expect(total.figuresRecall).toBeGreaterThanOrEqual(0.9);
  });
});

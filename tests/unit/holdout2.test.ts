// Second hold-out set: ten reports written independently of the parser's tuning (other provinces,
// GB18030/Big5/HTML/Markdown, news-page chrome), scored against their gold files as the parser issue
// measures. Each file is parsed under its real name so format and encoding detection are exercised.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { scoreReport, summarise, titleKey, type Gold, type Score } from '../../src/cli/score';
import type { ParsedReport } from '../../src/model/report';

const DIR = join(import.meta.dirname, '../fixtures/holdout2');
const golds = readdirSync(join(DIR, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, 'gold', f), 'utf8')) as Gold & { fileName: string; encoding: string });

/** Headings found with the right title but at another level, as "title: want N got M". */
function levelsWrong(report: ParsedReport, gold: Gold): string[] {
  const pool = gold.outline.filter((g) => !g.optional).map((g) => ({ g, key: titleKey(g.title), used: false }));
  const wrong: string[] = [];
  for (const h of report.outline) {
    const hit = pool.find((p) => !p.used && p.key === titleKey(h.title));
    if (!hit) continue;
    hit.used = true;
    if (hit.g.level !== h.level) wrong.push(`${h.title}: want ${hit.g.level} got ${h.level}`);
  }
  return wrong;
}

describe('hold-out set 2', () => {
  const scores: Score[] = [];
  for (const gold of golds) {
    it(`parses ${gold.fileName}`, () => {
      const result = parseReport(readFileSync(join(DIR, gold.fileName)), gold.fileName);
      expect(result.ok, result.ok ? '' : result.error).toBe(true);
      if (!result.ok) return;
      const s = scoreReport(result.report, gold);
      scores.push(s);
      const encoding = result.report.encoding === gold.encoding ? 'ok' : `want ${gold.encoding} got ${result.report.encoding}`;
      console.log(gold.fileName, JSON.stringify({
        encoding, levels: levelsWrong(result.report, gold), missed: s.headingsMissed, extra: s.headingsExtra, meta: s.metaWrong, figures: s.figuresMissed,
      }));
    });
  }
  it('meets the bars over the whole set', () => {
    const total = summarise(scores);
    console.log('holdout2 score', JSON.stringify(total));
    expect(scores.length).toBe(golds.length);
    expect(total.outlineF1).toBeGreaterThanOrEqual(0.97);
    expect(total.levelAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(total.metadata).toBeGreaterThanOrEqual(0.9);
    expect(total.figuresRecall).toBeGreaterThanOrEqual(0.9);
  });
});

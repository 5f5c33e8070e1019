// One scoring suite for every set of reports with hand-checked gold files (the seed fixtures and the
// hold-out sets): each report parsed by its real file name, scored as the parser issue measures,
// its misses printed, and the bars asserted over the whole set.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { scoreReport, summarise, type Gold, type Score } from '../../src/cli/score';

export const BARS = { outlineF1: 0.97, levelAccuracy: 0.95, metadata: 0.9, figuresRecall: 0.9 };

/** Gold files may name their report file and its expected encoding; else the report shares the gold's stem. */
type GoldFile = Gold & { fileName?: string; encoding?: string };

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

export function goldSuite(name: string, dir: string, minReports: number): void {
  const reports = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|md|markdown|html?|docx)$/i.test(e.name)).map((e) => e.name).sort();
  const golds = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ stem: stem(f), gold: JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as GoldFile }));
  const fileOf = (g: { stem: string; gold: GoldFile }) => g.gold.fileName ?? reports.find((r) => stem(r) === g.stem) ?? `${g.stem}.txt`;

  describe(name, () => {
    const scores: Score[] = [];
    it('has a gold file for every report and a report for every gold file', () => {
      expect(golds.map(fileOf).sort()).toEqual(reports);
      expect(reports.length).toBeGreaterThanOrEqual(minReports);
    });
    for (const g of golds) {
      const file = fileOf(g);
      it(`parses ${file}`, () => {
        const result = parseReport(readFileSync(join(dir, file)), file);
        expect(result.ok, result.ok ? '' : result.error).toBe(true);
        if (!result.ok) return;
        if (g.gold.encoding) expect(result.report.encoding).toBe(g.gold.encoding);
        const s = scoreReport(result.report, g.gold);
        scores.push(s);
        console.log(file, JSON.stringify({
          missed: s.headingsMissed, extra: s.headingsExtra, levels: s.levelsWrong, meta: s.metaWrong, figures: s.figuresMissed,
        }));
      });
    }
    it('meets the parser bars over the whole set', () => {
      const total = summarise(scores);
      console.log(`${name} score`, JSON.stringify(total));
      expect(scores.length).toBe(golds.length);
      for (const [bar, min] of Object.entries(BARS)) expect(total[bar as keyof typeof BARS], bar).toBeGreaterThanOrEqual(min);
    });
  });
}

// Targets and results against hand-written gold for nine 政府工作报告 (county, city, province and
// national, simplified and traditional) written before the extractor: prints target recall, result
// recall and role confusion, and holds them to the bars.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { emptyScore, scoreTargets, type TargetsGold } from '../support/targets-score';

const DIR = join(import.meta.dirname, '../fixtures/targets');
const golds = readdirSync(join(DIR, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, 'gold', f), 'utf8')) as TargetsGold);

describe('targets and results on the gold reports', () => {
  it('has at least six reports, each with its gold', () => {
    expect(golds.length).toBeGreaterThanOrEqual(6);
  });

  it('reaches target recall >= 0.9, result recall >= 0.85, role confusion <= 5%', () => {
    const s = emptyScore();
    for (const gold of golds) {
      const parsed = parseReport(readFileSync(join(DIR, gold.fileName)), gold.fileName);
      expect(parsed.ok, gold.fileName).toBe(true);
      if (parsed.ok) scoreTargets(parsed.report, gold, s);
    }
    const targetRecall = s.targetsFound / s.targets, resultRecall = s.resultsFound / s.results;
    const confusion = s.confused / Math.max(1, s.compared);
    console.log(`targets gold: target recall ${s.targetsFound}/${s.targets} = ${targetRecall.toFixed(3)}, result recall ${s.resultsFound}/${s.results} = ${resultRecall.toFixed(3)}, ` +
      `period targets ${s.periodsFound}/${s.periods}, role confusion ${s.confused}/${s.compared} = ${(confusion * 100).toFixed(1)}%, ` +
      `modifiers right ${s.modifiersRight}, absences ${s.absencesFound}/${s.absences}`);
    for (const m of s.misses) console.log('  miss', m);
    expect(targetRecall).toBeGreaterThanOrEqual(0.9);
    expect(resultRecall).toBeGreaterThanOrEqual(0.85);
    expect(confusion).toBeLessThanOrEqual(0.05);
    expect(s.absencesFound).toBe(s.absences);
  });
});

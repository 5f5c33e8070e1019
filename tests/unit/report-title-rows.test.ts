// Figures, targets, trends and the compare export name a report as the library does: an untitled
// work report by its place, body and year, not by its file name.
import { describe, expect, it } from 'vitest';
import { align, toMarkdown } from '../../src/compare/index';
import type { ParsedReport } from '../../src/model/report';
import { figureRows } from '../../src/trends/figure-rows';
import { absenceRows } from '../../src/trends/targets';
import { cacheReport } from '../../src/worker/trends-cache';
import { SEEDS, parsedSeed } from '../support/variants';

/** A seed report as if it had opened with its meeting line: no title, a known place and year. */
function untitled(): ParsedReport {
  const r = parsedSeed(SEEDS[0]!);
  return {
    ...r, title: null, fileName: 'scan-0042.txt', body: 'npc', kind: 'work-report', script: 'simplified',
    locality: '平江县', meetingDate: '2024-01-10', reviewYear: 2023, planYear: 2024,
    absences: [{ indicator: '地区生产总值增长', indicatorKey: 'gdp', year: 2024, para: 0, text: '没有提出具体目标' }],
  };
}

const NAME = '平江县人大常委会工作报告（2024）';

describe('report names outside the library list', () => {
  it('figure rows, absences and trend documents', () => {
    const r = untitled();
    expect(r.figures.length).toBeGreaterThan(0);
    expect(new Set(figureRows('x', r).map((f) => f.title))).toEqual(new Set([NAME]));
    expect(absenceRows('x', r).map((a) => a.title)).toEqual([NAME]);
    expect(cacheReport('x', 's', r).doc.title).toBe(NAME);
  });
  it('the compare export', () => {
    const a = untitled(), b = parsedSeed(SEEDS[3]!);
    const md = toMarkdown(align(a, b), a, b);
    expect(md).toContain(`- 左:${NAME}`);
    expect(md).not.toContain('scan-0042.txt');
  });
});

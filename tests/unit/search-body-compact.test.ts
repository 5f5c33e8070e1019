// Compaction of mostly dead segments (body-index.ts commit): a segment more than half dead is
// rewritten once, and again only when more of its sections die, not at every later commit.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index';
import { randomReport, rng } from '../support/search-random';

describe('body index compaction', () => {
  it('rewrites a mostly dead segment once per round of deletes, and answers as before', () => {
    const rand = rng(13);
    const reports = Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, report: randomReport(rand, i) }));
    const index = new SearchIndex();
    for (const { id, report } of reports.slice(0, 20)) index.add(id, report);
    const first = index.takeChanges().put[0]!;
    const rewrites = (puts: { firstSec: number }[]) => puts.filter((s) => s.firstSec === first.firstSec).length;
    // 12 of the first batch's 20 reports deleted: the segment is mostly dead and rewritten at the next commit only.
    for (const { id } of reports.slice(0, 12)) index.remove(id);
    const counts: number[] = [];
    for (let from = 20; from < 50; from += 10) {
      for (const { id, report } of reports.slice(from, from + 10)) index.add(id, report);
      counts.push(rewrites(index.takeChanges().put));
    }
    expect(counts).toEqual([1, 0, 0]);
    // One more delete in it: rewritten again, once.
    index.remove('r12');
    for (const { id, report } of reports.slice(50, 60)) index.add(id, report);
    expect(rewrites(index.takeChanges().put)).toBe(1);
    expect(rewrites(index.takeChanges().put)).toBe(0);
    // The live reports of the segment are still found; the deleted ones are not.
    const probe = reports[15]!.report.paragraphs[0]!.text.slice(0, 3);
    const ids = index.query(probe, { maxReports: 100, hitsPerReport: 1 }).reports.map((r: { id: string }) => r.id);
    expect(ids).toContain('r15');
    expect(ids.filter((id: string) => Number(id.slice(1)) < 13)).toEqual([]);
  });
});

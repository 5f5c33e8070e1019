// Compaction of mostly dead segments (body-index.ts commit): a segment more than half dead is
// rewritten once, and again only when more of its sections die, not at every later commit; each
// segment's dead sections are counted as they die, not afresh at every commit.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index';
import { BodyIndex } from '../../src/search/body-index';
import { indexDoc, type NewDoc } from '../../src/search/doc';
import type { Segment } from '../../src/search/postings';
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

describe('dead sections per segment', () => {
  it('are kept as a fresh count of each segment would find them, through seals, merges, rewrites and deletes', () => {
    const rand = rng(29);
    const body = new BodyIndex();
    const docs = new Map<number, NewDoc>();
    const fresh = (s: Segment) => {
      let dead = 0;
      for (let sec = s.firstSec; sec < s.endSec; sec++) if (body.owner[sec]! < 0) dead++;
      return dead;
    };
    let slot = 0;
    let checked = 0;
    let dead = 0;
    for (let batch = 0; batch < 60; batch++) {
      for (let k = 0; k < 12; k++) {
        const doc = indexDoc(`r${slot}`, randomReport(rand, slot));
        body.add(slot, doc);
        docs.set(slot++, doc);
      }
      // Deletes land in sealed segments, in the batch not sealed yet, and across both.
      for (const [s, doc] of docs) if (rand() < 0.03) { body.remove(doc); docs.delete(s); }
      body.commit();
      for (const s of body.segments) {
        expect(body.deadIn(s)).toBe(fresh(s));
        checked++;
        dead += fresh(s);
      }
    }
    // Merges happened (fewer segments than batches), and the counts were not all zero.
    expect(body.segments.length).toBeLessThan(30);
    expect(checked).toBeGreaterThan(300);
    expect(dead).toBeGreaterThan(100);
    // A report too large for one seal lies across two segments; removed, each counts only its own part.
    const huge = randomReport(rand, slot);
    const long = '政协委员会议提案'.repeat(100_000);
    huge.paragraphs = [{ text: '标题' }, { text: long, heading: 0 }, { text: long, heading: 1 }] as typeof huge.paragraphs;
    huge.outline = [1, 2].map((para, h) => ({ level: 1, number: null, title: `第${h}`, para, span: [para, para + 1] })) as unknown as typeof huge.outline;
    const doc = indexDoc('huge', huge);
    body.add(slot, doc);
    const before = body.segments.length;
    body.commit();
    expect(body.segments.length).toBe(before + 2);
    body.remove(doc);
    body.commit();
    for (const s of body.segments) expect(body.deadIn(s)).toBe(fresh(s));
    expect(body.segments.slice(-2).map(fresh).every((n) => n > 0)).toBe(true);
    // A report put back in place (its sections live again) is not counted dead.
    body.restore(slot, doc);
    for (const s of body.segments) expect(body.deadIn(s)).toBe(fresh(s));
  });
});

// Postings read lazily: an index loaded from stored heads, its postings bytes in chunk rows read as
// queries need them (segment-chunks.ts), answers exactly as the index that wrote them, in both
// scripts, with exclusions, through deletes and adds made before every chunk is read; its queries
// read ahead what their words need (never every chunk); segments are merged only once read in whole.
import { describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../../src/search/index';
import { CHUNK_BYTES } from '../../src/search/segment-chunks';
import { segmentRows, type SegmentChunkRow } from '../../src/store/search-store';
import { lazyCopy } from '../support/lazy-postings';
import { randomQuery, randomReport, rng } from '../support/search-random';

describe('postings read lazily', () => {
  const rand = rng(11);
  const reports = Array.from({ length: 1500 }, (_, i) => randomReport(rand, i));
  const texts = reports.flatMap((r) => r.paragraphs.map((p) => p.text));
  const full = new SearchIndex();
  reports.forEach((r, i) => full.add(`r${i}`, r));

  it('answers as the index that wrote them, reading ahead only the chunks its words need', async () => {
    const { loaded, reads, chunks } = lazyCopy(full);
    expect(chunks).toBeGreaterThan(full.stats().segments * 2);
    expect(loaded.postingsRead).toBe(false);
    const readAll = vi.spyOn(loaded, 'readAllPostings');
    const qrand = rng(5);
    for (let n = 0; n < 150; n++) {
      const q = n % 7 === 3 ? `${randomQuery(qrand, texts)} -${randomQuery(qrand, texts)}` : randomQuery(qrand, texts);
      expect(await loaded.queryAsync(q, { maxReports: Infinity }), q).toEqual(full.query(q, { maxReports: Infinity }));
      if (n % 10 === 0) expect(await loaded.kwicAsync(q), q).toEqual(full.kwic(q));
      if (n === 0) expect(reads[0]).toBeLessThan(chunks);
    }
    expect(readAll).not.toHaveBeenCalled();
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(chunks);
  });

  it('reads ahead the pairs before one Latin letter or digit, counted where a word starts (settleWordStart)', async () => {
    for (const q of ['b', 'c', '1', '9']) {
      const { loaded, reads, chunks } = lazyCopy(full);
      const readAll = vi.spyOn(loaded, 'readAllPostings');
      expect(await loaded.queryAsync(q, { maxReports: Infinity }), q).toEqual(full.query(q, { maxReports: Infinity }));
      expect(readAll, q).not.toHaveBeenCalled();
      expect(reads[0]).toBeLessThan(chunks);
    }
  });

  it('merges segments of a tier only once every one of them is read', async () => {
    const small = new SearchIndex();
    const ref = new SearchIndex();
    const batch = (index: SearchIndex, from: number) => { for (let i = from; i < from + 2; i++) index.add(`r${i}`, reports[i]!); return index.takeChanges(); };
    for (let from = 0; from < 20; from += 2) { batch(small, from); batch(ref, from); }
    const { loaded } = lazyCopy(small);
    const stored = small.export().segments.map((s) => s.id);
    expect(stored.length).toBe(10);
    // Ten stored segments unread, then small batches of the same tier: the tail of sixteen holds unread ones.
    for (let from = 20; from < 36; from += 2) {
      expect(batch(loaded, from).drop.filter((id) => stored.includes(id))).toEqual([]);
      batch(ref, from);
    }
    for (const q of ['政协', '員委員 -提案']) expect(await loaded.queryAsync(q, { maxReports: Infinity }), q).toEqual(ref.query(q, { maxReports: Infinity }));
    await loaded.readAllPostings();
    // Read in whole, the next commit merges them.
    expect(loaded.takeChanges().drop.some((id) => stored.includes(id))).toBe(true);
    expect(loaded.query('政协', { maxReports: Infinity })).toEqual(ref.query('政协', { maxReports: Infinity }));
  });

  it('takes deletes and adds before every chunk is read, and rewrites a mostly dead segment only once read in whole', async () => {
    const { loaded, reads, chunks } = lazyCopy(full);
    const ref = new SearchIndex();
    reports.forEach((r, i) => ref.add(`r${i}`, r));
    // Most of the library deleted: its segments are mostly dead, but not read yet.
    for (let i = 0; i < 1200; i++) { loaded.remove(`r${i}`); ref.remove(`r${i}`); }
    for (let i = 0; i < 40; i++) { loaded.add(`n${i}`, reports[i]!); ref.add(`n${i}`, reports[i]!); }
    for (const q of ['政协', '員委員', 'covid 19', '民主监督 -提案']) expect(await loaded.queryAsync(q, { maxReports: Infinity }), q).toEqual(ref.query(q, { maxReports: Infinity }));
    expect(loaded.postingsRead).toBe(false);
    expect(loaded.takeChanges().drop).toEqual([]);
    await loaded.readAllPostings();
    expect(reads.reduce((a, b) => a + b, 0)).toBe(chunks);
    expect(loaded.postingsRead).toBe(true);
    // Read in whole, the dead segments are rewritten at the next commit.
    expect(loaded.takeChanges().drop.length).toBeGreaterThan(0);
    for (const q of ['政协', '員委員']) expect(loaded.query(q, { maxReports: Infinity })).toEqual(ref.query(q, { maxReports: Infinity }));
  });

  it('cuts postings into chunks of CHUNK_BYTES, the last one shorter', () => {
    const seg = full.export().segments[0]!;
    const rows = segmentRows(seg, 3);
    const parts = rows.slice(1) as SegmentChunkRow[];
    expect(parts.map((r) => r.data.length).slice(0, -1).every((n) => n === CHUNK_BYTES)).toBe(true);
    expect(parts.reduce((n, r) => n + r.data.length, 0)).toBe(seg.data!.length);
    expect(Buffer.concat(parts.map((r) => r.data)).equals(Buffer.from(seg.data!))).toBe(true);
    expect(rows[0]).toMatchObject({ id: seg.id, size: seg.data!.length, tag: 3 });
    expect('data' in rows[0]!).toBe(false);
  });
});

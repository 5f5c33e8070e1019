// A query on postings not all read that meets a chunk its read-ahead did not foresee (here: a
// read-ahead that foresees nothing) stops, every chunk is read, and it runs again: the same answer.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/search/candidates', async (original) => ({ ...(await original<typeof import('../../src/search/candidates')>()), termReadKeys: () => [] }));

const { SearchIndex } = await import('../../src/search/index');
const { lazyCopy } = await import('../support/lazy-postings');
const { randomReport, rng } = await import('../support/search-random');

describe('postings read lazily, a query meeting a chunk not read', () => {
  it('reads every chunk and runs the query again', async () => {
    const rand = rng(3);
    const full = new SearchIndex();
    for (let i = 0; i < 600; i++) full.add(`r${i}`, randomReport(rand, i));
    const { loaded, reads, chunks } = lazyCopy(full);
    const readAll = vi.spyOn(loaded, 'readAllPostings');
    for (const q of ['政协', '"民主监督"', '員委員 -提案']) expect(await loaded.queryAsync(q, { maxReports: Infinity }), q).toEqual(full.query(q, { maxReports: Infinity }));
    expect(readAll).toHaveBeenCalledTimes(1);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(chunks);
    expect(loaded.postingsRead).toBe(true);
  });
});

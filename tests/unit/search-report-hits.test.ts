// The report view's hits follow the index: asked again when it changes, they replace those shown only
// when they mark other places (a re-parse moved them), so a reader stays on the hit they were on.
import { describe, expect, it, vi } from 'vitest';
import type { Hit } from '../../src/search/types';

const answers: Hit[][] = [];
vi.mock('../../src/worker/search-client', () => ({
  searchClient: () => ({ reportHits: async () => ({ value: answers.shift()!, complete: true, ms: 0 }) }),
}));
vi.mock('../../src/state/library', async () => {
  const { signal } = await import('@preact/signals');
  return { libraryReady: signal(false), summaries: signal([]) };
});
const { loadReportHits, reportHits, reportMarks, sameHits } = await import('../../src/state/search');

const hit = (para: number, start: number): Hit => ({ reportId: 'r', para, start, end: start + 2, section: 0, path: [], where: 'body', score: 1, snippet: { before: '', match: '', after: '' } as unknown as Hit['snippet'] });

describe('loadReportHits', () => {
  it('keeps the hits shown when the index answers the same places again, and takes moved ones', async () => {
    answers.push([hit(1, 4), hit(3, 0)]);
    await loadReportHits('r', '政协');
    const first = reportHits.value;
    expect(first?.hits.map((h) => h.para)).toEqual([1, 3]);
    // The same places, as new objects: nothing changes, marks included.
    answers.push([hit(1, 4), hit(3, 0)]);
    await loadReportHits('r', '政协');
    expect(reportHits.value).toBe(first);
    // A re-parse split a paragraph: the hits move, and the marks with them.
    answers.push([hit(1, 4), hit(4, 0)]);
    await loadReportHits('r', '政协');
    expect(reportHits.value).not.toBe(first);
    expect([...reportMarks.value.keys()]).toEqual([1, 4]);
  });
  it('compares hits by paragraph and offsets', () => {
    expect(sameHits([hit(1, 4)], [hit(1, 4)])).toBe(true);
    expect(sameHits([hit(1, 4)], [hit(1, 5)])).toBe(false);
    expect(sameHits([hit(1, 4)], [])).toBe(false);
  });
});

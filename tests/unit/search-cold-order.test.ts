// The order of a cold start in the search worker's service (Node, fake-indexeddb): records and
// segments, then the text packs, and only then the suggestions' saved index (a large JSON parsed on
// the worker's thread), so it never competes with the first full search; suggestions still answer.
// Catching up with the library (every summary read) waits for the texts too.
// Read from the service's User Timing marks (src/worker/search-marks.ts), as the Chromium bench does.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/db';
import { packSearchRecords, readSearchRecords, readSearchTexts } from '../../src/store/search-store';
import { SearchIndex } from '../../src/search/index';
import { createSearchService } from '../../src/worker/search-service';
import type { SearchReply, SearchRequest, SearchResponse, SearchStatus } from '../../src/worker/search-protocol';
import { harness, seedLibrary } from '../support/service-harness';

const at = (phase: string) => performance.getEntriesByName(`zb:search:${phase}`)[0]?.startTime ?? NaN;

describe('search service cold start', { timeout: 30_000 }, () => {
  it('reads the suggestions only once the texts are in, and answers the first query and suggestions exactly', async () => {
    const saved = await seedLibrary('svc-order');
    const direct = new SearchIndex();
    for (const { id, report } of saved) direct.add(id, report);
    const first = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>(createSearchService, 'svc-order');
    await expect.poll(() => first.statuses.at(-1)?.phase, { timeout: 20_000, interval: 20 }).toBe('ready');
    const db = await openLibrary('svc-order');
    const ids = saved.map((s) => s.id);
    await packSearchRecords(db, await readSearchRecords(db), [], await readSearchTexts(db, ids));
    performance.clearMarks();

    const cold = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>(createSearchService, 'svc-order');
    const query = cold.ask({ type: 'query', q: '"民主监督"', options: {} });
    const suggest = cold.ask({ type: 'suggest', q: saved[0]!.report.locality ?? '政协' });
    expect((await query as Extract<SearchReply, { kind: 'result' }>).result).toEqual(direct.query('"民主监督"'));
    expect((await suggest as Extract<SearchReply, { kind: 'suggest' }>).suggestions.length).toBeGreaterThan(0);
    expect(at('read')).toBeLessThanOrEqual(at('texts-warm'));
    expect(at('texts-warm')).toBeLessThanOrEqual(at('suggest-start'));
    expect(at('texts-warm')).toBeLessThanOrEqual(at('sync-start'));
    await expect.poll(() => cold.statuses.at(-1)?.phase, { timeout: 20_000, interval: 20 }).toBe('ready');
    expect(at('suggest-start')).toBeLessThanOrEqual(at('suggest-loaded'));
  });
});

// The search service under fake-indexeddb: the texts' background read of a cold start waits until
// the questions asked while the stored index loaded are answered, so a first query's snippets are
// not read behind ten rows of texts.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../src/store/db';
import { packSearchRecords, readSearchRecords, readSearchTexts } from '../../src/store/search-store';
import { SearchIndex } from '../../src/search/index';
import { createSearchService } from '../../src/worker/search-service';
import type { SearchReply, SearchRequest, SearchResponse, SearchStatus } from '../../src/worker/search-protocol';
import { harness, seedLibrary } from '../support/service-harness';

/** Store reads in the order the service issues them. */
const reads = vi.hoisted(() => [] as string[]);
vi.mock('../../src/store/search-store', async (original) => {
  const m = await original<typeof import('../../src/store/search-store')>();
  return {
    ...m,
    readSearchTexts: (...a: Parameters<typeof m.readSearchTexts>) => { reads.push('texts'); return m.readSearchTexts(...a); },
    scanTextPacks: (...a: Parameters<typeof m.scanTextPacks>) => { reads.push('scan'); return m.scanTextPacks(...a); },
  };
});

function start(dbName: string) {
  const svc = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>(createSearchService, dbName);
  const settled = async () => {
    await expect.poll(() => svc.statuses.at(-1)?.phase, { timeout: 20_000, interval: 20 }).toBe('ready');
    return svc.statuses.at(-1)!;
  };
  const query = async (q: string) => (await svc.ask({ type: 'query', q, options: {} }) as Extract<SearchReply, { kind: 'result' }>).result;
  return { settled, query };
}

/** A library indexed and persisted, texts packed as a worker leaves them. */
async function indexed(dbName: string): Promise<{ direct: SearchIndex }> {
  const saved = await seedLibrary(dbName);
  const direct = new SearchIndex();
  for (const { id, report } of saved) direct.add(id, report);
  await start(dbName).settled();
  const db = await openLibrary(dbName);
  const ids = saved.map((s) => s.id);
  await packSearchRecords(db, await readSearchRecords(db), [], await readSearchTexts(db, ids));
  db.close();
  return { direct };
}

describe('a cold start\'s texts', { timeout: 30_000 }, () => {
  it('are read in the background only after the questions asked while loading', async () => {
    const { direct } = await indexed('cold-texts');
    reads.length = 0;
    const svc = start('cold-texts');
    // Asked before the stored index has loaded: its snippets' texts are read before the packs are scanned.
    const first = await svc.query('民主监督');
    expect(first.hitCount).toBe(direct.query('民主监督').hitCount);
    await svc.settled();
    expect(reads.slice(0, 2)).toEqual(['texts', 'scan']);
  });
});

// The search worker's head start (search-head-start.ts) under fake-indexeddb: the service loads the
// stored index from the head start's read instead of reading it again; a head start on another
// library is closed and not used; and the texts' background read of a cold start waits until the
// questions asked while loading are answered.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../src/store/db';
import { packSearchRecords, readSearchRecords, readSearchTexts } from '../../src/store/search-store';
import { SearchIndex } from '../../src/search/index';
import { createSearchService } from '../../src/worker/search-service';
import { headStart, type HeadStart } from '../../src/worker/search-head-start';
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

function start(dbName: string, head?: HeadStart) {
  const svc = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>((post) => createSearchService(post, head), dbName);
  const settled = async () => {
    await expect.poll(() => svc.statuses.at(-1)?.phase, { timeout: 20_000, interval: 20 }).toBe('ready');
    return svc.statuses.at(-1)!;
  };
  const query = async (q: string) => (await svc.ask({ type: 'query', q, options: {} }) as Extract<SearchReply, { kind: 'result' }>).result;
  return { settled, query, statuses: svc.statuses };
}

/** A library indexed and persisted, texts packed as a worker leaves them. */
async function indexed(dbName: string): Promise<{ ids: string[]; direct: SearchIndex }> {
  const saved = await seedLibrary(dbName);
  const direct = new SearchIndex();
  for (const { id, report } of saved) direct.add(id, report);
  await start(dbName).settled();
  const db = await openLibrary(dbName);
  const ids = saved.map((s) => s.id);
  await packSearchRecords(db, await readSearchRecords(db), [], await readSearchTexts(db, ids));
  db.close();
  return { ids, direct };
}

describe('search head start', { timeout: 30_000 }, () => {
  it('is what the service loads: the stored index is not read again', async () => {
    const { ids, direct } = await indexed('head-taken');
    const real = headStart('head-taken');
    let taken = 0;
    // The read as the head start saw it, less one record: the service's first load is exactly that (a
    // sync then finds the store holds more than it loaded, and loads it again).
    const head: HeadStart = {
      name: real.name,
      take: (onClose) => {
        taken++;
        const got = real.take(onClose)!;
        return { db: got.db, read: got.read.then((r) => ({ ...r, records: r.records.slice(1) })) };
      },
      drop: () => real.drop(),
    };
    const svc = start('head-taken', head);
    const s = await svc.settled();
    const loaded = svc.statuses.find((st) => st.loaded > 0)?.loaded;
    expect([taken, loaded, s.size]).toEqual([1, ids.length - 1, ids.length]);
    for (const q of ['聯繫', '"民主监督"']) expect((await svc.query(q)).hitCount, q).toBe(direct.query(q).hitCount);
  });

  it('on another library is closed and left unused', async () => {
    const { ids } = await indexed('head-mine');
    await seedLibrary('head-other');
    const real = headStart('head-other');
    let dropped = 0;
    let taken = 0;
    const head: HeadStart = { name: real.name, take: (c) => { taken++; return real.take(c); }, drop: () => { dropped++; real.drop(); } };
    const s = await start('head-mine', head).settled();
    expect([dropped, taken, s.loaded, s.indexed]).toEqual([1, 0, ids.length, 0]);
    // Closed: nothing holds the other library open, so it can be deleted.
    await new Promise<void>((ok, fail) => { const r = indexedDB.deleteDatabase('head-other'); r.onsuccess = () => ok(); r.onerror = () => fail(r.error); r.onblocked = () => fail(new Error('blocked')); });
  });

  it('reads a cold start\'s texts in the background only after the questions asked while loading', async () => {
    const { direct } = await indexed('head-texts');
    reads.length = 0;
    const svc = start('head-texts', headStart('head-texts'));
    // Asked before the stored index has loaded: its snippets' texts are read before the packs are scanned.
    const first = await svc.query('民主监督');
    expect(first.hitCount).toBe(direct.query('民主监督').hitCount);
    await svc.settled();
    expect(reads.slice(0, 2)).toEqual(['texts', 'scan']);
  });
});

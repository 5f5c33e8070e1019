// The search worker's service in Node over fake-indexeddb: it indexes the library and persists
// the index; a second start (a cold start) loads it and indexes nothing; a record of another index
// version is rebuilt in the background with progress; deletions and corrections reach the index;
// a query sent while the stored index is still loading is answered, exactly; a whole index stored
// by the previous version is rebuilt once.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/db';
import { deleteReports, setCorrections } from '../../src/store/repo';
import { packSearchRecords, readSearchIndex, readSearchRecords, readSearchTexts, putSearchRecords, searchRecordIds, writeSearchIndex } from '../../src/store/search-store';
import { SearchIndex } from '../../src/search/index';
import { createSearchService } from '../../src/worker/search-service';
import type { SearchReply, SearchRequest, SearchResponse, SearchStatus } from '../../src/worker/search-protocol';
import { harness, seedLibrary } from '../support/service-harness';


async function seed(dbName: string): Promise<{ ids: string[]; direct: SearchIndex }> {
  const direct = new SearchIndex();
  const saved = await seedLibrary(dbName);
  for (const { id, report } of saved) direct.add(id, report);
  return { ids: saved.map((s) => s.id), direct };
}

/** A service as the worker runs it, with its status history and a way to ask and wait. */
function start(dbName: string) {
  const svc = harness<SearchRequest, SearchResponse, SearchReply, SearchStatus>(createSearchService, dbName);
  const settled = async (check: (s: SearchStatus) => boolean = () => true) => {
    await expect.poll(() => svc.statuses.at(-1), { timeout: 20_000, interval: 20 }).toSatisfy((s: SearchStatus | undefined) => s?.phase === 'ready' && check(s));
    return svc.statuses.at(-1)!;
  };
  const query = async (q: string, filters = {}) => (await svc.ask({ type: 'query', q, options: { filters } }) as Extract<SearchReply, { kind: 'result' }>).result;
  return { handle: svc.handle, ask: svc.ask, statuses: svc.statuses, settled, query };
}

describe('search service', { timeout: 30_000 }, () => {
  it('indexes the library, persists it, and a cold start loads it without re-indexing', async () => {
    const { ids, direct } = await seed('svc-cold');
    const first = start('svc-cold');
    expect(await first.settled()).toMatchObject({ size: ids.length, indexed: ids.length, loaded: 0 });
    expect((await searchRecordIds(await openLibrary('svc-cold'))).sort()).toEqual([...ids].sort());
    const cold = start('svc-cold');
    // Asked before the stored index has loaded: answered once it has, exactly.
    const early = cold.query('协商');
    expect((await early).hitCount).toBe(direct.query('协商').hitCount);
    expect(await cold.settled()).toMatchObject({ size: ids.length, indexed: 0, loaded: ids.length });
    for (const q of ['聯繫', '"民主监督"', '提案 -协商']) expect((await cold.query(q)).hitCount, q).toBe(direct.query(q).hitCount);
  });

  it('a cold start reads postings as queries need them; a chunk lost from the store is found and the index built afresh', async () => {
    const { ids, direct } = await seed('svc-chunks');
    await start('svc-chunks').settled();
    const db = await openLibrary('svc-chunks');
    const heads = (await readSearchIndex(db)).segments;
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.every((s) => s.data === undefined)).toBe(true);
    const chunkKeys = async () => (await db.getAllKeys('searchSegments')).filter((k) => Array.isArray(k)) as [number, number, number][];
    const cold = start('svc-chunks');
    expect(await cold.query('"民主监督"')).toEqual(direct.query('"民主监督"'));
    await cold.settled();
    // A chunk lost: missing again after a reload, the stored index is cleared and built afresh.
    await db.delete('searchSegments', (await chunkKeys())[0]!);
    const next = start('svc-chunks');
    const early = await next.query('"民主监督"');
    expect(early.hitCount === 0 || early.hitCount === direct.query('"民主监督"').hitCount).toBe(true);
    expect(await next.settled((s) => s.indexed === ids.length)).toMatchObject({ size: ids.length, loaded: 0 });
    for (const q of ['"民主监督"', '聯繫', '提案 -协商']) expect(await next.query(q), q).toEqual(direct.query(q));
    expect((await readSearchIndex(db)).segments.length).toBeGreaterThan(0);
  });

  it('rebuilds records of another index version in the background, with progress', async () => {
    const { ids } = await seed('svc-version');
    await start('svc-version').settled();
    const db = await openLibrary('svc-version');
    const records = await readSearchRecords(db);
    await putSearchRecords(db, records.slice(0, 2).map((r) => ({ ...r, doc: { ...r.doc, v: r.doc.v - 1 } })));
    const again = start('svc-version');
    expect(await again.settled()).toMatchObject({ loaded: ids.length - 2, indexed: 2, size: ids.length });
    expect(again.statuses.some((s) => s.phase === 'indexing' && s.progress?.total === 2)).toBe(true);
    const fixed = await readSearchRecords(db);
    expect(fixed.every((r) => r.doc.v === records[2]!.doc.v)).toBe(true);
  });

  it('loads packed records on a cold start without re-indexing, and packs again what a deletion left mostly dead', async () => {
    const { ids, direct } = await seed('svc-packed');
    await start('svc-packed').settled();
    const db = await openLibrary('svc-packed');
    await packSearchRecords(db, await readSearchRecords(db), [], await readSearchTexts(db, ids));
    // Texts packed too: each report's text row names the pack, whose row holds the texts.
    expect((await Promise.all(ids.map((id) => db.get('searchTexts', id)))).every((row) => row && 'pack' in row)).toBe(true);
    const cold = start('svc-packed');
    expect(await cold.settled()).toMatchObject({ size: ids.length, indexed: 0, loaded: ids.length });
    for (const q of ['聯繫', '"民主监督"', '提案 -协商']) expect(await cold.query(q), q).toEqual(direct.query(q));
    await deleteReports(db, ids.slice(0, -2));
    cold.handle({ type: 'sync' });
    await cold.settled((s) => s.size === 2);
    // The next start finds the pack mostly dead: the two records left move to a new pack, the old one goes.
    const next = start('svc-packed');
    expect(await next.settled()).toMatchObject({ size: 2, indexed: 0, loaded: 2 });
    const stored = await readSearchIndex(db);
    expect([stored.unpacked, stored.stalePacks, stored.records.map((r) => r.id).sort()]).toEqual([[], [], ids.slice(-2).sort()]);
  });

  it('rebuilds a whole index stored by the previous version once, then loads it like any other', async () => {
    const { ids, direct } = await seed('svc-old');
    await start('svc-old').settled();
    const db = await openLibrary('svc-old');
    // The previous version's shapes: the text in the record, no folded headings (and no text records).
    const { records, segments } = await readSearchIndex(db);
    const texts = await readSearchTexts(db, records.map((r) => r.id));
    const old = records.map(({ doc: { heads: _h, headAt: _a, ...rest }, ...r }) => ({
      ...r, doc: { ...rest, ...texts.get(r.id)!.text, id: r.id, v: rest.v - 1 },
    }));
    await db.clear('searchTexts');
    await writeSearchIndex(db, { put: old as never, remove: [], dropSegments: [], putSegments: segments.map((s) => ({ ...s, v: s.v - 1 })) });
    const upgraded = start('svc-old');
    expect(await upgraded.settled()).toMatchObject({ loaded: 0, indexed: ids.length, size: ids.length });
    for (const q of ['聯繫', '"民主监督"', '提案 -协商']) expect((await upgraded.query(q)).hitCount, q).toBe(direct.query(q).hitCount);
    const after = await readSearchIndex(db);
    expect(after.segments.every((s) => s.v === segments[0]!.v) && after.records.every((r) => r.doc.v === records[0]!.doc.v)).toBe(true);
    const next = start('svc-old');
    expect(await next.settled()).toMatchObject({ loaded: ids.length, indexed: 0, size: ids.length });
  });

  it('follows deletions and metadata corrections on sync', async () => {
    const { ids } = await seed('svc-sync');
    const svc = start('svc-sync');
    await svc.settled();
    const db = await openLibrary('svc-sync');
    const gone = ids[1]!;
    expect((await svc.query('政协')).reports.map((r) => r.id)).toContain(gone);
    await deleteReports(db, [gone]);
    await setCorrections(db, ids[0]!, { locality: '测试市' });
    svc.handle({ type: 'sync' });
    const s = await svc.settled((st) => st.removed === 1 && st.indexed === ids.length + 1);
    expect(s.size).toBe(ids.length - 1);
    expect((await svc.query('政协')).reports.map((r) => r.id)).not.toContain(gone);
    expect(await searchRecordIds(db)).not.toContain(gone);
    expect((await svc.query('政协', { locality: '测试' })).reports.map((r) => r.id)).toEqual([ids[0]]);
  });

  it('reloads the stored index on request, after another worker (another tab) changed it', async () => {
    const { ids } = await seed('svc-reload');
    const a = start('svc-reload');
    await a.settled();
    const b = start('svc-reload');
    await b.settled();
    const db = await openLibrary('svc-reload');
    await deleteReports(db, [ids[0]!]);
    a.handle({ type: 'sync' });
    await a.settled((st) => st.removed === 1);
    // b has not synced: it still holds the deleted report until told to reload what a wrote.
    expect((await b.query('政协')).reports.map((r) => r.id)).toContain(ids[0]);
    b.handle({ type: 'reload' });
    await b.settled((st) => st.loaded === ids.length - 1);
    expect((await b.query('政协')).reports.map((r) => r.id)).not.toContain(ids[0]);
    expect((await b.query('政协')).hitCount).toBe((await a.query('政协')).hitCount);
  });

  it('answers suggestions from MiniSearch, restored from its saved JSON on a cold start', async () => {
    const { ids } = await seed('svc-suggest');
    const first = start('svc-suggest');
    await first.settled();
    const suggest = async (svc: typeof first, q: string) => (await svc.ask({ type: 'suggest', q, limit: 8 }) as Extract<SearchReply, { kind: 'suggest' }>).suggestions;
    const got = await suggest(first, '柯城');
    expect(got.filter((s) => s.kind === 'report').map((s) => s.reportId)).toEqual([ids[3]]);
    const cold = start('svc-suggest');
    expect(await cold.settled()).toMatchObject({ indexed: 0 });
    expect(await suggest(cold, '柯城')).toEqual(got);
    // Traditional place names are found from simplified typing.
    expect((await suggest(cold, '鹰潭')).some((s) => s.kind === 'report' && s.reportId === ids[1])).toBe(true);
  });
});

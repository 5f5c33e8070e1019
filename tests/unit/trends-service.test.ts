// The trends worker's service in Node over fake-indexeddb: answers equal those computed straight
// from the parsed reports whether the cache was filled from the search store's folded texts (a cold
// start after the search worker has indexed) or by reading and folding each report; figure rows of
// reports cached from the search store are read when the figures view asks; stale records are not used.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/search/packed';
import { openLibrary } from '../../src/store/db';
import { listSummaries } from '../../src/store/repo';
import { readSearchRecords, readSearchTexts, searchRecordIds, stampOf } from '../../src/store/search-store';
import { createSearchService } from '../../src/worker/search-service';
import { answer, cacheReport, ordered, type CachedReport } from '../../src/worker/trends-cache';
import { createTrendsService } from '../../src/worker/trends-service';
import type { TrendsAsk, TrendsReply, TrendsRequest, TrendsResponse, TrendsStatus } from '../../src/worker/trends-protocol';
import { harness, seedLibrary } from '../support/service-harness';

type Ask = TrendsAsk extends infer A ? A extends { id: number } ? Omit<A, 'id'> : never : never;

/** Saves the fixtures; returns the cache the worker should end up with, built straight from the parses. */
async function seed(dbName: string): Promise<Map<string, CachedReport>> {
  return new Map((await seedLibrary(dbName)).map(({ id, report }) => [id, cacheReport(id, '', report)]));
}

async function indexForSearch(dbName: string, count: number): Promise<void> {
  createSearchService(() => {})({ type: 'open', dbName });
  const db = await openLibrary(dbName);
  await expect.poll(async () => (await searchRecordIds(db)).length, { timeout: 20_000, interval: 50 }).toBe(count);
}

const start = (dbName: string) => harness<TrendsRequest, TrendsResponse, TrendsReply, TrendsStatus>(createTrendsService, dbName);

const ASKS: Ask[] = [
  { type: 'terms', terms: ['协商', '提案', '聯繫'], by: 'locality' },
  { type: 'top-terms', reportIds: null, stop: [], limit: 20 },
  { type: 'figures' },
];

async function expectSameAnswers(dbName: string, expected: Map<string, CachedReport>): Promise<void> {
  const svc = start(dbName);
  const want = ordered(expected);
  for (const req of ASKS) expect(await svc.ask(req), req.type).toEqual(answer(want, { ...req, id: 0 } as TrendsAsk));
}

describe('trends service', () => {
  it('answers alike when its cache is filled by folding each report', async () => {
    await expectSameAnswers('trends-fold', await seed('trends-fold'));
  });

  it('answers alike when filled from the search store, and reads figure rows when asked', async () => {
    const expected = await seed('trends-stored');
    await indexForSearch('trends-stored', expected.size);
    await expectSameAnswers('trends-stored', expected);
  });

  it('takes the folded text from the search store, unless its stamp is stale', async () => {
    const expected = await seed('trends-stamp');
    await indexForSearch('trends-stamp', expected.size);
    const db = await openLibrary('trends-stamp');
    const stamps = new Map((await listSummaries(db)).map((s) => [s.id, stampOf(s)]));
    const [a, b] = await readSearchRecords(db);
    const texts = await readSearchTexts(db, [a!.id, b!.id]);
    // A marker only these stored texts hold: counted when the text's stamp is current, not when it is stale.
    const marked = (id: string) => { const r = texts.get(id)!; return { ...r, text: { ...r.text, packed: r.text.packed + pack('\n测验标记测验标记').packed } }; };
    await db.put('searchTexts', marked(a!.id));
    await db.put('searchTexts', { ...marked(b!.id), stamp: 'stale' });
    expect(stamps.get(a!.id)).toBe(a!.stamp);
    const reply = await start('trends-stamp').ask({ type: 'terms', terms: ['测验标记'], by: 'none' });
    if (reply.kind !== 'terms') throw new Error(reply.kind);
    const counted = reply.trends[0]!.points.flatMap((p) => p.reports).map((r) => [r.id, r.count]);
    expect(counted).toEqual([[a!.id, 2]]);
  });
});

// The persisted search index in IndexedDB (fake-indexeddb): the v2 -> v3 upgrade with a library in
// it keeps every report and adds an empty 'search' store; records round-trip by structured clone
// and load back into an index that answers like the one that wrote them; stamps follow corrections.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { openLibrary } from '../../src/store/db';
import { getReport, listSummaries, saveReport, setCorrections } from '../../src/store/repo';
import { sha256Hex } from '../../src/store/hash';
import { summarize } from '../../src/store/summary';
import { deleteSearchRecords, packSearchRecords, readSearchIndex, readSearchRecordsOf, readSearchTexts, readSegmentChunks, searchRecordIds, stampOf, writeSearchIndex } from '../../src/store/search-store';
import { chunkCount, PostingsLost } from '../../src/search/segment-chunks';
import { restoreText, SearchIndex } from '../../src/search/index';
import type { StoredReport } from '../../src/store/types';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

async function parsed(fileName: string) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, fileName)));
  const result = parseReport(bytes, fileName);
  if (!result.ok) throw new Error(result.error);
  return { bytes, report: result.report, id: await sha256Hex(bytes) };
}

/** The v2 schema as db.ts documents it, with two reports and their summaries written the v2 way. */
async function createV2(name: string): Promise<string[]> {
  const v2 = await openDB(name, 2, {
    upgrade(db) {
      for (const store of ['reports', 'originals', 'corrections', 'summaries']) db.createObjectStore(store, { keyPath: 'id' });
      db.createObjectStore('settings');
    },
  });
  const ids: string[] = [];
  for (const fileName of files.slice(0, 2)) {
    const { bytes, report, id } = await parsed(fileName);
    const stored: StoredReport = { id, fileName, size: bytes.byteLength, format: report.format, importedAt: 1, parserVersion: report.parserVersion, report };
    const tx = v2.transaction(['reports', 'originals', 'summaries'], 'readwrite');
    await tx.objectStore('reports').put(stored);
    await tx.objectStore('originals').put({ id, fileName, type: '', bytes: bytes.slice().buffer });
    await tx.objectStore('summaries').put(summarize(stored, undefined));
    await tx.done;
    ids.push(id);
  }
  v2.close();
  return ids;
}

/** A library of the fixture files stored under `name`, and an index of them not yet written. */
async function storedLibrary(name: string) {
  const db = await openLibrary(name);
  const index = new SearchIndex();
  for (const f of files) {
    const { bytes, report, id } = await parsed(f);
    await saveReport(db, { id, fileName: f, bytes, report });
    index.add(id, report);
  }
  return { db, index, summaries: await listSummaries(db) };
}

describe('search store', () => {
  it('upgrades a v2 library with reports to v5: reports kept, empty search, segment and text stores added', async () => {
    const ids = await createV2('search-upgrade-v2');
    const db = await openLibrary('search-upgrade-v2');
    expect(db.version).toBe(5);
    expect(await db.count('searchSegments')).toBe(0);
    expect(await db.count('searchTexts')).toBe(0);
    expect((await listSummaries(db)).map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const id of ids) expect((await getReport(db, id))!.report.paragraphs.length).toBeGreaterThan(0);
    expect(await searchRecordIds(db)).toEqual([]);
    db.close();
  });

  it('stores index records and texts that load back into an index giving the same answers, texts read as queries ask', async () => {
    const { db, index, summaries } = await storedLibrary('search-records');
    const { put, drop } = index.takeChanges();
    const texts = summaries.map((s) => ({ id: s.id, stamp: stampOf(s), text: index.exportText(s.id)! }));
    await writeSearchIndex(db, { put: summaries.map((s) => ({ id: s.id, stamp: stampOf(s), doc: index.exportDoc(s.id)! })), texts, remove: [], dropSegments: drop, putSegments: put });
    const { records, segments } = await readSearchIndex(db);
    expect(records).toHaveLength(files.length);
    expect(segments.length).toBeGreaterThan(0);
    expect(records.every((r) => !('folded' in r.doc))).toBe(true);
    // Heads only: the postings bytes are in chunk rows.
    expect(segments.every((s) => s.data === undefined && s.size! > 0)).toBe(true);
    const chunks = segments.reduce((n, s) => n + chunkCount(s.size!), 0);
    expect(chunks).toBeGreaterThan(segments.length);
    const loaded = new SearchIndex();
    // A source that reads the store: no text is in memory until a query needs it.
    loaded.setTextSource({ read: async (ids) => new Map([...(await readSearchTexts(db, ids))].map(([id, r]) => [id, restoreText(r.text)!])) }, 1);
    const reads: number[] = [];
    loaded.setPostingsSource({ readChunks: (wants) => { reads.push(wants.length); return readSegmentChunks(db, wants); } });
    expect(loaded.load(records.map((r) => r.doc), segments)).toEqual([]);
    expect(loaded.textStats()).toEqual({ pinned: 0, cached: 0, cachedBytes: 0 });
    expect(loaded.postingsRead).toBe(false);
    expect(() => loaded.query('"民主监督"')).toThrow(/postings not read yet/);
    for (const q of ['协商', '聯繫', '"民主监督"', '政协 -提案']) {
      const a = index.query(q), b = await loaded.queryAsync(q);
      expect(b, q).toEqual(a);
    }
    // Each query read ahead the chunks its words' lists lie in, in one call, not every chunk.
    expect(reads.length).toBeGreaterThan(0);
    expect(reads[0]).toBeLessThan(chunks);
    await loaded.readAllPostings();
    expect(loaded.postingsRead).toBe(true);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(chunks);
    expect(() => loaded.query('"民主监督"')).toThrow(/no text/);
    await deleteSearchRecords(db, [summaries[0]!.id]);
    expect((await searchRecordIds(db)).sort()).toEqual(summaries.slice(1).map((s) => s.id).sort());
    expect([...(await readSearchTexts(db, summaries.map((s) => s.id))).keys()].sort()).toEqual(summaries.slice(1).map((s) => s.id).sort());
    db.close();
  });

  it('reads segments stored whole (before chunk rows) as they are, and says when a chunk row is gone', async () => {
    const { db, index, summaries } = await storedLibrary('search-chunks');
    const records = summaries.map((s) => ({ id: s.id, stamp: stampOf(s), doc: index.exportDoc(s.id)! }));
    const { put, drop } = index.takeChanges();
    const texts = summaries.map((s) => index.exportText(s.id)!);
    // A library indexed before chunk rows: each segment one row, its data in it.
    await db.put('searchSegments', put[0]!);
    const whole = new SearchIndex();
    expect(whole.load(records.map((r) => r.doc), (await readSearchIndex(db)).segments, texts)).toEqual([]);
    expect(whole.postingsRead).toBe(true);
    expect(whole.query('"民主监督"')).toEqual(index.query('"民主监督"'));
    await writeSearchIndex(db, { put: records, remove: [], dropSegments: [put[0]!.id, ...drop], putSegments: put });
    const { segments } = await readSearchIndex(db);
    expect(segments.every((s) => s.data === undefined)).toBe(true);
    // Dropping a segment deletes its chunk rows too: only the current ones are left.
    expect(await db.count('searchSegments')).toBe(segments.length + segments.reduce((n, s) => n + chunkCount(s.size!), 0));
    // Another write of the same segment (a merge keeps its oldest part's id) tags its chunks anew.
    const stale = new SearchIndex();
    stale.setPostingsSource({ readChunks: (wants) => readSegmentChunks(db, wants) });
    expect(stale.load(records.map((r) => r.doc), segments, texts)).toEqual([]);
    await writeSearchIndex(db, { put: [], remove: [], dropSegments: put.map((s) => s.id), putSegments: put });
    await expect(stale.readAllPostings()).rejects.toBeInstanceOf(PostingsLost);
    await expect(stale.queryAsync('"民主监督"')).rejects.toBeInstanceOf(PostingsLost);
    const fresh = new SearchIndex();
    fresh.setPostingsSource({ readChunks: (wants) => readSegmentChunks(db, wants) });
    expect(fresh.load(records.map((r) => r.doc), (await readSearchIndex(db)).segments, texts)).toEqual([]);
    expect(await fresh.queryAsync('"民主监督"')).toEqual(index.query('"民主监督"'));
    db.close();
  });

  it('packs records into shared rows that read back whole, and says which packs are mostly dead', async () => {
    const { db, index, summaries } = await storedLibrary('search-packs');
    const records = summaries.map((s) => ({ id: s.id, stamp: stampOf(s), doc: index.exportDoc(s.id)! }));
    const { put, drop } = index.takeChanges();
    await writeSearchIndex(db, { put: records, remove: [], dropSegments: drop, putSegments: put });
    expect((await readSearchIndex(db)).unpacked.sort()).toEqual(records.map((r) => r.id).sort());
    const texts = new Map(records.map((r) => [r.id, { id: r.id, stamp: r.stamp, text: index.exportText(r.id)! }]));
    await packSearchRecords(db, records, [], texts);
    expect((await readSearchTexts(db, records.map((r) => r.id))).get(records[1]!.id)).toEqual(texts.get(records[1]!.id));
    const packed = await readSearchIndex(db);
    expect(packed.unpacked).toEqual([]);
    expect(packed.stalePacks).toEqual([]);
    const byId = (rs: { id: string }[]) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(packed.records)).toEqual(byId(records));
    expect((await searchRecordIds(db)).sort()).toEqual(records.map((r) => r.id).sort());
    expect(byId(await readSearchRecordsOf(db, records.map((r) => r.id)))).toEqual(byId(records));
    const loaded = new SearchIndex();
    loaded.setPostingsSource({ readChunks: (wants) => readSegmentChunks(db, wants) });
    expect(loaded.load(packed.records.map((r) => r.doc), packed.segments, summaries.map((s) => index.exportText(s.id)!))).toEqual([]);
    await loaded.readAllPostings();
    expect(loaded.query('"民主监督"').hitCount).toBe(index.query('"民主监督"').hitCount);
    // One report re-indexed (its own row again), the others deleted: the pack is mostly dead.
    const [kept, ...rest] = records;
    await writeSearchIndex(db, { put: [kept!], remove: rest.map((r) => r.id), dropSegments: [], putSegments: [] });
    const after = await readSearchIndex(db);
    expect(after.unpacked).toEqual([kept!.id]);
    expect(after.stalePacks).toHaveLength(1);
    await packSearchRecords(db, [kept!], after.stalePacks, texts);
    const again = await readSearchIndex(db);
    expect([again.unpacked, again.stalePacks, again.records]).toEqual([[], [], [kept]]);
    db.close();
  });

  it('changes a report\'s stamp when its metadata is corrected, not otherwise', async () => {
    const db = await openLibrary('search-stamps');
    const { bytes, report, id } = await parsed(files[0]!);
    await saveReport(db, { id, fileName: files[0]!, bytes, report });
    const before = stampOf((await listSummaries(db))[0]!);
    expect(stampOf((await listSummaries(db))[0]!)).toBe(before);
    const after = stampOf(await setCorrections(db, id, { locality: '测试市' }));
    expect(after).not.toBe(before);
    expect(after).toContain('测试市');
    db.close();
  });
});

// Schema upgrade from the previous version with data in it, plus the error mapping for a full
// disk that Chromium reports as an aborted transaction rather than a failed request.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { DB_VERSION, openLibrary } from '../../src/store/db';
import { getOriginal, getReport, listSummaries } from '../../src/store/repo';
import { sha256Hex } from '../../src/store/hash';
import { toStoreError } from '../../src/store/errors';
import type { StoredReport } from '../../src/store/types';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

/** The v1 schema exactly as db.ts documents it: reports, originals, corrections, settings; no summaries. */
async function createV1(name: string): Promise<string[]> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('reports', { keyPath: 'id' });
      db.createObjectStore('originals', { keyPath: 'id' });
      db.createObjectStore('corrections', { keyPath: 'id' });
      db.createObjectStore('settings');
    },
  });
  const ids: string[] = [];
  for (const [i, fileName] of files.entries()) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, fileName)));
    const parsed = parseReport(bytes, fileName);
    if (!parsed.ok) throw new Error(parsed.error);
    const id = await sha256Hex(bytes);
    const stored: StoredReport = { id, fileName, size: bytes.byteLength, format: parsed.report.format, importedAt: 1000 + i, parserVersion: parsed.report.parserVersion, report: parsed.report };
    const tx = v1.transaction(['reports', 'originals', 'corrections', 'settings'], 'readwrite');
    await tx.objectStore('reports').put(stored);
    await tx.objectStore('originals').put({ id, fileName, type: '', bytes: bytes.slice().buffer });
    if (i === 0) await tx.objectStore('corrections').put({ id, patch: { locality: '旧版更正' }, updatedAt: 1 });
    await tx.objectStore('settings').put(123, 'lastBackupAt');
    await tx.done;
    ids.push(id);
  }
  v1.close();
  return ids;
}

describe('schema upgrade', () => {
  it('is at version 5 (v2 added summaries, v3 the search index store, v4 its postings segments, v5 its texts)', () => {
    expect(DB_VERSION).toBe(5);
  });

  it('opens a v1 library with reports in it and keeps every report, building their summaries', async () => {
    const ids = await createV1('upgrade-v1');
    const db = await openLibrary('upgrade-v1');
    expect(db.version).toBe(DB_VERSION);
    const list = await listSummaries(db);
    expect(list.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(list.find((s) => s.id === ids[0])).toMatchObject({ locality: '旧版更正', corrected: true });
    for (const id of ids) {
      expect((await getReport(db, id))!.report.paragraphs.length).toBeGreaterThan(0);
      expect(await sha256Hex((await getOriginal(db, id))!.bytes)).toBe(id);
    }
    expect(await db.get('settings', 'lastBackupAt')).toBe(123);
    db.close();
  });

  it('creates every store in a new library', async () => {
    const db = await openLibrary('upgrade-fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['corrections', 'originals', 'reports', 'search', 'searchSegments', 'searchTexts', 'settings', 'summaries']);
    db.close();
  });
});

describe('store error mapping', () => {
  it('maps an AbortError whose transaction failed for quota to kind quota', () => {
    const abort = new DOMException('aborted', 'AbortError');
    expect(toStoreError(abort, new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStoreError(Object.assign(new Error('x'), { cause: new DOMException('full', 'QuotaExceededError') })).kind).toBe('quota');
  });

  it('maps anything else to kind io with the reason', () => {
    const err = toStoreError(new DOMException('The database connection is closing.', 'InvalidStateError'));
    expect(err.kind).toBe('io');
    expect(err.message).toMatch(/closing/);
  });
});

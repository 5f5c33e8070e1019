// The schema upgrade in real Chromium IndexedDB: a library written with the previous schema (v1,
// no summaries) by "the old app" is opened after a reload by the current code; every report,
// original and correction survives and the summaries store is built in the upgrade transaction.
// Also the storage estimate and the persistence request against the real navigator.storage.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltPage, type BuiltPage } from '../support/built-page';

const SRC = join(import.meta.dirname, '../../src');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

const MAIN = `
import { parseReport } from '${SRC}/parse/index';
import { DB_VERSION, openLibrary } from '${SRC}/store/db';
import { getOriginal, getReport, listSummaries, requestPersistence, storageUsage } from '${SRC}/store/repo';
import { sha256Hex } from '${SRC}/store/hash';

function request(req) {
  return new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
}

/** The v1 schema as db.ts documents it, written with the raw API as the previous app version did. */
async function seedV1(name, files) {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore('reports', { keyPath: 'id' });
    db.createObjectStore('originals', { keyPath: 'id' });
    db.createObjectStore('corrections', { keyPath: 'id' });
    db.createObjectStore('settings');
  };
  const db = await request(open);
  const ids = [];
  for (const [i, f] of files.entries()) {
    const bytes = new TextEncoder().encode(f.text);
    const parsed = parseReport(bytes, f.name);
    const id = await sha256Hex(bytes);
    const tx = db.transaction(['reports', 'originals', 'corrections'], 'readwrite');
    tx.objectStore('reports').put({ id, fileName: f.name, size: bytes.byteLength, format: parsed.report.format, importedAt: 1000 + i, parserVersion: parsed.report.parserVersion, report: parsed.report });
    tx.objectStore('originals').put({ id, fileName: f.name, type: 'text/plain', bytes: bytes.buffer });
    if (i === 0) tx.objectStore('corrections').put({ id, patch: { locality: '旧版更正' }, updatedAt: 1 });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    ids.push(id);
  }
  db.close();
  return ids;
}

async function openCurrent(name) {
  const db = await openLibrary(name);
  const list = await listSummaries(db);
  const checks = [];
  for (const s of list) {
    const opened = await getReport(db, s.id);
    const original = await getOriginal(db, s.id);
    checks.push({ id: s.id, locality: s.locality, corrected: s.corrected, paragraphs: opened.report.paragraphs.length, intact: (await sha256Hex(original.bytes)) === s.id });
  }
  const version = db.version;
  db.close();
  return { version, expected: DB_VERSION, checks };
}

window.zb = { seedV1, openCurrent, storage: async () => ({ usage: await storageUsage(), persisted: await requestPersistence() }) };
document.body.dataset.ready = 'true';
`;

let page: Page;
let built: BuiltPage | undefined;

beforeAll(async () => {
  built = await openBuiltPage('zb-store-', MAIN, { 'index.html': '' });
  page = built.page;
});

afterAll(() => built?.close());

describe('schema upgrade in Chromium', () => {
  it('opens a v1 library after a reload and keeps every report, original and correction', async () => {
    const files = names.map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
    const ids: string[] = await page.evaluate((f) => (window as any).zb.seedV1('zb-upgrade', f), files);
    expect(ids).toHaveLength(names.length);
    await page.reload();
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    const result = await page.evaluate(() => (window as any).zb.openCurrent('zb-upgrade'));
    expect(result.version).toBe(result.expected);
    expect(result.checks.map((c: any) => c.id).sort()).toEqual([...ids].sort());
    expect(result.checks.every((c: any) => c.intact && c.paragraphs > 0)).toBe(true);
    expect(result.checks.find((c: any) => c.id === ids[0])).toMatchObject({ locality: '旧版更正', corrected: true });
  });

  it('tells how much the library uses and asks for persistent storage without throwing', async () => {
    const { usage, persisted } = await page.evaluate(() => (window as any).zb.storage());
    expect(usage.quota).toBeGreaterThan(0);
    expect(usage.usage).toBeGreaterThan(50_000);
    expect(typeof persisted).toBe('boolean');
  });
});

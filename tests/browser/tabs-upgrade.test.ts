// Schema upgrades with tabs open, real Chromium on the built app. An old-schema tab (v1, written
// and held the way an earlier app version does) and then the current app in another tab: neither
// hangs, and every report, original and correction comes through. An old tab that never lets go
// makes the new tab say what it waits for, and it goes on once that tab closes. The other way
// round: the running app, faced with a newer version in another tab, closes every connection it
// holds (page and workers: the newer version is never blocked) and says "reload".
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parseReport } from '../../src/parse/index';
import { DB_VERSION } from '../../src/store/db';
import { fixtureFiles, importResult, LIBRARY, waitForCount } from '../e2e/helpers';
import { closeTabs, goHash, openTab, openTabs, searchCounts, snapshot, type Tabs } from '../support/tabs';

let t: Tabs | undefined;
afterEach(async () => { await closeTabs(t); t = undefined; });

const seeds = fixtureFiles().map((f) => {
  const parsed = parseReport(new Uint8Array(f.buffer), f.name);
  if (!parsed.ok) throw new Error(parsed.error);
  return { id: createHash('sha256').update(f.buffer).digest('hex'), name: f.name, bytes: [...f.buffer], report: parsed.report };
});

/** A same-origin page that is not the app: it plays an older app version with its own connection. */
async function oldTab(context: BrowserContext, url: string, cooperative: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}old-version-tab`);
  await page.evaluate(async ({ seeds, cooperative }) => {
    const open = indexedDB.open('zhengbao', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      for (const name of ['reports', 'originals', 'corrections']) db.createObjectStore(name, { keyPath: 'id' });
      db.createObjectStore('settings');
    };
    const db = await new Promise<IDBDatabase>((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
    const tx = db.transaction(['reports', 'originals', 'corrections'], 'readwrite');
    seeds.forEach((s, i) => {
      const bytes = new Uint8Array(s.bytes);
      tx.objectStore('reports').put({ id: s.id, fileName: s.name, size: bytes.byteLength, format: s.report.format, importedAt: 1000 + i, parserVersion: s.report.parserVersion, report: s.report });
      tx.objectStore('originals').put({ id: s.id, fileName: s.name, type: 'text/plain', bytes: bytes.buffer });
    });
    tx.objectStore('corrections').put({ id: seeds[0]!.id, patch: { locality: '旧版更正' }, updatedAt: 1 });
    await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    (window as any).oldDb = db;
    // The earlier app closed its connection on versionchange; a stubborn tab (a frozen one) does not.
    db.onversionchange = () => { if (cooperative) { db.close(); document.title = 'closed'; } };
  }, { seeds, cooperative });
  return page;
}

describe('schema upgrade with two tabs', () => {
  it('an old-schema tab, then the new version in another: neither hangs and the data come through', async () => {
    t = await openTabs(0);
    const old = await oldTab(t.context, t.server.url, true);
    const app = await openTab(t.context, t.server.url, t.errors);
    await waitForCount(app, seeds.length);
    expect(await old.title()).toBe('closed');
    const snap = await snapshot(app);
    expect(snap.reports.map((r) => r.id).sort()).toEqual(seeds.map((s) => s.id).sort());
    expect(snap.originals.sort()).toEqual(seeds.map((s) => s.id).sort());
    expect(snap.reports.every((r) => r.paragraphs > 0)).toBe(true);
    expect(snap.summaries.find((s) => s.id === seeds[0]!.id)).toMatchObject({ locality: '旧版更正', corrected: true });
    expect((await searchCounts(app, '提案', seeds.length)).reports).toBeGreaterThan(2);
    expect(await app.locator('.banner[data-db]').count()).toBe(0);
    expect(t.errors).toEqual([]);
  });

  it('an old tab that never lets go: the new tab says what it waits for, then goes on when that tab closes', async () => {
    t = await openTabs(0);
    const old = await oldTab(t.context, t.server.url, false);
    const app = await t.context.newPage();
    app.on('pageerror', (err) => t!.errors.push(err.message));
    await app.goto(t.server.url);
    const banner = app.locator('.banner[data-db="blocked"]');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toContain('旧版本');
    await app.screenshot({ path: '/tmp/shots/tabs-blocked-1280.png' });
    await app.setViewportSize({ width: 360, height: 740 });
    await app.screenshot({ path: '/tmp/shots/tabs-blocked-360.png' });
    await old.close();
    await waitForCount(app, seeds.length);
    expect(await banner.count()).toBe(0);
    expect((await snapshot(app)).reports).toHaveLength(seeds.length);
    expect(t.errors).toEqual([]);
  });

  it('a newer version opened in another tab: this tab steps aside at once and asks for a reload', async () => {
    t = await openTabs(1);
    const app = t.pages[0]!;
    await app.setInputFiles('#file-input', fixtureFiles());
    await importResult(app);
    await waitForCount(app, seeds.length);
    // The search worker holds a connection too (and the import worker, until idle).
    await searchCounts(app, '提案', seeds.length);
    const newer = await t.context.newPage();
    await newer.goto(`${t.server.url}newer-version-tab`);
    const result = await newer.evaluate(async (version) => {
      let blocked = false;
      const open = indexedDB.open('zhengbao', version);
      open.onblocked = () => { blocked = true; };
      const db = await new Promise<IDBDatabase>((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
      const count = await new Promise<number>((res) => { const r = db.transaction('reports').objectStore('reports').count(); r.onsuccess = () => res(r.result); });
      db.close();
      return { blocked, count };
    }, DB_VERSION + 1);
    expect(result).toEqual({ blocked: false, count: seeds.length });
    const banner = app.locator('.banner[data-db="newer-version"]');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('重新加载');
    await goHash(app, '#/');
    await app.locator(LIBRARY).waitFor();
    // An import asked of the old tab now is refused with the reason, not half run.
    await app.setInputFiles('#file-input', fixtureFiles().slice(0, 1));
    await app.locator('.banner[data-problem]').waitFor();
    expect(await app.textContent('.banner[data-problem]')).toContain('更新版本');
    await app.screenshot({ path: '/tmp/shots/tabs-newer-1280.png' });
    await app.setViewportSize({ width: 360, height: 740 });
    await app.screenshot({ path: '/tmp/shots/tabs-newer-360.png' });
  });
});

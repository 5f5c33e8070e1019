// The built app works with the network gone: after a first visit (the service worker precaches
// everything) the static server is stopped — context.setOffline would not cover the worker's own
// fetches — and the app still starts, lists the library, opens a report and loads the lazily
// loaded simplified-to-traditional dictionary chunk from the precache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, DIST, importResult, LIBRARY, openApp, waitForCount, type AppHarness } from './helpers';

let h: AppHarness;
beforeAll(async () => { h = await openApp(); });
afterAll(async () => { await closeApp(h); });

describe('offline start', () => {
  it('precaches the worker and dictionary chunks', async () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const chunk of ['import.worker', 'cn2t', 't2cn', 'index.html', 'manifest.webmanifest', 'samples/index.json']) expect(sw, chunk).toContain(chunk);
  });

  it('says "ready to work offline" once, on the first visit only', async () => {
    await h.page.locator('.toast', { hasText: '已可离线使用' }).waitFor({ timeout: 20_000 });
    await h.page.reload();
    await h.page.waitForSelector('.library[data-ready]');
    await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => new Promise((r) => setTimeout(r, 1000))));
    expect(await h.page.locator('.toast', { hasText: '已可离线使用' }).count()).toBe(0);
  });

  it('meets Chromium\'s installability criteria', async () => {
    await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const cdp = await h.context.newCDPSession(h.page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Test contexts are incognito-like; that is the one error we cannot avoid and it is not the app's.
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ lang: 'zh-CN', display: 'standalone', share_target: { method: 'POST', enctype: 'multipart/form-data' } });
    expect(manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`))
      .toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  });

  it('starts, lists the library and reads a report after the server is gone', async () => {
    await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await h.page.getByRole('button', { name: '试用示例报告' }).click();
    expect((await importResult(h.page)).filter((r) => r.status === 'saved')).toHaveLength(5);
    await h.server.close();

    await h.page.reload();
    await waitForCount(h.page, 5);
    const fresh = await h.context.newPage();
    await fresh.goto(h.server.url);
    await fresh.waitForSelector(`${LIBRARY}[data-reports="5"]`);

    await fresh.locator('.report-row', { hasText: 'yiwu-cppcc-2018.txt' }).locator('.title a').click();
    await fresh.waitForSelector('.report-view .reading');
    const before = (await fresh.textContent('.reading')) ?? '';
    expect(before).toContain('政协');
    await fresh.getByRole('button', { name: '繁体' }).click();
    await fresh.waitForFunction(() => document.querySelector('.reading')?.textContent?.includes('政協'), undefined, { timeout: 30_000 });
  });

  it('imports a file shared to the app (Web Share Target POST handled by the service worker)', async () => {
    const page = h.page;
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    const status = await page.evaluate(async () => {
      const form = new FormData();
      form.append('files', new File(['某县政协常委会工作报告\n\n一、工作回顾\n\n交办提案88件。'], 'shared-report.txt', { type: 'text/plain' }));
      const res = await fetch('./share-target', { method: 'POST', body: form, redirect: 'manual' });
      return res.type === 'opaqueredirect' ? 'redirect' : String(res.status);
    });
    expect(status).toBe('redirect');
    await page.evaluate(() => { location.hash = '#/?shared=1'; });
    expect(await importResult(page)).toEqual([{ name: 'shared-report.txt', status: 'saved', reason: '' }]);
    await waitForCount(page, 6);
    expect(h.errors).toEqual([]);
  });
});

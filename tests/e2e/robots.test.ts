// robots.txt is a real file, answered as text by the server and by the service worker, and paths
// that are not the app (robots.txt aside: favicon.ico, a stray .txt) are not answered with the app
// page once the service worker controls the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, DIST, openApp, ROOT, type AppHarness } from './helpers';

const ROBOTS = readFileSync(join(ROOT, 'public/robots.txt'), 'utf8');

let h: AppHarness;
beforeAll(async () => {
  h = await openApp();
  await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // The first visit is not yet controlled; a reload is.
  await h.page.reload();
  await h.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});
afterAll(async () => { await closeApp(h); });

describe('robots.txt and unknown paths', () => {
  it('ships a robots.txt with rules, built into dist and precached', () => {
    expect(ROBOTS).toMatch(/^User-agent: \*$/m);
    expect(ROBOTS).not.toMatch(/<html/i);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(ROBOTS);
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain('robots.txt');
  });

  it('is served as text/plain by the static server', async () => {
    const res = await fetch(`${h.server.url}robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(ROBOTS);
  });

  it('is answered as text, not the app page, when opened under the service worker', async () => {
    const page = await h.context.newPage();
    const res = await page.goto(`${h.server.url}robots.txt`);
    expect(res!.headers()['content-type']).toMatch(/^text\/plain/);
    expect(res!.fromServiceWorker()).toBe(true);
    expect((await page.evaluate(() => document.querySelector('pre')?.textContent ?? ''))).toBe(ROBOTS);
    await page.close();
  });

  it('leaves other non-route paths to the server (404), while the start page still comes from the worker', async () => {
    const page = await h.context.newPage();
    for (const path of ['favicon.ico', 'no-such-file.txt', 'some/deep/path']) {
      const res = await page.goto(`${h.server.url}${path}`);
      expect(res!.status(), path).toBe(404);
      expect(await page.locator('.shell').count(), path).toBe(0);
    }
    await h.server.close();
    for (const path of ['', 'index.html', '?utm=1']) {
      await page.goto(`${h.server.url}${path}`);
      await page.waitForSelector('.library[data-ready]');
    }
    await page.close();
  });
});

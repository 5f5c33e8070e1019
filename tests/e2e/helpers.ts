// Shared set-up for the app's browser tests: the built dist/ on a loopback server, Debian's
// Chromium, a fresh context (its own IndexedDB, caches and service worker) per test file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveDir, type StaticServer } from '../support/serve';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const LIBRARY = '.library[data-ready]';

/** `errors` collects uncaught page errors; tests assert it stays empty. */
export interface AppHarness { server: StaticServer; browser: Browser; context: BrowserContext; page: Page; errors: string[] }

export async function openApp(root = DIST, viewport = { width: 1280, height: 800 }): Promise<AppHarness> {
  const server = await serveDir(root);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(server.url);
  await page.waitForSelector(LIBRARY);
  return { server, browser, context, page, errors };
}

export async function closeApp(h: AppHarness | undefined): Promise<void> {
  if (!h) return;
  await h.browser.close();
  await h.server.close().catch(() => undefined);
}

export function fixtureFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const dir = join(ROOT, 'tests/fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(dir, name)) }));
}

/** Waits until the import panel says the job is over, then returns each row's status and reason. */
export async function importResult(page: Page, timeout = 90_000): Promise<{ name: string; status: string; reason: string }[]> {
  await page.waitForSelector('.import-panel[data-running="false"]', { timeout });
  const toggle = page.locator('.import-panel button[aria-expanded="false"]');
  if (await toggle.count()) await toggle.click();
  return page.$$eval('.import-panel li', (lis) => lis.map((li) => ({
    name: li.querySelector('.name')?.textContent ?? '',
    status: li.getAttribute('data-status') ?? '',
    reason: li.querySelector('.reason')?.textContent ?? '',
  })));
}

export async function reportCount(page: Page): Promise<number> {
  return Number(await page.getAttribute(LIBRARY, 'data-reports'));
}

export async function waitForCount(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`${LIBRARY}[data-reports="${n}"]`, { timeout: 30_000 });
}

export async function closeImportPanel(page: Page): Promise<void> {
  const close = page.locator('.import-panel header button[aria-label]').last();
  if (await close.count()) await close.click();
}

/** Imports files through the file picker and waits until the library lists `total` reports. */
export async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[], total = files.length): Promise<void> {
  await page.setInputFiles('#file-input', files);
  await importResult(page);
  await closeImportPanel(page);
  await waitForCount(page, total);
}

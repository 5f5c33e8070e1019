// Two tabs (pages of one browser context: one IndexedDB, one BroadcastChannel scope) on the built
// app, the file variants the multi-tab and crash tests import, and the reads they check with:
// hash navigation that keeps the page (no reload hides a stale tab), search counts, a Ctrl+F count
// of the rendered text, and a raw snapshot of every store.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fixtureFiles, LIBRARY, DIST } from '../e2e/helpers';
import { launchChromium } from './browser';
import { serveDir, type StaticServer } from './serve';
import { allResultIds } from './search-results';

export interface Tabs { server: StaticServer; browser: Browser; context: BrowserContext; pages: Page[]; errors: string[] }

export async function openTabs(count: number, viewport = { width: 1280, height: 800 }): Promise<Tabs> {
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport });
  const errors: string[] = [];
  const pages: Page[] = [];
  for (let i = 0; i < count; i++) pages.push(await openTab(context, server.url, errors));
  return { server, browser, context, pages, errors };
}

export async function openTab(context: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  await page.waitForSelector(LIBRARY);
  return page;
}

export async function closeTabs(t: Tabs | undefined): Promise<void> {
  if (!t) return;
  await t.browser.close();
  await t.server.close().catch(() => undefined);
}

/** Same-document navigation: the tab keeps its state, so only announcements can refresh it. */
export async function goHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
}

export type FileSpec = { name: string; mimeType: string; buffer: Buffer };

/**
 * `n` distinct reports built from the seed fixtures: each gets a sentence naming it (编号<tag><i>号)
 * inside a long body line, so every one has its own id and can be found on its own; `maxChars`
 * shortens each to about that length.
 */
export function variantFiles(n: number, tag: string, maxChars = Infinity): FileSpec[] {
  const seeds = fixtureFiles();
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const whole = seed.buffer.toString('utf8');
    // Shortened at a full stop when asked (the crash test's many runs need quick imports).
    const text = whole.length > maxChars ? whole.slice(0, whole.indexOf('。', maxChars) + 1 || whole.length) : whole;
    // After a full stop well into the body (past title, breadcrumbs and date lines).
    const cut = text.indexOf('。', Math.floor(text.length / 3)) + 1;
    const marked = `${text.slice(0, cut)}${markerOf(tag, i)}${text.slice(cut)}`;
    return { name: `${tag}-${String(i).padStart(2, '0')}-${seed.name}`, mimeType: 'text/plain', buffer: Buffer.from(marked) };
  });
}

export function markerOf(tag: string, i: number): string {
  return `编号${tag}${i}号测试件。`;
}

/** Ids of the reports the tab lists, from the list's links. */
export async function listedIds(page: Page): Promise<string[]> {
  await goHash(page, '#/');
  await page.waitForSelector(LIBRARY);
  const hrefs = await page.$$eval('.report-row:not(.head) .title a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace(/^#\/report\//, '').split('?')[0]!)).sort();
}

/** Hits and reports the search view counts for `q` once the index holds `size` reports. */
export async function searchCounts(page: Page, q: string, size: number): Promise<{ hits: number; reports: number; ids: string[] }> {
  await goHash(page, `#/search?q=${encodeURIComponent(q)}`);
  await page.waitForSelector(`.index-status[data-phase="ready"][data-size="${size}"]`, { state: 'attached', timeout: 60_000 });
  await page.waitForSelector(`.search-view[data-fresh="true"][data-query="${q}"]`);
  const text = await page.textContent('.search-count').catch(() => null);
  const m = /(\d+) 处命中，(\d+) 份报告/.exec(text ?? '');
  const ids = await allResultIds(page);
  return { hits: m ? Number(m[1]) : 0, reports: m ? Number(m[2]) : 0, ids };
}

/** Reports this tab's search worker indexed itself (not loaded or adopted from storage), from the search view. */
export async function indexedHere(page: Page): Promise<number> {
  return Number(await page.getAttribute('.index-status', 'data-indexed'));
}

/** What Ctrl+F would count: occurrences of `term` in each report's rendered text, summed. */
export async function ctrlFCount(page: Page, ids: readonly string[], term: string): Promise<number> {
  let total = 0;
  for (const id of ids) {
    await goHash(page, `#/report/${id}`);
    const text = await page.locator(`.report-view[data-report="${id}"] .reading`).textContent();
    total += (text ?? '').split(term).length - 1;
  }
  return total;
}

export interface StoreSnapshot {
  reports: { id: string; paragraphs: number }[];
  originals: string[];
  summaries: Record<string, unknown>[];
  corrections: string[];
  search: { id: string; stamp: string }[];
  journals: number;
  interrupted: string[] | null;
}

/** Every store of the library read raw (as the next version of the app would find it). */
export function snapshot(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(async () => {
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const open = indexedDB.open('zhengbao');
    const db = await req(open);
    const tx = db.transaction(['reports', 'originals', 'summaries', 'corrections', 'search', 'settings'], 'readonly');
    const all = (name: string) => req(tx.objectStore(name).getAll()) as Promise<any[]>;
    const keys = (name: string) => req(tx.objectStore(name).getAllKeys()) as Promise<string[]>;
    const [reports, originals, summaries, corrections, search, settingKeys, interrupted] = await Promise.all([
      all('reports'), keys('originals'), all('summaries'), keys('corrections'), all('search'), keys('settings'),
      req(tx.objectStore('settings').get('interruptedImport')),
    ]);
    db.close();
    return {
      reports: reports.map((r) => ({ id: r.id, paragraphs: r.report.paragraphs.length })),
      originals, summaries, corrections,
      // Records packed many to a row (store/search-packs.ts): a report's row names its pack, which must hold its record.
      search: search.filter((r) => !r.docs).map((r) => {
        const pack = r.pack === undefined ? null : search.find((p) => p.id === r.pack);
        const whole = r.doc || (pack && pack.docs.some((d: { id: string }) => d.id === r.id));
        return { id: r.id, stamp: whole ? r.stamp : 'record lost from its pack' };
      }),
      journals: settingKeys.filter((k) => String(k).startsWith('import-journal:')).length,
      interrupted: (interrupted as string[] | undefined) ?? null,
    };
  });
}

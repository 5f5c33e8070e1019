// Search over an imported library in the built app, real Chromium on a persistent profile: 40
// synthetic reports imported through the file input are all indexed, and after a relaunch the
// stored index is loaded with nothing re-indexed and answers like the parser's own text says it
// should. Functional only: timings at library scale are `npm run bench -- searchApp`.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctCorpus, firstPage, indexReady, indexStatus, launchProfile } from '../../src/cli/bench-chromium';
import { parseReport } from '../../src/parse/index';
import { foldForMatch } from '../../src/text/fold';
import { serveDir, type StaticServer } from '../support/serve';
import { DIST, LIBRARY } from '../e2e/helpers';
import { allResultIds } from '../support/search-results';
import { DB_NAME } from '../../src/store/db';

const COUNT = 40;
// In some of the corpus's reports and not others (paragraphs are cut at random), so the answer discriminates.
const TERM = '分类处理';
const dir = mkdtempSync(join(tmpdir(), 'zb-search-scale-'));
const files = distinctCorpus(COUNT);
let server: StaticServer;

/** Report ids (SHA-256 of the file) whose parsed paragraphs hold the term once folded, as the index matches. */
function expectedIds(term: string): string[] {
  const want = foldForMatch(term);
  return files.flatMap((f) => {
    const r = parseReport(f.bytes, f.name);
    if (!r.ok || !r.report.paragraphs.some((p) => foldForMatch(p.text).includes(want))) return [];
    return [createHash('sha256').update(f.bytes).digest('hex')];
  }).sort();
}

async function withProfile<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await launchProfile(join(dir, 'profile'));
  try {
    return await run(await firstPage(context), context);
  } finally {
    await context.close();
  }
}

async function answerIds(page: Page, q: string): Promise<string[]> {
  await page.evaluate((hash) => { location.hash = hash; }, `#/search?q=${encodeURIComponent(q)}`);
  await page.waitForSelector(`.search-view[data-fresh="true"][data-query='${q}'] .search-count`);
  // A page of report groups at first; "more" lists a page more each time, until all are listed.
  expect(await page.locator('.results > .result').count()).toBeLessThanOrEqual(20);
  return allResultIds(page);
}

beforeAll(async () => { server = await serveDir(DIST); }, 30_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`search over ${COUNT} imported reports in Chromium`, () => {
  it('indexes every imported report', async () => {
    const paths = files.map((f) => { const p = join(dir, f.name); writeFileSync(p, f.bytes); return p; });
    await withProfile(async (page) => {
      await page.goto(server.url);
      await page.waitForSelector(LIBRARY);
      await page.setInputFiles('#file-input', paths);
      await page.waitForSelector(`${LIBRARY}[data-reports="${COUNT}"]`, { timeout: 20_000 });
      await page.evaluate(() => { location.hash = '#/search'; });
      await indexReady(page, COUNT, 20_000);
      expect(await indexStatus(page)).toMatchObject({ indexed: COUNT, size: COUNT });
    });
  }, 40_000);

  it('loads the stored index after a relaunch, re-indexes nothing, and finds the expected reports', async () => {
    const expected = expectedIds(TERM);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(COUNT);
    await withProfile(async (page) => {
      await page.goto(`${server.url}#/search`);
      await indexReady(page, COUNT, 20_000);
      expect(await indexStatus(page)).toMatchObject({ loaded: COUNT, indexed: 0, size: COUNT });
      // Segments are stored as heads (no postings bytes in them) and chunk rows under array keys.
      const stored = await storedSegments(page);
      expect(stored.whole).toBe(0);
      expect(stored.heads).toBeGreaterThan(0);
      expect(stored.chunks).toBeGreaterThanOrEqual(stored.heads);
      expect(await answerIds(page, TERM)).toEqual(expected);
      // Traditional script folds to the same answer.
      expect(await answerIds(page, '分類處理')).toEqual(expected);
      // A word in more reports than a page lists: "more" brings the rest, the same reports as a scan.
      const common = expectedIds('工作');
      expect(common.length).toBeGreaterThan(20);
      expect(await answerIds(page, '工作')).toEqual(common);
    });
  }, 30_000);

  it('relaunched straight to a search, the page asks its first question once', async () => {
    await withProfile(async (page, context) => {
      // Questions the page posts to the search worker, counted until the first result is on screen.
      await context.addInitScript(ASKED_BEFORE_FIRST);
      await page.goto(`${server.url}#/search?q=${encodeURIComponent(TERM)}`);
      await page.waitForSelector('.search-view[data-fresh="true"] .result');
      // The first status (no changes yet) must not ask it again: the worker would answer both.
      expect(await page.evaluate(() => (window as unknown as { __zbAskedAtFirst: number }).__zbAskedAtFirst)).toBe(1);
      await indexReady(page, COUNT, 20_000);
      expect(await indexStatus(page)).toMatchObject({ loaded: COUNT, indexed: 0 });
    });
  }, 30_000);
});

/** The stored segment rows: heads without their bytes, heads with them (stored whole), chunk rows. */
function storedSegments(page: Page): Promise<{ heads: number; whole: number; chunks: number }> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const rows = await new Promise<{ id: unknown; data?: unknown }[]>((ok, fail) => { const r = db.transaction('searchSegments').objectStore('searchSegments').getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    db.close();
    const heads = rows.filter((r) => typeof r.id === 'number');
    return { heads: heads.filter((r) => r.data === undefined).length, whole: heads.filter((r) => r.data !== undefined).length, chunks: rows.filter((r) => Array.isArray(r.id)).length };
  }, DB_NAME);
}

const ASKED_BEFORE_FIRST = `(() => {
  let asked = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (data, ...rest) {
    if (data && data.type === 'query') asked++;
    return post.call(this, data, ...rest);
  };
  new MutationObserver(() => {
    if (window.__zbAskedAtFirst === undefined && document.querySelector('.search-view[data-fresh="true"] .result')) window.__zbAskedAtFirst = asked;
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

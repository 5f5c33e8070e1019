// A report open with its search hits marked follows a re-parse: the stored report is made to look
// as an older parser left it (a paragraph more at the top, so every hit sits one paragraph lower)
// and indexed that way; after a reload the app re-parses it in the background, and the marks move
// back onto the words without the reader doing anything.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, fixtureFiles, importFiles, openApp, type AppHarness } from '../e2e/helpers';

const files = fixtureFiles().filter((f) => f.name.startsWith('000'));
const id = createHash('sha256').update(files[0]!.buffer).digest('hex');
const Q = '协商';
let h: AppHarness;

beforeAll(async () => {
  h = await openApp();
  await importFiles(h.page, files);
  await h.page.goto(`${h.server.url}#/search?q=${encodeURIComponent(Q)}`);
  await h.page.waitForSelector(`.index-status[data-phase="ready"][data-size="1"]`, { state: 'attached', timeout: 60_000 });
}, 120_000);
afterAll(async () => { await closeApp(h); });

/** The text of every mark in the report being read. */
const marked = () => h.page.$$eval('.reading mark', (ms) => ms.map((m) => m.textContent));

describe('hits in a report across a re-parse', () => {
  it('moves the marks with the paragraphs once the background re-parse is indexed', async () => {
    // An older parser's result: one paragraph more before the rest, parser version 0.
    await h.page.evaluate(async (rid) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => { const r = indexedDB.open('zhengbao'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const tx = db.transaction(['reports', 'summaries'], 'readwrite');
      const get = <T>(store: string) => new Promise<T>((resolve) => { const r = tx.objectStore(store).get(rid); r.onsuccess = () => resolve(r.result as T); });
      const stored = await get<{ parserVersion: number; report: { paragraphs: { text: string }[] } }>('reports');
      stored.parserVersion = 0;
      stored.report.paragraphs.unshift({ ...stored.report.paragraphs[0]!, text: '（旧版解析多出的一段）' });
      tx.objectStore('reports').put(stored);
      const summary = await get<{ parserVersion: number }>('summaries');
      tx.objectStore('summaries').put({ ...summary, parserVersion: 0 });
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
    }, id);
    await h.page.goto(`${h.server.url}#/report/${id}?q=${encodeURIComponent(Q)}`);
    await h.page.reload();
    await h.page.waitForSelector('.hit-bar[data-hits]:not([data-hits=""])', { timeout: 60_000 });
    // The re-parse (3 s after the library loads) and the index catching up: then every mark is the word
    // (with hits left from before, the marks sat one paragraph off: 出的, 、义, 主题...).
    await expect.poll(async () => {
      const texts = await marked();
      return texts.length > 0 && texts.every((t) => t === Q);
    }, { timeout: 60_000, interval: 500 }).toBe(true);
    expect(h.errors).toEqual([]);
  }, 150_000);
});

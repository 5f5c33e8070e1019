// What the Chromium benchmark sections share: Debian's Chromium on a persistent profile (so a
// relaunch finds the same IndexedDB), a production build served on loopback by Vite's preview
// server, and the synthetic corpus without byte-identical files. Browser tests import it too
// (tests/support/browser.ts takes its launch flags from here).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { buildCorpus, type CorpusFile } from './corpus';

export const ROOT = join(import.meta.dirname, '../..');
export const LIBRARY = '.library[data-ready]';

export interface DroppedFile { name: string; data: Uint8Array | string; type?: string }

/** Drops files on the window as a user's drag from the desktop does (dragenter, dragover, drop). */
export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const list = files.map((f) => ({ name: f.name, type: f.type ?? '', data: Buffer.from(f.data).toString('base64') }));
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const f of items) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, list);
}
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];

/** `serviceWorkers: 'block'` keeps the app's service worker out (a page of the origin that runs nothing of the app). */
export function launchProfile(userDataDir: string, options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 }, ...options,
  });
}

/** The context's first page: a persistent context opens with one already. */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** A production build of the app into outDir (the measured app is the shipped one, not the dev server). */
export async function buildApp(outDir: string): Promise<void> {
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

export interface Served { url: string; port: number; close(): Promise<void> }

/** The built app on loopback through Vite's preview server; a fixed port lets it come back for the same origin. */
export async function serveBuild(outDir: string, port?: number): Promise<Served> {
  const server = await preview({
    root: ROOT, logLevel: 'error', build: { outDir },
    preview: { host: '127.0.0.1', port: port ?? 4400 + Math.floor(Math.random() * 500), strictPort: port !== undefined, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  return { url, port: Number(new URL(url).port), close: () => server.close() };
}

/**
 * The parse benchmark's corpus (text, Markdown, web pages and Word files in several encodings),
 * without byte-identical files: the app would rightly keep one of each, and a figure is for
 * `count` reports actually stored. Names are numbered so they stay unique across seeds.
 */
export function distinctCorpus(count: number): CorpusFile[] {
  const seen = new Set<string>();
  const out: CorpusFile[] = [];
  for (let seed = 1; out.length < count && seed < 10; seed++) {
    for (const f of buildCorpus(count, seed)) {
      const hash = createHash('sha256').update(f.bytes).digest('hex');
      if (seen.has(hash) || out.length >= count) continue;
      seen.add(hash);
      out.push({ ...f, name: `${String(out.length + 1).padStart(4, '0')}-${f.name}` });
    }
  }
  return out;
}

/** The search index line's counters (IndexStatus exposes the worker's figures as data attributes). */
export async function indexStatus(page: Page): Promise<{ loaded: number; indexed: number; size: number; loadMs: number }> {
  // No named helper inside the page function: tsx would wrap it in a __name() the page lacks.
  const [loaded, indexed, size, loadMs] = await page.$eval('.index-status', (el) => ['loaded', 'indexed', 'size', 'load-ms'].map((k) => Number(el.getAttribute(`data-${k}`))));
  return { loaded: loaded!, indexed: indexed!, size: size!, loadMs: loadMs! };
}

/** Waits until the search worker says its index is complete and holds `size` reports. */
export async function indexReady(page: Page, size: number, timeout: number): Promise<void> {
  await page.waitForSelector(`.index-status[data-phase="ready"][data-size="${size}"]`, { state: 'attached', timeout });
}

/** Sends one DevTools method to the search worker's target and returns its result. */
async function inSearchWorker<T>(page: Page, method: string, params: Record<string, unknown> = {}): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.url.includes('search-worker'));
    if (!worker) throw new Error('no search worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const result = new Promise<T>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const m = JSON.parse(e.message) as { id?: number; result?: T };
        if (m.id === 1 && m.result) resolve(m.result);
      });
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method, params }) });
    return await result;
  } finally {
    await cdp.detach();
  }
}

/** The search worker's JS heap plus array-buffer backing stores, through the DevTools protocol. */
export async function workerHeapMB(page: Page): Promise<number> {
  const u = await inSearchWorker<{ usedSize: number; backingStorageSize?: number }>(page, 'Runtime.getHeapUsage');
  return Math.round((u.usedSize + (u.backingStorageSize ?? 0)) / 1e6);
}

export interface Mark { name: string; at: number; detail?: Record<string, number> }

/**
 * The search worker's cold-start marks (src/worker/search-marks.ts) on the page's timeline: ms since
 * navigation, the worker's own start ('worker') first.
 */
export async function workerMarks(page: Page): Promise<Mark[]> {
  const expr = 'JSON.stringify({ origin: performance.timeOrigin, marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime, detail: m.detail ?? undefined })) })';
  const r = await inSearchWorker<{ result: { value: string } }>(page, 'Runtime.evaluate', { expression: expr, returnByValue: true });
  const { origin, marks } = JSON.parse(r.result.value) as { origin: number; marks: Mark[] };
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const shift = origin - pageOrigin;
  return [{ name: 'worker', at: shift }, ...marks.map((m) => ({ ...m, name: m.name.replace(/^zb:search:/, ''), at: m.at + shift }))];
}

export interface Imported { saved: number; importMs: number; indexedAfterImportMs: number; indexed: number }

/**
 * Imports every file through the file input of a fresh profile, then opens search for `query` and
 * waits until the search worker has indexed the library (as a user's library is a while after an
 * import): times the import and the indexing that runs on after it.
 */
export async function importAndIndex(profile: string, url: string, paths: string[], query: string): Promise<Imported> {
  const context = await launchProfile(profile);
  try {
    const page = await firstPage(context);
    await page.goto(url);
    await page.waitForSelector(LIBRARY);
    await page.setInputFiles('#file-input', paths);
    await page.waitForFunction(() => performance.getEntriesByName('zb:import-end').length > 0, undefined, { timeout: 900_000, polling: 250 });
    const detail = await page.evaluate(() => (performance.getEntriesByName('zb:import-end')[0] as PerformanceMark).detail as Record<string, unknown>);
    const saved = Number(detail?.saved);
    if (!(saved > 0)) throw new Error(`import ended without reports: ${JSON.stringify(detail)}`);
    await page.evaluate((q) => { location.hash = `#/search?q=${encodeURIComponent(q)}`; }, query);
    await indexReady(page, saved, 600_000);
    const now = await page.evaluate(() => performance.now());
    const [start, end] = await page.evaluate(() => ['zb:import-start', 'zb:import-end'].map((n) => performance.getEntriesByName(n)[0]!.startTime));
    return { saved, importMs: Math.round(end! - start!), indexedAfterImportMs: Math.max(0, Math.round(now - end!)), indexed: (await indexStatus(page)).indexed };
  } finally {
    await context.close();
  }
}

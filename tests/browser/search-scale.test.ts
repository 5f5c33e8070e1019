// Search at library scale in the built app, real Chromium on a persistent profile: SEARCH_SCALE
// (default 1,000) synthetic reports imported through the file input, how long indexing runs past
// the import, then the browser relaunched: cold start to the first result on screen, the stored
// index loaded with nothing re-indexed, and query times from the worker. Figures are printed.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { CHROMIUM_ARGS } from '../support/browser';
import { serveDir, type StaticServer } from '../support/serve';
import { DIST, LIBRARY } from '../e2e/helpers';

const COUNT = Number(process.env.SEARCH_SCALE ?? 1000);
const QUERIES = ['民主监督', '协商', '提案办理', '群众', '社情民意', '政协委员', '2022', '分类处理', '聯繫', '"履职尽责"'];
const dir = mkdtempSync(join(tmpdir(), 'zb-search-scale-'));
let server: StaticServer;

function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
}

function distinctFiles(count: number): string[] {
  const seen = new Set<string>();
  const paths: string[] = [];
  for (let seed = 1; paths.length < count && seed < 10; seed++) {
    for (const f of buildCorpus(count, seed)) {
      const hash = createHash('sha256').update(f.bytes).digest('hex');
      if (seen.has(hash) || paths.length >= count) continue;
      seen.add(hash);
      const path = join(dir, `${String(paths.length).padStart(4, '0')}-${f.name}`);
      writeFileSync(path, f.bytes);
      paths.push(path);
    }
  }
  return paths;
}

/** Records when the first result of a fresh answer appears (performance.now(): ms since navigation). */
const PROBE = `new MutationObserver(() => {
  if (!window.__zbFirst && document.querySelector('.search-view[data-fresh="true"] .result')) window.__zbFirst = performance.now();
}).observe(document, { subtree: true, childList: true, attributes: true });`;

async function status(page: Page): Promise<Record<string, number>> {
  return page.$eval('.index-status', (el) => Object.fromEntries(['loaded', 'indexed', 'size', 'load-ms'].map((k) => [k, Number(el.getAttribute(`data-${k}`))])));
}

async function indexReady(page: Page, size: number, timeout: number): Promise<void> {
  await page.waitForSelector(`.index-status[data-phase="ready"][data-size="${size}"]`, { state: 'attached', timeout });
}

const figures: Record<string, number | string> = { reports: COUNT };
beforeAll(async () => { server = await serveDir(DIST); }, 30_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ searchApp: figures }));
});

describe(`search with ${COUNT} reports in Chromium`, () => {
  it('indexes an import in the background and persists it', async () => {
    const paths = distinctFiles(COUNT);
    const context = await launch();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      await page.waitForSelector(LIBRARY);
      await page.setInputFiles('#file-input', paths);
      await page.waitForFunction(() => performance.getEntriesByName('zb:import-end').length > 0, undefined, { timeout: 600_000, polling: 250 });
      const saved = await page.evaluate(() => (performance.getEntriesByName('zb:import-end')[0] as PerformanceMark).detail.saved as number);
      expect(saved).toBe(COUNT);
      await page.evaluate(() => { location.hash = '#/search?q=%E6%94%BF%E5%8D%8F'; });
      await indexReady(page, COUNT, 600_000);
      const [start, end] = await page.evaluate(() => ['zb:import-start', 'zb:import-end'].map((n) => performance.getEntriesByName(n)[0]!.startTime));
      const now = await page.evaluate(() => performance.now());
      figures.importMs = Math.round(end! - start!);
      figures.indexedAfterImportMs = Math.max(0, Math.round(now - end!));
      expect((await status(page)).indexed).toBe(COUNT);
    } finally {
      await context.close();
    }
  }, 900_000);

  it('starts cold with the stored index: first result on screen, nothing re-indexed', async () => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await launch();
      try {
        await context.addInitScript(PROBE);
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${server.url}#/search?q=${encodeURIComponent('民主监督')}`);
        await page.waitForFunction(() => (window as unknown as { __zbFirst?: number }).__zbFirst, undefined, { timeout: 60_000 });
        runs.push(await page.evaluate(() => (window as unknown as { __zbFirst: number }).__zbFirst));
        await indexReady(page, COUNT, 60_000);
        const s = await status(page);
        expect(s).toMatchObject({ loaded: COUNT, indexed: 0, size: COUNT });
        figures.workerLoadMs = s['load-ms']!;
        if (i === 2) expect(await workerHeapMB(page)).toBeLessThan(300);
        if (i === 2) await queryTimes(page);
      } finally {
        await context.close();
      }
    }
    figures.coldStartToFirstResultMs = Math.round([...runs].sort((a, b) => a - b)[1]!);
    expect(figures.coldStartToFirstResultMs).toBeLessThan(3000);
  }, 300_000);
});

/** Worker-side time of each query (the reply's own figure) once warm, as the search view shows it. */
async function queryTimes(page: Page): Promise<void> {
  await page.waitForSelector('.search-view');
  const times: number[] = [];
  for (const q of [...QUERIES, ...QUERIES]) {
    await page.evaluate((hash) => { location.hash = hash; }, `#/search?q=${encodeURIComponent(q)}`);
    await page.waitForSelector(`.search-view[data-fresh="true"][data-query='${q}']`);
    const text = (await page.textContent('.search-count')) ?? '';
    times.push(Number(/用时 ([\d.]+) 毫秒/.exec(text)?.[1] ?? NaN));
  }
  const sorted = times.slice(QUERIES.length).sort((a, b) => a - b);
  figures.queryP50Ms = sorted[Math.floor(sorted.length / 2)]!;
  figures.queryMaxMs = sorted[sorted.length - 1]!;
  figures.workerHeapMB = await workerHeapMB(page);
}

/** The search worker's JS heap plus array-buffer backing stores, through the DevTools protocol. */
async function workerHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.url.includes('search-worker'));
  if (!worker) throw new Error('no search worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const usage = new Promise<{ usedSize: number; backingStorageSize?: number }>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number; backingStorageSize?: number } };
      if (m.id === 1 && m.result) resolve(m.result);
    });
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
  const u = await usage;
  await cdp.detach();
  return Math.round((u.usedSize + (u.backingStorageSize ?? 0)) / 1e6);
}

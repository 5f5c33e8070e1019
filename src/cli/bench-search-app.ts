// Search benchmark in headless Chromium against a production build: 1,000 synthetic reports
// imported through the file input, indexing past the import's end, then the browser relaunched on
// the same profile: cold start to the first result on screen, the stored index loaded (nothing
// re-indexed), worker query times and heap. Run alone: `npx tsx src/cli/bench-search-app.ts [count]`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchSection } from './bench-parse';
import { buildApp, distinctCorpus, firstPage, importAndIndex, indexReady, indexStatus, launchProfile, serveBuild, workerHeapMB, workerMarks, type Mark } from './bench-chromium';
import { DB_NAME } from '../store/db';

const QUERIES = ['民主监督', '协商', '提案办理', '群众', '社情民意', '政协委员', '2022', '分类处理', '聯繫', '"履职尽责"'];
const COLD_QUERY = '民主监督';

/** Records when the first result of a fresh answer appears (performance.now(): ms since navigation). */
const PROBE = `new MutationObserver(() => {
  if (!window.__zbFirst && document.querySelector('.search-view[data-fresh="true"] .result')) window.__zbFirst = performance.now();
}).observe(document, { subtree: true, childList: true, attributes: true });`;

interface Probed { __zbFirst?: number }

/** Worker-side time of each query (the reply's own figure, as the view prints it); the first pass warms up. */
async function queryTimes(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (const q of [...QUERIES, ...QUERIES, ...QUERIES]) {
    await page.evaluate((hash) => { location.hash = hash; }, `#/search?q=${encodeURIComponent(q)}`);
    await page.waitForSelector(`.search-view[data-fresh="true"][data-query='${q}'] .search-count`);
    const text = (await page.textContent('.search-count')) ?? '';
    times.push(Number(/([\d.]+) ?(?:毫秒|ms)/.exec(text)?.[1] ?? NaN));
  }
  return times.slice(QUERIES.length).sort((a, b) => a - b);
}

interface ColdRun { firstResultMs: number; loaded: number; reindexed: number; loadMs: number; phases: Record<string, number> }

/** The page's own milestones (ms since navigation): HTML received, DOM ready, first paint. */
const PAGE_MARKS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const spawn = performance.getEntriesByName('zb:search:spawn')[0];
  return { html: nav ? nav.responseEnd : NaN, dom: nav ? nav.domContentLoadedEventEnd : NaN, paint: fcp ? fcp.startTime : NaN, spawn: spawn ? spawn.startTime : NaN };
})()`;

/** Every milestone of a cold start in one map (ms since navigation), with the first query's text reads. */
function phasesOf(page: Record<string, number>, marks: Mark[], firstResultMs: number): Record<string, number> {
  const out: Record<string, number> = { ...page };
  for (const m of marks) {
    out[m.name] = m.at;
    for (const [k, v] of Object.entries(m.detail ?? {})) out[`${m.name}.${k}`] = v;
  }
  out.result = firstResultMs;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v)]));
}

/** Relaunched browser, straight to a search: first result on screen, and what the worker loaded or re-indexed. */
async function coldRun(profile: string, url: string, size: number, last: boolean) {
  const context = await launchProfile(profile);
  try {
    await context.addInitScript(PROBE);
    const page = await firstPage(context);
    await page.goto(`${url}#/search?q=${encodeURIComponent(COLD_QUERY)}`);
    await page.waitForFunction(() => (window as unknown as Probed).__zbFirst, undefined, { timeout: 60_000 });
    const firstResultMs = await page.evaluate(() => (window as unknown as Probed).__zbFirst!);
    await indexReady(page, size, 120_000);
    const s = await indexStatus(page);
    const phases = phasesOf(await page.evaluate(PAGE_MARKS) as Record<string, number>, await workerMarks(page), firstResultMs);
    const run: ColdRun = { firstResultMs, loaded: s.loaded, reindexed: s.indexed, loadMs: s.loadMs, phases };
    if (!last) return { run };
    return { run, heapMB: await workerHeapMB(page), times: await queryTimes(page) };
  } finally {
    await context.close();
  }
}

/** What a cold start reads, each alone: the library opened, then one getAll of one store (ms). */
const STORE_READS = ['open', 'search', 'searchSegments', 'searchTexts', 'summaries'] as const;

/**
 * The floor under a cold start: each read it makes, timed alone in a relaunched browser on a page of the
 * app's origin that runs nothing of the app (a static file, the service worker kept out), fastest of two.
 */
async function storeReads(profile: string, url: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    for (const store of STORE_READS) {
      const context = await launchProfile(profile, { serviceWorkers: 'block' });
      try {
        const page = await firstPage(context);
        await page.goto(new URL('manifest.webmanifest', url).href);
        const ms = await page.evaluate(`(async () => {
          const t0 = performance.now();
          const db = await new Promise((ok, fail) => { const r = indexedDB.open(${JSON.stringify(DB_NAME)}); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
          const t1 = performance.now();
          if (${JSON.stringify(store)} === 'open') return t1 - t0;
          // Segments: their heads, as a cold start reads them (number keys; the chunk rows' are arrays).
          const range = ${JSON.stringify(store)} === 'searchSegments' ? IDBKeyRange.upperBound(Infinity) : undefined;
          await new Promise((ok, fail) => { const r = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll(range); r.onsuccess = () => ok(r.result.length); r.onerror = () => fail(r.error); });
          return performance.now() - t1;
        })()`) as number;
        out[store] = Math.round(Math.min(out[store] ?? Infinity, ms));
      } finally {
        await context.close();
      }
    }
  }
  return out;
}

const pick = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of each phase over the runs (phases a run lacks are left out of its figure). */
function medianPhases(runs: ColdRun[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  const rows = names.map((k) => [k, median(runs.flatMap((r) => (k in r.phases ? [r.phases[k]!] : [])))] as const);
  return Object.fromEntries(rows.sort((a, b) => (a[0].includes('.') ? 1 : 0) - (b[0].includes('.') ? 1 : 0) || a[1] - b[1]));
}

/**
 * A kept profile's service worker serves the build it precached, not this one, until it is told of an
 * update: it goes (IndexedDB stays), and one launch installs this build's before the timed ones.
 */
async function installBuild(profile: string, url: string): Promise<void> {
  rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  const context = await launchProfile(profile);
  try {
    const page = await firstPage(context);
    await page.goto(url);
    // A build that registers none would never be ready: its timed launches then fetch it afresh anyway.
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => undefined), new Promise((r) => setTimeout(r, 30_000))]));
  } finally {
    await context.close();
  }
}

/**
 * The imported profile: made afresh in a temporary folder, or with SEARCH_APP_PROFILE=dir kept there
 * and reused by later runs of the same count (the same port, so the same origin and IndexedDB): a
 * change to the cold start can be measured without importing the library again.
 */
async function importedProfile(dir: string, count: number, build: string) {
  const kept = join(dir, `imported-${count}.json`);
  if (existsSync(kept)) {
    const { port, imported } = JSON.parse(readFileSync(kept, 'utf8')) as { port: number; imported: Awaited<ReturnType<typeof importAndIndex>> };
    const server = await serveBuild(build, port);
    await installBuild(join(dir, 'profile'), server.url);
    return { server, imported };
  }
  const server = await serveBuild(build);
  const paths = distinctCorpus(count).map((f) => { const p = join(dir, f.name); writeFileSync(p, f.bytes); return p; });
  const imported = await importAndIndex(join(dir, 'profile'), server.url, paths, COLD_QUERY);
  for (const p of paths) rmSync(p);
  if (process.env.SEARCH_APP_PROFILE) writeFileSync(kept, JSON.stringify({ port: server.port, imported }));
  return { server, imported };
}

export async function benchSearchApp(count = 1000) {
  const keep = process.env.SEARCH_APP_PROFILE;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'zb-bench-search-app-'));
  mkdirSync(dir, { recursive: true });
  try {
    await buildApp(join(dir, 'dist'));
    const load = loadavg()[0]!;
    const { server, imported } = await importedProfile(dir, count, join(dir, 'dist'));
    try {
      const profile = join(dir, 'profile');
      const runs: ColdRun[] = [];
      let last: { heapMB?: number; times?: number[] } = {};
      for (let i = 0; i < 3; i++) {
        const r = await coldRun(profile, server.url, imported.saved, i === 2);
        runs.push(r.run);
        last = r;
      }
      const times = last.times ?? [];
      const alone = await storeReads(profile, server.url);
      return {
        reports: count, saved: imported.saved, importMs: imported.importMs, indexedAfterImportMs: imported.indexedAfterImportMs,
        indexedAfterImport: imported.indexed, coldStartToFirstResultMs: Math.round(median(runs.map((r) => r.firstResultMs))),
        storedIndexLoadMs: Math.round(median(runs.map((r) => r.loadMs))), loadedFromStore: Math.min(...runs.map((r) => r.loaded)),
        reindexedAfterRelaunch: Math.max(...runs.map((r) => r.reindexed)),
        queries: times.length, queryP50Ms: pick(times, 0.5), queryP95Ms: pick(times, 0.95), queryMaxMs: times[times.length - 1] ?? NaN,
        workerHeapMB: last.heapMB ?? NaN, loadAvg: Math.round(load * 100) / 100, cores: cpus().length,
        coldPhases: medianPhases(runs), storeReadsAloneMs: alone,
      };
    } finally {
      await server.close();
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const LABELS: Record<string, string> = {
  saved: 'reports stored by the import', importMs: 'import, start to end mark (ms)', indexedAfterImportMs: 'indexing past the import end (ms)',
  indexedAfterImport: 'reports indexed after the import', loadedFromStore: 'reports loaded from the stored index (fewest of 3)', queries: 'queries timed (after a warm-up pass)',
  coldStartToFirstResultMs: 'cold start to first result, median of 3 (ms, target < 3000)', storedIndexLoadMs: 'stored index load in the worker (ms)',
  reindexedAfterRelaunch: 'reports re-indexed after relaunch (must be 0)', queryP50Ms: 'query p50, worker (ms)', queryP95Ms: 'query p95, worker (ms)',
  queryMaxMs: 'query max, worker (ms)', workerHeapMB: 'search worker heap + buffers (MB, target < 300)',
};

export async function searchAppSection(count = 1000): Promise<BenchSection> {
  const result = await benchSearchApp(count);
  const { coldPhases, storeReadsAloneMs, ...rest } = result;
  const rows = Object.entries(rest).map(([k, value]) => ({ metric: LABELS[k] ?? k, value }));
  // The floor: what each read of a cold start takes with nothing else running (open, then one getAll of a store).
  rows.push(...Object.entries(storeReadsAloneMs).map(([store, value]) => ({ metric: `read alone: ${store === 'open' ? 'open the library' : `getAll ${store}`} (ms)`, value })));
  // The cold start's milestones, ms since navigation (median of 3): page, worker, index, texts, first answer.
  rows.push(...Object.entries(coldPhases).map(([k, value]) => ({ metric: `cold start: ${k}${k.includes('.') ? '' : ' (ms)'}`, value })));
  return { name: 'search in Chromium', rows, json: { ...result } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await searchAppSection(Number(process.argv[2] ?? 1000));
  console.table(Object.fromEntries(s.rows.map((r) => [r.metric, r.value])));
  console.log(JSON.stringify({ searchApp: s.json }));
}

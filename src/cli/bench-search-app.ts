// Search benchmark in headless Chromium against a production build: 1,000 synthetic reports
// imported through the file input, indexing past the import's end, then the browser relaunched on
// the same profile: cold start to the first result on screen, the stored index loaded (nothing
// re-indexed), worker query times and heap. Run alone: `npx tsx src/cli/bench-search-app.ts [count]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchSection } from './bench-parse';
import { buildApp, distinctCorpus, firstPage, importAndIndex, indexReady, indexStatus, launchProfile, serveBuild, workerHeapMB } from './bench-chromium';

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

interface ColdRun { firstResultMs: number; loaded: number; reindexed: number; loadMs: number }

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
    const run: ColdRun = { firstResultMs, loaded: s.loaded, reindexed: s.indexed, loadMs: s.loadMs };
    if (!last) return { run };
    return { run, heapMB: await workerHeapMB(page), times: await queryTimes(page) };
  } finally {
    await context.close();
  }
}

const pick = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchSearchApp(count = 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-search-app-'));
  try {
    await buildApp(join(dir, 'dist'));
    const paths = distinctCorpus(count).map((f) => { const p = join(dir, f.name); writeFileSync(p, f.bytes); return p; });
    const server = await serveBuild(join(dir, 'dist'));
    const load = loadavg()[0]!;
    try {
      const profile = join(dir, 'profile');
      const imported = await importAndIndex(profile, server.url, paths, COLD_QUERY);
      const runs: ColdRun[] = [];
      let last: { heapMB?: number; times?: number[] } = {};
      for (let i = 0; i < 3; i++) {
        const r = await coldRun(profile, server.url, imported.saved, i === 2);
        runs.push(r.run);
        last = r;
      }
      const times = last.times ?? [];
      return {
        reports: count, saved: imported.saved, importMs: imported.importMs, indexedAfterImportMs: imported.indexedAfterImportMs,
        indexedAfterImport: imported.indexed, coldStartToFirstResultMs: Math.round(median(runs.map((r) => r.firstResultMs))),
        storedIndexLoadMs: Math.round(median(runs.map((r) => r.loadMs))), loadedFromStore: Math.min(...runs.map((r) => r.loaded)),
        reindexedAfterRelaunch: Math.max(...runs.map((r) => r.reindexed)),
        queries: times.length, queryP50Ms: pick(times, 0.5), queryP95Ms: pick(times, 0.95), queryMaxMs: times[times.length - 1] ?? NaN,
        workerHeapMB: last.heapMB ?? NaN, loadAvg: Math.round(load * 100) / 100, cores: cpus().length,
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
  const rows = Object.entries(result).map(([k, value]) => ({ metric: LABELS[k] ?? k, value }));
  return { name: 'search in Chromium', rows, json: { ...result } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await searchAppSection(Number(process.argv[2] ?? 1000));
  console.table(Object.fromEntries(s.rows.map((r) => [r.metric, r.value])));
  console.log(JSON.stringify({ searchApp: s.json }));
}

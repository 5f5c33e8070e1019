// Term trends in headless Chromium against a production build: 1,000 reports of a real report's
// length imported through the file input and indexed for search, the browser relaunched, then #/trends asked for the five
// terms of bench-trends.ts. Times come from the page's User Timing measures (state/trends.ts): the
// round trip the page saw, and the worker's own computing time carried back in the reply.
// Run alone: `npx tsx src/cli/bench-trends-app.ts [count]`; bench.ts calls trendsAppSection().
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchSection } from './bench-parse';
import { buildApp, firstPage, importAndIndex, launchProfile, serveBuild } from './bench-chromium';
import { TRENDS_TARGET_MS } from './bench-trends';
import { buildCorpus, type CorpusFile } from './corpus';

/** The same five terms as bench-trends.ts, so the two sections compare. */
const TERMS = ['数字化改革', '共同富裕', '提案', '社情民意', '高质量发展'];
const SPLITS = ['body', 'none', 'locality'] as const;
const WARM_ROUNDS = 3;
const MIN_CHARS = 20000;
const HEADING = /\n\s*(?:#+ )?[一二三四五六七八九十]+、/;

const traditional = (t: string) => (t.match(/[這個們會發國經過與對於為]/g)?.length ?? 0) > (t.match(/[这个们会发国经过与对于为]/g)?.length ?? 0);

/**
 * corpus.ts's UTF-8 text and Markdown reports (cut, repeated, shuffled, either script), each
 * lengthened to a real report's ~20,000 characters with the bodies of the next ones in the same
 * script (the fixtures are ~8,000, which would flatter the timing). UTF-8 only, so appended text
 * never meets an encoding that cannot hold it; the pasted 30-report collections are left out.
 */
export function longCorpus(count: number): CorpusFile[] {
  const base: { name: string; text: string; md: boolean }[] = [];
  for (let seed = 1; base.length < count * 1.2 && seed < 20; seed++) {
    for (const f of buildCorpus(1000, seed)) {
      if (f.kind !== 'txt/utf-8' && f.kind !== 'md/utf-8') continue;
      const text = new TextDecoder().decode(f.bytes);
      if (text.length < MIN_CHARS) base.push({ name: f.name, text, md: f.kind.startsWith('md') });
    }
  }
  const seen = new Set<string>();
  const out: CorpusFile[] = [];
  for (let i = 0; i < base.length && out.length < count; i++) {
    const { text, md } = base[i]!;
    let long = text;
    for (let k = 1; long.length < MIN_CHARS && k < base.length; k++) {
      const other = base[(i + k) % base.length]!.text;
      if (traditional(other) !== traditional(text)) continue;
      const cut = other.search(HEADING);
      long += '\n' + other.slice(cut > 0 ? cut + 1 : Math.floor(other.length / 5));
    }
    const bytes = new TextEncoder().encode(long);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    out.push({ name: `${String(out.length + 1).padStart(4, '0')}-${base[i]!.name}`, bytes, kind: md ? 'md/utf-8' : 'txt/utf-8' });
  }
  return out;
}

interface Timed { start: number; duration: number; detail: { ms: number; reports: number; whole?: boolean } }

async function measures(page: Page, name: string): Promise<Timed[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration, detail: (e as PerformanceMeasure).detail })), name);
}

/** The measure `name` number `index` (0-based), once the page has recorded it. */
async function nth(page: Page, name: string, index: number, timeout = 300_000): Promise<Timed> {
  await page.waitForFunction(([n, k]) => performance.getEntriesByName(n as string).length > (k as number), [name, index], { timeout, polling: 50 });
  return (await measures(page, name))[index]!;
}

/** Until every terms and top-terms question asked so far has its answer (asks marked `<name>:ask`). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => ['zb:trends-terms', 'zb:trends-top-terms'].every((n) => performance.getEntriesByName(`${n}:ask`).length === performance.getEntriesByName(n).length),
    undefined, { timeout: 900_000, polling: 50 });
}

const trendsHash = (terms: string[], by: string) => `#/trends?terms=${encodeURIComponent(terms.join(','))}${by === 'none' ? '' : `&by=${by}`}`;

/**
 * First visit of the relaunched app to #/trends: the worker starts and fills its cache from
 * IndexedDB; the view also asks for the whole library's top terms. Waits for every opening answer.
 */
async function cold(page: Page, url: string, saved: number) {
  await page.goto(url + trendsHash(TERMS, 'locality'));
  const terms = await nth(page, 'zb:trends-terms', 0, 900_000);
  if (terms.detail.reports !== saved) throw new Error(`trends answered over ${terms.detail.reports} reports, not ${saved}`);
  await settled(page);
  const tops = await measures(page, 'zb:trends-top-terms');
  const top = tops.find((t) => t.detail.whole);
  if (!top) throw new Error('the trends view asked for no whole-library top terms');
  const inWorker = page.workers().some((w) => w.url().includes('trends-worker'));
  const answers = [terms, ...tops].sort((a, b) => a.start + a.duration - (b.start + b.duration));
  // The first answer waited only for the worker to start and fill its cache, then computed.
  const fillMs = answers[0]!.duration - answers[0]!.detail.ms;
  const allDone = answers[answers.length - 1]!.start + answers[answers.length - 1]!.duration;
  return { terms, top, topAsks: tops.length, termsAfterTop: top.start + top.duration <= terms.start + terms.duration, fillMs, allDone, inWorker };
}

/** Asks with other splits and term orders, one at a time, each waiting for its answer. */
async function warmTerms(page: Page): Promise<Timed[]> {
  const out: Timed[] = [];
  let index = (await measures(page, 'zb:trends-terms')).length;
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const [j, by] of SPLITS.entries()) {
      const shift = (round * SPLITS.length + j) % TERMS.length;
      const terms = [...TERMS.slice(shift), ...TERMS.slice(0, shift)];
      await page.evaluate((hash) => { location.hash = hash; }, trendsHash(terms, by));
      out.push(await nth(page, 'zb:trends-terms', index++));
      await settled(page);
    }
  }
  return out;
}

/** Whole-library top terms again: the scope switched to a year and back, each answer awaited. */
async function warmTopTerms(page: Page): Promise<Timed[]> {
  const select = page.locator('select:has(option[value="all"])');
  const year = await select.locator('option[value^="y"]').first().getAttribute('value');
  if (!year) throw new Error('no year to switch the top terms scope to');
  const out: Timed[] = [];
  let index = (await measures(page, 'zb:trends-top-terms')).length;
  for (let i = 0; i < WARM_ROUNDS; i++) {
    await select.selectOption(year);
    await nth(page, 'zb:trends-top-terms', index++);
    await select.selectOption('all');
    out.push(await nth(page, 'zb:trends-top-terms', index++));
  }
  if (out.some((t) => !t.detail.whole)) throw new Error('a warm top-terms answer was not for the whole library');
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r1 = (n: number) => Math.round(n * 10) / 10;

async function measureApp(profile: string, url: string, saved: number) {
  const context = await launchProfile(profile);
  try {
    const page = await firstPage(context);
    const c = await cold(page, url, saved);
    const terms = await warmTerms(page);
    const stray = (await measures(page, 'zb:trends-top-terms')).length - c.topAsks;
    const tops = await warmTopTerms(page);
    return { c, terms, tops, stray };
  } finally {
    await context.close();
  }
}

export async function benchTrendsApp(count = 1000) {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-trends-app-'));
  try {
    await buildApp(join(dir, 'dist'));
    const files = longCorpus(count);
    const paths = files.map((f) => { const p = join(dir, f.name); writeFileSync(p, f.bytes); return p; });
    const chars = files.reduce((n, f) => n + new TextDecoder().decode(f.bytes).length, 0);
    const server = await serveBuild(join(dir, 'dist'));
    const load = loadavg()[0]!;
    try {
      const profile = join(dir, 'profile');
      const { saved, importMs } = await importAndIndex(profile, server.url, paths, '提案');
      const { c, terms, tops, stray } = await measureApp(profile, server.url, saved);
      const warmWorker = terms.map((t) => t.detail.ms);
      return {
        reports: saved, filesMeanChars: Math.round(chars / files.length), importMs, inWorker: c.inWorker,
        coldTermsWorkerMs: c.terms.detail.ms, coldTermsRoundTripMs: Math.round(c.terms.duration), coldTermsAfterTopTerms: c.termsAfterTop,
        coldNavigationToTermsMs: Math.round(c.terms.start + c.terms.duration), coldOpeningSettledMs: Math.round(c.allDone), coldStartAndFillMs: Math.round(c.fillMs), warmAsks: terms.length,
        warmTermsWorkerMs: median(warmWorker), warmTermsWorkerMaxMs: Math.max(...warmWorker), warmTermsRoundTripMs: r1(median(terms.map((t) => t.duration))),
        coldTopTermsWorkerMs: c.top.detail.ms, coldTopTermsRoundTripMs: Math.round(c.top.duration), coldTopTermsAsks: c.topAsks,
        warmTopTermsWorkerMs: median(tops.map((t) => t.detail.ms)), warmTopTermsRoundTripMs: Math.round(median(tops.map((t) => t.duration))),
        topTermsAsksDuringTerms: stray, targetMs: TRENDS_TARGET_MS, ok: c.inWorker && median(warmWorker) <= TRENDS_TARGET_MS,
        loadAvg: Math.round(load * 100) / 100, cores: cpus().length,
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LABELS: Record<string, string> = {
  reports: 'reports in the library', filesMeanChars: 'characters per file, mean', importMs: 'import, start to end mark (ms)',
  inWorker: 'answers came from the trends worker', coldTermsWorkerMs: 'cold: 5 terms, worker time (ms)',
  coldTermsRoundTripMs: 'cold: 5 terms, page round trip incl. worker start + cache fill (ms)', coldTermsAfterTopTerms: 'cold: terms answered after the top terms queued before them',
  coldNavigationToTermsMs: 'cold: navigation to terms answer (ms)', coldOpeningSettledMs: 'cold: navigation to the last opening answer (ms)',
  coldStartAndFillMs: 'cold: worker start + cache fill from IndexedDB (first answer minus its worker time, ms)',
  warmAsks: 'warm asks (3 splits x 3 term orders)',
  warmTermsWorkerMs: `warm: 5 terms, worker time, median (ms, target <= ${TRENDS_TARGET_MS})`, warmTermsWorkerMaxMs: 'warm: 5 terms, worker time, slowest (ms)',
  warmTermsRoundTripMs: 'warm: 5 terms, page round trip, median (ms)', coldTopTermsWorkerMs: 'cold: whole-library top terms, worker time (ms)',
  coldTopTermsRoundTripMs: 'cold: whole-library top terms, page round trip (ms)', coldTopTermsAsks: 'cold: whole-library top-terms asks on opening the view',
  warmTopTermsWorkerMs: 'warm: whole-library top terms, worker time, median of 3 (ms)', warmTopTermsRoundTripMs: 'warm: whole-library top terms, round trip, median of 3 (ms)',
  topTermsAsksDuringTerms: 'top-terms asks while switching terms/splits (should be 0)', targetMs: 'target (ms)', ok: 'ok (warm worker median <= target)',
};

export async function trendsAppSection(count = 1000): Promise<BenchSection> {
  const result = await benchTrendsApp(count);
  const rows = Object.entries(result).map(([k, value]) => ({ metric: LABELS[k] ?? k, value: typeof value === 'boolean' ? String(value) : value }));
  return { name: 'term trends in Chromium', rows, json: { ...result } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await trendsAppSection(Number(process.argv[2] ?? 1000));
  console.table(Object.fromEntries(s.rows.map((r) => [r.metric, r.value])));
  console.log(JSON.stringify({ trendsApp: s.json }));
}

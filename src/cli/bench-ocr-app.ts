// OCR in Chromium through the app's own path: the built app served on loopback, the OCR data stored
// once through the consent dialog, then full A4 pages at 200 dpi (a fixture report's text laid out by
// Chromium, one PNG per page) dropped together; seconds per page from drop to saved reports (wall, and
// the browser's CPU seconds, which a loaded machine does not inflate), and the browser's peak memory
// meanwhile (PSS of all its processes, from /proc).
// Run alone: `npx tsx src/cli/bench-ocr-app.ts [pages]`; ocrAppSection() is the same as a bench section.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchSection } from './bench-parse';
import { buildApp, dropFiles, firstPage, launchProfile, LIBRARY, ROOT, serveBuild } from './bench-chromium';
import { renderPageImage } from './chromium-pages';
import { browserCpuSeconds, browserMemMB, samplePeak } from './proc-memory';

export const OCR_TARGET_S_PER_PAGE = 8;
const CHARS_PER_PAGE = 650; // an official document's A4 page: ~22 lines of 28 characters, a little air
const SOURCE = join(ROOT, 'tests/fixtures/000_19b4022d2904f987.txt');

/** The fixture's paragraphs cut into page-sized runs, a title line heading the first. */
export function reportPages(count: number): string[][] {
  const paras = readFileSync(SOURCE, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const pages: string[][] = [];
  let page: string[] = [];
  let chars = 0;
  for (let i = 0; pages.length < count; i = (i + 1) % paras.length) {
    page.push(paras[i]!);
    chars += Math.ceil(paras[i]!.length / 28) * 28;
    if (chars >= CHARS_PER_PAGE) { pages.push(page); page = []; chars = 0; }
  }
  return pages;
}

/** Until the import the drop started has ended (the panel of the one before says "done" too); the library's count after. */
async function importDone(page: Page): Promise<number> {
  await page.waitForSelector('.import-panel[data-running="true"]', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector('.import-panel[data-running="false"]', { state: 'attached', timeout: 900_000 });
  return Number(await page.getAttribute(LIBRARY, 'data-reports'));
}

/** The first page asks for the data; the dialog's yes stores it and reads that page (timed as a whole). */
async function storeData(page: Page, image: Buffer): Promise<number> {
  const t0 = performance.now();
  await dropFiles(page, [{ name: 'warm-up.png', type: 'image/png', data: image }]);
  await page.locator('dialog[open] [data-ocr-accept]').click({ timeout: 60_000 });
  await page.waitForSelector(`${LIBRARY}[data-reports="1"]`, { timeout: 600_000 });
  await page.waitForSelector('.import-panel[data-running="false"]');
  return (performance.now() - t0) / 1000;
}

export async function benchOcrApp(pages = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-ocr-app-'));
  const load = loadavg()[0]!;
  try {
    await buildApp(join(dir, 'dist'));
    const server = await serveBuild(join(dir, 'dist'));
    const profile = join(dir, 'profile');
    const context = await launchProfile(profile);
    try {
      const page = await firstPage(context);
      await page.goto(server.url);
      await page.waitForSelector(LIBRARY);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.reload();
      await page.waitForSelector(LIBRARY);
      const texts = reportPages(pages + 1);
      const images = [];
      for (const lines of texts) images.push(await renderPageImage(page, lines, { dpi: 200 }));
      const firstWithDownloadS = await storeData(page, images[0]!);
      const baseMB = browserMemMB(profile);
      const peak = samplePeak(profile);
      const cpu0 = browserCpuSeconds(profile);
      const t0 = performance.now();
      await dropFiles(page, images.slice(1).map((data, i) => ({ name: `page-${i + 1}.png`, type: 'image/png', data })));
      const saved = (await importDone(page)) - 1;
      const seconds = (performance.now() - t0) / 1000;
      const cpuSeconds = browserCpuSeconds(profile) - cpu0;
      const peakMB = peak.stop();
      if (saved !== pages) throw new Error(`${saved} of ${pages} pages were saved`);
      const perPage = Math.round((seconds / pages) * 100) / 100;
      return {
        pages, dpi: 200, secondsPerPage: perPage, totalSeconds: Math.round(seconds * 10) / 10,
        cpuSecondsPerPage: Math.round((cpuSeconds / pages) * 100) / 100,
        firstPageWithDataFetchSeconds: Math.round(firstWithDownloadS * 10) / 10, browserPssBeforeMB: baseMB, browserPssPeakMB: peakMB,
        targetSecondsPerPage: OCR_TARGET_S_PER_PAGE, ok: perPage <= OCR_TARGET_S_PER_PAGE, okOnCpuSeconds: cpuSeconds / pages <= OCR_TARGET_S_PER_PAGE, loadAvg: Math.round(load * 100) / 100, cores: cpus().length,
      };
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same as a bench section (a table of metric and value, and its JSON), for `npm run bench -- ocr`. */
export async function ocrAppSection(pages = 3): Promise<BenchSection> {
  const result = await benchOcrApp(pages);
  const rows = Object.entries(result).map(([metric, value]) => ({ metric, value: typeof value === 'boolean' ? String(value) : value }));
  return { name: 'OCR in Chromium (the app\'s import path)', rows, json: { ...result } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchOcrApp(Number(process.argv[2]) || 3);
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(32)} ${v}`);
  console.log(JSON.stringify({ ocrApp: result }));
}

// The figures and trends views in real Chromium against the built app (DIST, or TRENDS_DIST when
// set): import the seed and hold-out reports, open both views, check tables, categories, uPlot
// charts and click-through on a point, CSV/SVG/PNG downloads, the stop list and similar reports,
// that uPlot loads only with a chart view, that a place or unit written in either script is one
// entry (in the library's and search's place filters too); screenshots at 1280 and 360 px, light and
// dark, go to /tmp/shots.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeApp, closeImportPanel, DIST, fixtureFiles, importResult, openApp, ROOT, waitForCount, type AppHarness } from '../e2e/helpers';
import { parseReport } from '../../src/parse/index';
import { foldForMatch } from '../../src/text/fold';
import { countFolded } from '../../src/trends/term-count';

const SHOTS = '/tmp/shots';
const HOLDOUT = ['cppcc-huangyan-2023-big5.txt', 'cppcc-yongkang-2022-oneline.txt', 'npc-xianju-2024.txt', 'gov-haishu-2022h1.txt', 'party-kaihua-2023h1.txt'];
let h: AppHarness;

function files() {
  const holdout = HOLDOUT.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(ROOT, 'tests/fixtures/holdout', name)) }));
  return [...fixtureFiles(), ...holdout];
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  const chunks: Buffer[] = [];
  for await (const c of (await download.createReadStream())!) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A full-page shot, and for a phone also the page in screen-high parts (a full phone page is too tall to read at once). */
async function shoot(page: Page, name: string): Promise<void> {
  // The "ready offline" toast would cover the chart.
  for (const close of await page.locator('.toast:not([data-update]) button').all()) await close.click().catch(() => undefined);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
  const { width, height } = page.viewportSize()!;
  if (width > 600) return;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let k = 0; k * height < Math.min(total, height * 3); k++) {
    await page.screenshot({ path: join(SHOTS, name.replace('.png', `-part${k + 1}.png`)), fullPage: true, clip: { x: 0, y: k * height, width, height: Math.min(height, total - k * height) } });
  }
}

/** Colour of a chart's first series (PALETTE[0]) as RGB. */
const FIRST_SERIES = [0x1f, 0x6f, 0xeb];

/**
 * Points of the first series on a view's uPlot canvas, found by their pixels: a point is a filled
 * dot, so a solid block of the series colour that a 2 px line never holds. CSS px in the page,
 * highest point first.
 */
async function seriesPoints(page: Page, view: string): Promise<Array<{ x: number; y: number }>> {
  await page.mouse.move(0, 0);
  await page.waitForSelector(`${view} .chart-canvas canvas`);
  await page.locator(`${view} .chart-canvas`).scrollIntoViewIfNeeded();
  return page.$eval(`${view} .chart-canvas canvas`, (canvas, rgb) => {
    const c = canvas as HTMLCanvasElement;
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const near = (i: number) => data[i + 3]! > 200 && Math.abs(data[i]! - rgb[0]!) + Math.abs(data[i + 1]! - rgb[1]!) + Math.abs(data[i + 2]! - rgb[2]!) < 40;
    const hits: Array<{ x: number; y: number }> = [];
    const box = c.getBoundingClientRect();
    const ratio = c.width / box.width;
    // Lines are 2 CSS px wide: 4 canvas px at a device pixel ratio of 2, so the block grows with it.
    const k = ratio >= 2 ? 2 : 1;
    for (let y = k; y < height - k; y++) {
      for (let x = k; x < width - k; x++) {
        let all = true;
        for (let dy = -k; dy <= k && all; dy++) for (let dx = -k; dx <= k && all; dx++) all = near(((y + dy) * width + x + dx) * 4);
        if (all && !hits.some((h) => Math.abs(h.x - x) < 8 && Math.abs(h.y - y) < 8)) hits.push({ x, y });
      }
    }
    return hits.sort((a, b) => a.y - b.y).map((h) => ({ x: box.left + h.x / ratio, y: box.top + h.y / ratio }));
  }, FIRST_SERIES);
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp(process.env.TRENDS_DIST ?? DIST);
  await h.page.setInputFiles('#file-input', files());
  await importResult(h.page);
  await closeImportPanel(h.page);
  await waitForCount(h.page, files().length);
});
afterAll(async () => { await closeApp(h); });

describe('figures view', () => {
  it('lists every figure with a category, uncategorised kept visible, and filters by category', async () => {
    await h.page.getByRole('link', { name: '数字', exact: true }).click();
    await h.page.waitForSelector('.figure-table tbody tr');
    const chips = await h.page.$$eval('.chips button', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(chips.some((c) => c.startsWith('提案'))).toBe(true);
    expect(chips.some((c) => c.startsWith('未分类'))).toBe(true);
    expect(await h.page.textContent('.figures-view')).toMatch(/显示 \d+ \/ \d{3,} 个数字/);
    await h.page.locator('.chips button', { hasText: /^提案/ }).click();
    await h.page.waitForFunction(() => decodeURIComponent(location.hash).includes('category=提案'));
    const cats = await h.page.$$eval('.figure-table tbody .category-tag', (s) => [...new Set(s.map((e) => e.textContent))]);
    expect(cats).toEqual(['提案']);
    expect((await seriesPoints(h.page, '.figures-view')).length).toBeGreaterThan(1);
    expect(await h.page.getAttribute('.figures-view .chart-canvas', 'role')).toBe('img');
    await shoot(h.page, 'figures-1280.png');
    // The text filter follows typing, with no Enter pressed.
    const shown = async () => Number(/显示 (\d+) \//.exec((await h.page.textContent('.figures-view')) ?? '')?.[1] ?? NaN);
    const before = await shown();
    await h.page.locator('.figure-filters input[type="search"]').pressSequentially('义乌');
    await h.page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=义乌'));
    expect(await shown()).toBeLessThan(before);
    await h.page.locator('.figure-filters input[type="search"]').fill('');
    await h.page.locator('.figure-filters input[type="search"]').blur();
  });

  it('lists the reports behind a point of the category chart', async () => {
    const [top] = await seriesPoints(h.page, '.figures-view');
    await h.page.mouse.click(top!.x, top!.y);
    const link = h.page.locator('.figures-view ul.point-reports a').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^#\/report\/[0-9a-f]{64}/);
  });

  it('exports the rows shown as CSV with a BOM that reads back as Chinese', async () => {
    const csv = await downloaded(h.page, () => h.page.getByRole('button', { name: '导出 CSV' }).click());
    expect(csv.name).toMatch(/^figures_提案_\d{4}-\d\d-\d\d\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeff报告,年份,地区,机构,所在部分,短语,数值,单位,修饰,类别');
    expect(text).toContain('交办提案302件');
  });

  it('links a figure back to its paragraph in the report', async () => {
    await h.page.locator('.figure-table a', { hasText: '交办提案302件' }).click();
    await h.page.waitForSelector('.report-view, article');
    expect(decodeURIComponent(await h.page.evaluate(() => location.hash))).toMatch(/^#\/report\/[0-9a-f]{64}\?(section=\d+&)?q=交办提案302件&at=\d+\.\d+$/);
    // The report marks the phrase where the figure stands.
    await h.page.waitForSelector('.reading mark');
    expect(await h.page.locator('.reading mark').first().textContent()).toBe('交办提案302件');
    await h.page.screenshot({ path: join(SHOTS, 'figures-link-1280.png') });
    await h.page.goBack();
    await h.page.waitForSelector('.figure-table tbody tr');
  });
});

describe('trends view', () => {
  const terms = '提案,协商,社情民意';

  it('plots terms by year split by body, with first years, and counts traditional text alike', async () => {
    await h.page.evaluate((t) => { location.hash = `#/trends?terms=${encodeURIComponent(t)}&by=body`; }, terms);
    await h.page.waitForSelector('.trends-view .chart-canvas canvas');
    expect((await seriesPoints(h.page, '.trends-view')).length).toBeGreaterThan(1);
    expect(await h.page.locator('.trends-view .chart-legend li').count()).toBeGreaterThan(2);
    expect(await h.page.locator('.term-summary li').count()).toBe(3);
    expect(await h.page.textContent('.term-summary')).toMatch(/首次出现 20\d\d/);
    expect(await h.page.textContent('.computed')).toMatch(/毫秒/);
    // 001 is in traditional script: its 提案 count in the table equals a count of folded 提案 here.
    const source = readFileSync(join(ROOT, 'tests/fixtures', fixtureFiles().find((f) => f.name.startsWith('001'))!.name));
    const parsed = parseReport(source, '001.txt');
    if (!parsed.ok) throw new Error(parsed.error);
    const expected = countFolded(foldForMatch(parsed.report.paragraphs.map((p) => p.text).join('\n')), '提案');
    const row = h.page.locator('.data-table tbody tr', { hasText: parsed.report.title ?? '' }).first();
    expect(expected).toBeGreaterThan(0);
    expect((await row.locator('td.num').nth(1).textContent())?.split(' / ')[0]).toBe(String(expected));
    await shoot(h.page, 'trends-1280.png');
  });

  it('opens the reports behind a point, searching for the term in them', async () => {
    const [top] = await seriesPoints(h.page, '.trends-view');
    // Hovering a point shows its label; clicking it (uPlot's cursor idx + nearest series) lists its reports.
    await h.page.mouse.move(top!.x, top!.y);
    await h.page.waitForSelector('.trends-view .chart-tip:not([hidden])');
    expect(await h.page.textContent('.trends-view .chart-tip')).toMatch(/^提案 20\d\d 政协: [\d.]+$/);
    await h.page.locator('.trends-view .chart-card').screenshot({ path: join(SHOTS, 'charts-tooltip-1280.png') });
    await h.page.mouse.click(top!.x, top!.y);
    const link = h.page.locator('.point-reports a').first();
    await link.waitFor();
    expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toMatch(/^#\/report\/[0-9a-f]{64}\?q=提案$/);
  });

  it('exports the per-report table as CSV and the chart as SVG and PNG', async () => {
    const csv = await downloaded(h.page, () => h.page.locator('.trends-view .card-head button', { hasText: '导出 CSV' }).first().click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain('提案 次数');
    const svg = await downloaded(h.page, () => h.page.getByRole('button', { name: '导出 SVG' }).click());
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const names = await h.page.$$eval('.trends-view .chart-legend li', (lis) => lis.map((li) => li.textContent ?? ''));
    for (const name of names) expect(svgText).toContain(`data-name="${name}"`);
    expect(svgText.match(/<g class="series"/g)).toHaveLength(names.length);
    const png = await downloaded(h.page, () => h.page.getByRole('button', { name: '导出 PNG' }).click());
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chartBox = (await h.page.locator('.trends-view .chart-canvas canvas').boundingBox())!;
    writeFileSync(join(SHOTS, 'charts-export.png'), png.bytes);
    writeFileSync(join(SHOTS, 'charts-export.svg'), svg.bytes);
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * Math.floor(chartBox.width));
    // Title, legend and y label sit above the plot in the file, as on screen.
    expect(size.height).toBeGreaterThan(2 * chartBox.height + 100);
  });

  it('lists top terms, honours an edited stop list, and finds similar reports', async () => {
    await h.page.waitForSelector('.top-terms li');
    const top = (await h.page.locator('.top-terms li a').first().textContent())!;
    await h.page.locator('.stop-list summary').click();
    await h.page.locator('.stop-list textarea').fill(`${top}\n工作`);
    await h.page.getByRole('button', { name: '保存停用词' }).click();
    await h.page.waitForFunction((t) => ![...document.querySelectorAll('.top-terms li a')].some((a) => a.textContent === t) && document.querySelectorAll('.top-terms li').length > 0, top);
    // A five-year plan period: the reports whose year falls in 2016-2020.
    const years = await h.page.$$eval('.trends-view .data-table tbody tr td:nth-child(2)', (tds) => tds.map((td) => Number(td.textContent)));
    const inPeriod = years.filter((y) => y >= 2016 && y <= 2020).length;
    expect(inPeriod).toBeGreaterThan(0);
    await h.page.getByLabel('范围').selectOption({ label: '“十三五”时期（2016–2020）' });
    await h.page.waitForFunction((n) => document.querySelector('.top-terms')?.parentElement?.textContent?.includes(`· ${n} 份报告`) && !document.querySelector('.top-terms')?.parentElement?.querySelector('[aria-busy]'), inPeriod);
    expect(await h.page.locator('.top-terms li').count()).toBeGreaterThan(5);
    await h.page.getByLabel('范围').selectOption('all');
    await h.page.locator('.report-chooser select').selectOption({ index: 1 });
    await h.page.waitForSelector('.similar li');
    expect(await h.page.locator('.similar li').count()).toBeGreaterThan(2);
    const first = (await h.page.locator('.similar li a').first().textContent())!;
    const csv = await downloaded(h.page, () => h.page.locator('.card', { has: h.page.locator('.similar') }).getByRole('button', { name: '导出 CSV' }).click());
    expect(csv.name).toMatch(/^similar_reports_\d{4}-\d\d-\d\d\.csv$/);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeff报告,年份,地区,机构,相似度');
    expect(lines[1]).toContain(first);
    await h.page.getByRole('button', { name: '恢复默认' }).click();
  });

  it('fits a 360 px phone screen', async () => {
    await h.page.setViewportSize({ width: 360, height: 740 });
    await h.page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The per-report table is cards too: each count under its term's name, nothing hidden to the right.
    expect(await h.page.$eval('.trends-view .table-scroll', (el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await shoot(h.page, 'trends-360.png');
    await h.page.evaluate(() => { location.hash = '#/figures?category=%E6%8F%90%E6%A1%88&by=locality'; });
    await h.page.waitForSelector('.figure-table tbody tr');
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    // Figures are cards on a phone: nothing in the table hides to the right, the header is not shown.
    expect(await h.page.$eval('.figures-view .table-scroll', (el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    expect(await h.page.locator('.figure-table thead').isVisible()).toBe(false);
    await shoot(h.page, 'figures-360.png');

    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('draws the charts readably at 1280 and 360 px, light and dark', async () => {
    const views = [
      { name: 'trends', hash: `#/trends?terms=${encodeURIComponent(terms)}&by=body`, scope: '.trends-view' },
      { name: 'figures', hash: '#/figures?category=%E6%8F%90%E6%A1%88&by=locality', scope: '.figures-view' },
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await h.page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 360]) {
        await h.page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
        for (const v of views) {
          await h.page.evaluate((hash) => { location.hash = hash; }, v.hash);
          await h.page.waitForSelector(`${v.scope} .chart-canvas canvas`);
          // The chart follows its box (ResizeObserver -> setSize) and is redrawn for the theme.
          await h.page.waitForFunction((sel) => {
            const box = document.querySelector(sel)!;
            const canvas = box.querySelector('canvas')!;
            return Math.abs(canvas.getBoundingClientRect().width - box.clientWidth) <= 1;
          }, `${v.scope} .chart-canvas`);
          expect(await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
          await h.page.locator(`${v.scope} .chart-card`).scrollIntoViewIfNeeded();
          await h.page.locator(`${v.scope} .chart-card`).screenshot({ path: join(SHOTS, `charts-${v.name}-${width}-${scheme}.png`) });
        }
      }
    }
    await h.page.emulateMedia({ colorScheme: 'light' });
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('loads uPlot only when a chart view opens, not on the library page', async () => {
    const page = await h.context.newPage();
    page.on('pageerror', (err) => h.errors.push(err.message));
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${h.server.url}#/`);
    await page.waitForSelector('.library[data-ready]');
    expect(requested.some((u) => /\/assets\/index-/.test(u))).toBe(true);
    expect(requested.filter((u) => /uplot/i.test(u))).toEqual([]);
    await page.evaluate(() => { location.hash = '#/trends?terms=%E6%8F%90%E6%A1%88'; });
    await page.waitForSelector('.trends-view .chart-canvas canvas');
    expect(requested.some((u) => /\/assets\/uplot-lib-[\w-]+\.js$/.test(u))).toBe(true);
    await page.close();
  });

  it('on a touch phone (360 px, pixel ratio 2) a tap on a point lists its reports', async () => {
    const phone = await h.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    try {
      const page = await phone.newPage();
      page.on('pageerror', (err) => h.errors.push(err.message));
      await page.goto(h.server.url);
      await page.waitForSelector('.library[data-ready]');
      await page.setInputFiles('#file-input', fixtureFiles());
      await importResult(page);
      await closeImportPanel(page);
      await waitForCount(page, fixtureFiles().length);
      await page.evaluate(() => { location.hash = '#/figures?category=%E6%8F%90%E6%A1%88&by=locality'; });
      const [point] = await seriesPoints(page, '.figures-view');
      // The canvas is drawn at the device's resolution, not stretched.
      expect(await page.$eval('.figures-view .chart-canvas canvas', (c) => (c as HTMLCanvasElement).width / c.getBoundingClientRect().width)).toBeCloseTo(2, 1);
      await page.touchscreen.tap(point!.x, point!.y);
      await page.locator('.figures-view ul.point-reports a').first().waitFor();
      await page.evaluate(() => { location.hash = '#/trends?terms=%E6%8F%90%E6%A1%88'; });
      const [top] = await seriesPoints(page, '.trends-view');
      await page.touchscreen.tap(top!.x, top!.y);
      expect(decodeURIComponent((await page.locator('.point-reports a').first().getAttribute('href')) ?? '')).toMatch(/\?q=提案$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    } finally {
      await phone.close();
    }
  });

  it('split by place, draws the places with the most occurrences apart and adds the rest into one line', async () => {
    await h.page.evaluate(() => { location.hash = `#/trends?terms=${encodeURIComponent('提案,协商')}&by=locality`; });
    await h.page.waitForSelector('.trends-view .chart-legend li');
    const legend = await h.page.$$eval('.trends-view .chart-legend li', (lis) => lis.map((li) => li.textContent ?? ''));
    // Two terms: three places each keep a dash of their own, the rest share "其他".
    for (const term of ['提案', '协商']) {
      const mine = legend.filter((l) => l.startsWith(`${term} · `));
      expect(mine.length, term).toBeLessThanOrEqual(4);
      expect(mine.some((l) => l.endsWith('其他')), term).toBe(true);
    }
    // The table under the chart still lists every report.
    expect(await h.page.locator('.trends-view .data-table tbody tr').count()).toBe(files().length);
  });

  it('says so, with no empty chart, over an empty library and for a term no report holds', async () => {
    const fresh = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await fresh.newPage();
      page.on('pageerror', (err) => h.errors.push(err.message));
      await page.goto(`${h.server.url}#/trends?terms=%E6%8F%90%E6%A1%88`);
      await page.waitForSelector('.trends-view .empty-library a[href="#/"]');
      await page.evaluate(() => { location.hash = '#/figures'; });
      await page.waitForSelector('.figures-view .empty-library a[href="#/"]');
      expect(await page.locator('.chart-canvas, .figure-table').count()).toBe(0);
    } finally {
      await fresh.close();
    }
    await h.page.evaluate(() => { location.hash = '#/trends?terms=%E9%87%8F%E5%AD%90%E7%BA%A0%E7%BC%A0'; });
    await h.page.waitForSelector('.trends-view .not-found');
    expect(await h.page.textContent('.trends-view .not-found')).toMatch(/^\d+ 份报告中都没有出现这些词语。$/);
    expect(await h.page.locator('.trends-view .chart-canvas').count()).toBe(0);
  });

  it('has the views, their charts and the trends worker in the precache (lazy chunks, offline)', () => {
    const sw = readFileSync(join(process.env.TRENDS_DIST ?? DIST, 'sw.js'), 'utf8');
    for (const chunk of ['TrendsView', 'FiguresView', 'uplot-lib', 'trends-worker', 'trends-service']) expect(sw).toMatch(new RegExp(`assets/${chunk}-[\\w-]+\\.js`));
    const index = readFileSync(join(process.env.TRENDS_DIST ?? DIST, 'index.html'), 'utf8');
    expect(index).not.toMatch(/TrendsView|FiguresView|uplot/);
  });

  it('raised no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});

describe('a place or unit written in either script', () => {
  // 000 is 义乌市's, 002 義烏市's (traditional): one place, in every list that offers places.
  const options = (page: Page, select: string) => page.$$eval(`${select} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

  it('is one place in the library filter, selecting both reports', async () => {
    await h.page.evaluate(() => { location.hash = '#/'; });
    const select = h.page.locator('.library .toolbar label:nth-of-type(2) select');
    await h.page.waitForFunction(() => [...document.querySelectorAll('.library .toolbar option')].some((o) => o.textContent === '义乌市')
      && ![...document.querySelectorAll('.library .toolbar option')].some((o) => o.textContent === '義烏市'));
    const places = await options(h.page, '.library .toolbar label:nth-of-type(2) select');
    expect(new Set(places.map(foldForMatch)).size).toBe(places.length);
    await select.selectOption('义乌市');
    await h.page.waitForFunction(() => new Set([...document.querySelectorAll('.library a[href^="#/report/"]')].map((a) => a.getAttribute('href'))).size === 2);
    expect(await h.page.textContent('.library .toolbar .count')).toMatch(/^显示 2 \/ \d+ 份报告$/);
    await shoot(h.page, 'library-place-1280.png');
    await select.selectOption('');
  });

  it('is one place in the search filter, and an old link naming it in traditional script selects it', async () => {
    await h.page.evaluate(() => { location.hash = `#/search?q=${encodeURIComponent('提案')}&locality=${encodeURIComponent('義烏市')}`; });
    const select = h.page.locator('.search-filters select[name="locality"]');
    await h.page.waitForFunction(() => (document.querySelector('.search-filters select[name="locality"]') as HTMLSelectElement | null)?.value === '义乌市');
    const places = await options(h.page, '.search-filters select[name="locality"]');
    expect(places).toContain('义乌市');
    expect(places).not.toContain('義烏市');
    expect(await select.inputValue()).toBe('义乌市');
  });

  it('is one line in trends by place', async () => {
    // 义乌 is said in 义乌市's reports only, so its place is drawn apart, not added into 其他.
    await h.page.evaluate(() => { location.hash = `#/trends?terms=${encodeURIComponent('义乌')}&by=locality`; });
    await h.page.waitForSelector('.trends-view .chart-legend li');
    const legend = await h.page.$$eval('.trends-view .chart-legend li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(legend.some((l) => l.endsWith('义乌市'))).toBe(true);
    expect(legend.some((l) => l.endsWith('義烏市'))).toBe(false);
    await shoot(h.page, 'trends-place-1280.png');
  });

  it('is one unit in the figures unit list', async () => {
    await h.page.evaluate(() => { location.hash = '#/figures'; });
    await h.page.waitForSelector('.figure-table tbody tr');
    const units = await options(h.page, '.figure-filters .row label:first-child select');
    expect(units.length).toBeGreaterThan(5);
    expect(units).toContain('个');
    expect(units).not.toContain('個');
    expect(new Set(units.map(foldForMatch)).size).toBe(units.length);
    // A unit in the address in the other script selects the listed one.
    await h.page.evaluate(() => { location.hash = `#/figures?unit=${encodeURIComponent('個')}`; });
    await h.page.waitForFunction(() => (document.querySelector('.figure-filters .row label:first-child select') as HTMLSelectElement | null)?.value === '个');
  });

  it('raised no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});

// The figures and trends views in real Chromium against the built app (DIST, or TRENDS_DIST when
// set): import the seed and hold-out reports, open both views, check tables, categories, charts
// and click-through, CSV/SVG/PNG downloads, the stop list and similar reports; screenshots at 1280
// and 360 px go to /tmp/shots.
import { mkdirSync, readFileSync } from 'node:fs';
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
    expect(await h.page.locator('.figures-view .line-chart circle').count()).toBeGreaterThan(1);
    await shoot(h.page, 'figures-1280.png');
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
    await h.page.waitForSelector('.trends-view .line-chart circle');
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
    await h.page.locator('.trends-view .line-chart circle').first().click();
    const link = h.page.locator('.point-reports a').first();
    await link.waitFor();
    expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toMatch(/^#\/report\/[0-9a-f]{64}\?q=提案$/);
  });

  it('exports the per-report table as CSV and the chart as SVG and PNG', async () => {
    const csv = await downloaded(h.page, () => h.page.locator('.trends-view .card-head button', { hasText: '导出 CSV' }).first().click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain('提案 次数');
    const svg = await downloaded(h.page, () => h.page.getByRole('button', { name: '导出 SVG' }).click());
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await downloaded(h.page, () => h.page.getByRole('button', { name: '导出 PNG' }).click());
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('lists top terms, honours an edited stop list, and finds similar reports', async () => {
    await h.page.waitForSelector('.top-terms li');
    const top = (await h.page.locator('.top-terms li a').first().textContent())!;
    await h.page.locator('.stop-list summary').click();
    await h.page.locator('.stop-list textarea').fill(`${top}\n工作`);
    await h.page.getByRole('button', { name: '保存停用词' }).click();
    await h.page.waitForFunction((t) => ![...document.querySelectorAll('.top-terms li a')].some((a) => a.textContent === t) && document.querySelectorAll('.top-terms li').length > 0, top);
    await h.page.locator('.report-chooser select').selectOption({ index: 1 });
    await h.page.waitForSelector('.similar li');
    expect(await h.page.locator('.similar li').count()).toBeGreaterThan(2);
    await h.page.getByRole('button', { name: '恢复默认' }).click();
  });

  it('fits a 360 px phone screen', async () => {
    await h.page.setViewportSize({ width: 360, height: 740 });
    await h.page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shoot(h.page, 'trends-360.png');
    await h.page.evaluate(() => { location.hash = '#/figures?category=%E6%8F%90%E6%A1%88&by=locality'; });
    await h.page.waitForSelector('.figure-table tbody tr');
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shoot(h.page, 'figures-360.png');
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('has the views, their charts and the trends worker in the precache (lazy chunks, offline)', () => {
    const sw = readFileSync(join(process.env.TRENDS_DIST ?? DIST, 'sw.js'), 'utf8');
    for (const chunk of ['TrendsView', 'FiguresView', 'trends-worker', 'trends-service']) expect(sw).toMatch(new RegExp(`assets/${chunk}-[\\w-]+\\.js`));
    const index = readFileSync(join(process.env.TRENDS_DIST ?? DIST, 'index.html'), 'utf8');
    expect(index).not.toMatch(/TrendsView|FiguresView/);
  });

  it('raised no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});

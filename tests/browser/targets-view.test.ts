// The targets view in real Chromium against the built app: two consecutive reports of one place
// (德清县 2023 and 2024) imported, #/targets shows the 2023 target and the 2023 result in one row,
// the CSV has both, the chart draws; the report view lists its targets; compare shows the numbers
// first. Screenshots at 1280 and 360 px, light and dark, go to /tmp/shots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeApp, closeImportPanel, DIST, importResult, openApp, ROOT, waitForCount, type AppHarness } from '../e2e/helpers';

const SHOTS = '/tmp/shots';
const PAIR = ['gov-deqing-2023.txt', 'gov-deqing-2024.txt'];
let h: AppHarness;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  const chunks: Buffer[] = [];
  for await (const c of (await download.createReadStream())!) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp(DIST);
  await h.page.setInputFiles('#file-input', PAIR.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(ROOT, 'tests/fixtures/targets', name)) })));
  await importResult(h.page);
  await closeImportPanel(h.page);
  await waitForCount(h.page, PAIR.length);
});
afterAll(async () => { await closeApp(h); });

describe('targets view', () => {
  it('shows the 2023 target of the 2023 report and the 2023 result of the 2024 report in one row', async () => {
    await h.page.getByRole('link', { name: '目标与实绩', exact: true }).click();
    await h.page.waitForSelector('.target-table tbody tr');
    await h.page.locator('.targets-view select').nth(2).selectOption('gdp');
    await h.page.waitForFunction(() => location.hash.includes('indicator=gdp'));
    const row = h.page.locator('.target-table tbody tr', { has: h.page.locator('.t-year', { hasText: /^2023$/ }) }).filter({ hasText: '%' }).first();
    expect(await row.locator('.t-target').textContent()).toBe('6.5–7%');
    expect(await row.locator('.t-result').textContent()).toBe('7.3%');
    expect(await row.locator('.t-status').textContent()).toBe('完成');
    expect(await row.locator('.t-target a').getAttribute('href')).toMatch(/^#\/report\/[0-9a-f]{64}\?.*at=\d+\.\d+/);
  });

  it('draws target against result', async () => {
    await h.page.locator('.targets-view .chart-canvas canvas').waitFor();
    expect(await h.page.getAttribute('.targets-view .chart-canvas', 'role')).toBe('img');
    // Both series have drawn something: the canvas holds pixels of the target colour and the result colour.
    const colours = await h.page.$eval('.targets-view .chart-canvas canvas', (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const near = (i: number, rgb: number[]) => Math.abs(data[i]! - rgb[0]!) + Math.abs(data[i + 1]! - rgb[1]!) + Math.abs(data[i + 2]! - rgb[2]!) < 60;
      let blue = 0, red = 0;
      for (let i = 0; i < data.length; i += 4) { if (data[i + 3]! < 200) continue; if (near(i, [0x1f, 0x6f, 0xeb])) blue++; if (near(i, [0xd1, 0x24, 0x2f])) red++; }
      return { blue, red };
    });
    expect(colours.blue).toBeGreaterThan(20);
    expect(colours.red).toBeGreaterThan(20);
  });

  it('exports the rows as CSV with a BOM, target and result in one line', async () => {
    const csv = await downloaded(h.page, () => h.page.getByRole('button', { name: '导出 CSV' }).click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\ufeff地区,机构,指标,indicatorKey,年份,单位,目标/);
    expect(lines.some((l) => /^德清县,政府,地区生产总值,gdp,2023,%,6\.5,7,,.*,7\.3,.*,完成$/.test(l))).toBe(true);
  });

  it('lists a report\'s own targets and results in the report view', async () => {
    await h.page.locator('.target-table tbody tr .t-result a').first().click();
    await h.page.waitForSelector('.report-targets-table tbody tr');
    const roles = await h.page.$$eval('.report-targets-table tbody tr', (trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-role')))]);
    expect(roles).toEqual(expect.arrayContaining(['target', 'result']));
    await h.page.locator('.report-targets').screenshot({ path: join(SHOTS, 'targets-report-1280.png') });
  });

  it('shows numbers planned against numbers delivered first in compare', async () => {
    await h.page.evaluate(() => { location.hash = '#/'; });
    await h.page.waitForSelector('a[href^="#/report/"]');
    const hrefs = await h.page.$$eval('a[href^="#/report/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!.replace(/^#\/report\//, '').split('?')[0]))]);
    await h.page.evaluate(([a, b]) => { location.hash = `#/compare/${a}/${b}`; }, hrefs.slice(0, 2));
    await h.page.getByRole('button', { name: '计划与落实' }).click();
    await h.page.waitForSelector('.cmp-numbers tbody tr');
    const first = await h.page.locator('.cmp-plan h3').first().textContent();
    expect(first).toBe('2023年数字目标与完成情况');
    expect(await h.page.locator('.cmp-numbers tbody tr').count()).toBeGreaterThan(5);
    await h.page.locator('.cmp-plan').screenshot({ path: join(SHOTS, 'targets-compare-1280.png') });
    // On a phone too, each planned number has its delivered one beside it.
    await h.page.setViewportSize({ width: 360, height: 740 });
    const delivered = h.page.locator('.cmp-numbers tbody tr td:nth-child(3)').first();
    expect(await delivered.isVisible()).toBe(true);
    expect(await delivered.textContent()).toMatch(/\d/);
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('reads at 1280 and 360 px, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await h.page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 360]) {
        await h.page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
        await h.page.evaluate(() => { location.hash = '#/targets?place=%E5%BE%B7%E6%B8%85%E5%8E%BF&indicator=gdp'; });
        await h.page.waitForSelector('.targets-view .chart-canvas canvas');
        // The chart follows a new width on its resize observer's next turn: give it that turn (a busy machine is slow to).
        await h.page.waitForFunction(() => ![...document.querySelectorAll('body *')].some((e) => e.getBoundingClientRect().right > window.innerWidth + 1), undefined, { timeout: 5000 }).catch(() => undefined);
        const wide = await h.page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map((e) => `${e.tagName}.${e.className}`));
        expect(wide).toEqual([]);
        expect(await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
        for (const close of await h.page.locator('.toast:not([data-update]) button').all()) await close.click().catch(() => undefined);
        await h.page.screenshot({ path: join(SHOTS, `targets-${width}-${scheme}.png`), fullPage: true });
      }
    }
    await h.page.emulateMedia({ colorScheme: 'light' });
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('names two reports of one title by their files, each linking to its report', async () => {
    const copy = Buffer.concat([readFileSync(join(ROOT, 'tests/fixtures/targets', PAIR[1]!)), Buffer.from('\n\n')]);
    await h.page.evaluate(() => { location.hash = '#/'; });
    await h.page.setInputFiles('#file-input', [{ name: 'gov-deqing-2024-copy.txt', mimeType: 'text/plain', buffer: copy }]);
    await importResult(h.page);
    await closeImportPanel(h.page);
    await waitForCount(h.page, PAIR.length + 1);
    await h.page.evaluate(() => { location.hash = '#/targets?place=%E5%BE%B7%E6%B8%85%E5%8E%BF&indicator=gdp'; });
    const rows = h.page.locator('.target-table tbody tr', { has: h.page.locator('.t-year', { hasText: /^2023$/ }) }).filter({ hasText: '%' });
    await h.page.waitForFunction(() => document.querySelectorAll('.target-table tbody tr').length > 0);
    await expect.poll(() => rows.count()).toBe(2);
    const sources = await rows.locator('.t-source:last-child a').allTextContents();
    expect(sources.map((s) => s.replace(/^.*（/, '（'))).toEqual(expect.arrayContaining(['（gov-deqing-2024.txt）', '（gov-deqing-2024-copy.txt）']));
    const hrefs = await rows.locator('.t-source:last-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(2);
    // The targets' own report has no namesake: its title stands alone.
    expect(await rows.first().locator('.t-source').first().textContent()).not.toMatch(/（gov-/);
  });
});

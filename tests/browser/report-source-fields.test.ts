// A scraper's labelled header (标题：… 发文单位：… 报告人：… 来源URL：… 正文：) in the built app:
// the report view shows it as a small folded box above the text, not as body text, at 1280 and
// 360 px; search does not find its words; the library names reports with a generic title by place
// and year. Screenshots go to /tmp/shots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, closeApp, importFiles, openApp, type AppHarness } from '../e2e/helpers';

const SHOTS = '/tmp/shots';
const DIR = join(ROOT, 'tests/fixtures/holdout6');
const NAMES = ['npc-jiangxi-2025-header.txt', 'gov-pingjiang-2024-gb18030.txt', 'gov-national-2025-wiki.txt'];
const files = NAMES.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(DIR, name)) }));

let h: AppHarness;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp();
  await importFiles(h.page, files);
}, 120_000);
afterAll(async () => { await closeApp(h); });

describe('library names', () => {
  it('shows a generic title with its place and year', async () => {
    const titles = await h.page.$$eval('.report-row:not(.head) .title a', (as) => as.map((a) => a.textContent));
    expect(titles).toContain('政府工作报告（平江县 · 2024）');
    expect(titles).toContain('政府工作报告（全国 · 2025）');
    expect(titles).toContain('江西省人民代表大会常务委员会工作报告');
    await h.page.screenshot({ path: `${SHOTS}/library-generic-titles-1280.png` });
  });
});

describe('a labelled header block', () => {
  it('is a folded details box above the text, not body text', async () => {
    await h.page.click('.report-row .title a:text("江西省人民代表大会常务委员会工作报告")');
    await h.page.waitForSelector('.report-view .reading');
    const box = h.page.locator('.report-view .source-fields');
    expect(await box.count()).toBe(1);
    expect(await box.getAttribute('open')).toBeNull();
    expect(await h.page.$$eval('.source-fields dt', (dts) => dts.map((dt) => dt.textContent))).toEqual(['标题', '发文单位', '发文时间', '报告人', '来源URL']);
    const reading = (await h.page.textContent('.report-view .reading')) ?? '';
    for (const word of ['发文单位', '报告人', '来源URL', 'jxrd.gov.cn', '正文：']) expect(reading).not.toContain(word);
    expect(reading.startsWith('—在1月15日')).toBe(true);
    const [above, text] = [await box.boundingBox(), await h.page.locator('.report-view .reading').boundingBox()];
    expect(above!.y + above!.height).toBeLessThanOrEqual(text!.y);
    await box.locator('summary').click();
    expect(await h.page.isVisible('.source-fields dd:text("江西省人大常委会常务副主任 梅建华")')).toBe(true);
    await h.page.screenshot({ path: `${SHOTS}/source-fields-1280.png` });
  });

  it('fits a phone screen', async () => {
    await h.page.setViewportSize({ width: 360, height: 760 });
    const box = await h.page.locator('.report-view .source-fields').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await h.page.locator('.report-view .source-fields').scrollIntoViewIfNeeded();
    await h.page.screenshot({ path: `${SHOTS}/source-fields-360.png` });
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('is not found by search, while the report text is', async () => {
    const run = async (q: string) => {
      await h.page.goto(`${h.server.url}#/search?q=${encodeURIComponent(q)}`);
      await h.page.waitForSelector(`.search-view[data-fresh="true"][data-query="${q}"]`, { timeout: 60_000 });
      return h.page.locator('.result').count();
    };
    expect(await run('鄱阳湖生态环境保护条例')).toBe(1);
    expect(await run('梅建华')).toBe(0);
    expect(await run('发文单位')).toBe(0);
  });
});

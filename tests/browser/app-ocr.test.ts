// OCR in the built app: a photo dropped online asks to store the OCR data (what it is, how many MB),
// fetches it from the app's origin with progress and imports the photo again; then offline (network
// off, page reloaded) an image-only PDF and a JPEG open as reports with their headings, the page
// image shows beside the text, a row's ✕ stops OCR, and the settings remove the data, after which a
// scan asks again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, importResult, LIBRARY, openApp, waitForCount, closeImportPanel, type AppHarness } from '../e2e/helpers';
import { imageOnlyPdf, renderPageImage } from '../../src/cli/chromium-pages';
import { dropFiles } from '../../src/cli/bench-chromium';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const PHOTO = ['某县政协常委会工作报告', '一、2022年工作回顾', '全年交办提案302件，报送社情民意145篇。', '二、2023年工作安排', '围绕中心工作开展协商议政。'];
const SCAN = ['某市人大常委会工作报告', '一、过去一年的主要工作', '开展执法检查4次，听取专项工作报告12个。', '二、今年的主要任务', '依法履职，加强监督。'];
const JPEG = ['某区人民政府工作报告', '一、2023年工作回顾', '地区生产总值增长6.5%。', '二、2024年主要目标', '城镇新增就业1.2万人。'];

let h: AppHarness;
const requests: string[] = [];
beforeAll(async () => {
  h = await openApp();
  h.context.on('request', (r) => { requests.push(r.url()); });
  await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // The page must be controlled for the service worker to answer ocr/ offline.
  await h.page.reload();
  await h.page.waitForSelector(LIBRARY);
});
afterAll(async () => { await closeApp(h); });

/** axe-core's WCAG 2 A/AA and best-practice rules over the page as it is (dialogs and panels open). */
async function axe(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => `${where}: ${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openReport(page: Page, name: string): Promise<string> {
  await page.locator('.report-row', { hasText: name }).locator('.title a').click();
  await page.waitForSelector('.report-view .reading');
  return (await page.textContent('.report-view .reading')) ?? '';
}

describe('OCR in the app', () => {
  it('ships the OCR files outside the precache and loads none of them at start', async () => {
    const sw = await (await fetch(new URL('sw.js', h.server.url))).text();
    expect(sw).not.toMatch(/traineddata|tesseract-core|ocr\/worker/);
    expect(requests.filter((u) => /\/ocr\//.test(u))).toEqual([]);
  });

  it('asks before storing the data, fetches it from this origin with progress, then reads the waiting photo', { timeout: 180_000 }, async () => {
    const png = await renderPageImage(h.page, PHOTO);
    await dropFiles(h.page, [{ name: 'photo.png', type: 'image/png', data: png }]);
    const dialog = h.page.locator('dialog[open]', { has: h.page.locator('[data-ocr-waiting]') });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('[data-ocr-cost]').textContent()).toMatch(/约 \d+(\.\d)? MB/);
    expect(requests.filter((u) => /traineddata|tesseract-core/.test(u))).toEqual([]); // nothing before the yes
    expect(await axe(h.page, 'consent dialog')).toEqual([]);
    await dialog.locator('[data-ocr-accept]').click();
    // The photo is imported again once the data is stored: the library then holds it.
    await h.page.waitForSelector(`${LIBRARY}[data-reports="1"]`, { timeout: 150_000 });
    await closeImportPanel(h.page);
    const origin = new URL(h.server.url).origin;
    expect(requests.filter((u) => /traineddata|tesseract-core/.test(u)).every((u) => u.startsWith(origin))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin) && !/^(blob|data):/.test(u))).toEqual([]);
    const text = await openReport(h.page, 'photo.png');
    expect(text).toContain('工作回顾');
    expect(text).toMatch(/302/);
  });

  it('offline after a reload: an image-only PDF and a JPEG photo open as reports, the page image beside the text', { timeout: 240_000 }, async () => {
    // Two pages: the second starts at the second heading, so the page panel has a page to follow to.
    const pdf = await imageOnlyPdf(h.page, [await renderPageImage(h.page, SCAN.slice(0, 3)), await renderPageImage(h.page, SCAN.slice(3))]);
    const jpeg = await renderPageImage(h.page, JPEG, { type: 'jpeg', quality: 80 });
    await h.context.setOffline(true);
    await h.page.goto(new URL('#/', h.server.url).href);
    await h.page.reload();
    await h.page.waitForSelector(LIBRARY);
    await dropFiles(h.page, [{ name: 'scan.pdf', type: 'application/pdf', data: pdf }, { name: 'photo2.jpg', type: 'image/jpeg', data: jpeg }]);
    const rows = new Map((await importResult(h.page, 200_000)).map((r) => [r.name, r]));
    for (const name of ['scan.pdf', 'photo2.jpg']) expect(rows.get(name)?.status, `${name}: ${rows.get(name)?.reason}`).toBe('saved');
    await closeImportPanel(h.page);
    await waitForCount(h.page, 3);
    const scan = await openReport(h.page, 'scan.pdf');
    expect(scan).toContain('主要工作');
    expect(scan).toContain('主要任务');
    await h.page.getByRole('button', { name: '显示原页' }).click();
    const img = h.page.locator('.page-panel img');
    await img.waitFor({ timeout: 60_000 });
    expect(await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth))).toBeGreaterThan(500);
    expect(await axe(h.page, 'page panel, 1280 light')).toEqual([]);
    // Reading on: the second heading at the top of a short window brings its page into the panel.
    await h.page.setViewportSize({ width: 1280, height: 420 });
    await h.page.evaluate(() => document.querySelectorAll('.reading h2')[1]?.scrollIntoView({ block: 'start' }));
    await expect.poll(() => h.page.getAttribute('.page-panel', 'data-page')).toBe('2');
    await h.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => h.page.getAttribute('.page-panel', 'data-page')).toBe('1');
    await h.page.setViewportSize({ width: 360, height: 740 });
    await h.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(h.page, 'page panel, 360 dark')).toEqual([]);
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.page.emulateMedia({ colorScheme: 'light' });
    await h.page.goto(new URL('#/', h.server.url).href);
    const photo = await openReport(h.page, 'photo2.jpg');
    expect(photo).toContain('工作回顾');
    await h.page.getByRole('button', { name: '显示原页' }).click();
    expect(await h.page.locator('.page-panel img').evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth))).toBeGreaterThan(500);
    expect(h.errors).toEqual([]);
  });

  it('the import row says which page OCR reads, and its ✕ stops the recognition', { timeout: 120_000 }, async () => {
    await h.page.goto(new URL('#/', h.server.url).href);
    await h.page.waitForSelector(LIBRARY);
    const pages = [];
    for (const lines of [SCAN, JPEG, PHOTO]) pages.push(await renderPageImage(h.page, lines.map((l) => `${l}（续）`)));
    await dropFiles(h.page, [{ name: 'long-scan.pdf', type: 'application/pdf', data: await imageOnlyPdf(h.page, pages) }]);
    const row = h.page.locator('.import-panel li', { hasText: 'long-scan.pdf' });
    await expect.poll(() => row.textContent(), { timeout: 60_000 }).toMatch(/识别第 \d\/3 页/);
    await row.locator('.row-cancel').click();
    const rows = await importResult(h.page, 30_000);
    expect(rows.find((r) => r.name === 'long-scan.pdf')?.status).toBe('cancelled');
    await closeImportPanel(h.page);
    expect(Number(await h.page.getAttribute(LIBRARY, 'data-reports'))).toBe(3);
  });

  it('settings remove the data; a later scan asks again', { timeout: 120_000 }, async () => {
    await h.page.goto(new URL('#/', h.server.url).href);
    await h.page.waitForSelector(LIBRARY);
    await h.page.locator('[data-ocr-settings]').click();
    await expect.poll(() => h.page.getAttribute('[data-ocr-stored]', 'data-ocr-stored')).toBe('yes');
    expect(await axe(h.page, 'OCR settings')).toEqual([]);
    await h.page.locator('[data-ocr-remove]').click();
    await expect.poll(() => h.page.getAttribute('[data-ocr-stored]', 'data-ocr-stored')).toBe('no');
    expect(await h.page.evaluate(() => caches.has('zhengbao-ocr'))).toBe(false);
    await h.page.keyboard.press('Escape');
    await dropFiles(h.page, [{ name: 'photo3.png', type: 'image/png', data: await renderPageImage(h.page, PHOTO.slice(0, 3)) }]);
    const rows = await importResult(h.page, 60_000);
    expect(rows[0]?.status).toBe('failed');
    await h.page.locator('dialog[open] [data-ocr-waiting]').waitFor();
    await h.page.getByRole('button', { name: '暂不' }).click();
    // Declined, the row offers the fetch again; offline, the dialog then says it cannot reach the site.
    await h.page.locator('.import-panel li', { hasText: 'photo3.png' }).getByRole('button', { name: '下载识别数据' }).click();
    await h.page.locator('dialog[open] [data-ocr-waiting]').waitFor();
    await h.page.locator('dialog[open] [data-ocr-accept]').click();
    await expect.poll(() => h.page.locator('dialog[open] [role="alert"]').textContent()).toMatch(/无法连接/);
    await h.page.getByRole('button', { name: '暂不' }).click();
    expect(await h.page.evaluate(() => caches.has('zhengbao-ocr'))).toBe(false);
  });
});

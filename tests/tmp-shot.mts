import { openApp, closeApp, LIBRARY } from './e2e/helpers';
import { imageOnlyPdf, renderPageImage } from '../src/cli/ocr-pages';
import type { Page } from 'playwright-core';
const OUT = '/tmp/ocrshots';
async function drop(page: Page, files: { name: string; type: string; data: Buffer }[]) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ ...f, data: f.data.toString('base64') })));
}
const shot = async (page: Page, name: string, width: number) => {
  await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}-${width}.png` });
};
const h = await openApp();
try {
  await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await h.page.reload(); await h.page.waitForSelector(LIBRARY);
  const lines = ['某县政协常委会工作报告', '一、2022年工作回顾', '全年交办提案302件，报送社情民意145篇，组织视察调研23次。', '二、2023年工作安排', '围绕中心工作开展协商议政。'];
  const png = await renderPageImage(h.page, lines);
  await drop(h.page, [{ name: 'photo.png', type: 'image/png', data: png }]);
  await h.page.waitForSelector('dialog[open] [data-ocr-waiting]');
  await h.page.waitForFunction(() => /MB/.test(document.querySelector('[data-ocr-cost]')?.textContent ?? ''));
  await shot(h.page, 'consent', 1280); await shot(h.page, 'consent', 360);
  await h.page.setViewportSize({ width: 1280, height: 800 });
  await h.page.click('[data-ocr-accept]');
  await h.page.waitForFunction(() => /识别第/.test(document.querySelector('.import-panel')?.textContent ?? ''), undefined, { timeout: 120000 });
  await shot(h.page, 'progress', 1280);
  await h.page.waitForSelector(`${LIBRARY}[data-reports="1"]`, { timeout: 150000 });
  const pages = [await renderPageImage(h.page, ['某市人大常委会工作报告', '一、过去一年的主要工作', '开展执法检查4次，听取专项工作报告12个。']), await renderPageImage(h.page, ['二、今年的主要任务', '依法履职，加强监督，审议法规草案5件。'])];
  const pdf = await imageOnlyPdf(h.page, pages);
  await h.page.setViewportSize({ width: 360, height: 740 });
  await drop(h.page, [{ name: 'scan.pdf', type: 'application/pdf', data: pdf }]);
  await h.page.waitForFunction(() => /识别第/.test(document.querySelector('.import-panel')?.textContent ?? ''), undefined, { timeout: 120000 });
  await shot(h.page, 'progress', 360);
  await h.page.waitForSelector(`${LIBRARY}[data-reports="2"]`, { timeout: 150000 });
  await h.page.setViewportSize({ width: 1280, height: 800 });
  await h.page.locator('.report-row', { hasText: 'scan.pdf' }).locator('.title a').click();
  await h.page.waitForSelector('.report-view .reading');
  await h.page.getByRole('button', { name: '显示原页' }).click();
  await h.page.waitForSelector('.page-panel img');
  await shot(h.page, 'report-page', 1280);
  await h.page.emulateMedia({ colorScheme: 'dark' });
  await shot(h.page, 'report-page-dark', 360);
  await h.page.emulateMedia({ colorScheme: 'light' });
  await h.page.goto(h.server.url + '#/'); await h.page.waitForSelector(LIBRARY);
  await h.page.click('[data-ocr-settings]');
  await h.page.waitForSelector('[data-ocr-stored="yes"]');
  await shot(h.page, 'settings', 1280); await shot(h.page, 'settings', 360);
  console.log('errors', h.errors);
} finally { await closeApp(h); }

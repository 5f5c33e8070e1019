// PDF and Word 97 files in the built app: pdf.js and its CMaps are lazy (the first page loads none
// of them) but precached, so with the server gone a PDF, a .doc, a Chromium-printed PDF and a PDF
// whose Chinese font is not embedded (read through the CMaps) import together with a text file; a
// PDF that needs a password fails alone; the stored original downloads back byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, DIST, importResult, openApp, ROOT, waitForCount, type AppHarness } from '../e2e/helpers';
import { parseFile } from '../../src/parse/parse-file';
import { scoreReport, summarise, type Gold } from '../../src/cli/score';
import { chineseLine, makePdf } from '../support/make-pdf';
import { foldForMatch } from '../../src/text/fold';
import { dropFiles } from '../../src/cli/bench-chromium';

const FIX = join(ROOT, 'tests/fixtures');
const NANKANG = 'holdout4/南康区人民政府2022年工作总结和2023年工作计划';

let h: AppHarness;
const requests: string[] = [];
beforeAll(async () => {
  h = await openApp();
  // The page's and its workers' requests; the service worker's own precache downloads are not the page's load.
  h.context.on('request', (r) => { if (!r.serviceWorker()) requests.push(r.url()); });
});
afterAll(async () => { await closeApp(h); });

/** A report printed to PDF by Chromium, laid out like an official document (indented 仿宋-like body, 黑体-like headings). */
async function chromiumPdf(lines: string[]): Promise<Buffer> {
  const page = await h.context.newPage();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = lines.map((l, i) => (i === 0 ? `<h1>${esc(l)}</h1>` : /^[一二三四五六七八九十]+、/.test(l) && l.length < 40 ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`));
  await page.setContent(`<html><head><meta charset="utf-8"><style>
    body { font: 16pt/1.75 'Noto Serif CJK SC', serif; } p { text-indent: 2em; margin: 0; text-align: justify; }
    h1 { font: bold 22pt 'Noto Serif CJK SC'; text-align: center; } h2 { font: 16pt 'Noto Sans CJK SC'; text-indent: 2em; margin: 0; }
  </style></head><body>${body.join('')}</body></html>`);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' }, displayHeaderFooter: true,
    headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:14pt;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>' });
  await page.close();
  return pdf;
}

const readLines = (file: string) => readFileSync(join(FIX, file), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

describe('PDF and .doc in the app', () => {
  it('keeps pdf.js and the CMaps out of the first page load, and precaches them', async () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const asset of ['pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'pdfjs/cmaps/Adobe-GB1-UCS2.bcmap', 'pdfjs/standard_fonts/', '/pdf.worker-']) expect(sw, asset).toContain(asset);
    expect(sw).not.toContain('fallback-pdf');
    await h.page.reload();
    await h.page.waitForSelector('.library[data-ready]');
    expect(requests.filter((u) => /pdf|bcmap/i.test(u))).toEqual([]);
  });

  it('a Chromium-printed PDF parses like its text (outline F1 against the gold file, metadata, figures)', { timeout: 120_000 }, async () => {
    const pdf = await chromiumPdf(readLines(`${NANKANG}.txt`));
    const fromPdf = await parseFile(new Uint8Array(pdf), 'nankang.pdf');
    const fromText = await parseFile(readFileSync(join(FIX, `${NANKANG}.txt`)), 'nankang.txt');
    expect(fromPdf.ok && fromText.ok, fromPdf.ok ? '' : fromPdf.error).toBe(true);
    if (!fromPdf.ok || !fromText.ok) return;
    const gold = JSON.parse(readFileSync(join(FIX, NANKANG.replace('/', '/gold/') + '.json'), 'utf8')) as Gold;
    expect(summarise([scoreReport(fromPdf.report, gold)]).outlineF1).toBeGreaterThanOrEqual(0.95);
    // Folded: Noto CJK draws 户 and 戶 with one glyph, and Chromium's map names the traditional one.
    const figures = (r: typeof fromText.report) => r.figures.map((f) => foldForMatch(`${f.value}${f.unit}`));
    expect(figures(fromPdf.report)).toEqual(figures(fromText.report));
    expect([fromPdf.report.title, fromPdf.report.locality, fromPdf.report.reviewYear, fromPdf.report.planYear])
      .toEqual([fromText.report.title, fromText.report.locality, fromText.report.reviewYear, fromText.report.planYear]);
  });

  it('offline, a PDF, a .doc, a printed PDF and an unembedded-font PDF dropped with a text file open as reports', { timeout: 180_000 }, async () => {
    await h.page.locator('.toast', { hasText: '已可离线使用' }).waitFor({ timeout: 60_000 }).catch(() => undefined);
    await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const printed = await chromiumPdf(readLines(`${NANKANG}.txt`));
    const song = makePdf([['某县政协常委会工作报告', '各位委员：', '一、2022年工作回顾', '全年交办提案302件，报送社情民意145篇。']
      .map((l, i) => chineseLine(i === 0 ? 180 : 104, 760 - i * 40, l, i === 0 ? 22 : 16)).join('\n')]);
    const files = [
      { name: '000-yiwu.pdf', type: 'application/pdf', data: readFileSync(join(FIX, 'pdf/000-yiwu.pdf')) },
      { name: 'h4-shuangqiao.doc', type: 'application/msword', data: readFileSync(join(FIX, 'pdf/h4-shuangqiao.doc')) },
      { name: 'nankang-print.pdf', type: 'application/pdf', data: printed },
      { name: 'song.pdf', type: 'application/pdf', data: Buffer.from(song) },
      { name: 'locked-user.pdf', type: 'application/pdf', data: readFileSync(join(FIX, 'pdf/locked-user.pdf')) },
      { name: 'note.txt', type: 'text/plain', data: Buffer.from('某县人大常委会工作报告\n\n一、工作回顾\n\n开展执法检查4次。') },
    ];
    await h.server.close();
    requests.length = 0;
    await dropFiles(h.page, files);
    const rows = new Map((await importResult(h.page, 150_000)).map((r) => [r.name, r]));
    for (const name of ['000-yiwu.pdf', 'h4-shuangqiao.doc', 'nankang-print.pdf', 'song.pdf', 'note.txt']) expect(rows.get(name)?.status, `${name}: ${rows.get(name)?.reason}`).toBe('saved');
    expect(rows.get('locked-user.pdf')?.status).toBe('failed');
    expect(rows.get('locked-user.pdf')?.reason).toMatch(/密码/);
    expect(rows.get('locked-user.pdf')?.reason).not.toMatch(/password/); // the Chinese interface words it in Chinese only
    await waitForCount(h.page, 5);
    // Everything came from this origin (the service worker's precache): nothing was fetched elsewhere.
    const origin = new URL(h.server.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it('opens the PDF as a report with its outline, and downloads the original PDF byte for byte', async () => {
    await h.page.locator('.report-row', { hasText: '000-yiwu.pdf' }).locator('.title a').click();
    await h.page.waitForSelector('.report-view .reading');
    expect(await h.page.textContent('.report-view')).toContain('2018年工作回顾');
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: '下载原文件' }).click()]);
    expect(download.suggestedFilename()).toBe('000-yiwu.pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(readFileSync(join(FIX, 'pdf/000-yiwu.pdf')))).toBe(true);
  });
});

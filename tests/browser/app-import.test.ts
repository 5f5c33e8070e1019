// The app's import paths in real Chromium against the built dist/: the picker and a synthetic
// window drop, bad files failing alone with their reasons, duplicates, persistence across reload,
// deep links and the back button, delete with undo, and the language switch.
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles } from '../../src/cli/bench-chromium';
import { closeApp, closeImportPanel, fixtureFiles, importResult, LIBRARY, openApp, reportCount, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;

beforeAll(async () => { h = await openApp(); });
afterAll(async () => { await closeApp(h); });

describe('app import', () => {
  it('explains itself when the library is empty', async () => {
    const text = await h.page.textContent('main');
    expect(text).toContain('试用示例报告');
    expect(text).toContain('不会上传');
    // Nothing to back up yet: the footer does not say it was never backed up.
    expect(text).not.toContain('尚未备份');
    expect(await reportCount(h.page)).toBe(0);
    // A library on another device comes back from its backup file: the way is offered here.
    await h.page.locator('.empty').getByRole('button', { name: '导入备份' }).click();
    await h.page.getByRole('dialog', { name: '备份与恢复' }).waitFor();
    await h.page.keyboard.press('Escape');
    await h.page.getByRole('dialog', { name: '备份与恢复' }).waitFor({ state: 'hidden' });
  });

  it('imports picked files; empty and binary files fail alone with a reason, a 30 MB text is refused as too large, each alone', async () => {
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    const big = Buffer.from('lorem ipsum dolor sit amet 12345\n'.repeat(Math.ceil((30 * 1024 * 1024) / 33)));
    await h.page.setInputFiles('#file-input', [
      ...fixtureFiles(),
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'random.txt', mimeType: 'text/plain', buffer: binary },
      { name: 'huge.txt', mimeType: 'text/plain', buffer: big },
    ]);
    const rows = await importResult(h.page);
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(rows.filter((r) => r.status === 'saved' && r.name.startsWith('00'))).toHaveLength(5);
    for (const bad of ['empty.txt', 'random.txt']) {
      const row = byName.get(bad);
      expect(row?.status, bad).toBe('failed');
      expect(row?.reason.length, `${bad} has a reason`).toBeGreaterThan(3);
    }
    expect(byName.get('empty.txt')?.reason).toContain('空');
    expect(byName.get('huge.txt')?.status).toBe('failed');
    expect(byName.get('huge.txt')?.reason).toContain('文件过大');
    expect(await h.page.textContent('.import-summary')).toContain('保存 5');
    await waitForCount(h.page, 5);
    expect(h.errors).toEqual([]);
  });

  it('folds a finished import’s list (kept open by its failures) to its summary when the reader goes elsewhere', async () => {
    const toggle = h.page.locator('.import-panel header button[aria-expanded]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await h.page.locator('.library .report-row .title a').first().click();
    await h.page.waitForSelector('.import-panel header button[aria-expanded="false"]');
    expect(await h.page.locator('.import-panel li').count()).toBe(0);
    expect(await h.page.textContent('.import-summary')).toContain('保存 5');
    await toggle.click();
    expect(await h.page.locator('.import-panel li').count()).toBeGreaterThan(5);
    await h.page.goBack();
    await h.page.waitForSelector('.library[data-ready]');
  });

  it('reports a file imported twice as a duplicate and keeps one copy', async () => {
    await closeImportPanel(h.page);
    await h.page.setInputFiles('#file-input', fixtureFiles().slice(0, 1));
    const rows = await importResult(h.page);
    expect(rows.map((r) => r.status)).toEqual(['duplicate']);
    expect(await h.page.textContent('.import-summary')).toContain('重复 1');
    expect(await reportCount(h.page)).toBe(5);
  });

  it('imports files dropped anywhere on the window', async () => {
    await closeImportPanel(h.page);
    const text = '某某市人民政府工作报告\n\n一、过去一年的工作\n\n全年新增就业岗位1200个。\n\n二、今年的任务\n\n建设公园3个。';
    await dropFiles(h.page, [{ name: 'dropped-report.txt', type: 'text/plain', data: text }]);
    const rows = await importResult(h.page);
    expect(rows).toEqual([{ name: 'dropped-report.txt', status: 'saved', reason: '' }]);
    await waitForCount(h.page, 6);
    expect(await h.page.locator('.drop-overlay').count()).toBe(0);
  });

  it('imports each report inside a picked .zip as its own file', async () => {
    await closeImportPanel(h.page);
    const zip = zipSync({
      'reports/a.txt': strToU8('甲县政协常委会工作报告\n\n一、工作回顾\n\n交办提案21件。'),
      'reports/b.txt': strToU8('乙县人大常委会工作报告\n\n一、工作回顾\n\n开展执法检查4次。'),
    });
    await h.page.setInputFiles('#file-input', [{ name: 'bundle.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }]);
    const rows = await importResult(h.page);
    expect(rows.map((r) => r.status)).toEqual(['saved', 'saved']);
    expect(rows.map((r) => r.name).join(' ')).toMatch(/a\.txt.*b\.txt/);
    await waitForCount(h.page, 8);
  });

  it('keeps the library across a reload', async () => {
    await h.page.reload();
    await waitForCount(h.page, 8);
    expect(await h.page.locator('.report-row:not(.head)').count()).toBe(8);
  });

  it('offers no "select all" when the filters leave no report, and offers it again when they are cleared', async () => {
    const body = h.page.getByRole('search', { name: '筛选报告库' }).locator('select').first();
    const values = await body.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    let emptied = false;
    for (const v of values) {
      await body.selectOption(v);
      if (await h.page.getByText('没有符合筛选条件的报告。').isVisible()) { emptied = true; break; }
    }
    expect(emptied).toBe(true);
    expect(await h.page.getByText('全选').count()).toBe(0);
    await body.selectOption('');
    await h.page.getByText('全选').waitFor();
    expect(await h.page.textContent('.library-foot')).toContain('尚未备份');
  });

  it('keeps the list\'s filters and sort across a reload of the tab', async () => {
    const bar = h.page.getByRole('search', { name: '筛选报告库' });
    const [body, place, year, sort] = [bar.locator('select').nth(0), bar.locator('select').nth(1), bar.locator('select').nth(2), bar.locator('select').nth(3)];
    const placeName = (await place.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean)))[0]!;
    await place.selectOption(placeName);
    await sort.selectOption('year');
    const shown = await h.page.locator('.report-row:not(.head) .title').allTextContents();
    await h.page.reload();
    await h.page.waitForSelector('.report-row:not(.head)');
    expect([await body.inputValue(), await place.inputValue(), await year.inputValue(), await sort.inputValue()]).toEqual(['', placeName, '', 'year']);
    expect(shown.length).toBeGreaterThan(0);
    await h.page.waitForFunction((n) => document.querySelectorAll('.report-row:not(.head) .title').length === n, shown.length);
    expect(await h.page.locator('.report-row:not(.head) .title').allTextContents()).toEqual(shown);
    // A new tab (a new visit) starts with the whole library, in the sort last chosen.
    const other = await h.context.newPage();
    await other.goto(h.server.url);
    const otherBar = other.getByRole('search', { name: '筛选报告库' });
    await other.waitForSelector('.report-row:not(.head)');
    expect(await otherBar.locator('select').nth(1).inputValue()).toBe('');
    expect(await otherBar.locator('select').nth(3).inputValue()).toBe('year');
    await other.close();
    await h.page.getByRole('button', { name: '清除筛选' }).click();
    await sort.selectOption('imported');
    await waitForCount(h.page, 8);
  });

  it('opens a report from a deep link, and the back button returns to the library', async () => {
    const href = await h.page.getAttribute('.report-row .title a >> nth=0', 'href');
    expect(href).toMatch(/^#\/report\/[0-9a-f]{64}$/);
    const direct = await h.context.newPage();
    await direct.goto(`${h.server.url}${href}`);
    await direct.waitForSelector('.report-view h1');
    expect((await direct.textContent('.report-view h1'))?.length).toBeGreaterThan(3);
    expect(await direct.locator('.reading > *').count()).toBeGreaterThanOrEqual(3);
    await direct.close();

    await h.page.click('.report-row .title a >> nth=0');
    await h.page.waitForSelector('.report-view');
    expect(h.page.url()).toContain(href!);
    await h.page.goBack();
    await h.page.waitForSelector(LIBRARY);
    expect(new URL(h.page.url()).hash).toMatch(/^(#\/?)?$/);
  });

  it('deletes selected reports and undoes it', async () => {
    await h.page.check('.report-row:not(.head) input[type=checkbox] >> nth=0');
    await h.page.check('.report-row:not(.head) input[type=checkbox] >> nth=1');
    await h.page.getByRole('button', { name: '删除所选' }).click();
    await waitForCount(h.page, 6);
    await h.page.locator('.toast').getByRole('button', { name: '撤销' }).click();
    await waitForCount(h.page, 8);
    await h.page.reload();
    await waitForCount(h.page, 8);
  });

  it('cancels a running import: the rest are marked cancelled and what was saved stays', async () => {
    await closeImportPanel(h.page);
    const before = await reportCount(h.page);
    // Big enough (~100 KB each) that the job is still running when the cancel click lands.
    const body = fixtureFiles().map((f) => f.buffer.toString('utf8')).join('\n');
    const many = Array.from({ length: 150 }, (_, i) => ({
      name: `c-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`某县政协常委会工作报告（第${i}份）\n\n${body}`),
    }));
    await h.page.setInputFiles('#file-input', many);
    await h.page.waitForSelector('.import-panel[data-running="true"]');
    await h.page.getByRole('button', { name: '取消导入' }).click();
    const rows = await importResult(h.page);
    expect(await h.page.textContent('.import-panel h2')).toBe('导入已取消');
    const saved = rows.filter((r) => r.status === 'saved').length;
    expect(rows.filter((r) => r.status === 'cancelled').length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status !== 'queued' && r.status !== 'parsing')).toBe(true);
    await h.page.reload();
    await waitForCount(h.page, before + saved);
    expect(saved).toBeLessThan(150);
  });

  it('switches the interface to English and back, remembering the choice', async () => {
    await h.page.getByRole('button', { name: 'Switch to English' }).click();
    await h.page.getByRole('button', { name: 'Import files' }).waitFor();
    expect(await h.page.getAttribute('html', 'lang')).toBe('en');
    await h.page.reload();
    await h.page.getByRole('button', { name: 'Import files' }).waitFor();
    await h.page.getByRole('button', { name: '切换到中文' }).click();
    await h.page.getByRole('button', { name: '导入文件' }).waitFor();
    expect(await h.page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(h.errors).toEqual([]);
  });

  it('words the reason a file failed in the interface language only, and rewords it on the switch', async () => {
    await closeImportPanel(h.page);
    await h.page.setInputFiles('#file-input', [
      // A GIF: JPEG, PNG and WebP are read by OCR now, other images are still refused.
      { name: 'photo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\u0001\u0000\u0001\u0000') },
      { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const reasons = async () => (await importResult(h.page)).map((r) => r.reason);
    const zh = await reasons();
    expect(zh).toHaveLength(2);
    for (const r of zh) {
      expect(r).toMatch(/\p{Script=Han}/u);
      expect(r.replace(/docx|MB/g, ''), r).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(zh[0]).toContain('图片');
    await h.page.getByRole('button', { name: 'Switch to English' }).click();
    await h.page.getByRole('button', { name: 'Import files' }).waitFor();
    const en = await reasons();
    for (const r of en) expect(r, r).not.toMatch(/\p{Script=Han}/u);
    expect(en).toEqual(['Images are not supported; save the report as text or .docx.', 'The file is empty.']);
    await h.page.getByRole('button', { name: '切换到中文' }).click();
    await h.page.getByRole('button', { name: '导入文件' }).waitFor();
    expect(await reasons()).toEqual(zh);
    expect(h.errors).toEqual([]);
  });
});

// The report view in real Chromium: headings as headings, the outline jumps and marks the section
// being read, figures jump to their paragraph, the simplified/traditional switch (keeping the reader's place), a metadata
// correction that survives a reload, the original download, ?section deep links, paste import.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, closeImportPanel, fixtureFiles, importResult, openApp, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
let href = '';
beforeAll(async () => {
  h = await openApp();
  await h.page.setInputFiles('#file-input', fixtureFiles().filter((f) => f.name.startsWith('001')));
  await importResult(h.page);
  await closeImportPanel(h.page);
  href = (await h.page.getAttribute('.report-row .title a', 'href'))!;
  await h.page.click('.report-row .title a');
  await h.page.waitForSelector('.report-view .reading');
});
afterAll(async () => { await closeApp(h); });

describe('report view', () => {
  it('sets headings as headings and lists them in the outline', async () => {
    const headings = await h.page.locator('.reading [data-heading]').count();
    const links = await h.page.locator('.outline-nav a').count();
    expect(headings).toBeGreaterThan(0);
    expect(links).toBe(headings);
    expect(await h.page.locator('.reading h2').count()).toBeGreaterThan(0);
  });

  it('jumps to a section from the outline, records it in the URL and marks it as current', async () => {
    const link = h.page.locator('.outline-nav a').nth(3);
    const title = ((await link.textContent()) ?? '').replace(/^\S*?\s/, '');
    expect(await link.getAttribute('href')).toBe(`${href}?section=3`);
    await link.click();
    await h.page.waitForFunction(() => location.hash.includes('section=3'));
    await h.page.waitForSelector('.outline-nav a[aria-current="location"]');
    const box = await h.page.locator('.reading [data-heading="3"]').boundingBox();
    expect(box!.y).toBeLessThan(300);
    expect(await h.page.locator('.reading [data-heading="3"]').textContent()).toContain(title.slice(-4));
  });

  it('opens a ?section= deep link at that section', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}${href}?section=5`);
    await page.waitForSelector('.reading [data-heading="5"]');
    await page.waitForFunction(() => {
      const el = document.querySelector('.reading [data-heading="5"]');
      return !!el && el.getBoundingClientRect().top < 300 && el.getBoundingClientRect().top > -50;
    });
    await page.close();
  });

  it('jumps to a figure\'s paragraph and flashes it', async () => {
    const first = h.page.locator('.fig-table tbody button').first();
    await first.click();
    const flashed = h.page.locator('.reading .flash');
    await flashed.waitFor();
    expect(await flashed.textContent()).toContain(((await first.textContent()) ?? '').slice(-3));
  });

  it('shows the traditional report in simplified script and back', async () => {
    await h.page.evaluate(() => window.scrollTo(0, 0));
    const original = (await h.page.textContent('.reading'))!;
    expect(original).toContain('協');
    const head = (await h.page.textContent('.report-head .title-block'))!;
    expect(head).toContain('鷹潭市');
    await h.page.getByRole('button', { name: '简体' }).click();
    await h.page.waitForFunction(() => document.querySelector('.reading')?.textContent?.includes('协'));
    expect(await h.page.getAttribute('button[aria-pressed="true"]', 'aria-pressed')).toBe('true');
    // The head follows: title, place and speaker in simplified script too.
    const simplified = (await h.page.textContent('.report-head .title-block'))!;
    expect(simplified).toContain('中国人民政治协商会议鹰潭市');
    expect(simplified).toMatch(/鹰潭市 ·.*黄云/);
    expect(simplified).not.toMatch(/[鷹國協會黃]/);
    await h.page.getByRole('button', { name: '繁体' }).click();
    await h.page.waitForFunction((t) => document.querySelector('.reading')?.textContent === t, original);
    expect(await h.page.textContent('.report-head .title-block')).toBe(head);
  });

  it('keeps the paragraph being read when the script is switched, both ways, on a desktop and a phone', async () => {
    // The paragraph at the top of the screen, under the top bar while it is in view, and how far its top sits from there.
    const place = (page: Page) => page.evaluate(() => {
      const bar = Math.max(0, document.querySelector('.topbar')!.getBoundingClientRect().bottom);
      const el = [...document.querySelectorAll('.reading > [id]')].find((e) => e.getBoundingClientRect().bottom > bar)!;
      return { id: el.id, offset: Math.round(el.getBoundingClientRect().top - bar) };
    });
    const expectSame = (now: { id: string; offset: number }, read: { id: string; offset: number }, what: string) => {
      expect(now.id, what).toBe(read.id);
      expect(Math.abs(now.offset - read.offset), what).toBeLessThanOrEqual(2);
    };
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const page = await h.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${h.server.url}${href}?section=15`);
      await page.waitForSelector('.reading [data-heading="15"]');
      await page.waitForFunction(() => window.scrollY > 1000);
      await page.mouse.wheel(0, 150); // off the heading: a place inside a paragraph, not a jump target
      await page.waitForTimeout(1200); // rests there: that is what was being read
      const read = await place(page);
      // The switch sits above the text: clicking it scrolls up to it, as a reader has to.
      await page.getByRole('button', { name: '简体' }).click();
      await page.waitForFunction(() => document.querySelector('.reading')?.textContent?.includes('协'));
      await page.waitForTimeout(300);
      expectSame(await place(page), read, `${viewport.width} px to simplified`);
      await page.getByRole('button', { name: '繁体' }).click();
      await page.waitForFunction(() => document.querySelector('.reading')?.textContent?.includes('協'));
      await page.waitForTimeout(300);
      expectSame(await place(page), read, `${viewport.width} px back to traditional`);
      expect(new URL(page.url()).hash).toContain('section=15');
      await page.close();
    }
  });

  it('leaves a reader who rested at the top of the report there when the script is switched', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.server.url}${href}?section=15`);
    await page.waitForFunction(() => window.scrollY > 1000);
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(1200); // read there
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(1200); // then rested at the top, reading the title and summary
    await page.getByRole('button', { name: '简体' }).click();
    await page.waitForFunction(() => document.querySelector('.reading')?.textContent?.includes('协'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(100);
    await page.close();
  });

  it('saves a metadata correction that survives a reload', async () => {
    await h.page.getByRole('button', { name: '修改元数据' }).click();
    // A year that is not four digits is refused in the interface's language, naming the format.
    const year = h.page.getByLabel('回顾年份', { exact: true });
    const before = await year.inputValue();
    await year.fill('20２');
    expect(await year.evaluate((el) => (el as HTMLInputElement).validationMessage)).toBe('请填写四位数的年份，如 2024');
    await year.fill(before);
    expect(await year.evaluate((el) => (el as HTMLInputElement).validationMessage)).toBe('');
    await h.page.getByLabel('地区', { exact: true }).fill('测试市');
    await h.page.getByRole('button', { name: '保存', exact: true }).click();
    await h.page.waitForSelector('dd[data-field="locality"]');
    expect(await h.page.textContent('dd[data-field="locality"]')).toContain('测试市');
    await h.page.reload();
    await h.page.waitForSelector('dd[data-field="locality"]');
    expect(await h.page.textContent('dd[data-field="locality"]')).toMatch(/测试市.*已手动修正/);
    await h.page.goto(h.server.url);
    await waitForCount(h.page, 1);
    expect(await h.page.textContent('.report-row:not(.head)')).toContain('测试市');
  });

  it('downloads the original file byte for byte', async () => {
    await h.page.goto(`${h.server.url}${href}`);
    await h.page.waitForSelector('.report-view .reading');
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: '下载原文件' }).click()]);
    expect(download.suggestedFilename()).toBe('001_da7eefc472fc5678.txt');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(fixtureFiles().find((f) => f.name.startsWith('001'))!.buffer)).toBe(true);
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const phone = await h.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const hash of ['', href]) {
      await phone.goto(`${h.server.url}${hash}`);
      await phone.waitForSelector(hash ? '.report-view .reading' : '.library[data-ready]');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), hash || 'library').toBeLessThanOrEqual(360);
    }
    await phone.close();
  });

  it('says so when a linked report is not in the library', async () => {
    await h.page.goto(`${h.server.url}#/report/${'0'.repeat(64)}`);
    await h.page.getByText('找不到这份报告').waitFor();
    await h.page.getByRole('link', { name: '返回报告库' }).click();
    await h.page.waitForSelector('.library[data-ready]');
  });

  it('imports pasted text as a new report named from its first line', async () => {
    await h.page.goto(h.server.url);
    await waitForCount(h.page, 1);
    await h.page.getByRole('button', { name: '粘贴文本' }).click();
    await h.page.getByLabel('报告全文', { exact: true }).fill('某县人大常委会工作报告\n\n一、2023年工作回顾\n\n听取审议专项工作报告12个。\n\n二、2024年工作任务\n\n开展执法检查5次。');
    await h.page.getByRole('button', { name: '导入', exact: true }).click();
    expect(await importResult(h.page)).toEqual([{ name: '某县人大常委会工作报告.txt', status: 'saved', reason: '' }]);
    await waitForCount(h.page, 2);
    expect(h.errors).toEqual([]);
  });

  it('keeps a greeting pasted by mistake but says, in the import and in the report, that it does not look like one', async () => {
    await h.page.getByRole('button', { name: '粘贴文本' }).click();
    await h.page.getByLabel('报告全文', { exact: true }).fill('你好');
    await h.page.getByRole('button', { name: '导入', exact: true }).click();
    expect(await importResult(h.page)).toEqual([{ name: '你好.txt', status: 'saved', reason: expect.stringContaining('全文只有 2 个汉字，不像一份工作报告') }]);
    await closeImportPanel(h.page);
    await waitForCount(h.page, 3);
    await h.page.locator('.report-row .title a', { hasText: '你好' }).click();
    await h.page.waitForSelector('.warnings li[data-code="little-chinese"]');
    expect(await h.page.textContent('.warnings li[data-code="little-chinese"]')).toContain('全文只有 2 个汉字，不像一份工作报告');
  });
});

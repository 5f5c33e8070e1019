// The compare view in real Chromium against the built app: opened from the library's two-report
// selection, rows with pairs and gaps, the changes list, synced (and unlinked) scrolling, swapping
// and changing sides, the pair's character diff, plan against delivery, and the Markdown download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Converter } from 'opencc-js/cn2t';
import { closeApp, closeImportPanel, fixtureFiles, importResult, openApp, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
let ids: Record<string, string> = {};
const PICK = ['000', '001', '003'];

/** 000 in traditional script with one figure changed: the pair detail must show only that edit. */
function editedCopy(): { name: string; mimeType: string; buffer: Buffer } {
  const source = fixtureFiles().find((f) => f.name.startsWith('000'))!.buffer.toString('utf8');
  expect(source).toContain('交办提案302件');
  const text = Converter({ from: 'cn', to: 'tw' })(source.replace('交办提案302件', '交办提案325件'));
  return { name: '005_edited.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}

async function rowTops(page: Page, row: number): Promise<[number, number]> {
  return page.evaluate((r) => [0, 1].map((side) => {
    const col = document.querySelector<HTMLElement>(`.cmp-col[data-side="${side}"]`)!;
    const cell = col.querySelector<HTMLElement>(`:scope > [data-row="${r}"]`)!;
    return cell.getBoundingClientRect().top - col.getBoundingClientRect().top;
  }) as [number, number], row);
}

beforeAll(async () => {
  h = await openApp();
  await h.page.setInputFiles('#file-input', [...fixtureFiles().filter((f) => PICK.includes(f.name.slice(0, 3))), editedCopy()]);
  await importResult(h.page);
  await closeImportPanel(h.page);
  await waitForCount(h.page, 4);
  ids = Object.fromEntries(await h.page.$$eval('.report-row:not(.head)', (rows) => rows.map((r) => [
    (r.querySelector('.file')?.textContent ?? r.querySelector('.title a')?.textContent ?? '').slice(0, 3),
    (r.querySelector('.title a')?.getAttribute('href') ?? '').split('/').pop() ?? '',
  ])));
});
afterAll(async () => { await closeApp(h); });

describe('compare view', () => {
  it('opens from the library when exactly two reports are selected', async () => {
    const check = (prefix: string) => h.page.locator('.report-row', { hasText: `${prefix}_` }).locator('input[type="checkbox"]');
    await check('000').check();
    expect(await h.page.getByRole('link', { name: '对比所选两份' }).count()).toBe(0);
    await check('003').check();
    await h.page.getByRole('link', { name: '对比所选两份' }).click();
    await h.page.waitForSelector('.compare-view');
    expect(await h.page.evaluate(() => location.hash)).toBe(`#/compare/${ids['000']}/${ids['003']}`);
  });

  it('renders rows that pair sections, with similarity, and gaps on either side', async () => {
    const rows = Number(await h.page.getAttribute('.compare-view', 'data-rows'));
    expect(rows).toBeGreaterThan(10);
    for (const side of [0, 1]) expect(await h.page.locator(`.cmp-col[data-side="${side}"] > [data-row]`).count()).toBe(rows);
    expect(await h.page.locator('.cmp-col[data-side="0"] > button[data-row]').count()).toBeGreaterThanOrEqual(2);
    expect(await h.page.locator('.cmp-col[data-side="1"] > .gap').count()).toBeGreaterThan(0);
    expect(await h.page.locator('.cmp-col[data-side="0"] > .gap').count()).toBeGreaterThan(0);
    expect(await h.page.textContent('.cmp-col[data-side="0"] > button[data-row] .pct')).toMatch(/^\d+%$/);
    // 000's review of 2018 and 003's review of 2019 pair as the first row.
    expect(await h.page.textContent('.cmp-col[data-side="0"] > [data-row="0"]')).toContain('2018年工作回顾');
    expect(await h.page.textContent('.cmp-col[data-side="1"] > [data-row="0"]')).toContain('2019年工作回顾');
  });

  it('keeps the two columns on the same row while scrolling, unless unlinked', async () => {
    const rows = Number(await h.page.getAttribute('.compare-view', 'data-rows'));
    const target = Math.floor(rows * 0.6);
    await h.page.evaluate((r) => {
      const col = document.querySelector<HTMLElement>('.cmp-col[data-side="0"]')!;
      col.scrollTop = col.querySelector<HTMLElement>(`:scope > [data-row="${r}"]`)!.offsetTop;
    }, target);
    await h.page.waitForFunction(() => document.querySelector('.cmp-col[data-side="1"]')!.scrollTop > 0);
    const [left, right] = await rowTops(h.page, target);
    expect(Math.abs(left)).toBeLessThan(3);
    expect(Math.abs(right - left)).toBeLessThan(3);
    await h.page.getByLabel('同步滚动').uncheck();
    const before = await h.page.$eval('.cmp-col[data-side="1"]', (c) => c.scrollTop);
    await h.page.$eval('.cmp-col[data-side="0"]', (c) => { c.scrollTop = 0; });
    await h.page.waitForTimeout(200);
    expect(await h.page.$eval('.cmp-col[data-side="1"]', (c) => c.scrollTop)).toBe(before);
    await h.page.getByLabel('同步滚动').check();
  });

  it('lists changes and scrolls to a change\'s row in both columns', async () => {
    const items = h.page.locator('.cmp-changes button[data-change-row]');
    expect(await items.count()).toBeGreaterThan(0);
    const last = items.last();
    const row = Number(await last.getAttribute('data-change-row'));
    await last.click();
    await h.page.waitForFunction((r) => {
      const col = document.querySelector<HTMLElement>('.cmp-col[data-side="0"]')!;
      const cell = col.querySelector<HTMLElement>(`:scope > [data-row="${r}"]`)!;
      const top = cell.getBoundingClientRect().top - col.getBoundingClientRect().top;
      return top >= 0 && top < col.clientHeight;
    }, row);
    const [left, right] = await rowTops(h.page, row);
    expect(Math.abs(right - left)).toBeLessThan(3);
    const cells = h.page.locator('.cmp-col[data-side="0"] > [data-row]');
    const total = await cells.count();
    const changed = await h.page.locator('.cmp-col[data-side="0"] > [data-row]:not([data-kind="same"])').count();
    await h.page.getByLabel('只看变化').check();
    await h.page.waitForFunction((n) => document.querySelectorAll('.cmp-col[data-side="0"] > [data-row]').length === n, changed);
    expect(changed).toBeLessThan(total);
    expect(await h.page.locator('.cmp-col[data-side="0"] > [data-kind="same"]').count()).toBe(0);
    await h.page.getByLabel('只看变化').uncheck();
  });

  it('opens a pair\'s full text with shared phrases marked and differences highlighted', async () => {
    await h.page.locator('.cmp-col[data-side="0"] > button[data-row="0"]').click();
    await h.page.waitForSelector('.cmp-detail');
    expect(await h.page.locator('.cmp-detail mark.cmp-shared').count()).toBeGreaterThan(0);
    expect(await h.page.locator('.cmp-detail del.cmp-del').count()).toBeGreaterThan(0);
    expect(await h.page.locator('.cmp-detail ins.cmp-ins').count()).toBeGreaterThan(0);
    const texts = await h.page.$$eval('.cmp-detail .cmp-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts[0]!.length).toBeGreaterThan(500);
    expect(texts[1]!.length).toBeGreaterThan(500);
    expect(await h.page.locator('.cmp-detail .cmp-fig').count()).toBeGreaterThan(0);
    await h.page.screenshot({ path: '/tmp/shots/compare-detail-1280.png', fullPage: false });
    await h.page.getByRole('button', { name: '关闭对照' }).click();
    expect(await h.page.locator('.cmp-detail').count()).toBe(0);
  });

  it('marks only the edit between a report and its edited traditional copy, and flags the figure', async () => {
    await h.page.goto(`${h.server.url}#/compare/${ids['000']}/${ids['005']}`);
    await h.page.waitForSelector('.cmp-col [data-row]');
    expect(await h.page.locator('.cmp-col[data-side="1"] > .gap').count()).toBe(0);
    await h.page.locator('.cmp-col[data-side="0"] > button[data-row="0"]').click();
    await h.page.waitForSelector('.cmp-detail');
    const [left, right] = await h.page.$$eval('.cmp-detail .cmp-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(right).toContain('協');
    const deleted = (await h.page.$$eval('.cmp-detail del.cmp-del', (els) => els.map((e) => e.textContent).join(''))).length;
    expect(deleted).toBeGreaterThan(0);
    expect(deleted).toBeLessThan(left!.length / 100);
    expect(await h.page.textContent('.cmp-figs')).toMatch(/交办提案302件[\s\S]*交辦提案325件/);
    const flagged = await h.page.$$eval('.cmp-detail .cmp-text', (els) => els.map((e) => [...e.querySelectorAll('.cmp-fig')].map((f) => f.textContent).join('')));
    expect(flagged[0]).toContain('交办提案302件');
    expect(flagged[1]).toContain('交辦提案325件');
    await h.page.locator('.cmp-detail del.cmp-del').first().scrollIntoViewIfNeeded();
    await h.page.screenshot({ path: '/tmp/shots/compare-edit-1280.png', fullPage: false });
    await h.page.goto(`${h.server.url}#/compare/${ids['000']}/${ids['003']}`);
    await h.page.waitForSelector('.cmp-col [data-row]');
  });

  it('offers plan against delivery when one report plans the year the other reviews', async () => {
    await h.page.evaluate(() => window.scrollTo(0, 0));
    await h.page.screenshot({ path: '/tmp/shots/compare-1280.png', fullPage: false });
    await h.page.getByRole('button', { name: '计划与落实' }).click();
    await h.page.waitForSelector('.cmp-plan');
    expect(await h.page.locator('.cmp-plan tbody tr').count()).toBeGreaterThan(2);
    expect(await h.page.textContent('.cmp-plan')).toContain('2019');
    await h.page.screenshot({ path: '/tmp/shots/compare-plan-1280.png', fullPage: false });
    // A planned item opens beside its best reported match: the plan (000, left) left, the delivery right.
    const item = h.page.locator('.cmp-plan tbody button').first();
    const planned = (await item.textContent())!;
    await item.click();
    await h.page.waitForSelector('.cmp-detail .cmp-text');
    const heads = await h.page.$$eval('.cmp-detail-cols h3', (els) => els.map((e) => e.textContent ?? ''));
    expect(heads[0]).toContain(planned);
    expect(heads[1]).toContain((await h.page.textContent('.cmp-plan tbody tr:first-child td:nth-child(2)'))!);
    await h.page.getByRole('button', { name: '关闭对照' }).click();
    await h.page.getByRole('button', { name: '提纲对照' }).click();
  });

  it('downloads the comparison as Markdown', async () => {
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: '导出 Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^对比-.*\.md$/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
    const md = Buffer.concat(chunks).toString('utf8');
    expect(md).toContain('# 报告对比');
    expect(md).toContain('2018年工作回顾');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBeGreaterThan(10);
  });

  it('swaps sides and changes one side from a searchable list', async () => {
    await h.page.getByRole('button', { name: '左右互换' }).click();
    await h.page.waitForFunction((hash) => location.hash === hash, `#/compare/${ids['003']}/${ids['000']}`);
    await h.page.waitForSelector('.cmp-col[data-side="0"] > [data-row="0"]');
    expect(await h.page.textContent('.cmp-col[data-side="0"] > [data-row="0"]')).toContain('2019年工作回顾');
    await h.page.getByRole('button', { name: '更换右侧报告' }).click();
    await h.page.getByLabel('按标题、地区、年份查找').fill('鷹潭');
    const choices = h.page.locator('.cmp-picker button');
    expect(await choices.count()).toBe(1);
    await choices.click();
    await h.page.waitForFunction((hash) => location.hash === hash, `#/compare/${ids['003']}/${ids['001']}`);
    await h.page.waitForSelector('.cmp-side[data-side="1"] a');
    expect(await h.page.textContent('.cmp-side[data-side="1"] a')).toContain('鷹潭');
  });

  it('starts a comparison from a report through "compare with…"', async () => {
    await h.page.goto(`${h.server.url}#/report/${ids['001']}`);
    await h.page.waitForSelector('.report-view .reading');
    await h.page.getByRole('button', { name: '与…对比' }).click();
    await h.page.getByLabel('按标题、地区、年份查找').fill('义乌');
    await h.page.locator('.cmp-picker button').click();
    await h.page.waitForFunction((hash) => location.hash === hash, `#/compare/${ids['001']}/${ids['000']}`);
    await h.page.waitForSelector('.cmp-col [data-row]');
  });

  it('speaks English after the switch, and draws in dark mode', async () => {
    await h.page.goto(`${h.server.url}#/compare/${ids['000']}/${ids['005']}`);
    await h.page.waitForSelector('.cmp-col [data-row]');
    await h.page.emulateMedia({ colorScheme: 'dark' });
    await h.page.getByRole('button', { name: 'Switch to English' }).click();
    await h.page.getByRole('heading', { name: 'Compare reports' }).waitFor();
    expect(await h.page.getByRole('button', { name: 'Swap sides' }).count()).toBe(1);
    await h.page.locator('.cmp-col[data-side="0"] > button[data-row="1"]').click();
    await h.page.getByRole('heading', { name: 'Side by side' }).waitFor();
    await h.page.evaluate(() => window.scrollTo(0, 0));
    await h.page.screenshot({ path: '/tmp/shots/compare-dark-en-1280.png', fullPage: false });
    await h.page.getByRole('heading', { name: 'Side by side' }).scrollIntoViewIfNeeded();
    await h.page.screenshot({ path: '/tmp/shots/compare-dark-en-detail-1280.png', fullPage: false });
    await h.page.getByRole('button', { name: '切换到中文' }).or(h.page.locator('.topbar .lang')).first().click();
    await h.page.emulateMedia({ colorScheme: 'light' });
    await h.page.getByRole('heading', { name: '报告对比' }).waitFor();
  });

  it('says so when a linked report is missing', async () => {
    await h.page.goto(`${h.server.url}#/compare/${ids['000']}/${'0'.repeat(64)}`);
    await h.page.getByText('找不到要对比的报告').waitFor();
    expect(h.errors).toEqual([]);
  });

  it('stacks pairs as cards on a 360 px phone without sideways scrolling', async () => {
    const phone = await h.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${h.server.url}#/compare/${ids['000']}/${ids['003']}`);
    await phone.waitForSelector('.cmp-cards .cmp-card');
    expect(await phone.locator('.cmp-col').count()).toBe(0);
    const first = phone.locator('.cmp-card').first();
    expect(await first.locator('.side').count()).toBe(2);
    await phone.screenshot({ path: '/tmp/shots/compare-360.png', fullPage: false });
    await phone.locator('.cmp-cards').scrollIntoViewIfNeeded();
    await phone.evaluate(() => window.scrollBy(0, -60));
    await phone.screenshot({ path: '/tmp/shots/compare-360-cards.png', fullPage: false });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await first.locator('button').click();
    await phone.waitForSelector('.cmp-detail mark.cmp-shared');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: '/tmp/shots/compare-detail-360.png', fullPage: false });
    // The changed figures' table has no head row on a phone: each value names its side.
    await phone.goto(`${h.server.url}#/compare/${ids['000']}/${ids['005']}`);
    await phone.locator('.cmp-card button').first().click();
    await phone.waitForSelector('.cmp-figs td');
    expect(await phone.locator('.cmp-figs thead').isVisible()).toBe(false);
    expect(await phone.$$eval('.cmp-figs tbody td', (tds) => tds.map((td) => getComputedStyle(td, '::before').content))).toEqual(['"左"', '"右"']);
    await phone.close();
  });
});

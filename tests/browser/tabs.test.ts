// One library in two tabs (two pages of one context), real Chromium on the built app: each tab lists
// and finds what the other imported without a reload, deletes propagate, a metadata correction shows
// in the other tab's list and open report, and both importing at once ends with the union in both
// and an index whose counts equal a Ctrl+F count of the rendered text, in both tabs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeImportPanel, fixtureFiles, importResult, waitForCount } from '../e2e/helpers';
import { closeTabs, ctrlFCount, goHash, indexedHere, listedIds, openTabs, searchCounts, variantFiles, type Tabs } from '../support/tabs';

const TERM = '提案';
let t: Tabs;
let a: Page;
let b: Page;

beforeAll(async () => {
  t = await openTabs(2);
  [a, b] = t.pages as [Page, Page];
});
afterAll(() => closeTabs(t));

async function importIn(page: Page, files: ReturnType<typeof fixtureFiles>): Promise<void> {
  await closeImportPanel(page);
  await page.setInputFiles('#file-input', files);
  await importResult(page);
  await closeImportPanel(page);
}

/** Both tabs list the same reports and count TERM as Ctrl+F does, each in its own index. */
async function expectCoherent(size: number): Promise<void> {
  const [idsA, idsB] = [await listedIds(a), await listedIds(b)];
  expect(idsA).toHaveLength(size);
  expect(idsB).toEqual(idsA);
  const manual = await ctrlFCount(a, idsA, TERM);
  expect(manual).toBeGreaterThan(0);
  for (const page of [a, b]) {
    // Poll: the index may still be taking the last change in; a tab that never does times out here.
    await expect.poll(async () => (await searchCounts(page, TERM, size)).hits, { timeout: 30_000 }).toBe(manual);
  }
  expect(await ctrlFCount(b, idsB, TERM)).toBe(manual);
}

describe('two tabs, one library', () => {
  it('a tab opened before an import lists and finds what the other tab imported', async () => {
    const seeds = fixtureFiles();
    await importIn(a, seeds.slice(0, 3));
    await waitForCount(b, 3);
    const found = await searchCounts(b, '众反映强烈', 3);
    expect(found.reports).toBeGreaterThan(0);
    await expectCoherent(3);
  });

  it('the first tab lists and finds what the second imported', async () => {
    await goHash(b, '#/');
    await importIn(b, fixtureFiles().slice(3));
    await goHash(a, '#/');
    await waitForCount(a, 5);
    await expectCoherent(5);
    expect(t.errors).toEqual([]);
  });

  it('a delete in one tab leaves the other tab listing and finding the rest only', async () => {
    await goHash(a, '#/');
    const rows = a.locator('.report-row:not(.head)');
    const firstHref = (await rows.nth(0).locator('.title a').getAttribute('href'))!;
    const doomed = [firstHref, (await rows.nth(1).locator('.title a').getAttribute('href'))!].map((h) => h.replace('#/report/', ''));
    // B reads the first report A deletes: its view must say the report is gone, without a reload.
    await goHash(b, firstHref);
    await b.waitForSelector(`.report-view[data-report="${doomed[0]}"] .reading`);
    await a.check('.report-row:not(.head) input[type=checkbox] >> nth=0');
    await a.check('.report-row:not(.head) input[type=checkbox] >> nth=1');
    await a.getByRole('button', { name: '删除所选' }).click();
    await waitForCount(a, 3);
    await b.waitForSelector('.report-view', { state: 'detached', timeout: 10_000 });
    expect(await b.textContent('main')).toContain('返回报告库');
    await goHash(b, '#/');
    await waitForCount(b, 3);
    const hits = await searchCounts(b, TERM, 3);
    expect(hits.ids.filter((id) => doomed.includes(id))).toEqual([]);
    await expectCoherent(3);
  });

  it('a metadata correction made in one tab shows in the other tab’s list and open report', async () => {
    const [id] = await listedIds(a);
    await goHash(b, `#/report/${id}`);
    await b.waitForSelector(`.report-view[data-report="${id}"] dd[data-field="locality"]`);
    await goHash(a, `#/report/${id}`);
    await a.getByRole('button', { name: '修改元数据' }).click();
    await a.getByLabel('地区', { exact: true }).fill('另一标签市');
    await a.getByRole('button', { name: '保存', exact: true }).click();
    // B never navigates: its open report must refresh on its own.
    await b.waitForFunction(() => document.querySelector('dd[data-field="locality"]')?.textContent?.includes('另一标签市'), null, { timeout: 10_000 });
    await goHash(b, '#/');
    await b.waitForFunction(() => document.querySelector('.library')?.textContent?.includes('另一标签市'));
    const filtered = await searchCounts(b, TERM, 3);
    expect(filtered.hits).toBeGreaterThan(0);
  });

  it('the other tab’s figures table follows an import and a delete (its trends cache re-reads the library)', async () => {
    const totalOf = async () => {
      const text = await b.textContent('.figures-view');
      return Number(/显示 \d+ \/ (\d+) 个数字/.exec(text ?? '')?.[1] ?? -1);
    };
    await goHash(b, '#/figures');
    await b.waitForFunction(() => /显示 \d+ \/ \d+ 个数字/.test(document.querySelector('.figures-view')?.textContent ?? ''), null, { timeout: 30_000 });
    const before = await totalOf();
    expect(before).toBeGreaterThan(0);
    await goHash(a, '#/');
    await importIn(a, variantFiles(2, '图'));
    await expect.poll(totalOf, { timeout: 20_000 }).toBeGreaterThan(before);
    await a.check('.report-row:not(.head) input[type=checkbox] >> nth=0');
    await a.check('.report-row:not(.head) input[type=checkbox] >> nth=1');
    await a.getByRole('button', { name: '删除所选' }).click();
    await waitForCount(a, 3);
    await expect.poll(totalOf, { timeout: 20_000 }).toBe(before);
  });

  it('both tabs importing at once end with the union and a consistent index in both', async () => {
    const shared = variantFiles(6, '并');
    const onlyA = variantFiles(14, '甲');
    const onlyB = variantFiles(14, '乙');
    await searchCounts(a, TERM, 3);
    await searchCounts(b, TERM, 3);
    const before = (await indexedHere(a)) + (await indexedHere(b));
    await Promise.all([goHash(a, '#/'), goHash(b, '#/')]);
    await Promise.all([closeImportPanel(a), closeImportPanel(b)]);
    await Promise.all([
      a.setInputFiles('#file-input', [...shared, ...onlyA]),
      b.setInputFiles('#file-input', [...onlyB, ...shared.slice().reverse()]),
    ]);
    const [rowsA, rowsB] = await Promise.all([importResult(a), importResult(b)]);
    expect(rowsA.every((r) => r.status === 'saved' || r.status === 'duplicate')).toBe(true);
    expect(rowsB.every((r) => r.status === 'saved' || r.status === 'duplicate')).toBe(true);
    // Each shared file is saved by exactly one tab and a duplicate in the other.
    const savedShared = [...rowsA, ...rowsB].filter((r) => r.name.startsWith('并-') && r.status === 'saved');
    expect(savedShared).toHaveLength(6);
    await Promise.all([closeImportPanel(a), closeImportPanel(b)]);
    const total = 3 + 6 + 14 + 14;
    await Promise.all([waitForCount(a, total), waitForCount(b, total)]);
    const marker = await searchCounts(a, '测试件', total);
    expect(marker.reports).toBe(34);
    expect((await searchCounts(b, '测试件', total)).reports).toBe(34);
    await expectCoherent(total);
    // Each new report was indexed by one tab's worker; the other adopted the stored record (Web Lock).
    await searchCounts(a, TERM, total);
    await searchCounts(b, TERM, total);
    expect((await indexedHere(a)) + (await indexedHere(b)) - before).toBe(34);
    expect(t.errors).toEqual([]);
  });

  it('says whether the browser granted persistent storage, and what it means when not', async () => {
    await goHash(a, '#/');
    const foot = await a.textContent('.library-foot');
    const granted = foot?.includes('已申请持久存储');
    if (!granted) expect(await a.textContent('.persist-note[data-persist="denied"]')).toContain('可能不经询问就清除');
    await a.screenshot({ path: '/tmp/shots/tabs-library-1280.png', fullPage: true });
    await b.setViewportSize({ width: 360, height: 740 });
    await goHash(b, '#/');
    await b.locator('.library-foot').scrollIntoViewIfNeeded();
    await b.screenshot({ path: '/tmp/shots/tabs-library-360.png' });
  });
});

// Export of the library's tables from the library view in real Chromium: the sample reports in,
// the whole library out as one zip (JSON Lines and CSV for reports, sections, figures), then only
// the reports a filter shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { closeApp, closeImportPanel, importResult, openApp, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
beforeAll(async () => { h = await openApp(); }, 60_000);
afterAll(async () => { await closeApp(h); });

async function exportZip(name: RegExp): Promise<Record<string, Uint8Array>> {
  const [download] = await Promise.all([h.page.waitForEvent('download', { timeout: 60_000 }), h.page.getByRole('button', { name }).click()]);
  expect(download.suggestedFilename()).toMatch(/^zhengbao-tables-\d{4}-\d\d-\d\d\.zip$/);
  return unzipSync(new Uint8Array(readFileSync((await download.path())!)));
}

const lines = (files: Record<string, Uint8Array>, name: string) =>
  new TextDecoder().decode(files[name]).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tables export in the library view', () => {
  it('exports the whole library as three tables, JSON Lines and CSV with a BOM', async () => {
    await h.page.getByRole('button', { name: '试用示例报告' }).click();
    await importResult(h.page);
    await waitForCount(h.page, 5);
    await closeImportPanel(h.page);
    const files = await exportZip(/^导出数据表$/);
    expect(Object.keys(files).sort()).toEqual(['figures.csv', 'figures.jsonl', 'reports.csv', 'reports.jsonl', 'sections.csv', 'sections.jsonl']);
    const reports = lines(files, 'reports.jsonl');
    expect(reports).toHaveLength(5);
    const ids = new Set(reports.map((r) => r.id));
    const figures = lines(files, 'figures.jsonl');
    expect(figures.length).toBeGreaterThan(50);
    expect(figures.every((f) => ids.has(f.reportId) && typeof f.category === 'string')).toBe(true);
    expect(lines(files, 'sections.jsonl').every((s) => ids.has(s.reportId))).toBe(true);
    expect([...files['figures.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await h.page.locator('.toast', { hasText: '已导出 5 份报告的数据表' }).waitFor();
  }, 120_000);

  it('exports only the reports the filter shows', async () => {
    const localities = await h.page.$$eval('.toolbar label:nth-of-type(2) option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await h.page.locator('.toolbar label:nth-of-type(2) select').selectOption(localities[0]!);
    const shown = Number(await h.page.locator('.library').getAttribute('data-reports'));
    const count = await h.page.$$eval('.library a[href^="#/report/"]', (as) => new Set(as.map((a) => a.getAttribute('href'))).size);
    expect(count).toBeLessThan(shown);
    const files = await exportZip(/^导出所示 \d+ 份的数据表$/);
    const reports = lines(files, 'reports.jsonl');
    expect(reports).toHaveLength(count);
    expect(reports.every((r) => r.locality === localities[0])).toBe(true);
    expect(h.errors).toEqual([]);
  }, 120_000);
});

// Library files (.zbak/.zbk backups) given to the app the awkward ways a first-time user does:
// dropped onto a library that already holds reports, with their first bytes damaged, truncated,
// or inside a zip. A damaged one is refused with its name and why and the library stays as it
// was; none is ever parsed into a "report" of its manifest and bytes.
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles } from '../../src/cli/bench-chromium';
import { backupHeader } from '../../src/store/backup';
import { sha256Hex } from '../../src/store/hash';
import { closeApp, closeImportPanel, importResult, openApp, reportCount, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
let backup: Buffer;

const REPORT = '丙县人民政府工作报告\n\n一、过去一年的工作\n\n新建学校5所，新增就业岗位800个。\n\n二、今年的任务\n\n建设公园2个。';
const OWN = '丁县政协常委会工作报告\n\n一、工作回顾\n\n交办提案120件。';

/** A one-report backup as the app writes it: header, manifest, checksum, the original. */
async function makeBackup(): Promise<Buffer> {
  const original = Buffer.from(REPORT);
  const entry = { id: await sha256Hex(original), fileName: 'bing.txt', type: 'text/plain', size: original.length, importedAt: Date.now() };
  return Buffer.concat([...(await backupHeader([entry], {})), original]);
}

/** The error banner after a backup drop (the dialog it opens is closed first). */
async function banner(): Promise<string> {
  const el = h.page.locator('.banner.error');
  await el.waitFor({ timeout: 30_000 });
  await h.page.keyboard.press('Escape');
  return (await el.textContent()) ?? '';
}

async function dismissBanner(): Promise<void> {
  const el = h.page.locator('.banner.error');
  if (await el.count()) await el.getByRole('button').last().click();
}

beforeAll(async () => {
  backup = await makeBackup();
  h = await openApp();
  await dropFiles(h.page, [{ name: 'own.txt', type: 'text/plain', data: OWN }]);
  await importResult(h.page);
  await closeImportPanel(h.page);
  await waitForCount(h.page, 1);
});
afterAll(async () => { await closeApp(h); });

describe('library files dropped on the page', () => {
  it('a backup whose first bytes were damaged is refused by name, not imported as a report', async () => {
    const damaged = Buffer.from(backup);
    damaged[0] = 0x7a;
    await dropFiles(h.page, [{ name: 'damaged.zbk', type: '', data: damaged }]);
    const text = await banner();
    expect(text).toContain('damaged.zbk');
    expect(text).toContain('不是政报通备份文件');
    await h.page.waitForTimeout(500);
    expect(await h.page.locator('.import-panel').count()).toBe(0);
    expect(await reportCount(h.page)).toBe(1);
    await dismissBanner();
  });

  it('a truncated backup is refused with its name and the reason, and the library is kept', async () => {
    await dropFiles(h.page, [{ name: 'cut.zbak', type: '', data: backup.subarray(0, backup.length - 20) }]);
    const text = await banner();
    expect(text).toMatch(/cut\.zbak.*已损坏/);
    expect(await reportCount(h.page)).toBe(1);
    await dismissBanner();
  });

  it('a whole backup dropped onto a library that holds reports adds its own', async () => {
    await dropFiles(h.page, [{ name: 'whole.zbk', type: '', data: backup }]);
    await waitForCount(h.page, 2);
    await h.page.keyboard.press('Escape');
    expect(await h.page.locator('.banner.error').count()).toBe(0);
  });

  it('a backup inside a zip is refused with a reason naming it; the zip’s reports are imported', async () => {
    const zip = zipSync({ 'box/library.zbk': new Uint8Array(backup), 'box/renamed.bin': new Uint8Array(backup), 'box/wu.txt': strToU8('戊县人大常委会工作报告\n\n一、工作回顾\n\n开展执法检查3次。') });
    await dropFiles(h.page, [{ name: 'box.zip', type: 'application/zip', data: Buffer.from(zip) }]);
    const rows = await importResult(h.page);
    const by = new Map(rows.map((r) => [r.name, r]));
    for (const name of ['box.zip/box/library.zbk', 'box.zip/box/renamed.bin']) {
      expect(by.get(name)?.status, name).toBe('failed');
      expect(by.get(name)?.reason, name).toContain('备份');
    }
    expect(by.get('box.zip/box/wu.txt')?.status).toBe('saved');
    await waitForCount(h.page, 3);
    await h.page.reload();
    await waitForCount(h.page, 3);
    const names = await h.page.locator('.report-row:not(.head) .title').allTextContents();
    expect(names.join(' ')).not.toMatch(/\.zbk|\.bin/);
    expect(h.errors).toEqual([]);
  });
});

// Backup round trip through the UI in real Chromium: samples in, export a backup (a download),
// delete everything, import the backup, import it again (nothing is duplicated), and a damaged
// backup is refused with a message.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, closeImportPanel, importResult, openApp, reportCount, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
const dir = mkdtempSync(join(tmpdir(), 'zb-backup-'));
beforeAll(async () => { h = await openApp(); });
afterAll(async () => { await closeApp(h); });

async function importBackupFile(path: string): Promise<string> {
  await h.page.evaluate(() => document.querySelectorAll<HTMLElement>('.toast button[aria-label="关闭"]').forEach((b) => b.click()));
  await h.page.getByRole('button', { name: '备份', exact: true }).click();
  await h.page.setInputFiles('#backup-input', path);
  const toast = h.page.locator('.toast', { hasText: /备份已导入|出错/ }).or(h.page.locator('.banner.error'));
  await toast.first().waitFor({ timeout: 60_000 });
  const text = (await toast.first().textContent()) ?? '';
  await h.page.keyboard.press('Escape');
  return text;
}

describe('backup through the UI', () => {
  let backupPath = '';

  it('loads the sample reports from the empty state', async () => {
    await h.page.getByRole('button', { name: '试用示例报告' }).click();
    const rows = await importResult(h.page);
    expect(rows.length).toBe(5);
    expect(rows.every((r) => r.status === 'saved')).toBe(true);
    await waitForCount(h.page, 5);
    await closeImportPanel(h.page);
  });

  it('exports the library as one downloaded file', async () => {
    await h.page.getByRole('button', { name: '备份', exact: true }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.waitFor();
    const [download] = await Promise.all([h.page.waitForEvent('download'), dialog.getByRole('button', { name: '导出备份' }).click()]);
    backupPath = join(dir, download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(readFileSync(backupPath).byteLength).toBeGreaterThan(50_000);
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await h.page.textContent('.library-foot')).toMatch(/上次备份/);
  });

  it('restores every report into an emptied library, and a second import adds nothing', async () => {
    await h.page.getByLabel('全选').check();
    await h.page.getByRole('button', { name: '删除所选' }).click();
    await waitForCount(h.page, 0);
    expect(await importBackupFile(backupPath)).toContain('新增 5');
    await waitForCount(h.page, 5);
    expect(await importBackupFile(backupPath)).toContain('新增 0');
    expect(await reportCount(h.page)).toBe(5);
  });

  it('reminds to back up when the last backup is old, and "later" puts it off', async () => {
    expect(await h.page.locator('.banner[role="note"]').count()).toBe(0);
    await h.page.evaluate(() => localStorage.setItem('zhengbao.lastBackupAt', String(Date.now() - 30 * 24 * 3600 * 1000)));
    await h.page.reload();
    const reminder = h.page.locator('.banner[role="note"]');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Safari');
    await reminder.getByRole('button', { name: '稍后' }).click();
    expect(await reminder.count()).toBe(0);
    await h.page.reload();
    await h.page.waitForSelector('.library[data-ready]');
    expect(await reminder.count()).toBe(0);
  });

  it('refuses a damaged backup with a message and keeps the library', async () => {
    const bytes = readFileSync(backupPath);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    const damaged = join(dir, 'damaged.zbak');
    writeFileSync(damaged, bytes);
    await importBackupFile(damaged);
    await h.page.locator('.banner.error').waitFor();
    expect(await reportCount(h.page)).toBe(5);
    expect(h.errors).toEqual([]);
  });
});

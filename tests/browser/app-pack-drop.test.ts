// A library file made by `pack` opens in the app by its content: dropped on an empty app it restores
// every report (with the backup dialog showing the outcome); picked through the ordinary import
// button a second time it adds nothing. The file is named .zbk, not the backup's .zbak.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { dropFiles } from '../../src/cli/bench-chromium';
import { closeApp, openApp, reportCount, ROOT, waitForCount, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
const dir = mkdtempSync(join(tmpdir(), 'zb-pack-drop-'));
const packed = join(dir, 'county-reports.zbk');
const ids = new Set<string>();

beforeAll(async () => {
  mkdirSync(join(dir, 'in'));
  for (const f of buildCorpus(14, 5)) {
    writeFileSync(join(dir, 'in', f.name), f.bytes);
    ids.add(createHash('sha256').update(f.bytes).digest('hex'));
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/pack.ts', join(dir, 'in'), '--out', packed], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  h = await openApp();
}, 120_000);
afterAll(async () => { await closeApp(h); rmSync(dir, { recursive: true, force: true }); });

describe('a packed library file in the app', () => {
  it('dropped on an empty app, restores every report', async () => {
    expect(await reportCount(h.page)).toBe(0);
    await dropFiles(h.page, [{ name: 'county-reports.zbk', data: readFileSync(packed) }]);
    await waitForCount(h.page, ids.size);
    const dialog = h.page.getByRole('dialog');
    await expect(dialog.getByRole('status').textContent()).resolves.toContain(`新增 ${ids.size}`);
    const shown = await h.page.$$eval('.library a[href^="#/report/"]', (as) => as.map((a) => a.getAttribute('href')!.slice('#/report/'.length)));
    expect(new Set(shown)).toEqual(ids);
    expect(await h.page.locator('.import-panel').count()).toBe(0);
    await h.page.keyboard.press('Escape');
    expect(h.errors).toEqual([]);
  }, 120_000);

  it('picked with the import button, is recognised again and adds nothing', async () => {
    await h.page.setInputFiles('#file-input', packed);
    const status = h.page.getByRole('dialog').getByRole('status');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toContain('新增 0');
    expect(await reportCount(h.page)).toBe(ids.size);
  }, 120_000);
});

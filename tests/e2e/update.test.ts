// Prompt-to-update: a copy of dist/ is served, the app is installed, then the served sw.js bytes
// change (a new deploy). The app must ask "有新版本，更新？" — but not while an import runs — and
// accepting reloads the page under the new worker. The prompt is withdrawn while an import runs
// (deterministic: the update is already waiting when the import starts).
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeApp, DIST, openApp, type AppHarness } from './helpers';

const root = mkdtempSync(join(tmpdir(), 'zb-update-'));
let h: AppHarness;
beforeAll(async () => {
  cpSync(DIST, root, { recursive: true });
  h = await openApp(root);
});
afterAll(async () => {
  await closeApp(h);
  rmSync(root, { recursive: true, force: true });
});

const UPDATE = '[data-update="true"]';

async function deployAndCheck(page: Page, n: number): Promise<void> {
  appendFileSync(join(root, 'sw.js'), `\n// deploy ${n}\n`);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, undefined, { timeout: 30_000, polling: 100 });
}

function files(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `r-${i}.txt`, mimeType: 'text/plain',
    buffer: Buffer.from(`某县人民政府工作报告 ${i}\n\n一、工作回顾\n\n新建道路${i + 3}公里，交办提案${i + 10}件。\n\n二、工作安排\n\n完成投资${i}亿元。\n`),
  }));
}

describe('update prompt', () => {
  it('the first visit is controlled after a reload', async () => {
    await h.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await h.page.reload();
    await h.page.waitForFunction(() => !!navigator.serviceWorker.controller);
    expect(await h.page.locator(UPDATE).count()).toBe(0);
  });

  it('asks once a new version waits, and withdraws the question while an import runs', async () => {
    await deployAndCheck(h.page, 1);
    await h.page.waitForSelector(UPDATE, { timeout: 10_000 });
    await h.page.setInputFiles('#file-input', files(40));
    await h.page.waitForSelector('.import-panel[data-running="true"]');
    expect(await h.page.locator(UPDATE).count()).toBe(0);
    await h.page.waitForSelector('.import-panel[data-running="false"]', { timeout: 60_000 });
    await h.page.waitForSelector(UPDATE, { timeout: 10_000 });
  });

  it('reloads under the new worker when the user accepts', async () => {
    const toast = h.page.locator(UPDATE);
    expect(await toast.textContent()).toContain('有新版本，更新？');
    await Promise.all([h.page.waitForEvent('load', { timeout: 30_000 }), toast.getByRole('button', { name: '更新' }).click()]);
    await h.page.waitForSelector('.library[data-ready]');
    const state = await h.page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: !!reg?.waiting, controlled: !!navigator.serviceWorker.controller };
    });
    expect(state).toEqual({ waiting: false, controlled: true });
    expect(await h.page.locator(UPDATE).count()).toBe(0);
    expect(h.errors).toEqual([]);
  });
});

// A full disk is a state the user sees, not a crash: the origin's quota is cut to almost nothing
// through the DevTools protocol, an import runs into QuotaExceededError, and the app shows the
// "storage is full" banner with what to do, while the library it already had stays readable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, importResult, openApp, reportCount, fixtureFiles, type AppHarness } from '../e2e/helpers';

let h: AppHarness;
beforeAll(async () => { h = await openApp(); });
afterAll(async () => { await closeApp(h); });

describe('full disk', () => {
  it('shows the storage-full banner and keeps going without crashing', async () => {
    const cdp = await h.context.newCDPSession(h.page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(h.server.url).origin, quotaSize: 64 * 1024 });
    await h.page.setInputFiles('#file-input', fixtureFiles());
    const rows = await importResult(h.page, 30_000);
    const banner = h.page.locator('.banner.error[data-problem="quota"]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain('存储空间已满');
    expect(rows.some((r) => r.status === 'saved')).toBe(false);
    expect(await reportCount(h.page)).toBe(0);
    await h.page.reload();
    await h.page.waitForSelector('.library[data-ready]');
    expect(h.errors).toEqual([]);
  });
});

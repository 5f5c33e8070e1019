// On a phone the import panel covers the lower half of the screen while its list is open (failures
// keep it open): the page must scroll past it, so every report under it can still be opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, fixtureFiles, importResult, openApp, type AppHarness } from '../e2e/helpers';

let h: AppHarness;

beforeAll(async () => { h = await openApp(undefined, { width: 360, height: 640 }); });
afterAll(async () => { await closeApp(h); });

describe('the import panel on a phone', () => {
  it('leaves every report of the library reachable while its list stays open', async () => {
    await h.page.setInputFiles('#file-input', [...fixtureFiles(), { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
    await importResult(h.page);
    await h.page.locator('.import-panel header button[aria-expanded="true"]').waitFor();
    const links = h.page.locator('.library .report-row .title a');
    expect(await links.count()).toBe(5);
    // Playwright clicks only what is not covered: the last report, scrolled to, must clear the panel.
    const last = links.last();
    const href = await last.getAttribute('href');
    await last.click({ timeout: 5000 });
    await h.page.waitForFunction((to) => location.hash === to, href);
    expect(h.errors).toEqual([]);
  });
});

// Suggestions in the built app, real Chromium: after the seed reports are imported and indexed,
// typing a place name in the search box (a combobox) lists its report as an option; arrow keys
// and Enter open it; Enter on the text itself runs the full search; the traditional report is
// found from simplified typing. Screenshots at 1280 and 360 px go to /tmp/shots.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, fixtureFiles, importFiles, openApp, type AppHarness } from '../e2e/helpers';

const SHOTS = '/tmp/shots';
const files = fixtureFiles();
const idOf = (prefix: string) => createHash('sha256').update(files.find((f) => f.name.startsWith(prefix))!.buffer).digest('hex');

let h: AppHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await openApp();
  await importFiles(h.page, files);
  await h.page.goto(`${h.server.url}#/search?q=${encodeURIComponent('政协')}`);
  await h.page.waitForSelector(`.index-status[data-phase="ready"][data-size="${files.length}"]`, { state: 'attached', timeout: 60_000 });
}, 120_000);
afterAll(async () => { await closeApp(h); });

const box = () => h.page.locator('input[role="combobox"]');
const option = (id: string) => `#search-suggestions [role="option"].suggest-report[data-report="${id}"]`;

describe('search suggestions', () => {
  it('lists the report of a place typed in the box, and opens it with the keyboard', async () => {
    await box().fill('');
    await box().pressSequentially('柯城', { delay: 30 });
    await h.page.waitForSelector(option(idOf('003')));
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    await h.page.screenshot({ path: `${SHOTS}/suggest-1280.png` });
    const ids = await h.page.$$eval('#search-suggestions [role="option"]', (os) => os.map((o) => o.getAttribute('data-report')));
    const at = ids.indexOf(idOf('003'));
    for (let i = 0; i <= at; i++) await box().press('ArrowDown');
    const active = await box().getAttribute('aria-activedescendant');
    expect(await h.page.getAttribute(`#${active}`, 'data-report')).toBe(idOf('003'));
    expect(await h.page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    await box().press('Enter');
    await h.page.waitForFunction((id) => location.hash.startsWith(`#/report/${id}`), idOf('003'));
    expect(await h.page.locator('#search-suggestions').count()).toBe(0);
  });

  it('finds the traditional report from simplified typing, and Enter on the text runs the full search', async () => {
    await box().fill('');
    await box().pressSequentially('鹰潭', { delay: 30 });
    await h.page.waitForSelector(option(idOf('001')));
    await box().press('Enter');
    await h.page.waitForFunction(() => decodeURIComponent(location.hash).startsWith('#/search?q=鹰潭'));
    await h.page.waitForSelector('.search-view[data-fresh="true"] .search-count');
    expect(await h.page.locator('#search-suggestions').count()).toBe(0);
  });

  it('fits a phone screen', async () => {
    await h.page.setViewportSize({ width: 360, height: 740 });
    await box().fill('');
    await box().pressSequentially('义乌', { delay: 30 });
    await h.page.waitForSelector(option(idOf('000')));
    await h.page.waitForSelector(option(idOf('002')));
    await h.page.screenshot({ path: `${SHOTS}/suggest-360.png` });
    // The report without a title line is named as the library names it, not by its file name.
    const named = await h.page.$eval(`${option(idOf('002'))} .text`, (el) => el.textContent ?? '');
    expect(named).not.toMatch(/\.txt$/);
    expect(named).toMatch(/人大|人民代表大會/);
    const width = await h.page.$eval('#search-suggestions', (el) => el.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(360);
    await box().press('Escape');
    expect(await h.page.locator('#search-suggestions').count()).toBe(0);
  });
});

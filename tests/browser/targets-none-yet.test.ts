// A library without a government work report has no targets: #/targets says where they come from
// instead of an empty table, filters, a chart prompt and a CSV of nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, closeImportPanel, fixtureFiles, importFiles, openApp, type AppHarness } from '../e2e/helpers';

let h: AppHarness;

beforeAll(async () => {
  h = await openApp();
  // The seed reports: 政协 and 人大 work reports, none with targets.
  await importFiles(h.page, fixtureFiles());
  await closeImportPanel(h.page);
}, 120_000);
afterAll(async () => { await closeApp(h); });

describe('targets view without targets', () => {
  it('explains that targets come from government work reports', async () => {
    await h.page.goto(`${h.server.url}#/targets`);
    const note = h.page.locator('.targets-view .targets-none-yet');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toContain('政府工作报告');
    expect(await h.page.locator('.targets-view button').count()).toBe(0);
    expect(await h.page.locator('.targets-view select').count()).toBe(0);
    expect(h.errors).toEqual([]);
  });
});

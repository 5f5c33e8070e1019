// The search view lists a page of report groups and a page more on each "more": the ids of every
// listed group once all are shown, for tests that check the whole answer.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Pages through "more" until every matching report is listed; the ids, sorted. */
export async function allResultIds(page: Page): Promise<string[]> {
  const shown = () => page.locator('.results > .result').count();
  for (let n = await shown(); await page.locator('.more-results button').count() > 0; n = await shown()) {
    await page.click('.more-results button');
    await expect.poll(shown, { timeout: 30_000 }).toBeGreaterThan(n);
  }
  return (await page.$$eval('.results > .result', (els) => els.map((el) => el.getAttribute('data-report') ?? ''))).sort();
}

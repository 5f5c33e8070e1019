// Every routed view of the app as a hash and a selector that says it has rendered real content,
// for tests that walk all views of one seeded library (accessibility, narrow-screen fit).
import type { Page } from 'playwright-core';

/** `ready`: selectors that must all be present before the view counts as rendered. */
export interface AppView { name: string; hash: string; ready: string[] }

/** `a` and `b` are report ids in the library: the report view opens `a`, compare pairs `a` with `b`. */
export function appViews(a: string, b: string, query: string, terms: string[]): AppView[] {
  const q = encodeURIComponent(query);
  return [
    { name: 'library', hash: '#/', ready: ['.library[data-ready] .report-row .title a'] },
    { name: 'report', hash: `#/report/${a}`, ready: ['.report-view .reading [data-heading]'] },
    { name: 'search', hash: `#/search?q=${q}`, ready: ['.search-view[data-fresh="true"] .result'] },
    { name: 'compare', hash: `#/compare/${a}/${b}`, ready: ['.compare-view [data-row]'] },
    // A category keeps the table short (axe checks every cell) and brings up the category chart.
    { name: 'figures', hash: `#/figures?category=${encodeURIComponent('提案')}`, ready: ['.figures-view .figure-table tbody tr'] },
    // With a report chosen the view also lists its top terms and the reports most like it.
    { name: 'trends', hash: `#/trends?terms=${terms.map(encodeURIComponent).join(',')}&report=${a}`, ready: ['.trends-view .chart-canvas canvas', '.top-terms li', '.similar li'] },
  ];
}

/** Navigates by hash (no page load) and waits for the view's content. */
export async function showView(page: Page, view: AppView): Promise<void> {
  await page.evaluate((hash) => { location.hash = hash; }, view.hash);
  for (const sel of view.ready) await page.waitForSelector(sel, { state: 'attached', timeout: 30_000 });
}

/** Report ids in library order, read from the rows' links. */
export function libraryIds(page: Page): Promise<string[]> {
  return page.$$eval('.report-row .title a', (links) => links.map((a) => (a.getAttribute('href') ?? '').split('/').pop()!.split('?')[0]!));
}

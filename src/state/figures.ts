// The library's figure table: every report's figure rows from the trends worker (categorised
// there), reloaded when the library changes while the view is open.
import { signal } from '@preact/signals';
import { trendsClient } from '../worker/trends-client';
import type { FigureRow } from '../trends/figure-rows';
import { followLibrary } from './trends';

export type { FigureRow };
// The pure helpers the figures view needs, offered here: ui reaches trends only through state.
export { CATEGORIES } from '../trends/category-rules';
export { categorySeries } from '../trends/figure-rows';
export { categoryCounts, filterFigures, FIGURE_SORTS, sortFigures, unitsOf, type FigureSort } from '../trends/figure-filter';
export { toCsv } from '../trends/csv';

export const figureRows = signal<FigureRow[] | null>(null);
export const figuresFailed = signal<string | null>(null);

let asked = 0;

export async function loadFigures(): Promise<void> {
  const ticket = ++asked;
  try {
    const { reply } = await trendsClient().figures();
    if (ticket === asked) { figureRows.value = reply.rows; figuresFailed.value = null; }
  } catch (err) {
    if (ticket === asked) figuresFailed.value = err instanceof Error ? err.message : String(err);
  }
}

/** Called by the figures view on mount: follows library changes and loads the rows. */
export function openFigures(): () => void {
  const stop = followLibrary(() => void loadFigures());
  void loadFigures();
  return () => { stop(); };
}

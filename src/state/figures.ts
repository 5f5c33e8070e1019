// The library's figure table: every report's figure rows from the trends worker (categorised
// there), reloaded when the library changes while the view is open.
import { trendsClient } from '../worker/trends-client';
import type { FigureRow } from '../trends/figure-rows';
import { workerTable } from './worker-table';

export type { FigureRow };
// The pure helpers the figures view needs, offered here: ui reaches trends only through state.
export { CATEGORIES, UNCATEGORISED } from '../trends/category-rules';
export { categorySeries } from '../trends/figure-rows';
export { categoryCounts, filterFigures, FIGURE_SORTS, listedUnit, sortFigures, unitsOf, type FigureSort } from '../trends/figure-filter';
export { toCsv } from '../trends/csv';

const table = workerTable<FigureRow>(() => trendsClient().figures());
export const figureRows = table.rows;
export const figuresFailed = table.failed;
export const loadFigures = table.load;
/** Called by the figures view on mount: follows library changes and loads the rows. */
export const openFigures = table.open;

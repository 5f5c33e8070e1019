// The library's targets-and-results table, from the trends worker (which joins every report's
// targets with the results later reports give), reloaded when the library changes while open.
import { trendsClient } from '../worker/trends-client';
import type { TargetRow } from '../trends/targets';
import { workerTable } from './worker-table';

export type { TargetRow };
export type { TargetStatus } from '../trends/target-judge';
// The pure helpers the targets view needs, offered here: ui reaches trends only through state.
export { indicatorChoices, targetSeries, type TargetPoint } from '../trends/targets';
export { toCsv } from '../trends/csv';

const table = workerTable<TargetRow>(() => trendsClient().targets());
export const targetRows = table.rows;
export const targetsFailed = table.failed;
export const loadTargets = table.load;
/** Called by the targets view on mount: follows library changes and loads the rows. */
export const openTargets = table.open;

// The library's targets-and-results table, from the trends worker (which joins every report's
// targets with the results later reports give), reloaded when the library changes while open.
import { signal } from '@preact/signals';
import { trendsClient } from '../worker/trends-client';
import type { TargetRow } from '../trends/targets';
import { followLibrary } from './trends';

export type { TargetRow };
export type { TargetStatus } from '../trends/target-judge';
// The pure helpers the targets view needs, offered here: ui reaches trends only through state.
export { targetSeries, type TargetPoint } from '../trends/targets';
export { toCsv } from '../trends/csv';

export const targetRows = signal<TargetRow[] | null>(null);
export const targetsFailed = signal<string | null>(null);

let asked = 0;

export async function loadTargets(): Promise<void> {
  const ticket = ++asked;
  try {
    const { reply } = await trendsClient().targets();
    if (ticket === asked) { targetRows.value = reply.rows; targetsFailed.value = null; }
  } catch (err) {
    if (ticket === asked) targetsFailed.value = err instanceof Error ? err.message : String(err);
  }
}

/** Called by the targets view on mount: follows library changes and loads the rows. */
export function openTargets(): () => void {
  const stop = followLibrary(() => void loadTargets());
  void loadTargets();
  return () => { stop(); };
}

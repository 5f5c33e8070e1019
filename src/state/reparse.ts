// Background re-parse: when the library holds reports parsed by an older parser version, the
// worker re-parses them from their stored originals (corrections kept), then the list reloads.
import { PARSER_VERSION } from '../parse/version';
import { signal } from '@preact/signals';
import { reparse, type TaskProgress } from '../worker/client';
import { loadLibrary, summaries } from './library';
import { importRunning } from './import';
import { announce } from './tabs';

export const reparseProgress = signal<TaskProgress | null>(null);

/** Starts a re-parse if any report is outdated and nothing else is running; returns whether it did. */
export async function reparseOutdated(): Promise<boolean> {
  if (reparseProgress.value || importRunning.value || summaries.value.length === 0) return false;
  if (!summaries.value.some((s) => s.parserVersion < PARSER_VERSION)) return false;
  reparseProgress.value = { done: 0, total: 0 };
  try {
    const counts = await reparse((p) => { reparseProgress.value = p; });
    await loadLibrary();
    if (counts.reparsed > 0) announce('reparse', null);
    return true;
  } catch {
    // The old parse stays readable; the next start tries again.
    return false;
  } finally {
    reparseProgress.value = null;
  }
}

// A table the trends worker computes over the whole library (figures, targets): its rows, the
// failure if the ask failed, and a view-mount hook that reloads it while the library changes.
// Only the latest ask's answer is kept, so a slow earlier answer never overwrites a newer one.
import { signal } from '@preact/signals';
import { followLibrary } from './trends';

export function workerTable<T>(ask: () => Promise<{ reply: { rows: T[] } }>) {
  const rows = signal<T[] | null>(null);
  const failed = signal<string | null>(null);
  let asked = 0;
  async function load(): Promise<void> {
    const ticket = ++asked;
    try {
      const { reply } = await ask();
      if (ticket === asked) { rows.value = reply.rows; failed.value = null; }
    } catch (err) {
      if (ticket === asked) failed.value = err instanceof Error ? err.message : String(err);
    }
  }
  /** Called by the view on mount: follows library changes and loads the rows; returns the stop. */
  function open(): () => void {
    const stop = followLibrary(() => void load());
    void load();
    return stop;
  }
  return { rows, failed, load, open };
}

// Export of the library's tables (reports, sections, figures as JSON Lines and CSV in one zip):
// the whole library, or the reports the filters show. The import worker builds it; this holds its
// progress for the view and hands the zip to the browser as a download.
import { signal } from '@preact/signals';
import { exportTables, type TaskProgress } from '../worker/client';
import { reportFailure, showToast } from './notices';
import { saveBlob } from './report';

export const tablesTask = signal<TaskProgress | null>(null);

/** `ids` null exports the whole library. */
export async function runTablesExport(ids: readonly string[] | null, doneLabel: (reports: number) => string): Promise<void> {
  if (tablesTask.value) return;
  tablesTask.value = { done: 0, total: ids?.length ?? 0 };
  try {
    const file = await exportTables(ids, (progress) => { tablesTask.value = progress; });
    saveBlob(file.blob, file.fileName);
    showToast(doneLabel(file.reports));
  } catch (err) {
    reportFailure(err, 'export');
  } finally {
    tablesTask.value = null;
  }
}

// The library's tables for the export job: each report read from storage with the user's
// corrections applied, added to the tables one at a time with progress, then zipped. Runs in the
// import worker, so a large library never blocks the page.
import { getReport, listIds } from '../store/repo';
import type { LibraryDB } from '../store/db';
import type { TaskProgress } from '../store/types';
import { TablesBuilder } from '../trends/table-export';

export async function exportTables(
  db: LibraryDB, ids: readonly string[] | null, onProgress: (p: TaskProgress) => void, cancelled: () => boolean,
): Promise<{ blob: Blob; reports: number }> {
  const wanted = ids ?? [...(await listIds(db))];
  const builder = new TablesBuilder();
  // The zip is the last step; it counts as one more so the bar does not sit at 100% while it runs.
  const total = wanted.length + 1;
  for (const [i, id] of wanted.entries()) {
    if (cancelled()) throw new Error('导出已取消 (the export was cancelled)');
    const opened = await getReport(db, id);
    if (opened) builder.add({ id, fileName: opened.stored.fileName, size: opened.stored.size, report: opened.report });
    onProgress({ done: i + 1, total });
  }
  const zip = builder.zip();
  onProgress({ done: total, total });
  return { blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), reports: builder.counts().reports };
}

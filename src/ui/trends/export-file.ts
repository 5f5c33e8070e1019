// Saving what the views show (CSV text, chart files made by the chart's export handle): downloads
// go through the app's one download helper, which makes the name safe.
import { saveBlob } from '../../state/report';
import { safeDownloadName } from '../../lib/download-name';

export { saveBlob };

export function saveCsv(csv: string, fileName: string): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file name safe on every system: the view's name, its terms or category, today's date. */
export function exportName(base: string, ext: string): string {
  const safe = safeDownloadName(base.replace(/[\s\\/:*?"<>|]+/g, '_'), 'export').slice(0, 60);
  return `${safe}_${new Date().toISOString().slice(0, 10)}.${ext}`;
}

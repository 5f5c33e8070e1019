// Saving what the views show (CSV text, chart files made by the chart's export handle): downloads
// go through a temporary object URL and an <a download>.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(csv: string, fileName: string): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file name safe on every system: the view's name, its terms or category, today's date. */
export function exportName(base: string, ext: string): string {
  const safe = base.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `${safe}_${new Date().toISOString().slice(0, 10)}.${ext}`;
}

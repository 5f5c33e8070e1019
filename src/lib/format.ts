// Small display helpers with no app knowledge: byte sizes, dates, file-name stems.

export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

/** Local date as YYYY-MM-DD (no time zone surprises in a list). */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A safe .txt file name from the first line of pasted text. */
export function fileNameFromText(text: string, fallback: string): string {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  const stem = first.replace(/[\\/:*?"<>|#\u0000-\u001f]/g, '').replace(/\s+/g, ' ').slice(0, 60).trim();
  return `${stem || fallback}.txt`;
}

export function yearsLabel(review: number | null, plan: number | null): string {
  if (review !== null && plan !== null) return review === plan ? String(review) : `${review}→${plan}`;
  if (review !== null) return String(review);
  if (plan !== null) return `→${plan}`;
  return '—';
}

// The concordance as CSV (UTF-8 with BOM): one row per occurrence with its report (title, the years
// it reviews and plans as numbers, place, body), the section path, the left context, the match, the
// right context, and the report's id: the `reportId` of the dataset tables (SHA-256 of the file), so
// exported lines join them.
import { reportTitle } from '../lib/report-title';
import type { ReportSummary } from '../store/types';
import { toCsv } from '../trends/csv';
import type { KwicLine } from './search';

/** Occurrences an export asks the worker for (the list on screen stops at 2,000). */
export const KWIC_EXPORT_LIMIT = 100_000;

export interface KwicCsvLabels {
  /** Report, year reviewed, year planned, place, body, section, left, match, right, report id. */
  header: readonly string[];
  body: Record<string, string>;
}

export function kwicCsv(lines: readonly KwicLine[], summaries: readonly ReportSummary[], labels: KwicCsvLabels): string {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return toCsv(labels.header, lines.map((l) => {
    const s = byId.get(l.reportId);
    return [s ? reportTitle(s) : '', s?.reviewYear, s?.planYear, s?.locality ?? '', s ? labels.body[s.body] ?? s.body : '', l.path.join(' › '), l.left, l.match, l.right, l.reportId];
  }));
}

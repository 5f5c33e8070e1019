// The concordance as CSV (UTF-8 with BOM), made where the lines are (the search worker): one row per
// occurrence with the cells the page gives for its report (title, years, place, body, as the library
// names them), the section path, the left context, the match, the right context, and the report's id:
// the `reportId` of the dataset tables (SHA-256 of the file), so exported lines join them.
import { reportTitle } from '../lib/report-title';
import type { ReportSummary } from '../store/types';
import { toCsv, type Cell } from '../trends/csv';
import type { KwicLine } from '../search/types';

/** The columns after a report's cells. */
const LINE_COLUMNS = 5;

export interface KwicCsvRequest {
  /** The report's cells, then the LINE_COLUMNS: section, left, match, right, report id. */
  header: readonly string[];
  /** Each report's cells (a report missing from it gets empty ones). */
  reports: readonly (readonly [id: string, cells: readonly Cell[]])[];
}

/** Each report's cells as the library names it (the page's side): title, years reviewed and planned, place, body. */
export function reportCells(summaries: readonly ReportSummary[], body: Record<string, string>): KwicCsvRequest['reports'] {
  return summaries.map((s) => [s.id, [reportTitle(s), s.reviewYear, s.planYear, s.locality, body[s.body] ?? s.body]] as const);
}

export function kwicCsv(lines: readonly KwicLine[], { header, reports }: KwicCsvRequest): string {
  const cells = new Map(reports);
  const none: Cell[] = new Array<Cell>(Math.max(0, header.length - LINE_COLUMNS)).fill('');
  return toCsv(header, lines.map((l) => [...(cells.get(l.reportId) ?? none), l.path.join(' › '), l.left, l.match, l.right, l.reportId]));
}

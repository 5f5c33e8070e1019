// The three tables a library becomes for other engines (DuckDB, pandas, Spark): one report row,
// its section rows, its figure rows. Fields are taken generically from the parse result, so a field
// the parser gains (a figure's role, a report's page count) flows into the tables unchanged.
import type { ParsedReport } from '../model/report';
import { categorize, sentenceBefore } from './categorize';
import { reportYear } from './report-year';

export type Row = Record<string, unknown>;
export const TABLES = ['reports', 'sections', 'figures'] as const;
export type TableName = (typeof TABLES)[number];

/** Report fields that become tables of their own (or counts) rather than columns. */
const STRUCTURAL = new Set(['paragraphs', 'outline', 'figures']);

/** id, path, every scalar or list field of the report (metadata, format, warnings …), year, counts. */
export function reportRow(id: string, path: string, bytes: number, report: ParsedReport): Row {
  const row: Row = { id, path };
  for (const [key, value] of Object.entries(report)) if (!STRUCTURAL.has(key) && value !== undefined) row[key] = value;
  row.year = reportYear(report);
  row.bytes = bytes;
  row.characters = report.paragraphs.reduce((n, p) => n + p.text.length, 0);
  row.paragraphCount = report.paragraphs.length;
  row.sectionCount = report.outline.length;
  row.figureCount = report.figures.length;
  row.warningCount = report.warnings.length;
  return row;
}

function textBetween(report: ParsedReport, from: number, to: number): string {
  return report.paragraphs.slice(from, to).map((p) => p.text).join('\n');
}

/**
 * One row per heading: its path of titles from the top, its own text (its heading paragraph up to the
 * next heading, so a report's section texts in order are the whole report, none counted twice), and
 * every other heading field. Text before the first heading is section -1 at level 0.
 */
export function sectionRows(id: string, report: ParsedReport): Row[] {
  const { outline, paragraphs } = report;
  const rows: Row[] = [];
  const firstPara = outline[0]?.para ?? paragraphs.length;
  if (firstPara > 0) {
    rows.push({ reportId: id, index: -1, path: [], level: 0, number: null, title: null, text: textBetween(report, 0, firstPara) });
  }
  const trail: string[] = [];
  outline.forEach((h, index) => {
    trail.length = Math.min(trail.length, Math.max(0, h.level - 1));
    trail.push(h.title);
    const { level, number, title, span, ...rest } = h;
    const end = outline[index + 1]?.para ?? paragraphs.length;
    rows.push({
      reportId: id, index, path: trail.slice(), level, number, title, ...rest,
      paraEnd: span[1], text: textBetween(report, h.para, end),
    });
  });
  return rows;
}

/** One row per figure: every figure field, its section's title (section index kept), and its category. */
export function figureRows(id: string, report: ParsedReport): Row[] {
  return report.figures.map((f, index) => {
    const { section, ...fields } = f;
    const paragraph = report.paragraphs[f.para]?.text ?? '';
    return {
      reportId: id, index, section: report.outline[section]?.title ?? null, sectionIndex: section,
      ...fields, category: categorize(f, sentenceBefore(paragraph, f.offset)),
    };
  });
}

export function tableRows(id: string, path: string, bytes: number, report: ParsedReport): Record<TableName, Row[]> {
  return { reports: [reportRow(id, path, bytes, report)], sections: sectionRows(id, report), figures: figureRows(id, report) };
}

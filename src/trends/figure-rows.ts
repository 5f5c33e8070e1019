// Every figure of a report as one row of the library's figure table: where it stands (report, year,
// place, body, section, paragraph) and what it counts (phrase, value, unit, modifier, category).
import type { Body, ParsedReport } from '../model/report';
import { categorize, sentenceBefore } from './categorize';
import { reportYear } from './report-year';

export interface FigureRow {
  reportId: string;
  title: string;
  year: number | null;
  locality: string | null;
  body: Body;
  /** Heading title of the innermost section, '' before the first heading. */
  section: string;
  sectionIndex: number;
  para: number;
  offset: number;
  text: string;
  value: number;
  unit: string;
  modifier: string | null;
  category: string;
}

export function figureRows(id: string, report: ParsedReport): FigureRow[] {
  const year = reportYear(report);
  const title = report.title ?? report.fileName;
  return report.figures.map((f) => {
    const paragraph = report.paragraphs[f.para]?.text ?? '';
    return {
      reportId: id, title, year, locality: report.locality, body: report.body,
      section: report.outline[f.section]?.title ?? '', sectionIndex: f.section, para: f.para, offset: f.offset,
      text: f.text, value: f.value, unit: f.unit, modifier: f.modifier,
      category: categorize(f, sentenceBefore(paragraph, f.offset)),
    };
  });
}

export interface CategoryPoint {
  year: number;
  group: string;
  value: number;
  /** The reports whose figures make the point. */
  reports: string[];
}

/**
 * A category over years, split by locality or body, in one unit (件 and 元 never add up). A report
 * counts with its largest figure of the category (收到提案865件 rather than that plus 立案752件 and
 * 重点提案20件, which count the same proposals again); the reports of a point are summed.
 */
export function categorySeries(rows: readonly FigureRow[], category: string, unit: string, by: 'locality' | 'body' | 'none'): CategoryPoint[] {
  const best = new Map<string, FigureRow>();
  for (const r of rows) {
    if (r.category !== category || r.unit !== unit || r.year === null) continue;
    const held = best.get(r.reportId);
    if (!held || r.value > held.value) best.set(r.reportId, r);
  }
  const points = new Map<string, CategoryPoint>();
  for (const r of best.values()) {
    const group = by === 'none' ? 'all' : by === 'body' ? r.body : r.locality ?? '?';
    const key = `${r.year}\u0000${group}`;
    const p = points.get(key) ?? { year: r.year!, group, value: 0, reports: [] };
    p.value += r.value;
    p.reports.push(r.reportId);
    points.set(key, p);
  }
  return [...points.values()].sort((a, b) => a.year - b.year || a.group.localeCompare(b.group));
}

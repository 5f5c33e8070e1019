// Every figure of a report as one row of the library's figure table: where it stands (report, year,
// place, body, section, paragraph) and what it counts (phrase, value, unit, modifier, category).
import type { Body, FigureRole, ParsedReport } from '../model/report';
import { categorize, sentenceBefore } from './categorize';
import { reportYear } from './report-year';
import { reportTitle } from '../lib/report-title';
import { shownNames } from '../lib/name-groups';
import { foldName } from '../text/fold-name';

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
  /** Upper end of a range (6.5%—7%), else undefined. */
  valueHigh?: number;
  indicator: string | null;
  indicatorKey: string | null;
  role: FigureRole;
  /** The year the figure is about (plan year of a target, review year of a result), not the report's year. */
  aboutYear: number | null;
  /** The report's locality, or 全国 for a national report that names none. */
  place: string | null;
}

/** A national report names no locality; its meeting line (全国人民代表大会) or 国务院 says where it is from. */
export function placeOf(report: Pick<ParsedReport, 'locality' | 'paragraphs'>): string | null {
  if (report.locality) return report.locality;
  const head = report.paragraphs.slice(0, 6).map((p) => p.text).join('\n');
  return /全国人民代表大会|全國人民代表大會|代表国务院|代表國務院/u.test(head) ? '全国' : null;
}

export function figureRows(id: string, report: ParsedReport): FigureRow[] {
  const year = reportYear(report);
  const title = reportTitle(report);
  const place = placeOf(report);
  return report.figures.map((f) => {
    const paragraph = report.paragraphs[f.para]?.text ?? '';
    return {
      reportId: id, title, year, locality: report.locality, body: report.body,
      section: report.outline[f.section]?.title ?? '', sectionIndex: f.section, para: f.para, offset: f.offset,
      text: f.text, value: f.value, unit: f.unit, modifier: f.modifier,
      category: categorize(f, sentenceBefore(paragraph, f.offset)),
      valueHigh: f.valueHigh, indicator: f.indicator ?? null, indicatorKey: f.indicatorKey ?? null,
      role: f.role ?? null, aboutYear: f.year ?? null, place,
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
 * A category over years, split by locality or body, in one unit (件 and 元 never add up; 个 and 個
 * do: units and places are compared folded). A report counts with its largest figure of the
 * category (收到提案865件 rather than that plus 立案752件 and 重点提案20件, which count the same
 * proposals again); the reports of a point are summed.
 */
export function categorySeries(rows: readonly FigureRow[], category: string, unit: string, by: 'locality' | 'body' | 'none'): CategoryPoint[] {
  const best = new Map<string, FigureRow>();
  const unitKey = foldName(unit);
  for (const r of rows) {
    if (r.category !== category || r.year === null || foldName(r.unit) !== unitKey) continue;
    const held = best.get(r.reportId);
    if (!held || r.value > held.value) best.set(r.reportId, r);
  }
  const places = by === 'locality' ? shownNames([...best.values()].map((r) => r.locality), foldName) : null;
  const points = new Map<string, CategoryPoint>();
  for (const r of best.values()) {
    const group = by === 'none' ? 'all' : by === 'body' ? r.body : r.locality ? places!.get(r.locality)! : '?';
    const key = `${r.year}\u0000${group}`;
    const p = points.get(key) ?? { year: r.year!, group, value: 0, reports: [] };
    p.value += r.value;
    p.reports.push(r.reportId);
    points.set(key, p);
  }
  return [...points.values()].sort((a, b) => a.year - b.year || a.group.localeCompare(b.group));
}

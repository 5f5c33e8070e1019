// Filtering and sorting the figure table: by category, unit and a text typed by the user (matched
// folded, so 提案 finds 提案 in traditional reports too), sorted by any column.
import { foldForMatch } from '../text/fold';
import { foldName } from '../text/fold-name';
import { nameGroups } from '../lib/name-groups';
import type { FigureRow } from './figure-rows';

export type FigureSort = 'report' | 'year' | 'locality' | 'body' | 'category' | 'value' | 'text';

export const FIGURE_SORTS: readonly FigureSort[] = ['year', 'report', 'locality', 'body', 'category', 'value', 'text'];

export interface FigureFilter {
  category: string | null;
  unit: string | null;
  q: string;
}

export function filterFigures(rows: readonly FigureRow[], f: FigureFilter): FigureRow[] {
  const q = foldForMatch(f.q.trim());
  // 個 in the address or a traditional report is 个: units compare folded.
  const unit = f.unit ? foldName(f.unit) : null;
  return rows.filter((r) => (!f.category || r.category === f.category) && (!unit || foldName(r.unit) === unit)
    && (!q || foldForMatch(`${r.text} ${r.title} ${r.locality ?? ''} ${r.section}`).includes(q)));
}

function key(r: FigureRow, sort: FigureSort): string | number {
  switch (sort) {
    case 'report': return r.title;
    case 'year': return r.year ?? 0;
    case 'locality': return r.locality ?? '';
    case 'body': return r.body;
    case 'category': return r.category;
    case 'value': return r.value;
    case 'text': return r.text;
  }
}

/** Sorted copy; `desc` for a descending sort (values and years read best newest/largest first). */
export function sortFigures(rows: readonly FigureRow[], sort: FigureSort, desc = false): FigureRow[] {
  const sign = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a, sort), key(b, sort)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return sign * c || a.reportId.localeCompare(b.reportId) || a.para - b.para || a.offset - b.offset;
  });
}

/** Counts per category (every category present, in rule order) for the filter chips. */
export function categoryCounts(rows: readonly FigureRow[], order: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return order.filter((c) => counts.has(c)).map((c) => [c, counts.get(c)!]);
}

/**
 * Units of a category, most used first: the chart plots one unit at a time. A unit written in
 * either script (个 and 個, 亩 and 畝) is one, in the form most figures use.
 */
export function unitsOf(rows: readonly FigureRow[], category: string | null): string[] {
  const units = nameGroups(rows.filter((r) => !category || r.category === category).map((r) => r.unit), foldName);
  return units.sort((a, b) => b.count - a.count).map((u) => u.name);
}

/** The listed unit a unit stands for (the address may write it in the other script), or null. */
export function listedUnit(units: readonly string[], unit: string | null): string | null {
  if (!unit) return null;
  const key = foldName(unit);
  return units.find((u) => foldName(u) === key) ?? null;
}

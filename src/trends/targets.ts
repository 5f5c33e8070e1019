// The targets-and-results table: for every place, indicator (and unit) and year, the target a
// report set for that year beside the result a report gave for it (usually the next year's report,
// reviewing it), judged met / within / missed, or marked "no target set" where a report said so.
// Several reports for one place and year (a revised report) give one row per pairing.
import type { Body, ParsedReport } from '../model/report';
import { placeOf, type FigureRow } from './figure-rows';
import { shownNames } from '../lib/name-groups';
import { foldName } from '../text/fold-name';
import { judge, type TargetStatus } from './target-judge';
import { reportTitle } from '../lib/report-title';

export interface AbsenceRow {
  reportId: string; title: string; place: string | null; body: Body;
  indicator: string; indicatorKey: string; year: number | null; text: string; para: number;
}

export interface TargetRow {
  place: string | null;
  body: Body;
  indicatorKey: string;
  /** The indicator as the reports name it (the target's words first). */
  indicator: string;
  unit: string;
  year: number;
  target: FigureRow | null;
  result: FigureRow | null;
  absent: AbsenceRow | null;
  status: TargetStatus;
}

export function absenceRows(id: string, report: ParsedReport): AbsenceRow[] {
  const place = placeOf(report), title = reportTitle(report);
  return (report.absences ?? []).map((a) => ({ reportId: id, title, place, body: report.body, ...a }));
}

const groupKey = (place: string | null, body: Body, key: string, unit: string, year: number | null) => `${place ?? ''}\u0000${body}\u0000${key}\u0000${unit}\u0000${year}`;

/** One figure per report for each group: a plain target before its 力争 alternative, the first result. */
function firstPerReport(rows: FigureRow[]): FigureRow[] {
  const byReport = new Map<string, FigureRow>();
  for (const r of rows) {
    const held = byReport.get(r.reportId);
    if (!held || (/力争|力爭/u.test(held.modifier ?? '') && !/力争|力爭/u.test(r.modifier ?? ''))) byReport.set(r.reportId, r);
  }
  return [...byReport.values()];
}

export function targetTable(figures: readonly FigureRow[], absences: readonly AbsenceRow[]): TargetRow[] {
  const groups = new Map<string, { targets: FigureRow[]; results: FigureRow[]; absent: AbsenceRow[] }>();
  const group = (k: string) => groups.get(k) ?? groups.set(k, { targets: [], results: [], absent: [] }).get(k)!;
  // A place or unit written in either script is one (义乌市 and 義烏市, 个 and 個): a year's target in
  // one report pairs with its result in the next whatever script each is in, under the name most use.
  const places = shownNames([...figures.map((f) => f.place), ...absences.map((a) => a.place)], foldName);
  const units = shownNames(figures.map((f) => f.unit), foldName);
  const place = (p: string | null) => (p ? places.get(p)! : null);
  for (const f of figures) {
    if (!f.indicatorKey || f.aboutYear === null || (f.role !== 'target' && f.role !== 'result')) continue;
    const g = group(groupKey(place(f.place), f.body, f.indicatorKey, units.get(f.unit) ?? f.unit, f.aboutYear));
    (f.role === 'target' ? g.targets : g.results).push(f);
  }
  // An absence holds for the indicator's rate: 没有提出经济增速目标 is about growth in %.
  for (const a of absences) if (a.year !== null) group(groupKey(place(a.place), a.body, a.indicatorKey, '%', a.year)).absent.push(a);
  const out: TargetRow[] = [];
  for (const [key, g] of groups) {
    const [place, body, indicatorKey, unit, year] = key.split('\u0000') as [string, Body, string, string, string];
    const targets = firstPerReport(g.targets), results = firstPerReport(g.results);
    const absent = g.absent[0] ?? null;
    const lefts: Array<FigureRow | null> = targets.length ? targets : [null];
    const rights: Array<FigureRow | null> = results.length ? results : [null];
    for (const target of lefts) {
      for (const result of rights) {
        const indicator = target?.indicator ?? result?.indicator ?? absent?.indicator ?? indicatorKey;
        out.push({ place: place || null, body, indicatorKey, indicator, unit, year: Number(year), target, result, absent: target ? null : absent, status: statusOf(indicatorKey, target, result, absent) });
      }
    }
  }
  return out.sort((a, b) => (a.place ?? '').localeCompare(b.place ?? '') || a.indicatorKey.localeCompare(b.indicatorKey) || a.unit.localeCompare(b.unit) || a.year - b.year);
}

function statusOf(key: string, target: FigureRow | null, result: FigureRow | null, absent: AbsenceRow | null): TargetStatus {
  if (!target) return absent ? 'no-target' : 'open';
  if (!result) return 'no-result';
  return judge(key, target, result.value);
}

export interface TargetPoint { year: number; target: number | null; targetHigh: number | null; result: number | null }

/** One place's indicator over the years, for the chart: the first row of each year. */
export function targetSeries(rows: readonly TargetRow[], place: string | null, key: string, unit: string): TargetPoint[] {
  const byYear = new Map<number, TargetPoint>();
  for (const r of rows) {
    if (r.place !== place || r.indicatorKey !== key || r.unit !== unit) continue;
    const p = byYear.get(r.year) ?? { year: r.year, target: null, targetHigh: null, result: null };
    p.target ??= r.target?.value ?? null;
    p.targetHigh ??= r.target?.valueHigh ?? null;
    p.result ??= r.result?.value ?? null;
    byYear.set(r.year, p);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * Each indicator (by its canonical key) named as the reports name it most often: a library mostly in
 * one script shows that script's name (森林覆盖率, not the 森林覆蓋率 of one traditional report).
 */
export function indicatorNames(rows: readonly TargetRow[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const byName = counts.get(r.indicatorKey) ?? counts.set(r.indicatorKey, new Map()).get(r.indicatorKey)!;
    byName.set(r.indicator, (byName.get(r.indicator) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [key, byName] of counts) {
    // Most often; on a tie the first in Chinese order, so the name does not depend on the rows' order.
    const [name] = [...byName].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))[0]!;
    out.set(key, name);
  }
  return out;
}

/**
 * The indicator filter's choices, [key, name] in Chinese order: those of the chosen place and body
 * only (one chosen elsewhere would show an empty table), and the one already chosen, so it shows.
 */
export function indicatorChoices(rows: readonly TargetRow[], chosen: { place: string | null; body: string | null; indicator: string | null }): [string, string][] {
  const mine = rows.filter((r) => r.indicatorKey === chosen.indicator || ((!chosen.place || r.place === chosen.place) && (!chosen.body || r.body === chosen.body)));
  return [...indicatorNames(mine)].sort((a, b) => a[1].localeCompare(b[1], 'zh'));
}

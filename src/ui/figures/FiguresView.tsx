// #/figures: every figure of the library in one table, grouped into categories with
// "uncategorised" kept visible, filtered and sorted by the address, with a chart of the chosen
// category over years and places, and CSV export of the rows shown.
import { useEffect, useMemo } from 'preact/hooks';
import type { FiguresParams } from '../../lib/route';
import { figureRows, figuresFailed, openFigures, CATEGORIES, toCsv, categoryCounts, filterFigures, sortFigures, unitsOf, listedUnit, type FigureSort } from '../../state/figures';
import { libraryReady, summaries } from '../../state/library';
import { EmptyLibrary } from '../trends/EmptyLibrary';
import { exportName, saveCsv } from '../trends/export-file';
import { groupName, tt } from '../trends/strings';
import { categoryName } from './category-name';
import { CategoryChart } from './CategoryChart';
import { FigureFilters } from './FigureFilters';
import { FigureTable } from './FigureTable';
import '../styles/trends.css';

const DESCENDING: readonly string[] = ['value'];

function csvOf(rows: ReturnType<typeof filterFigures>): string {
  const t = tt();
  return toCsv([t.report, t.year, t.locality, t.body, t.section, t.phrase, t.value, t.unit, t.modifier, t.category],
    rows.map((r) => [r.title, r.year, r.locality, groupName(r.body), r.section, r.text, r.value, r.unit, r.modifier, categoryName(r.category)]));
}

export function FiguresView({ params }: { params: FiguresParams }) {
  useEffect(openFigures, []);
  const all = figureRows.value;
  const sort = (params.sort ?? 'year') as FigureSort;
  // A library of a thousand reports holds tens of thousands of figures: filter and sort once per change.
  const rows = useMemo(() => (all ? sortFigures(filterFigures(all, params), sort, DESCENDING.includes(sort)) : []), [all, params.category, params.unit, params.q, sort]);
  const counts = useMemo(() => (all ? categoryCounts(all, CATEGORIES) : []), [all]);
  if (figuresFailed.value) return <p role="alert" class="card error">{tt().failed}{figuresFailed.value}</p>;
  if (!all) return <p class="muted" aria-busy="true">{tt().loading}</p>;
  if (libraryReady.value && summaries.value.length === 0) return <EmptyLibrary view="figures-view" title={tt().figuresTitle} intro={tt().figuresIntro} />;
  const units = unitsOf(all, params.category);
  // The address may write the unit in the other script (個 for 个): the listed form stands for it.
  const unit = listedUnit(units, params.unit) ?? params.unit;
  const chartUnit = unit ?? units[0] ?? null;
  return (
    <div class="figures-view">
      <h1>{tt().figuresTitle}</h1>
      <p class="muted">{tt().figuresIntro}</p>
      <FigureFilters params={params} counts={counts} units={units} unit={unit} />
      {params.category && chartUnit
        ? <CategoryChart rows={all} category={params.category} unit={chartUnit} by={params.by} />
        : <p class="muted">{tt().chooseCategory}</p>}
      <div class="row">
        <button type="button" onClick={() => saveCsv(csvOf(rows), exportName(`figures_${params.category ?? 'all'}`, 'csv'))}>{tt().saveCsv}</button>
      </div>
      <FigureTable rows={rows} total={all.length} />
    </div>
  );
}

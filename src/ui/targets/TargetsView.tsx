// #/targets 目标与实绩: every place's indicators by year, the target set in that year's report beside
// the result the next report gives (met / within / missed, or "no target set"), filtered by place,
// body and indicator through the address, with a chart of target against result and CSV export.
import { useEffect, useMemo } from 'preact/hooks';
import type { TargetsParams } from '../../lib/route';
import { openTargets, targetRows, targetsFailed, toCsv, type TargetRow } from '../../state/targets';
import { libraryReady, summaries } from '../../state/library';
import { EmptyLibrary } from '../trends/EmptyLibrary';
import { exportName, saveCsv } from '../trends/export-file';
import { groupName } from '../trends/strings';
import { ts } from './strings';
import { TargetFilters } from './TargetFilters';
import { TargetTable } from './TargetTable';
import { TargetChart } from './TargetChart';
import '../styles/trends.css';
import '../styles/targets.css';

export function filterTargets(rows: readonly TargetRow[], p: TargetsParams): TargetRow[] {
  return rows.filter((r) => (!p.place || (r.place ?? '') === p.place) && (!p.body || r.body === p.body) && (!p.indicator || r.indicatorKey === p.indicator));
}

function csvOf(rows: readonly TargetRow[]): string {
  const t = ts();
  return toCsv(
    [t.place, t.body, t.indicator, 'indicatorKey', t.year, t.unit, t.target, `${t.target} (${t.upper})`, t.modifier, t.targetReport, t.result, t.resultReport, t.status],
    rows.map((r) => [r.place ?? '', groupName(r.body), r.indicator, r.indicatorKey, r.year, r.unit,
      r.target?.value, r.target?.valueHigh, r.target?.modifier ?? '', r.target?.title ?? r.absent?.title ?? '',
      r.result?.value, r.result?.title ?? '', t.status_[r.status]]),
  );
}

export function TargetsView({ params }: { params: TargetsParams }) {
  useEffect(openTargets, []);
  const all = targetRows.value;
  const rows = useMemo(() => (all ? filterTargets(all, params) : []), [all, params.place, params.body, params.indicator]);
  if (targetsFailed.value) return <p role="alert" class="card error">{targetsFailed.value}</p>;
  if (!all) return <p class="muted" aria-busy="true">…</p>;
  if (libraryReady.value && summaries.value.length === 0) return <EmptyLibrary view="figures-view" title={ts().title} intro={ts().intro} />;
  // Reports, but none a target or result was read from (no government work report): say where they come from.
  if (all.length === 0) {
    return (
      <div class="figures-view targets-view">
        <h1>{ts().title}</h1>
        <p class="card muted targets-none-yet">{ts().noneYet}</p>
      </div>
    );
  }
  // The chart needs one place and one indicator: the chosen ones, else the only ones the filters leave.
  const places = [...new Set(rows.map((r) => r.place ?? ''))];
  const keys = [...new Set(rows.map((r) => r.indicatorKey))];
  const chartPlace = params.place ?? (places.length === 1 ? places[0]! : null);
  const chartKey = params.indicator ?? (keys.length === 1 ? keys[0]! : null);
  return (
    <div class="figures-view targets-view">
      <h1>{ts().title}</h1>
      <p class="muted">{ts().intro}</p>
      <TargetFilters params={params} rows={all} />
      {chartPlace !== null && chartKey
        ? <TargetChart rows={rows} place={chartPlace || null} indicatorKey={chartKey} />
        : <p class="muted">{ts().chooseChart}</p>}
      <div class="row">
        <button type="button" onClick={() => saveCsv(csvOf(rows), exportName(`targets_${params.place ?? 'all'}_${params.indicator ?? 'all'}`, 'csv'))}>{ts().saveCsv}</button>
      </div>
      <TargetTable rows={rows} total={all.length} />
    </div>
  );
}

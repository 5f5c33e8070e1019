// Target against result over the years for one place and indicator (uPlot, loaded with the chart):
// a dashed line of targets (a range's upper end as a second dashed line) and a solid line of results.
import { useRef } from 'preact/hooks';
import { targetSeries, type TargetRow } from '../../state/targets';
import { ChartActions } from '../trends/ChartActions';
import { UPlotChart, type ChartHandle, type ChartSeries } from '../trends/UPlotChart';
import { ts } from './strings';

interface Props { rows: readonly TargetRow[]; place: string | null; indicatorKey: string }

export function TargetChart({ rows, place, indicatorKey }: Props) {
  const chart = useRef<ChartHandle | null>(null);
  const mine = rows.filter((r) => r.place === place && r.indicatorKey === indicatorKey);
  // Growth in % is what targets are mostly set in; else the unit with the most rows.
  const units = [...new Set(mine.map((r) => r.unit))];
  const unit = units.includes('%') ? '%' : units[0];
  if (!unit) return null;
  const points = targetSeries(mine, place, indicatorKey, unit);
  const name = mine.find((r) => r.target)?.indicator ?? mine[0]!.indicator;
  const label = (y: number, v: number) => `${y}: ${v}${unit}`;
  const series: ChartSeries[] = [
    { name: ts().target, color: 1, dash: 1, points: points.filter((p) => p.target !== null).map((p) => ({ x: p.year, y: p.target!, label: `${ts().target} ${label(p.year, p.target!)}` })) },
    { name: ts().result, color: 0, points: points.filter((p) => p.result !== null).map((p) => ({ x: p.year, y: p.result!, label: `${ts().result} ${label(p.year, p.result!)}` })) },
  ];
  if (points.some((p) => p.targetHigh !== null)) {
    series.splice(1, 0, { name: `${ts().target}（${ts().upper}）`, color: 1, dash: 2, points: points.filter((p) => p.targetHigh !== null).map((p) => ({ x: p.year, y: p.targetHigh!, label: label(p.year, p.targetHigh!) })) });
  }
  const placeName = place ?? ts().unknownPlace;
  return (
    <section class="card chart-card target-chart">
      <UPlotChart series={series} title={ts().chart(placeName, name, unit)} yLabel={unit} handle={chart} />
      <ChartActions chart={chart} name={`targets_${placeName}_${indicatorKey}`} />
    </section>
  );
}

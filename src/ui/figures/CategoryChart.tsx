// A category over years and places: one line per place (or body), one point per year; a point
// opens the figure table filtered to that category and shows which reports it adds up.
import { useRef, useState } from 'preact/hooks';
import { reportHref } from '../../lib/route';
import type { FigureRow } from '../../state/figures';
import { ChartActions } from '../trends/ChartActions';
import { UPlotChart, type ChartHandle, type ChartSeries } from '../trends/UPlotChart';
import { groupName, tt } from '../trends/strings';
import { categoryName } from './category-name';
import { categorySeries } from '../../state/figures';
import { foldGroups, legendGroups, PALETTE, topGroups } from '../../state/charts';

interface Props { rows: FigureRow[]; category: string; unit: string; by: 'none' | 'body' | 'locality' }

export function CategoryChart({ rows, category, unit, by }: Props) {
  const chart = useRef<ChartHandle | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const all = categorySeries(rows, category, unit, by);
  // The places or bodies with the largest sums keep a colour each; the rest are added into "other".
  const kept = topGroups(all, (p) => p.value, PALETTE.length - 1);
  const points = foldGroups(all, kept, (a, b) => ({ ...a, value: a.value + b.value, reports: [...a.reports, ...b.reports] }));
  const groups = legendGroups(kept, points);
  const series: ChartSeries[] = groups.map((g, i) => ({
    name: by === 'none' ? categoryName(category) : groupName(g),
    color: i,
    points: points.filter((p) => p.group === g).map((p) => ({ x: p.year, y: p.value, label: `${groupName(g)} ${p.year}: ${p.value.toLocaleString('zh-CN')}${unit}` })),
  }));
  const titles = new Map(rows.map((r) => [r.reportId, r.title]));
  return (
    <section class="card chart-card">
      <UPlotChart series={series} title={tt().categoryChart(categoryName(category), unit)} yLabel={unit} handle={chart}
        onPoint={(i, p) => setChosen(points.find((q) => q.group === groups[i] && q.year === p.x)?.reports ?? [])} />
      <p class="muted small">{tt().chartNote}</p>
      <ChartActions chart={chart} name={`figures_${category}_${unit}`} />
      {chosen && (
        <ul class="point-reports">
          {chosen.map((id) => <li key={id}><a href={reportHref(id)}>{titles.get(id) ?? id}</a></li>)}
        </ul>
      )}
    </section>
  );
}

// The term trends chart: a line per term (and per body or place when split), a point per year;
// choosing a point lists the reports behind it, each opening the report with the term marked.
import { useRef, useState } from 'preact/hooks';
import { routeHref } from '../../lib/route';
import { addTrendPoints, foldGroups, legendGroups, OTHER_GROUP, PALETTE, topGroups } from '../../state/charts';
import type { TermTrend } from '../../state/trends';
import { UPlotChart, type ChartHandle, type ChartSeries } from './UPlotChart';
import { ChartActions } from './ChartActions';
import { groupName, tt } from './strings';

interface Props { trends: TermTrend[]; measure: 'per10k' | 'count'; split: boolean }
interface Chosen { term: string; year: number; group: string; reports: Array<{ id: string; title: string; count: number }> }

/** Places or bodies drawn apart: with one term a colour each, with several a dash each (four dashes). */
const APART = { oneTerm: 7, severalTerms: 3 };

interface Drawn { trends: TermTrend[]; groups: string[] }

/**
 * The trends as drawn, with their groups in legend order: when split, the groups with the most
 * occurrences keep a line and the rest are added into "other".
 */
function drawn(trends: TermTrend[], split: boolean): Drawn {
  const max = !split ? Infinity : trends.length === 1 ? APART.oneTerm : APART.severalTerms;
  const kept = topGroups(trends.flatMap((t) => t.points), (p) => p.count, max);
  const folded = trends.map((t) => ({ ...t, points: foldGroups(t.points, kept, addTrendPoints) }));
  return { trends: folded, groups: legendGroups(kept, folded.flatMap((t) => t.points)) };
}

/** A series per term and group; groups where a term never occurs are left out when split. */
function seriesOf({ trends, groups }: Drawn, measure: Props['measure'], split: boolean): Array<ChartSeries & { term: string; group: string }> {
  const slot = (g: string) => (g === OTHER_GROUP ? (trends.length === 1 ? PALETTE.length - 1 : 3) : groups.indexOf(g));
  return trends.flatMap((t, ti) => {
    const mine = groups.filter((g) => !split || t.points.some((p) => p.group === g && p.count > 0));
    return mine.map((group) => ({
      term: t.term, group,
      ...(split && trends.length === 1 ? { color: slot(group), dash: 0 } : { color: ti, dash: slot(group) }),
      name: split ? `${t.term} · ${groupName(group)}` : t.term,
      points: t.points.filter((p) => p.group === group).map((p) => {
        const y = measure === 'count' ? p.count : Math.round(p.per10k * 100) / 100;
        return { x: p.year, y, label: `${t.term} ${p.year}${split ? ` ${groupName(group)}` : ''}: ${y}` };
      }),
    }));
  });
}

export function TrendChart({ trends: all, measure, split }: Props) {
  const chart = useRef<ChartHandle | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const shown = drawn(all, split);
  const { trends } = shown;
  const series = seriesOf(shown, measure, split);
  const onPoint = (i: number, x: number) => {
    const s = series[i]!;
    const point = trends.find((t) => t.term === s.term)?.points.find((p) => p.year === x && p.group === s.group);
    setChosen({ term: s.term, year: x, group: s.group, reports: point?.reports ?? [] });
  };
  const title = tt().chartTitle(measure === 'count' ? tt().count : tt().perTenK);
  return (
    <section class="card chart-card">
      <UPlotChart series={series} title={title} yLabel={measure === 'count' ? tt().yCount : tt().yPer10k} handle={chart} onPoint={(i, p) => onPoint(i, p.x)} />
      <ChartActions chart={chart} name={`trends_${trends.map((t) => t.term).join('_')}`} />
      {chosen && (
        <div class="point-reports" role="region" aria-live="polite">
          <h3>{tt().pointReports(chosen.term, chosen.year, groupName(chosen.group))}</h3>
          {chosen.reports.length === 0 ? <p class="muted">{tt().noReportsAtPoint}</p> : (
            <ul>
              {chosen.reports.map((r) => (
                <li key={r.id}>
                  <a href={routeHref({ name: 'report', id: r.id, section: null, q: chosen.term })}>{r.title}</a> <span class="muted">× {r.count}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

// uPlot data and options from the chart series: whole years on a plain linear x scale (no time
// scale, so no 2020.5 ticks), one value per year or null (a gap), the ticks and 万/亿 labels the
// SVG export uses too, and colours from the page's theme so the chart reads in dark mode.
// Types only from uplot: the library itself is loaded lazily by UPlotChart.
import type uPlot from 'uplot';
import { colorIndex, dashOf, formatValue, maxValue, PALETTE, textWidth, valueTicks, yearSpan, yearTicks, type ChartPoint, type ChartSeries } from '../../state/charts';

/** The light palette lifted for a dark surface (same hues, same order). */
const PALETTE_DARK = ['#58a6ff', '#ff7b72', '#3fb950', '#d29922', '#bc8cff', '#f778ba', '#39c5cf', '#9ea7b3'];

export interface ChartTheme { dark: boolean; text: string; muted: string; grid: string; surface: string; font: string }

export function readTheme(el: Element): ChartTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    text: v('--text', '#1f2328'), muted: v('--muted', '#57606a'), grid: v('--line', '#d0d7de'), surface: v('--surface', '#ffffff'),
    font: css.fontFamily || 'system-ui, sans-serif',
  };
}

export const seriesColor = (s: ChartSeries, i: number, dark: boolean) => (dark ? PALETTE_DARK : PALETTE)[colorIndex(s, i)]!;

/** Text on a phone stays at 12 px; the chart gets lower on a narrow screen but never squat. */
export const chartHeight = (width: number) => Math.round(Math.min(320, Math.max(220, width * 0.55)));

/** Every year from the first to the last as x (so a year without data is a gap), a column per series. */
export function chartData(series: readonly ChartSeries[]): uPlot.AlignedData {
  const { x0, x1 } = yearSpan(series);
  const years = series.some((s) => s.points.length) ? Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i) : [];
  return [years, ...series.map((s) => years.map((y) => s.points.find((p) => p.x === y)?.y ?? null))];
}

export function chartOptions(series: readonly ChartSeries[], width: number, theme: ChartTheme): uPlot.Options {
  const span = yearSpan(series);
  const ticks = valueTicks(maxValue(series));
  const font = `12px ${theme.font}`;
  const axis = { stroke: theme.muted, font, ticks: { show: true, size: 4, stroke: theme.grid, width: 1 } };
  return {
    width, height: chartHeight(width),
    padding: [12, 14, 0, 0],
    legend: { show: false },
    cursor: { y: false, drag: { x: false, y: false, setScale: false }, points: { size: 11 }, focus: { prox: 30 } },
    focus: { alpha: 0.35 },
    scales: { x: { time: false, range: [span.min, span.max] }, y: { range: [0, ticks.at(-1)!] } },
    axes: [
      { ...axis, size: 36, grid: { show: false }, splits: (u) => yearTicks(span.x0, span.x1, u.bbox.width / devicePixelRatio), values: (_u, splits) => splits.map(String) },
      {
        ...axis, grid: { stroke: theme.grid, width: 1 }, splits: () => ticks, values: (_u, splits) => splits.map(formatValue),
        size: (_u, values) => Math.ceil(Math.max(24, ...(values ?? []).map((v) => textWidth(v, 12)))) + 16,
      },
    ],
    series: [{}, ...series.map((s, i) => {
      const color = seriesColor(s, i, theme.dark);
      return { label: s.name, stroke: color, width: 2, dash: dashOf(s), spanGaps: false, points: { show: true, size: 10, width: 1.5, fill: color, stroke: theme.surface } };
    })],
  };
}

export interface Hit { series: number; point: ChartPoint; left: number; top: number }

/** The point under uPlot's cursor: its year (cursor.idx) and the series nearest the cursor there. */
export function pointAtCursor(u: uPlot, series: readonly ChartSeries[], reach: number): Hit | null {
  const { idx, top } = u.cursor;
  if (idx == null || top == null || top < 0) return null;
  const year = u.data[0][idx]!;
  let best: Hit | null = null;
  let bestDist = reach;
  series.forEach((s, i) => {
    const v = u.data[i + 1]?.[idx];
    if (v == null || u.series[i + 1]?.show === false) return;
    const y = u.valToPos(v, 'y');
    const dist = Math.abs(y - top);
    const point = s.points.find((p) => p.x === year);
    if (point && dist <= bestDist) { bestDist = dist; best = { series: i, point, left: u.valToPos(year, 'x'), top: y }; }
  });
  return best;
}

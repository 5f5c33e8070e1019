// The line chart of the trends and figures views, drawn by uPlot on a canvas: years along x, a line
// per series with a gap where a year has no data, a tooltip for the point under the cursor, and a
// click or tap on a point handed to onPoint. uPlot (small, canvas, touch cursor, no dependencies)
// is loaded with import() on first use, so it stays out of the first page load. Title, legend and
// y label are HTML so they wrap on a phone; the export handle redraws them for PNG and SVG.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { chartSvg, dashOf, type ChartPoint, type ChartSeries } from '../../state/charts';
import { chartData, chartHeight, chartOptions, pointAtCursor, readTheme, seriesColor } from './chart-options';
import { chartPng } from './chart-png';
import { tt } from './strings';

export type { ChartPoint, ChartSeries };

/** What the export buttons need from a drawn chart. */
export interface ChartHandle { png(): Promise<Blob | null>; svg(): string }

interface Props {
  series: ChartSeries[];
  title: string;
  yLabel: string;
  onPoint?: (series: number, point: ChartPoint) => void;
  handle?: RefObject<ChartHandle | null>;
}

const loadUPlot = () => import('./uplot-lib').then((m) => m.default);
/** How far (CSS px, vertically) a click or tap may land from a point and still choose it. */
const TAP_REACH = 36;
const HOVER_REACH = 24;

function useDark(): boolean {
  const [dark, setDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setDark(mq.matches);
    mq.addEventListener('change', follow);
    return () => mq.removeEventListener('change', follow);
  }, []);
  return dark;
}

/** The label of the point under the cursor, beside it, kept inside the plot. */
function showTip(u: uPlot, tip: HTMLElement, series: readonly ChartSeries[]): void {
  const hit = pointAtCursor(u, series, HOVER_REACH);
  u.over.style.cursor = hit ? 'pointer' : '';
  tip.hidden = !hit;
  if (!hit) return;
  tip.textContent = hit.point.label;
  const room = u.over.clientWidth - tip.offsetWidth;
  const left = hit.left + 12 <= room ? hit.left + 12 : Math.max(0, hit.left - 12 - tip.offsetWidth);
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(0, hit.top - 32))}px)`;
}

function mount(UPlot: typeof uPlot, box: HTMLElement, series: ChartSeries[], pick: (e: MouseEvent) => void): uPlot {
  const theme = readTheme(box);
  const opts = chartOptions(series, box.clientWidth, theme);
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  opts.hooks = { setCursor: [(u) => showTip(u, tip, series)] };
  const u = new UPlot(opts, chartData(series), box);
  u.over.append(tip);
  u.over.addEventListener('click', pick);
  return u;
}

/** Mounts uPlot in the returned box once loaded, rebuilt when the series or the theme change. */
function useUPlot(series: ChartSeries[], dark: boolean, onPoint: Props['onPoint']) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef({ series, onPoint });
  latest.current = { series, onPoint };
  useEffect(() => {
    let live = true;
    let watch: ResizeObserver | null = null;
    loadUPlot().then((UPlot) => {
      const el = box.current;
      if (!live || !el) return;
      const u = mount(UPlot, el, series, (e) => {
        // A tap arrives as a click: place uPlot's cursor there first, then read its idx and series.
        const rect = u.over.getBoundingClientRect();
        u.setCursor({ left: e.clientX - rect.left, top: e.clientY - rect.top });
        const hit = pointAtCursor(u, latest.current.series, TAP_REACH);
        if (hit) latest.current.onPoint?.(hit.series, hit.point);
      });
      chart.current = u;
      watch = new ResizeObserver(() => {
        const width = el.clientWidth;
        if (width > 0 && width !== u.width) u.setSize({ width, height: chartHeight(width) });
      });
      watch.observe(el);
    }, (err: unknown) => { if (live) setFailed(String(err)); });
    return () => {
      live = false;
      watch?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [JSON.stringify(series), dark]);
  return { box, chart, failed };
}

export function UPlotChart({ series, title, yLabel, onPoint, handle }: Props) {
  const dark = useDark();
  const { box, chart, failed } = useUPlot(series, dark, onPoint);
  if (handle) {
    handle.current = {
      svg: () => chartSvg({ title, yLabel, series, width: Math.max(480, chart.current?.width ?? 720) }),
      png: () => (chart.current && box.current ? chartPng(chart.current, { title, yLabel, series, theme: readTheme(box.current) }) : Promise.resolve(null)),
    };
  }
  return (
    <div class="uplot-chart">
      <h2 class="chart-title">{title}</h2>
      <ul class="chart-legend">
        {series.map((s, i) => (
          <li key={s.name}>
            <svg width="22" height="8" aria-hidden="true"><line x1="0" x2="22" y1="4" y2="4" stroke={seriesColor(s, i, dark)} stroke-width="3" stroke-dasharray={dashOf(s).join(' ')} /></svg>
            {s.name}
          </li>
        ))}
      </ul>
      <p class="chart-y-label">{yLabel}</p>
      {failed && <p role="alert" class="error">{failed}</p>}
      <div ref={box} class="chart-canvas" role="img" aria-label={tt().chartLabel(title, series.map((s) => s.name))} />
    </div>
  );
}

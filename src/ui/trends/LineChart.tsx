// A small SVG line chart: years along x, one line per series, every point a button with a tooltip.
// Hand-drawn SVG rather than a charting library: the charts hold a few dozen points, SVG scales to a
// phone, exports as SVG/PNG as drawn (attributes, no stylesheet), and points stay keyboard-usable.
import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface ChartPoint { x: number; y: number; label: string }
/** `color` and `dash` index PALETTE and DASHES; by default the series' own position picks the colour. */
export interface ChartSeries { name: string; points: ChartPoint[]; color?: number; dash?: number }

interface Props {
  series: ChartSeries[];
  yLabel: string;
  title: string;
  onPoint?: (series: number, point: ChartPoint) => void;
  svgRef?: Ref<SVGSVGElement>;
}

export const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#6e7781'];
const DASHES = ['', '6 4', '2 3', '8 3 2 3'];
const H = 340;
/** Drawn at the width it is shown at (within these bounds), so its text stays 12 px on a phone too. */
const MIN_W = 300;
const MAX_W = 960;
const PAD = { left: 56, right: 16, bottom: 36 };
const LEGEND_W = 150;

/** The width of the element, followed as it resizes. */
function useWidth(): [Ref<HTMLDivElement>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.round(Math.min(MAX_W, Math.max(MIN_W, el.clientWidth))));
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return [box, width];
}

/** A round axis maximum and step: 1, 2 or 5 times a power of ten. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

const fmt = (n: number) => (Math.abs(n) >= 1e8 ? `${+(n / 1e8).toFixed(2)}亿` : Math.abs(n) >= 1e4 ? `${+(n / 1e4).toFixed(1)}万` : `${+n.toFixed(2)}`);

export function LineChart({ series, yLabel, title, onPoint, svgRef }: Props) {
  const [box, W] = useWidth();
  const cols = Math.max(1, Math.floor((W - PAD.left) / LEGEND_W));
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const { top, step } = niceScale(Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.y))));
  const legendRows = Math.ceil(series.length / cols);
  const top0 = 44 + legendRows * 16;
  const colorOf = (s: ChartSeries, i: number) => PALETTE[(s.color ?? i) % PALETTE.length]!;
  const dashOf = (s: ChartSeries) => DASHES[(s.dash ?? 0) % DASHES.length]!;
  const px = (x: number) => PAD.left + (x1 === x0 ? (W - PAD.left - PAD.right) / 2 : ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right));
  const py = (y: number) => H - PAD.bottom - (y / top) * (H - top0 - PAD.bottom);
  const maxYears = Math.max(2, Math.floor((W - PAD.left - PAD.right) / 44));
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const years = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i).filter((_, i, all) => all.length <= maxYears || i % Math.ceil(all.length / maxYears) === 0);
  return (
    <div ref={box} class="line-chart-box">
    <svg ref={svgRef} class="line-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg"
      font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="12">
      <rect width={W} height={H} fill="#ffffff" />
      <text x={PAD.left} y="18" font-size="14" font-weight="600" fill="#1f2328">{title}</text>
      {series.map((s, i) => (
        <g key={s.name} transform={`translate(${PAD.left + (i % cols) * LEGEND_W}, ${30 + Math.floor(i / cols) * 16})`}>
          <line x1="0" x2="18" y1="4" y2="4" stroke={colorOf(s, i)} stroke-width="3" stroke-dasharray={dashOf(s)} />
          <text x="24" y="8" fill="#1f2328">{s.name.length > 14 ? `${s.name.slice(0, 13)}…` : s.name}</text>
        </g>
      ))}
      <text x="12" y={top0 - 10} fill="#57606a">{yLabel}</text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={py(t)} y2={py(t)} stroke="#d0d7de" stroke-width="1" />
          <text x={PAD.left - 6} y={py(t) + 4} text-anchor="end" fill="#57606a">{fmt(t)}</text>
        </g>
      ))}
      {years.map((y) => <text key={y} x={px(y)} y={H - PAD.bottom + 18} text-anchor="middle" fill="#57606a">{y}</text>)}
      {series.map((s, i) => {
        const color = colorOf(s, i);
        const pts = [...s.points].sort((a, b) => a.x - b.x);
        return (
          <g key={s.name}>
            {pts.length > 1 && <polyline fill="none" stroke={color} stroke-width="2" stroke-dasharray={dashOf(s)} points={pts.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')} />}
            {pts.map((p) => (
              <circle key={p.x} class="chart-point" cx={px(p.x)} cy={py(p.y)} r="5" fill={color} stroke="#fff" stroke-width="1.5"
                tabIndex={onPoint ? 0 : undefined} role={onPoint ? 'button' : undefined} aria-label={p.label}
                onClick={() => onPoint?.(i, p)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPoint?.(i, p); } }}>
                <title>{p.label}</title>
              </circle>
            ))}
          </g>
        );
      })}
    </svg>
    </div>
  );
}

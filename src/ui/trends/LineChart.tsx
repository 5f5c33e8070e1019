// A small SVG line chart: years along x, one line per series, every point a button with a tooltip.
// Hand-drawn SVG rather than a charting library: the charts hold a few dozen points, SVG scales to a
// phone, exports as SVG/PNG as drawn (attributes, no stylesheet), and points stay keyboard-usable.
import type { Ref } from 'preact';

export interface ChartPoint { x: number; y: number; label: string }
export interface ChartSeries { name: string; points: ChartPoint[] }

interface Props {
  series: ChartSeries[];
  yLabel: string;
  title: string;
  onPoint?: (series: number, point: ChartPoint) => void;
  svgRef?: Ref<SVGSVGElement>;
}

export const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#6e7781'];
const W = 720;
const H = 320;
const PAD = { left: 56, right: 16, top: 56, bottom: 36 };

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
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const { top, step } = niceScale(Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.y))));
  const px = (x: number) => PAD.left + (x1 === x0 ? (W - PAD.left - PAD.right) / 2 : ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right));
  const py = (y: number) => H - PAD.bottom - (y / top) * (H - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const years = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i).filter((_, i, all) => all.length <= 12 || i % Math.ceil(all.length / 12) === 0);
  return (
    <svg ref={svgRef} class="line-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg"
      font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="12">
      <rect width={W} height={H} fill="#ffffff" />
      <text x={PAD.left} y="18" font-size="14" font-weight="600" fill="#1f2328">{title}</text>
      {series.map((s, i) => (
        <g key={s.name} transform={`translate(${PAD.left + (i % 4) * 160}, ${30 + Math.floor(i / 4) * 14})`}>
          <rect width="10" height="10" y="-1" fill={PALETTE[i % PALETTE.length]} />
          <text x="14" y="8" fill="#1f2328">{s.name.length > 18 ? `${s.name.slice(0, 17)}…` : s.name}</text>
        </g>
      ))}
      <text x="12" y={PAD.top - 8} fill="#57606a">{yLabel}</text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={py(t)} y2={py(t)} stroke="#d0d7de" stroke-width="1" />
          <text x={PAD.left - 6} y={py(t) + 4} text-anchor="end" fill="#57606a">{fmt(t)}</text>
        </g>
      ))}
      {years.map((y) => <text key={y} x={px(y)} y={H - PAD.bottom + 18} text-anchor="middle" fill="#57606a">{y}</text>)}
      {series.map((s, i) => {
        const color = PALETTE[i % PALETTE.length];
        const pts = [...s.points].sort((a, b) => a.x - b.x);
        return (
          <g key={s.name}>
            {pts.length > 1 && <polyline fill="none" stroke={color} stroke-width="2" points={pts.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')} />}
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
  );
}

// The charts' shared geometry and the SVG export: year and value ticks, 万/亿 number format, the
// legend's flow into rows, and chartSvg(), a vector file of the same series. The on-screen chart is
// a uPlot canvas (which cannot write SVG); it takes its ticks from here so both show the same axes.
// Pure: no DOM, so it runs in Node tests.

export interface ChartPoint { x: number; y: number; label: string }
/** `color` and `dash` index PALETTE and DASHES; by default the series' own position picks the colour. */
export interface ChartSeries { name: string; points: ChartPoint[]; color?: number; dash?: number }

/** Light-theme colours (also the export's fixed colours). */
export const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#6e7781'];
export const DASHES: number[][] = [[], [6, 4], [2, 3], [8, 3, 2, 3]];

export const colorIndex = (s: ChartSeries, i: number) => (s.color ?? i) % PALETTE.length;
export const dashOf = (s: ChartSeries) => DASHES[(s.dash ?? 0) % DASHES.length]!;

/** 1.25亿, 3.5万, 12.25: the way the reports themselves write large numbers. */
export function formatValue(n: number): string {
  if (Math.abs(n) >= 1e8) return `${+(n / 1e8).toFixed(2)}亿`;
  if (Math.abs(n) >= 1e4) return `${+(n / 1e4).toFixed(1)}万`;
  return `${+n.toFixed(2)}`;
}

/** A value axis from 0 to a round top, in steps of 1, 2 or 5 times a power of ten. */
export function valueTicks(max: number): number[] {
  if (!(max > 0)) return [0, 0.25, 0.5, 0.75, 1];
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => +(i * step).toPrecision(12));
}

/** Whole years only, thinned to one label per `space` px so they never overlap; counted back from
 *  the last year, so the latest data is always labelled. */
export function yearTicks(x0: number, x1: number, plotWidth: number, space = 44): number[] {
  const all = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i);
  const fit = Math.max(2, Math.floor(plotWidth / space));
  const every = all.length <= fit ? 1 : Math.ceil(all.length / fit);
  return all.filter((year) => (x1 - year) % every === 0);
}

/** First and last year over all series, and the x range drawn: a margin so end points are not cut. */
export function yearSpan(series: readonly ChartSeries[]): { x0: number; x1: number; min: number; max: number } {
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const pad = x1 === x0 ? 1 : Math.max(0.15, (x1 - x0) * 0.04);
  return { x0, x1, min: x0 - pad, max: x1 + pad };
}

export const maxValue = (series: readonly ChartSeries[]) => Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.y)));

/** Text width at a font size without a canvas: Han and full-width characters are square, others about 0.6 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.6;
  return w;
}

/** Legend geometry shared by the SVG and PNG exports: baseline of the first row, swatch, gaps, row height. */
export const LEGEND = { top: 46, swatch: 22, gap: 6, space: 16, row: 18 };

/** Legend items flowed into rows within `width`: each item's x offset and row. */
export function legendFlow(names: readonly string[], width: number, measure: (s: string) => number): Array<{ x: number; row: number }> {
  let x = 0;
  let row = 0;
  return names.map((name) => {
    const w = LEGEND.swatch + LEGEND.gap + measure(name);
    if (x > 0 && x + w > width) { x = 0; row++; }
    const at = { x, row };
    x += w + LEGEND.space;
    return at;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface SvgChart { title: string; yLabel: string; series: readonly ChartSeries[]; width: number }

const INK = { text: '#1f2328', muted: '#57606a', grid: '#d0d7de', bg: '#ffffff' };
const FONT = 12;
const PLOT_H = 260;
const r = (n: number) => Math.round(n * 10) / 10;

/** Runs of consecutive years: a missing year breaks the line, as on screen. */
function runs(points: readonly ChartPoint[]): ChartPoint[][] {
  const out: ChartPoint[][] = [];
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    const last = out.at(-1);
    if (last && p.x - last.at(-1)!.x === 1) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** The chart as a standalone SVG document with fixed light colours. */
export function chartSvg({ title, yLabel, series, width }: SvgChart): string {
  const W = Math.round(width);
  const pad = 16;
  const flow = legendFlow(series.map((s) => s.name), W - 2 * pad, (s) => textWidth(s, FONT));
  const legendTop = LEGEND.top;
  const rows = flow.length ? Math.max(...flow.map((f) => f.row)) + 1 : 0;
  const yLabelY = legendTop + rows * LEGEND.row + 14;
  const ticks = valueTicks(maxValue(series));
  const top = ticks.at(-1)!;
  const left = pad + Math.max(...ticks.map((t) => textWidth(formatValue(t), FONT))) + 8;
  const right = W - pad;
  const plotTop = yLabelY + 14;
  const plotBottom = plotTop + PLOT_H;
  const H = plotBottom + 34;
  const span = yearSpan(series);
  const px = (x: number) => r(left + ((x - span.min) / (span.max - span.min)) * (right - left));
  const py = (y: number) => r(plotBottom - (y / top) * PLOT_H);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="${FONT}">`,
    `<rect width="${W}" height="${H}" fill="${INK.bg}"/>`,
    `<text x="${pad}" y="24" font-size="15" font-weight="600" fill="${INK.text}">${escapeXml(title)}</text>`,
  ];
  series.forEach((s, i) => {
    const { x, row } = flow[i]!;
    const y = legendTop + row * LEGEND.row;
    const dash = dashOf(s).join(' ');
    out.push(`<g class="legend" transform="translate(${r(pad + x)},${y})"><line x1="0" x2="${LEGEND.swatch}" y1="-4" y2="-4" stroke="${PALETTE[colorIndex(s, i)]}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${LEGEND.swatch + LEGEND.gap}" y="0" fill="${INK.text}">${escapeXml(s.name)}</text></g>`);
  });
  out.push(`<text x="${pad}" y="${yLabelY}" fill="${INK.muted}">${escapeXml(yLabel)}</text>`);
  for (const t of ticks) {
    out.push(`<line class="grid" x1="${r(left)}" x2="${right}" y1="${py(t)}" y2="${py(t)}" stroke="${INK.grid}" stroke-width="1"/>`);
    out.push(`<text class="y-tick" x="${r(left - 6)}" y="${r(py(t) + 4)}" text-anchor="end" fill="${INK.muted}">${escapeXml(formatValue(t))}</text>`);
  }
  for (const year of yearTicks(span.x0, span.x1, right - left)) {
    out.push(`<text class="x-tick" x="${px(year)}" y="${plotBottom + 20}" text-anchor="middle" fill="${INK.muted}">${year}</text>`);
  }
  series.forEach((s, i) => out.push(seriesSvg(s, PALETTE[colorIndex(s, i)]!, px, py)));
  out.push('</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('\n')}\n`;
}

function seriesSvg(s: ChartSeries, color: string, px: (x: number) => number, py: (y: number) => number): string {
  const dash = dashOf(s).join(' ');
  const lines = runs(s.points).filter((run) => run.length > 1).map((run) => `<polyline fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${run.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}"/>`);
  const dots = s.points.map((p) => `<circle cx="${px(p.x)}" cy="${py(p.y)}" r="3.5" fill="${color}" stroke="#ffffff" stroke-width="1.5"><title>${escapeXml(p.label)}</title></circle>`);
  return `<g class="series" data-name="${escapeXml(s.name)}">${[...lines, ...dots].join('')}</g>`;
}

// The PNG export: a canvas at twice the chart's size with the title, the legend and the y label
// drawn as on screen, and uPlot's own canvas (axes, grid, lines, points) drawn in below them, so
// the file shows what the chart shows in the current theme.
import type uPlot from 'uplot';
import { dashOf, LEGEND, legendFlow, type ChartSeries } from '../../state/charts';
import { seriesColor, type ChartTheme } from './chart-options';

export interface PngSpec { title: string; yLabel: string; series: readonly ChartSeries[]; theme: ChartTheme }

const SCALE = 2;
const PAD = 16;

export function chartPng(u: uPlot, { title, yLabel, series, theme }: PngSpec): Promise<Blob | null> {
  const W = u.width;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${theme.font}`;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = font(12);
  const flow = legendFlow(series.map((s) => s.name), W - 2 * PAD, (s) => ctx.measureText(s).width);
  const rows = flow.length ? Math.max(...flow.map((f) => f.row)) + 1 : 0;
  const yLabelY = LEGEND.top + rows * LEGEND.row + 14;
  const plotTop = yLabelY + 8;
  canvas.width = W * SCALE;
  canvas.height = (plotTop + u.height + 8) * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = theme.surface;
  ctx.fillRect(0, 0, W, plotTop + u.height + 8);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = theme.text;
  ctx.font = font(15, 600);
  ctx.fillText(title, PAD, 24);
  ctx.font = font(12);
  series.forEach((s, i) => {
    const x = PAD + flow[i]!.x;
    const y = LEGEND.top + flow[i]!.row * LEGEND.row;
    ctx.strokeStyle = seriesColor(s, i, theme.dark);
    ctx.lineWidth = 3;
    ctx.setLineDash(dashOf(s));
    ctx.beginPath();
    ctx.moveTo(x, y - 4);
    ctx.lineTo(x + LEGEND.swatch, y - 4);
    ctx.stroke();
    ctx.fillStyle = theme.text;
    ctx.fillText(s.name, x + LEGEND.swatch + LEGEND.gap, y);
  });
  ctx.setLineDash([]);
  ctx.fillStyle = theme.muted;
  ctx.fillText(yLabel, PAD, yLabelY);
  // uPlot draws at the device pixel ratio; scaled here to the chart's CSS size.
  ctx.drawImage(u.ctx.canvas, 0, plotTop, u.width, u.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

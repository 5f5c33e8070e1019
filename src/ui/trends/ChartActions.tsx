// The export buttons under a chart: SVG written from the chart's series, PNG of the chart as drawn.
import type { RefObject } from 'preact';
import { exportName, saveBlob } from './export-file';
import { tt } from './strings';
import type { ChartHandle } from './UPlotChart';

export function ChartActions({ chart, name }: { chart: RefObject<ChartHandle | null>; name: string }) {
  const svg = () => {
    const text = chart.current?.svg();
    if (text) saveBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), exportName(name, 'svg'));
  };
  const png = async () => {
    const blob = await chart.current?.png();
    if (blob) saveBlob(blob, exportName(name, 'png'));
  };
  return (
    <div class="chart-actions">
      <button type="button" onClick={svg}>{tt().saveSvg}</button>
      <button type="button" onClick={() => void png()}>{tt().savePng}</button>
    </div>
  );
}

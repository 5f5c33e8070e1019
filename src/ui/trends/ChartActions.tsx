// The export buttons under a chart: SVG and PNG of the chart as drawn.
import type { RefObject } from 'preact';
import { exportName, savePng, saveSvg } from './export-file';
import { tt } from './strings';

export function ChartActions({ svg, name }: { svg: RefObject<SVGSVGElement>; name: string }) {
  return (
    <div class="chart-actions">
      <button type="button" onClick={() => svg.current && saveSvg(svg.current, exportName(name, 'svg'))}>{tt().saveSvg}</button>
      <button type="button" onClick={() => svg.current && void savePng(svg.current, exportName(name, 'png'))}>{tt().savePng}</button>
    </div>
  );
}

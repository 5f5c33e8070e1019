// The pure chart helpers offered to the views (ui reaches trends only through state): the ticks,
// number format and legend flow that the on-screen uPlot chart shares with the SVG export, and
// the SVG writer itself.
export {
  chartSvg, colorIndex, dashOf, formatValue, LEGEND, legendFlow, maxValue, PALETTE, textWidth, valueTicks, yearSpan, yearTicks,
  type ChartPoint, type ChartSeries,
} from '../trends/chart-svg';
export { addTrendPoints, foldGroups, legendGroups, OTHER_GROUP, topGroups } from '../trends/chart-groups';

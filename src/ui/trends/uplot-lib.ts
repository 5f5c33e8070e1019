// uPlot and its stylesheet in a chunk of their own: UPlotChart loads this module with import()
// only when a chart is drawn, so the library page never fetches it (the service worker precaches
// it with the other lazy chunks, so charts still work offline).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;

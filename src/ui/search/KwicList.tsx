// Keyword in context: every occurrence with its left and right context, the match in one column,
// sortable by what comes before or after it, as concordance tools do. Each line opens the report.
import type { SearchParams } from '../../lib/route';
import { useState } from 'preact/hooks';
import { reportFailure } from '../../state/notices';
import { summaries } from '../../state/library';
import { kwicCsvText, type KwicLine } from '../../state/search';
import { exportName, saveCsv } from '../trends/export-file';
import { hitHref } from './ResultGroup';
import { t } from '../i18n';
import { reportTitle } from '../../lib/report-title';

interface Props {
  lines: KwicLine[];
  q: string;
  params: SearchParams;
  onSort: (sort: SearchParams['sort']) => void;
  limit: number;
}

export function KwicList({ lines, q, params, onSort, limit }: Props) {
  const d = t().srch;
  const titles = new Map(summaries.value.map((s) => [s.id, reportTitle(s)]));
  const sorts: [SearchParams['sort'], string][] = [[null, d.sortDoc], ['left', d.sortLeft], ['right', d.sortRight]];
  const [exporting, setExporting] = useState(false);
  // Every occurrence, not only the lines listed: the export asks the worker again without the list's limit.
  const exportCsv = async () => {
    setExporting(true);
    try {
      saveCsv(await kwicCsvText(q, params, d.csvHeader, t().body), exportName(`kwic_${q}`, 'csv'));
    } catch (err) {
      reportFailure(err, 'export');
    } finally { setExporting(false); }
  };
  return (
    <div class="kwic-wrap">
      <div class="kwic-tools" role="group" aria-label={d.sortBy}>
        <span class="muted">{d.kwicCount(lines.length)}{lines.length >= limit ? ` · ${d.kwicMore(limit)}` : ''}</span>
        {sorts.map(([key, label]) => (
          <button key={label} type="button" aria-pressed={params.sort === key} onClick={() => onSort(key)}>{label}</button>
        ))}
        <button type="button" class="kwic-csv" disabled={exporting || lines.length === 0} onClick={() => void exportCsv()}>{exporting ? d.exporting : d.saveCsv}</button>
      </div>
      <table class="kwic">
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} data-report={l.reportId}>
              <td class="left"><span>{l.left}</span></td>
              <td class="match"><a href={hitHref(l.reportId, q, { para: l.para, start: 0 }, params.within)}><mark>{l.match}</mark></a></td>
              <td class="right"><span>{l.right}</span></td>
              {/* Within one report, the section; text before the first heading is its opening, as in the results. */}
              <td class="source muted" title={l.path.join(' › ')}>{params.report ? l.path[l.path.length - 1] ?? d.start : titles.get(l.reportId) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

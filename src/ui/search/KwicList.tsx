// Keyword in context: every occurrence with its left and right context, the match in one column,
// sortable by what comes before or after it, as concordance tools do. Each line opens the report.
import type { SearchParams } from '../../lib/route';
import { summaries } from '../../state/library';
import type { KwicLine } from '../../state/search';
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
  return (
    <div class="kwic-wrap">
      <div class="kwic-tools" role="group" aria-label={d.sortBy}>
        <span class="muted">{d.kwicCount(lines.length)}{lines.length >= limit ? ` · ${d.kwicMore(limit)}` : ''}</span>
        {sorts.map(([key, label]) => (
          <button key={label} type="button" aria-pressed={params.sort === key} onClick={() => onSort(key)}>{label}</button>
        ))}
      </div>
      <table class="kwic">
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} data-report={l.reportId}>
              <td class="left"><span>{l.left}</span></td>
              <td class="match"><a href={hitHref(l.reportId, q, { para: l.para, start: 0 })}><mark>{l.match}</mark></a></td>
              <td class="right"><span>{l.right}</span></td>
              <td class="source muted" title={l.path.join(' › ')}>{params.report ? l.path[l.path.length - 1] ?? '' : titles.get(l.reportId) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

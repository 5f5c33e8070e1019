// One report in the results: its title (opens it at the first hit), what it is, how many hits,
// and the best hits, each naming the section it stands in, with its snippet marked.
import { routeHref, type Within } from '../../lib/route';
import type { Hit, ReportSummary, SearchResult } from '../../state/search';
import { Snippet } from './Snippet';
import { t } from '../i18n';
import { reportTitle } from '../../lib/report-title';

export function hitHref(reportId: string, q: string, hit: Pick<Hit, 'para' | 'start'> | null, within: Within = null): string {
  return routeHref({ name: 'report', id: reportId, section: null, q, at: hit ? { para: hit.para, start: hit.start } : null, within });
}

interface Props {
  result: SearchResult['reports'][number];
  summary: ReportSummary | undefined;
  q: string;
  within: Within;
  /** Another listed report has the same name: the file name tells them apart. */
  showFile?: boolean;
}

/** Two hits in one short paragraph (a title naming 委员 twice) cut the same snippet: show it once. */
function distinct(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.para}\u0000${h.snippet.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function ResultGroup({ result: r, summary: s, q, within, showFile = false }: Props) {
  const d = t();
  const years = s ? [...new Set([s.reviewYear, s.planYear].filter((y) => y !== null))].join('–') : '';
  return (
    <li class="result card" data-report={r.id}>
      <h2><a href={hitHref(r.id, q, r.hits[0] ?? null, within)}>{s ? reportTitle(s) : r.title ?? r.fileName}</a></h2>
      <p class="result-meta muted">
        {s && <span class={`pill ${s.body}`}>{d.body[s.body]}</span>}
        {s?.locality && <span>{s.locality}</span>}
        {years && <span class="years">{years}</span>}
        {showFile && s && <span class="file">{s.fileName}</span>}
        <span class="count" data-hits={r.hitCount}>{d.srch.kwicCount(r.hitCount)}</span>
      </p>
      <ol class="hits">
        {distinct(r.hits).map((h) => (
          <li key={`${h.para}.${h.start}`} data-where={h.where}>
            <a href={hitHref(r.id, q, h, within)}>
              <span class="path">{h.where === 'title' ? d.srch.where.title : h.path.join(' › ') || d.srch.start}</span>
              <Snippet snippet={h.snippet} />
            </a>
          </li>
        ))}
      </ol>
      {r.hitCount > r.hits.length && <a class="in-report" href={hitHref(r.id, q, r.hits[0] ?? null, within)}>{d.srch.inReport(r.hitCount)} →</a>}
    </li>
  );
}

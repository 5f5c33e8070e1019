// The reports most like the chosen one (character-bigram similarity), each opening the report or
// a side-by-side comparison with the chosen one.
import { useEffect } from 'preact/hooks';
import { reportHref, routeHref } from '../../lib/route';
import { runSimilar, similarAnswer, toCsv } from '../../state/trends';
import { exportName, saveCsv } from './export-file';
import { groupName, tt } from './strings';

export function SimilarReports({ reportId }: { reportId: string }) {
  useEffect(() => void runSimilar(reportId), [reportId]);
  const answer = similarAnswer.value?.reportId === reportId ? similarAnswer.value : null;
  const csv = () => answer && saveCsv(toCsv([tt().report, tt().year, tt().locality, tt().body, tt().score],
    answer.similar.map((s) => [s.title, s.year, s.locality, groupName(s.body), Math.round(s.score * 1000) / 1000])), exportName('similar_reports', 'csv'));
  return (
    <section class="card">
      <div class="card-head">
        <h2>{tt().similar}</h2>
        <button type="button" onClick={csv} disabled={!answer}>{tt().saveCsv}</button>
      </div>
      <p class="muted">{tt().similarTo}</p>
      <ol class="similar">
        {answer?.similar.map((s) => (
          <li key={s.id}>
            <a href={reportHref(s.id)}>{s.title}</a>
            <span class="muted"> {s.year ?? ''} {s.locality ?? ''} {groupName(s.body)} · {tt().score} {s.score.toFixed(2)} · </span>
            <a class="muted" href={routeHref({ name: 'compare', a: reportId, b: s.id })} title={tt().compareWith} aria-label={tt().compareWith}>⇄</a>
          </li>
        ))}
      </ol>
    </section>
  );
}

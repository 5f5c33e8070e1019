// The reports most like the chosen one (character-bigram similarity), each opening the report or
// a side-by-side comparison with the chosen one.
import { useEffect } from 'preact/hooks';
import { reportHref, routeHref } from '../../lib/route';
import { runSimilar, similarAnswer } from '../../state/trends';
import { groupName, tt } from './strings';

export function SimilarReports({ reportId }: { reportId: string }) {
  useEffect(() => void runSimilar(reportId), [reportId]);
  const answer = similarAnswer.value?.reportId === reportId ? similarAnswer.value : null;
  return (
    <section class="card">
      <h2>{tt().similar}</h2>
      <p class="muted">{tt().similarTo}</p>
      <ol class="similar">
        {answer?.similar.map((s) => (
          <li key={s.id}>
            <a href={reportHref(s.id)}>{s.title}</a>
            <span class="muted"> {s.year ?? ''} {s.locality ?? ''} {groupName(s.body)} · {tt().score} {s.score.toFixed(2)} · </span>
            <a class="muted" href={routeHref({ name: 'compare', a: reportId, b: s.id })}>⇄</a>
          </li>
        ))}
      </ol>
    </section>
  );
}

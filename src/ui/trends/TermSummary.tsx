// One line per term: total occurrences in the library and the year it first appears, linking to
// the first report that uses it.
import { routeHref } from '../../lib/route';
import type { TermTrend } from '../../state/trends';
import { tt } from './strings';

export function TermSummary({ trends }: { trends: TermTrend[] }) {
  return (
    <ul class="term-summary">
      {trends.map((t) => (
        <li key={t.term}>
          <strong>{t.term}</strong>
          <span>{tt().total} {t.total}</span>
          <span>
            {tt().firstYear}{' '}
            {t.firstYear === null ? tt().never : t.firstReports[0]
              ? <a href={routeHref({ name: 'report', id: t.firstReports[0], section: null, q: t.term })}>{t.firstYear}</a>
              : t.firstYear}
          </span>
        </li>
      ))}
    </ul>
  );
}

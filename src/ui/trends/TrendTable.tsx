// Occurrences per report: count and rate per 10,000 characters for every term, with report length;
// each count opens that report searching for its term (the reports a chart point lists, by keyboard);
// exported as CSV with the same columns. On a phone each report is a small card (trends.css) whose
// cells carry their column's name.
import { routeHref } from '../../lib/route';
import type { ReportInfo, TermTrend } from '../../state/trends';
import { exportName, saveCsv } from './export-file';
import { groupName, tt } from './strings';
import { toCsv, per10k } from '../../state/trends';

interface Props { trends: TermTrend[]; reports: ReportInfo[] }

const rate = (n: number) => Math.round(n * 100) / 100;

function csvOf({ trends, reports }: Props): string {
  const header = [tt().report, tt().year, tt().locality, tt().body, tt().length, ...trends.flatMap((t) => [`${t.term} ${tt().count}`, `${t.term} ${tt().perTenK}`])];
  const rows = reports.map((r, i) => [r.title, r.year, r.locality, groupName(r.body), r.length,
    ...trends.flatMap((t) => [t.perReport[i]!, rate(per10k(t.perReport[i]!, r.length))])]);
  return toCsv(header, rows);
}

/** A count that opens the report searching for its term: the keyboard's way to what a chart point lists. */
function TermCount({ id, term, count }: { id: string; term: string; count: number }) {
  if (count === 0) return <>0</>;
  return <a href={routeHref({ name: 'report', id, section: null, q: term })} aria-label={`${term} ${count}`}>{count}</a>;
}

export function TrendTable(props: Props) {
  const { trends, reports } = props;
  const first = trends[0]?.term ?? null;
  return (
    <section class="card">
      <div class="card-head">
        <h2>{tt().perReport}</h2>
        <button type="button" onClick={() => saveCsv(csvOf(props), exportName(`trends_${trends.map((t) => t.term).join('_')}`, 'csv'))}>{tt().saveCsv}</button>
      </div>
      <div class="table-scroll">
        <table class="data-table trend-table">
          <thead>
            <tr>
              <th>{tt().report}</th><th>{tt().year}</th><th>{tt().locality}</th><th>{tt().length}</th>
              {trends.map((t) => <th key={t.term} class="num">{t.term}<br /><small>{tt().count} / {tt().perTenK}</small></th>)}
            </tr>
          </thead>
          <tbody>
            {reports.map((r, i) => (
              <tr key={r.id}>
                <td><a href={routeHref({ name: 'report', id: r.id, section: null, q: first })}>{r.title}</a></td>
                <td class="nowrap">{r.year ?? ''}</td><td class="nowrap">{r.locality ?? ''}</td><td class="num" data-label={tt().length}>{r.length}</td>
                {trends.map((t) => <td key={t.term} class="num" data-label={t.term}><TermCount id={r.id} term={t.term} count={t.perReport[i]!} /> / {rate(per10k(t.perReport[i]!, r.length))}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

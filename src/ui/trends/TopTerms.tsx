// Top two- to four-character terms of the whole library, of a five-year plan period's or one year's
// reports, or of the chosen report; each term opens its trend. The stop list is edited right here.
import { useEffect, useState } from 'preact/hooks';
import { routeHref, type TrendsParams } from '../../lib/route';
import { followLibrary, planPeriods, runTopTerms, topTermsAnswer, type ReportInfo, toCsv } from '../../state/trends';
import { exportName, saveCsv } from './export-file';
import { StopListEditor } from './StopListEditor';
import { tt } from './strings';

interface Props { params: TrendsParams; reports: ReportInfo[] }

function scopeIds(scope: string, reports: ReportInfo[], chosen: string | null): string[] | null {
  if (scope === 'report') return chosen ? [chosen] : [];
  if (scope.startsWith('y')) return reports.filter((r) => String(r.year) === scope.slice(1)).map((r) => r.id);
  if (scope.startsWith('p')) {
    const from = Number(scope.slice(1));
    return reports.filter((r) => r.year !== null && r.year >= from && r.year < from + 5).map((r) => r.id);
  }
  return null;
}

export function TopTerms({ params, reports }: Props) {
  const [scope, setScope] = useState(params.report ? 'report' : 'all');
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort();
  const key = `${scope}|${params.report ?? ''}`;
  const ids = scopeIds(scope, reports, params.report);
  const run = () => void runTopTerms(key, ids);
  // Asked once per scope (not again when the list of reports arrives), after the term trend the
  // parent asks for in the same render, so the chart is not queued behind a whole-library count.
  useEffect(() => {
    const soon = setTimeout(run, 0);
    const unfollow = followLibrary(run);
    return () => { clearTimeout(soon); unfollow(); };
  }, [key, ids?.join(',') ?? '*']);
  const answer = topTermsAnswer.value;
  const csv = () => answer && saveCsv(toCsv([tt().term, tt().count, tt().perTenK], answer.terms.map((t) => [t.term, t.count, Math.round(t.per10k * 100) / 100])), exportName(`top_terms_${scope}`, 'csv'));
  return (
    <section class="card">
      <div class="card-head">
        <h2>{tt().topTerms}</h2>
        <label>
          <span class="visually-hidden">{tt().scope}</span>
          <select value={scope} aria-label={tt().scope} onChange={(e) => setScope(e.currentTarget.value)}>
            <option value="all">{tt().scopeAll}</option>
            {planPeriods(years).map((p) => <option key={p.from} value={`p${p.from}`}>{tt().scopePeriod(p)}</option>)}
            {years.map((y) => <option key={y} value={`y${y}`}>{tt().scopeYear(y)}</option>)}
            <option value="report" disabled={!params.report}>{tt().scopeReport}</option>
          </select>
        </label>
        <button type="button" onClick={csv} disabled={!answer}>{tt().saveCsv}</button>
      </div>
      {answer?.scope !== key && <p class="muted" aria-busy="true">{tt().loading}</p>}
      {answer && <p class="muted">{tt().reportLength}: {answer.length} · {tt().reportCount(answer.reports)}</p>}
      <ol class="top-terms">
        {answer?.terms.map((t) => (
          <li key={t.term}>
            <a href={routeHref({ name: 'trends', params: { ...params, terms: [t.term] } })}>{t.term}</a>
            <span class="muted">{t.count}</span>
          </li>
        ))}
      </ol>
      <StopListEditor onSaved={run} />
    </section>
  );
}

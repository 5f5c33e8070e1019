// #/trends?terms=…: term occurrences by year (split by body or place), the year each term first
// appears, occurrences per report; below, top terms and the reports most similar to a chosen one.
import { useEffect } from 'preact/hooks';
import type { TrendsParams } from '../../lib/route';
import { libraryReady, summaries } from '../../state/library';
import { followLibrary, runTerms, termsAnswer, trendsFailed, trendsStatus, type ReportInfo, reportYear } from '../../state/trends';
import { EmptyLibrary } from './EmptyLibrary';
import { ReportChooser } from './ReportChooser';
import { SimilarReports } from './SimilarReports';
import { TermForm } from './TermForm';
import { TermSummary } from './TermSummary';
import { TopTerms } from './TopTerms';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { tt } from './strings';
import '../styles/trends.css';
import { reportTitle } from '../../lib/report-title';

function libraryReports(): ReportInfo[] {
  return summaries.value
    .map((s) => ({ id: s.id, title: reportTitle(s), year: reportYear(s), body: s.body, locality: s.locality, length: 0 }))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.title.localeCompare(b.title));
}

export function TrendsView({ params }: { params: TrendsParams }) {
  const key = `${params.terms.join(',')}|${params.by}`;
  useEffect(() => followLibrary(() => void runTerms(params.terms, params.by)), [key]);
  useEffect(() => void runTerms(params.terms, params.by), [key]);
  const answer = termsAnswer.value?.key === key ? termsAnswer.value : null;
  const status = trendsStatus.value;
  const reports = libraryReports();
  const found = answer?.trends.some((t) => t.points.some((p) => p.count > 0)) ?? false;
  if (libraryReady.value && reports.length === 0) return <EmptyLibrary view="trends-view" title={tt().trendsTitle} intro={tt().trendsIntro} />;
  return (
    <div class="trends-view">
      <h1>{tt().trendsTitle}</h1>
      <p class="muted">{tt().trendsIntro}</p>
      <TermForm params={params} />
      {trendsFailed.value && <p role="alert" class="error">{tt().failed}{trendsFailed.value}</p>}
      {status?.progress && <p class="muted" aria-live="polite">{tt().preparing(status.progress.done, status.progress.total)}</p>}
      {params.terms.length > 0 && !answer && <p class="muted" aria-busy="true">{tt().loading}</p>}
      {answer && answer.trends.length > 0 && (
        <>
          <p class="muted computed">{tt().computedIn(answer.ms, answer.reports.length)}</p>
          <TermSummary trends={answer.trends} />
          {found ? (
            <>
              <TrendChart trends={answer.trends} measure={params.measure} split={params.by !== 'none'} />
              <TrendTable trends={answer.trends} reports={answer.reports} />
            </>
          ) : <p class="card not-found">{tt().notFound(answer.reports.length)}</p>}
        </>
      )}
      <div class="trends-lower">
        <ReportChooser params={params} reports={reports} />
        <div class="trends-panels">
          <TopTerms params={params} reports={reports} />
          {params.report && <SimilarReports reportId={params.report} />}
        </div>
      </div>
    </div>
  );
}

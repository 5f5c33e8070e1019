// The search box's suggestion list (ARIA listbox): reports and sections MiniSearch finds as the
// user types, then completed queries. The input keeps focus (aria-activedescendant points here);
// a pointer picks an option without taking focus away from the input.
import type { ReportSummary, Suggestion } from '../../state/search';
import { t } from '../i18n';
import { reportTitle, sameNamed } from '../../lib/report-title';

export const SUGGEST_LIST_ID = 'search-suggestions';
export const optionId = (i: number) => `search-suggestion-${i}`;

interface Props {
  items: Suggestion[];
  active: number;
  byId: ReadonlyMap<string, ReportSummary>;
  onPick: (item: Suggestion) => void;
}

/** Place and year of a report; its file name too when another listed report has its name (see sameNamed). */
function detail(s: Suggestion, summary: ReportSummary | undefined, showFile: boolean): string {
  if (s.kind === 'section') return summary ? reportTitle(summary) : '';
  if (s.kind !== 'report' || !summary) return '';
  const year = summary.reviewYear ?? summary.planYear;
  return [summary.locality, year, showFile ? summary.fileName : null].filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
}

/** A report is named as the library names it (a report without a title line by its body, place and year, not its file name). */
function optionText(s: Suggestion, summary: ReportSummary | undefined): string {
  if (s.kind === 'query') return t().srch.suggestQuery(s.text);
  return s.kind === 'report' && summary ? reportTitle(summary) : s.text;
}

export function SuggestList({ items, active, byId, onPick }: Props) {
  const d = t().srch;
  const twins = sameNamed(items.flatMap((s) => (s.kind === 'report' && byId.get(s.reportId ?? '')) || []));
  return (
    <ul class="suggest-list" role="listbox" id={SUGGEST_LIST_ID} aria-label={d.suggestLabel}>
      {items.map((s, i) => (
        <li key={`${s.kind}:${s.reportId ?? ''}:${s.section ?? ''}:${s.text}`} id={optionId(i)} role="option" aria-selected={i === active}
          class={`suggest-${s.kind}`} data-report={s.reportId} onMouseDown={(e) => e.preventDefault()} onClick={() => onPick(s)}>
          <span class="kind">{s.kind === 'report' ? d.suggestReport : s.kind === 'section' ? d.suggestSection : '⌕'}</span>
          <span class="text">{optionText(s, byId.get(s.reportId ?? ''))}</span>
          {s.reportId && <span class="detail muted">{detail(s, byId.get(s.reportId), twins.has(s.reportId))}</span>}
        </li>
      ))}
    </ul>
  );
}

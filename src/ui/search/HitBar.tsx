// In a report opened from a search: the hit count, next/previous hit (the current one is scrolled
// to and set apart), a link to the keyword-in-context list of this report, and a way out.
import { useEffect, useState } from 'preact/hooks';
import { reportHref, routeHref } from '../../lib/route';
import { indexChanges, loadReportHits, reportHits, type Hit } from '../../state/search';
import { NO_SEARCH_PARAMS, type Within } from '../../lib/route';
import { t } from '../i18n';
import { landOn } from '../reading-place';

/** The hit a link asked for, or the first one at or after its paragraph. */
function initial(hits: Hit[], at: { para: number; start: number } | null | undefined): number {
  if (!at) return 0;
  const exact = hits.findIndex((h) => h.para === at.para && h.start === at.start);
  if (exact >= 0) return exact;
  const after = hits.findIndex((h) => h.para >= at.para);
  return after >= 0 ? after : 0;
}

function show(i: number): void {
  for (const el of document.querySelectorAll('.reading mark.current')) el.classList.remove('current');
  const el = document.querySelector(`.reading mark[data-hit="${i}"]`);
  if (!el) return;
  el.classList.add('current');
  el.scrollIntoView({ block: 'center' });
  landOn(el); // the outline marks the hit's section, not the one at the top of the screen
}

export function HitBar({ reportId, q, at, within = null }: { reportId: string; q: string; at?: { para: number; start: number } | null; within?: Within }) {
  // Asked again when the index changes: a re-parse of this report (here or in another tab) moves its hits.
  const changes = indexChanges.value;
  useEffect(() => { void loadReportHits(reportId, q, within); }, [reportId, q, within, changes]);
  const state = reportHits.value;
  const hits = state && state.reportId === reportId && state.q === q && state.within === within ? state.hits : null;
  const [current, setCurrent] = useState(0);
  useEffect(() => {
    if (!hits || hits.length === 0) return;
    const i = initial(hits, at);
    setCurrent(i);
    requestAnimationFrame(() => show(i));
  }, [hits]);
  const d = t().srch;
  const step = (by: number) => {
    if (!hits || hits.length === 0) return;
    const i = (current + by + hits.length) % hits.length;
    setCurrent(i);
    show(i);
  };
  const kwic = routeHref({ name: 'search', q, params: { ...NO_SEARCH_PARAMS, report: reportId, view: 'kwic', within } });
  return (
    <div class="hit-bar" role="region" aria-label={d.label} data-hits={hits?.length ?? ''} data-current={hits?.length ? current : ''}>
      <span class="q">{d.hitsFor(q)}</span>
      <span aria-live="polite">{!hits ? '…' : hits.length === 0 ? d.noHitsHere : d.hitOf(current + 1, hits.length)}</span>
      <button type="button" onClick={() => step(-1)} disabled={!hits?.length} aria-label={d.prev}>↑ {d.prev}</button>
      <button type="button" onClick={() => step(1)} disabled={!hits?.length} aria-label={d.next}>↓ {d.next}</button>
      <a href={kwic}>{d.tabKwic}</a>
      <a href={reportHref(reportId)} aria-label={d.clearMarks} title={d.clearMarks}>✕</a>
    </div>
  );
}

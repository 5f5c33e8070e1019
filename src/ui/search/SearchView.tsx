// Route #/search?q=…: filters, "N hits in M reports", results grouped by report or the
// keyword-in-context list. The address holds query and filters; answers to older queries are
// dropped in state (query counter), and the last answer stays on screen until the next arrives.
import { useEffect, useState } from 'preact/hooks';
import { NO_SEARCH_PARAMS, routeHref, type SearchParams } from '../../lib/route';
import { summaries } from '../../state/library';
import { navigate } from '../../state/route';
import { answerKey, indexChanges, KWIC_LIST_LIMIT, kwicAnswer, RESULT_PAGE, runSearch, searchAnswer, searchFailed, searchStatus } from '../../state/search';
import { IndexStatus } from './IndexStatus';
import { KwicList } from './KwicList';
import { ResultGroup } from './ResultGroup';
import { ResultOrder } from './ResultOrder';
import { SearchFilters } from './SearchFilters';
import { t } from '../i18n';
import { sameNamed } from '../../lib/report-title';

export function SearchView({ q, params }: { q: string; params?: SearchParams }) {
  const p = params ?? NO_SEARCH_PARAMS;
  const key = answerKey(q, p);
  const status = searchStatus.value;
  const complete = status?.phase === 'ready';
  // How many report groups were asked for: a page, and a page more per "more"; a new query starts over.
  const [more, setMore] = useState({ key, limit: RESULT_PAGE });
  const limit = more.key === key ? more.limit : RESULT_PAGE;
  // Asked again when the index changes or indexing ends: answers follow imports and deletions.
  useEffect(() => { void runSearch(q, p, { maxReports: limit }); }, [key, p.view, complete, indexChanges.value, limit]);
  useEffect(() => { document.title = `${q ? `${q} · ` : ''}${t().srch.label} · ${t().appName}`; }, [q]);
  const d = t();
  const set = (patch: Partial<SearchParams>) => navigate({ name: 'search', q, params: { ...p, ...patch } }, true);
  const answer = p.view === 'kwic' ? kwicAnswer.value : searchAnswer.value;
  const fresh = answer?.key === key;
  const byId = new Map(summaries.value.map((s) => [s.id, s]));
  const result = p.view === 'results' ? searchAnswer.value?.value : null;
  const kwic = p.view === 'kwic' ? kwicAnswer.value?.value : null;
  const loose = result ? result.withoutExclusions : kwic?.loose;
  const twins = sameNamed((result?.reports ?? []).flatMap((r) => byId.get(r.id) ?? []));
  const none = q.trim() && (result ? result.reportCount === 0 : kwic?.lines.length === 0);
  return (
    <div class="search-view" data-query={q} data-fresh={fresh ? 'true' : 'false'} aria-busy={!fresh && !!q.trim()}>
      <h1 class="visually-hidden">{d.srch.heading(q)}</h1>
      <SearchFilters params={p} onChange={set} />
      <IndexStatus />
      <div class="search-tabs" role="tablist">
        {(['results', 'kwic'] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={p.view === v} onClick={() => set({ view: v })}>
            {v === 'results' ? d.srch.tabResults : d.srch.tabKwic}
          </button>
        ))}
      </div>
      {!q.trim() && <p class="muted">{d.srch.typeToSearch}<br />{d.srch.help}</p>}
      {searchFailed.value && <p class="error">{d.srch.failed(searchFailed.value)}</p>}
      {q.trim() && result && (
        <p class="search-count" aria-live="polite">
          <strong>{d.srch.hits(result.hitCount, result.reportCount)}</strong>
          {searchAnswer.value && <span class="muted"> · {d.srch.took(searchAnswer.value.ms)}</span>}
        </p>
      )}
      {q.trim() && result && result.reportCount > 1 && <ResultOrder order={p.order} onChange={(order) => set({ order })} />}
      {none && <p class="muted">{d.srch.noHits}<br />{d.srch.help}</p>}
      {none && loose && loose.reportCount > 0 && (
        <p class="without-excluded">
          {d.srch.withoutExcluded(loose.hitCount, loose.reportCount)}{' '}
          <a href={routeHref({ name: 'search', q: loose.query, params: p })}>{d.srch.searchFor(loose.query)}</a>
        </p>
      )}
      {q.trim() && result && (
        <ol class="results">
          {result.reports.map((r) => <ResultGroup key={r.id} result={r} summary={byId.get(r.id)} q={q} within={p.within} showFile={twins.has(r.id)} />)}
        </ol>
      )}
      {q.trim() && result && result.reportCount > result.reports.length && (
        <p class="more-results">
          <span class="muted">{d.srch.shownFirst(result.reports.length, p.order)}</span>{' '}
          <button type="button" disabled={!fresh} onClick={() => setMore({ key, limit: limit + RESULT_PAGE })}>
            {d.srch.showMore(Math.min(RESULT_PAGE, result.reportCount - result.reports.length))}
          </button>
        </p>
      )}
      {q.trim() && kwic && kwic.lines.length > 0 && (
        <KwicList lines={kwic.lines} q={q} params={p} limit={KWIC_LIST_LIMIT} onSort={(sort) => set({ sort })} />
      )}
    </div>
  );
}

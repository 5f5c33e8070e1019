// Search state: the worker's index status, the answer to the search route's query (stale answers
// dropped by a query counter), the keyword-in-context list, and the hits of the report being read.
// The index follows the library: any change of the report list asks the worker to catch up.
import { computed, effect, signal } from '@preact/signals';
import type { Body, Kind } from '../model/report';
import type { SearchParams, Within } from '../lib/route';
import type { KwicOptions, QueryOptions, SearchFilters, Snippet } from '../search/types';
import { searchClient, type Hit, type KwicLine, type SearchResult, type SearchStatus, type Suggestion } from '../worker/search-client';
import { libraryReady, summaries } from './library';
import { latestOnly } from '../lib/latest-only';
import { reportCells } from '../worker/kwic-csv';

export type { Hit, KwicLine, SearchResult, SearchStatus, Snippet, Suggestion };
export type { ReportSummary } from '../store/types';

export interface Answer<T> {
  /** The query and filters it answers (as a key), so a view never shows another query's answer. */
  key: string;
  value: T;
  /** False while reports are still being indexed: the answer covers the others. */
  complete: boolean;
  ms: number;
}

export const searchStatus = signal<SearchStatus | null>(null);
/**
 * How many times the index changed, for views that ask again when it does. No status yet is 0 like
 * the first status: that one must not ask an open search again (the worker would answer it twice).
 */
export const indexChanges = computed(() => searchStatus.value?.changes ?? 0);
export const searchAnswer = signal<Answer<SearchResult> | null>(null);
/** The concordance's lines; when there are none, what the words find without the query's exclusions. */
export interface KwicAnswer {
  lines: KwicLine[];
  loose?: SearchResult['withoutExclusions'];
}
export const kwicAnswer = signal<Answer<KwicAnswer> | null>(null);
export const searchFailed = signal<string | null>(null);
/** Hits of one report for one query, in document order (the report view's next/previous). */
export const reportHits = signal<{ reportId: string; q: string; within: Within; hits: Hit[] } | null>(null);

/** Per paragraph, the [start, end, hit number] ranges to mark in the report view. */
export const reportMarks = computed(() => {
  const marks = new Map<number, [number, number, number][]>();
  reportHits.value?.hits.forEach((h, i) => {
    const list = marks.get(h.para) ?? [];
    list.push([h.start, h.end, i]);
    marks.set(h.para, list);
  });
  return marks;
});

const SYNC_SETTLE_MS = 400;
let started = false;
let syncTimer: ReturnType<typeof setTimeout> | undefined;

/** Starts following the library (once): the worker loads its stored index and catches up after each change. */
export function startSearchIndex(): void {
  if (started) return;
  started = true;
  searchClient().onStatus((s) => { searchStatus.value = s; });
  effect(() => {
    const ready = libraryReady.value;
    // Any change of the list (import, delete, undo, correction, re-parse); an empty library that
    // never had an index needs no worker.
    const empty = summaries.value.length === 0;
    if (!ready || (empty && searchClient().mode() === 'idle')) return;
    // Once the list has settled: indexing during an import competes with its two parsing lanes for
    // the cores (1,000 files, one run each on a busy 2-core machine: import 10.7 s + 2.1 s of indexing
    // after it when indexing ran alongside, 7.8 s + 4.5 s when it waited).
    clearTimeout(syncTimer);
    syncTimer = setTimeout(() => searchClient().sync(), SYNC_SETTLE_MS);
  });
}

export function toFilters(p: SearchParams): SearchFilters {
  const f: SearchFilters = {};
  if (p.body) f.body = p.body as Body;
  if (p.kind) f.kind = p.kind as Kind;
  if (p.locality) f.locality = p.locality;
  if (p.from !== null) f.yearFrom = p.from;
  if (p.to !== null) f.yearTo = p.to;
  if (p.report) f.reportId = p.report;
  return f;
}

export function answerKey(q: string, p: SearchParams): string {
  return JSON.stringify([q.trim(), toFilters(p), p.sort, p.order, p.within]);
}

let querySeq = 0;

/** Report groups a search answers at first; each "more" asks for this many again. Ranking is exact
 * over all matches either way; fewer groups make fewer snippets (100 groups cost a query at 5,000
 * reports several times what 20 do). */
export const RESULT_PAGE = 20;
/** Concordance lines listed on screen, and at most in an export. */
export const KWIC_LIST_LIMIT = 2000;
export const KWIC_EXPORT_LIMIT = 100_000;

/** Runs the query; an answer that arrives after a newer query was asked is dropped. */
export async function runSearch(q: string, p: SearchParams, options: QueryOptions = {}): Promise<void> {
  const seq = ++querySeq;
  const key = answerKey(q, p);
  if (!q.trim()) { searchAnswer.value = null; kwicAnswer.value = null; return; }
  try {
    if (p.view === 'kwic') {
      const opts = kwicOptions(p, KWIC_LIST_LIMIT);
      const a = await searchClient().kwic(q, opts);
      // An empty list may be its exclusions' doing: a count-only query says what the words find without them.
      const loose = a.value.length === 0 && seq === querySeq
        ? (await searchClient().query(q, { maxReports: 0, hitsPerReport: 0, filters: opts.filters, scope: opts.scope })).value.withoutExclusions
        : undefined;
      if (seq === querySeq) kwicAnswer.value = { key, value: { lines: a.value, loose }, complete: a.complete, ms: a.ms };
    } else {
      const a = await searchClient().query(q, { maxReports: RESULT_PAGE, ...options, filters: toFilters(p), hitsPerReport: 3, order: p.order ?? 'score', scope: p.within ?? 'report' });
      if (seq === querySeq) searchAnswer.value = { key, value: a.value, complete: a.complete, ms: a.ms };
    }
    if (seq === querySeq) searchFailed.value = null;
  } catch (err) {
    if (seq === querySeq) searchFailed.value = err instanceof Error ? err.message : String(err);
  }
}

/**
 * Every occurrence as CSV, up to KWIC_EXPORT_LIMIT, in the order and with the filters of the list on
 * screen (which stops at its own, smaller limit). The worker makes the text: 100,000 lines cost the page
 * neither their copy nor their rows. Each report's cells are the library's: title, years, place, body.
 */
export async function kwicCsvText(q: string, p: SearchParams, header: readonly string[], body: Record<string, string>): Promise<string> {
  return (await searchClient().kwicCsv(q, kwicOptions(p, KWIC_EXPORT_LIMIT), { header, reports: reportCells(summaries.value, body) })).value;
}

/** The concordance of the address's filters and scope: the hits the grouped results count. */
function kwicOptions(p: SearchParams, limit: number): KwicOptions {
  return { filters: toFilters(p), scope: p.within ?? 'report', sort: p.sort ?? undefined, limit };
}

let hitsSeq = 0;

/** Whether two lists of one report's hits mark the same places. */
export function sameHits(a: readonly Hit[], b: readonly Hit[]): boolean {
  return a.length === b.length && a.every((h, i) => h.para === b[i]!.para && h.start === b[i]!.start && h.end === b[i]!.end);
}

/**
 * Loads every hit of the query in one report (null query: clears them). Asked again whenever the index
 * changes (a re-parse, in this tab or another, moves the marks); hits that mark the same places as
 * those shown are left as they are, so the reader stays at the hit they were on.
 */
export async function loadReportHits(reportId: string, q: string | null, within: Within = null): Promise<void> {
  const seq = ++hitsSeq;
  if (!q || !q.trim()) { reportHits.value = null; return; }
  try {
    const a = await searchClient().reportHits(reportId, q, within ?? 'report');
    const shown = reportHits.value;
    if (seq !== hitsSeq || (shown && shown.reportId === reportId && shown.q === q && shown.within === within && sameHits(shown.hits, a.value))) return;
    reportHits.value = { reportId, q, within, hits: a.value };
  } catch {
    if (seq === hitsSeq) reportHits.value = { reportId, q, within, hits: [] };
  }
}

/** The marks for the report view, when the loaded hits are this report's for this query. */
export function marksFor(reportId: string, q: string | null | undefined): ReadonlyMap<number, [number, number, number][]> | null {
  const hits = reportHits.value;
  return q && hits && hits.reportId === reportId && hits.q === q ? reportMarks.value : null;
}

/** Suggestions for what the search box holds (MiniSearch in the worker); q says which text they answer. */
export const suggestions = signal<{ q: string; items: Suggestion[] } | null>(null);
/** The text the box holds now: an answer to other text is dropped. */
let typed = '';
/** One request in flight; text typed meanwhile is asked when it ends (only the newest). */
const askSuggestions = latestOnly(async (q: string) => {
  try {
    const a = await searchClient().suggest(q, 8);
    if (q === typed) suggestions.value = { q, items: a.value };
  } catch {
    if (q === typed) suggestions.value = null;
  }
});

/** Asks for suggestions as the user types; empty text clears them. */
export function loadSuggestions(q: string): void {
  typed = q;
  if (!q.trim()) {
    askSuggestions.cancel();
    suggestions.value = null;
    return;
  }
  askSuggestions.push(q);
}

export function clearSuggestions(): void {
  typed = '';
  askSuggestions.cancel();
  suggestions.value = null;
}

/** Another tab changed the stored search index: the worker reloads it (for the cross-tab module). */
export function reloadSearchIndex(): void {
  if (searchClient().mode() !== 'idle') searchClient().reloadFromStore();
}

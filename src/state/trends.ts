// Term trends, top terms, similar reports and the user's stop list. Answers come from the trends
// worker; a ticket per question drops answers overtaken by a newer one. The stop list is kept in
// the library's settings store, so it travels with the library on this device.
import { effect, signal } from '@preact/signals';
import { trendsClient } from '../worker/trends-client';
import type { ReportInfo, SplitBy, TermTrend, TopTerm, TrendsStatus } from '../worker/trends-protocol';
import { DEFAULT_STOP_WORDS } from '../trends/stop-words';
import { getSetting, setSetting } from '../store/repo';
import { library } from './db';
import { libraryReady, summaries } from './library';

export type { ReportInfo, SplitBy, TermTrend, TopTerm, TrendsStatus };
// The pure helpers the trends views need, offered here: ui reaches trends only through state.
export { toCsv } from '../trends/csv';
export { per10k } from '../trends/term-count';
export { parseStopList } from '../trends/stop-words';
export { reportYear } from '../trends/report-year';
export { planName, planPeriods, type PlanPeriod } from '../trends/plan-period';

export interface TermsAnswer { key: string; trends: TermTrend[]; reports: ReportInfo[]; ms: number }
export interface TopTermsAnswer { scope: string; terms: TopTerm[]; reports: number; length: number }

export const trendsStatus = signal<TrendsStatus | null>(null);
export const termsAnswer = signal<TermsAnswer | null>(null);
export const topTermsAnswer = signal<TopTermsAnswer | null>(null);
export const similarAnswer = signal<{ reportId: string; similar: Array<ReportInfo & { score: number }> } | null>(null);
export const trendsFailed = signal<string | null>(null);
export const stopWords = signal<string[]>([...DEFAULT_STOP_WORDS]);

const STOP_KEY = 'trends.stopWords';
const SETTLE_MS = 400;
const tickets = { terms: 0, top: 0, similar: 0 };
const listeners = new Set<() => void>();
let following = false;

/** Starts the worker following the library (once) and calls `onChange` after each settled change. */
export function followLibrary(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!following) {
    following = true;
    trendsClient().onStatus((s) => { trendsStatus.value = s; });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    effect(() => {
      if (!libraryReady.value) return;
      void summaries.value;
      if (first) { first = false; trendsClient().sync(); return; }
      clearTimeout(timer);
      timer = setTimeout(() => { trendsClient().sync(); for (const l of listeners) l(); }, SETTLE_MS);
    });
    void loadStopWords();
  }
  return () => listeners.delete(onChange);
}

const fail = (err: unknown) => { trendsFailed.value = err instanceof Error ? err.message : String(err); };

/**
 * User Timing for the bench, which reads it without hooks into the views: a mark `<name>:ask` per
 * question (so it can wait until every one is answered), and a measure per answer whose duration
 * is the round trip seen by the page and whose detail.ms is the worker's own computing time.
 */
function asking(name: string): number {
  try { performance.mark(`${name}:ask`); } catch { /* no User Timing here */ }
  return performance.now();
}

function measure(name: string, start: number, detail: Record<string, unknown>): void {
  try { performance.measure(name, { start, detail }); } catch { /* no User Timing here */ }
}

export async function runTerms(terms: string[], by: SplitBy): Promise<void> {
  const ticket = ++tickets.terms;
  const key = `${terms.join(',')}|${by}`;
  if (terms.length === 0) { termsAnswer.value = { key, trends: [], reports: [], ms: 0 }; return; }
  try {
    const t0 = asking('zb:trends-terms');
    const { reply, ms } = await trendsClient().terms(terms, by);
    measure('zb:trends-terms', t0, { terms, by, reports: reply.reports.length, ms });
    if (ticket === tickets.terms) { termsAnswer.value = { key, trends: reply.trends, reports: reply.reports, ms }; trendsFailed.value = null; }
  } catch (err) { if (ticket === tickets.terms) fail(err); }
}

/** `reportIds` null: the whole library; `scope` names the choice for the view. */
export async function runTopTerms(scope: string, reportIds: string[] | null, limit = 40): Promise<void> {
  const ticket = ++tickets.top;
  try {
    const t0 = asking('zb:trends-top-terms');
    const { reply, ms } = await trendsClient().topTerms(reportIds, stopWords.value, limit);
    measure('zb:trends-top-terms', t0, { scope, whole: reportIds === null, reports: reply.reports, ms });
    if (ticket === tickets.top) topTermsAnswer.value = { scope, terms: reply.terms, reports: reply.reports, length: reply.length };
  } catch (err) { if (ticket === tickets.top) fail(err); }
}

export async function runSimilar(reportId: string, limit = 8): Promise<void> {
  const ticket = ++tickets.similar;
  try {
    const { reply } = await trendsClient().similar(reportId, limit);
    if (ticket === tickets.similar) similarAnswer.value = { reportId, similar: reply.similar };
  } catch (err) { if (ticket === tickets.similar) fail(err); }
}

async function loadStopWords(): Promise<void> {
  try {
    const saved = await getSetting<string[]>(await library(), STOP_KEY);
    if (Array.isArray(saved)) stopWords.value = saved;
  } catch { /* the defaults stand */ }
}

export async function saveStopWords(words: string[]): Promise<void> {
  stopWords.value = words;
  try { await setSetting(await library(), STOP_KEY, words); } catch (err) { fail(err); }
}

export async function resetStopWords(): Promise<void> {
  await saveStopWords([...DEFAULT_STOP_WORDS]);
}

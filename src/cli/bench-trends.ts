// Trends bench section: term trends for 5 terms over 1,000 reports, timed as the trends worker
// computes them (answerTerms over its cache of folded texts). The 1,000 reports are every fixture
// and hold-out report the parser reads, repeated with other years and places to reach 1,000, each
// lengthened with the next ones' text to a real report's length (~20,000 characters; the fixtures
// are shorter, which would flatter the timing).
// Top terms (limit 40, default stop list) are timed over the same library, one period (a year) and one
// report: the first ask (which also profiles each report's characters, kept by the worker) and the median of the
// next asks.
// Run alone: `npx tsx src/cli/bench-trends.ts`; bench.ts calls trendsSection().
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport } from '../parse/index';
import { answer, answerTerms, cacheReport, type CachedReport } from '../worker/trends-cache';
import { DEFAULT_STOP_WORDS } from '../trends/stop-words';
import type { BenchSection } from './bench-parse';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
export const TRENDS_TARGET_MS = 300;
const REPORTS = 1000;
const TERMS = ['数字化改革', '共同富裕', '提案', '社情民意', '高质量发展'];
const RUNS = 7;
const MIN_CHARS = 20000;
export const TOP_TERMS_TARGET_MS = 500;
const TOP_RUNS = 5;
const TOP_LIMIT = 40;

function sources(): string[] {
  return ['', 'holdout', 'holdout2', 'holdout3'].flatMap((set) => {
    const dir = join(FIXTURES, set);
    return readdirSync(dir).filter((f) => /\.(txt|md|html?|docx)$/.test(f) && statSync(join(dir, f)).isFile()).map((f) => join(dir, f));
  });
}

/** The parsed reports, cached as the worker caches them, repeated (other year, other place) to `count`. */
export function library(count = REPORTS): CachedReport[] {
  const parsed = sources().flatMap((path) => {
    const r = parseReport(readFileSync(path), path.split('/').pop()!);
    return r.ok ? [r.report] : [];
  });
  return Array.from({ length: count }, (_, i) => {
    const base = parsed[i % parsed.length]!;
    const round = Math.floor(i / parsed.length);
    const report = { ...base, reviewYear: (base.reviewYear ?? 2020) - (round % 8), locality: `${base.locality ?? '某地'}${round}` };
    return cacheReport(`r${i}`, '', report);
  }).map((c, i, all) => {
    let folded = c.doc.folded;
    for (let k = 1; folded.length < MIN_CHARS; k++) folded += '\n' + all[(i + k) % all.length]!.doc.folded;
    return { ...c, doc: { ...c.doc, folded } };
  });
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** First ask and median of the next asks for top terms over `ids` (null: whole library). */
export function timeTopTerms(cache: readonly CachedReport[], ids: string[] | null): { firstMs: number; medianMs: number } {
  const ask = () => {
    const s = performance.now();
    answer(cache, { type: 'top-terms', id: 0, reportIds: ids, stop: [...DEFAULT_STOP_WORDS], limit: TOP_LIMIT });
    return performance.now() - s;
  };
  const firstMs = ask();
  const times = Array.from({ length: TOP_RUNS }, ask).sort((a, b) => a - b);
  return { firstMs: round1(firstMs), medianMs: round1(times[TOP_RUNS >> 1]!) };
}

/** Bytes the worker keeps for top terms (character profiles) per byte of folded text (two a character). */
function heldRatio(cache: readonly CachedReport[]): number {
  const held = cache.reduce((n, c) => n + (c.chars ? c.chars.firstSeen.byteLength + c.chars.counts.byteLength : 0), 0);
  return Math.round((held / cache.reduce((n, c) => n + 2 * c.doc.folded.length, 0)) * 100) / 100;
}

function topTermsRows(cache: readonly CachedReport[]) {
  const year = cache[0]!.doc.year;
  const period = cache.filter((c) => c.doc.year === year).map((c) => c.doc.id);
  const all = timeTopTerms(cache, null);
  const held = heldRatio(cache);
  const one = timeTopTerms(cache, [cache[0]!.doc.id]);
  const some = timeTopTerms(cache, period);
  const rows = [
    { metric: `top ${TOP_LIMIT} terms, whole library, first ask ms`, value: all.firstMs },
    { metric: `top ${TOP_LIMIT} terms, whole library, median ms`, value: all.medianMs },
    { metric: `top terms, one period (${year}, ${period.length} reports), median ms`, value: some.medianMs },
    { metric: 'top terms, one report, median ms', value: one.medianMs },
    { metric: 'top terms, bytes kept per byte of folded text', value: held },
    { metric: 'top terms target ms (whole library)', value: TOP_TERMS_TARGET_MS },
  ];
  const json = { topTermsFirstMs: all.firstMs, topTermsMs: all.medianMs, topTermsPeriodMs: some.medianMs, topTermsPeriodReports: period.length, topTermsOneMs: one.medianMs, topTermsHeldRatio: held, topTermsTargetMs: TOP_TERMS_TARGET_MS, topTermsOk: all.medianMs <= TOP_TERMS_TARGET_MS };
  return { rows, json };
}

export async function trendsSection(): Promise<BenchSection> {
  const t0 = performance.now();
  const cache = library();
  const fillMs = performance.now() - t0;
  const chars = cache.reduce((n, c) => n + c.doc.folded.length, 0);
  answerTerms(cache, TERMS, 'locality');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    answerTerms(cache, TERMS, i % 2 ? 'locality' : 'body');
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const median = Math.round(times[RUNS >> 1]! * 10) / 10;
  const max = Math.round(times[RUNS - 1]! * 10) / 10;
  const rows = [
    { metric: 'reports', value: cache.length },
    { metric: 'folded characters (M)', value: Math.round(chars / 1e5) / 10 },
    { metric: 'parse + cache fill, ms', value: Math.round(fillMs) },
    { metric: `5 terms x ${cache.length} reports, median ms`, value: median },
    { metric: '5 terms, slowest of 7 ms', value: max },
    { metric: 'target ms', value: TRENDS_TARGET_MS },
  ];
  const top = topTermsRows(cache);
  const json = { reports: cache.length, chars, fiveTermsMs: median, fiveTermsMaxMs: max, targetMs: TRENDS_TARGET_MS, ok: max <= TRENDS_TARGET_MS, ...top.json };
  return { name: 'term trends (worker computation)', rows: [...rows, ...top.rows], json };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await trendsSection();
  console.table(s.rows);
  console.log(JSON.stringify(s.json));
}

// The typed messages between the page (trends-client.ts) and the trends worker (trends-worker.ts).
// The worker keeps every report's folded text, figure rows and bigram vector in memory, so term
// trends over a thousand reports answer in a few hundred milliseconds without touching IndexedDB.
import type { Body } from '../model/report';
import type { FigureRow } from '../trends/figure-rows';
import type { TargetRow } from '../trends/targets';
import type { TopTerm } from '../trends/top-terms';
import type { SplitBy, TermTrend } from '../trends/trend-series';

export type { FigureRow, SplitBy, TargetRow, TermTrend, TopTerm };

/** One report as the trends views list it. */
export interface ReportInfo {
  id: string;
  title: string;
  year: number | null;
  body: Body;
  locality: string | null;
  /** Characters of folded text. */
  length: number;
}

export interface TrendsStatus {
  phase: 'starting' | 'loading' | 'ready' | 'error';
  /** Reports held in memory. */
  size: number;
  progress: { done: number; total: number } | null;
  error?: string;
}

export type TrendsAsk =
  | { type: 'terms'; id: number; terms: string[]; by: SplitBy }
  | { type: 'figures'; id: number }
  /** Targets beside results, by place, indicator and year (trends/targets.ts). */
  | { type: 'targets'; id: number }
  /** reportIds null: the whole library. `stop` holds the user's stop words as typed. */
  | { type: 'top-terms'; id: number; reportIds: string[] | null; stop: string[]; limit: number }
  | { type: 'similar'; id: number; reportId: string; limit: number };

export type TrendsRequest =
  | { type: 'open'; dbName?: string }
  /** The library changed: bring the cache up to date. */
  | { type: 'sync' }
  | TrendsAsk;

export type TrendsReply =
  | { kind: 'terms'; trends: TermTrend[]; reports: ReportInfo[] }
  | { kind: 'figures'; rows: FigureRow[] }
  | { kind: 'targets'; rows: TargetRow[] }
  | { kind: 'top-terms'; terms: TopTerm[]; reports: number; length: number }
  | { kind: 'similar'; similar: Array<ReportInfo & { score: number }> };

export type TrendsResponse =
  | { type: 'ready' }
  | { type: 'status'; status: TrendsStatus }
  /** `ms`: time spent computing in the worker, cache already warm. */
  | { type: 'reply'; id: number; reply: TrendsReply; ms: number }
  | { type: 'failed'; id: number; message: string };

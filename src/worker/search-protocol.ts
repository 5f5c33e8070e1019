// The typed messages between the page (search-client.ts) and the search worker (search-worker.ts).
// The search index lives in its own long-lived worker, apart from the import worker (which shuts
// down when idle): the index stays in memory between queries, and queries are answered even while
// an import keeps the import worker busy. Requests that expect an answer carry an id.
import type { KwicCsvRequest } from './kwic-csv';
import type { KwicLine, KwicOptions, Hit, QueryOptions, SearchFilters, SearchResult, Suggestion } from '../search/types';

export type { Hit, KwicLine, SearchFilters, SearchResult, Suggestion };

export interface SearchStatus {
  /** loading: reading the stored index; indexing: bringing it up to date with the library; ready: up to date. */
  phase: 'starting' | 'loading' | 'indexing' | 'ready' | 'error';
  /** Reports in the index now. */
  size: number;
  /** Records taken from IndexedDB when this worker started (a cold start that re-indexed nothing has indexed 0). */
  loaded: number;
  /** Reports this worker indexed from their parsed text (new, changed, or stored in another index version). */
  indexed: number;
  /** Reports removed from the index (deleted from the library). */
  removed: number;
  /** Grows whenever the index content changes (views ask again, so answers follow the library). */
  changes: number;
  /** Milliseconds from the worker's start until the stored index answered queries; null before. */
  loadMs: number | null;
  /** The indexing job under way. */
  progress: { done: number; total: number } | null;
  error?: string;
}

export type SearchRequest =
  | { type: 'open'; dbName?: string }
  /** The library changed (import, delete, undo, re-parse, correction): bring the index up to date. */
  | { type: 'sync' }
  /**
   * The stored index changed under this worker (another tab's worker indexed or removed reports):
   * drop the index in memory, load the stored one again, then catch up with the library.
   */
  | { type: 'reload' }
  /** Suggestions as the user types (MiniSearch over titles, places, headings...): reports and sections. */
  | { type: 'suggest'; id: number; q: string; limit?: number }
  | { type: 'query'; id: number; q: string; options: QueryOptions }
  | { type: 'report-hits'; id: number; reportId: string; q: string; scope?: 'report' | 'section' }
  | { type: 'kwic'; id: number; q: string; options: KwicOptions }
  /** The concordance as CSV text, made in the worker: the page gives each report's cells. */
  | { type: 'kwic-csv'; id: number; q: string; options: KwicOptions; csv: KwicCsvRequest };

export type SearchReply =
  | { kind: 'result'; result: SearchResult }
  | { kind: 'hits'; hits: Hit[] }
  | { kind: 'kwic'; lines: KwicLine[] }
  | { kind: 'csv'; text: string }
  | { kind: 'suggest'; suggestions: Suggestion[] };

export type SearchResponse =
  | { type: 'ready' }
  | { type: 'status'; status: SearchStatus }
  /** `complete` is false while reports are still being indexed (the answer covers the others). */
  | { type: 'reply'; id: number; reply: SearchReply; complete: boolean; ms: number }
  | { type: 'failed'; id: number; message: string };

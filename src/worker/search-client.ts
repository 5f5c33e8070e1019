// The page-side client of the search worker, which holds the index for the page's life: one
// method per question over the shared service bridge (lazy start, in-thread fallback). Imports
// no search code up front.
import type { KwicCsvRequest } from './kwic-csv';
import type { KwicOptions, QueryOptions } from '../search/types';
import type { Hit, KwicLine, SearchReply, SearchRequest, SearchResponse, SearchResult, SearchStatus, Suggestion } from './search-protocol';
import { ServiceBridge } from './service-bridge';

export type { Hit, KwicLine, SearchResult, SearchStatus, Suggestion };

export interface Answer<T> { value: T; complete: boolean; ms: number }

export interface SearchClient {
  /** Starts the worker (if needed), which loads the stored index; nothing else is asked. */
  open(): void;
  /** Starts the worker (if needed) and asks it to bring the index up to date with the library. */
  sync(): void;
  /** Another tab changed the stored index: the worker drops its index, loads the stored one again and catches up. */
  reloadFromStore(): void;
  /** Reports and sections matching what is typed so far (MiniSearch), and completed queries. */
  suggest(q: string, limit?: number): Promise<Answer<Suggestion[]>>;
  query(q: string, options?: QueryOptions): Promise<Answer<SearchResult>>;
  reportHits(reportId: string, q: string, scope?: 'report' | 'section'): Promise<Answer<Hit[]>>;
  kwic(q: string, options?: KwicOptions): Promise<Answer<KwicLine[]>>;
  /** The concordance as CSV text, made in the worker (a large one costs the page neither the lines nor their rows). */
  kwicCsv(q: string, options: KwicOptions, csv: KwicCsvRequest): Promise<Answer<string>>;
  onStatus(listener: (s: SearchStatus) => void): () => void;
  mode(): 'worker' | 'in-thread' | 'idle';
}

type Reply = Extract<SearchResponse, { type: 'reply' }>;

class SearchBridge implements SearchClient {
  private readonly bridge: ServiceBridge<SearchRequest, Reply, SearchStatus>;

  constructor(dbName?: string) {
    this.bridge = new ServiceBridge<SearchRequest, Reply, SearchStatus>({
      // The worker loads the stored index on 'open'.
      open: { type: 'open', dbName },
      // The mark places the worker's start on the page's timeline (bench-search-app's cold start phases).
      spawn: () => { performance.mark('zb:search:spawn'); return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }); },
      loadInThread: () => import('./search-service').then((m) => m.createSearchService),
    });
  }

  open(): void {
    this.bridge.open();
  }

  sync(): void {
    this.bridge.send({ type: 'sync' });
  }

  reloadFromStore(): void {
    this.bridge.send({ type: 'reload' });
  }

  suggest(q: string, limit = 8): Promise<Answer<Suggestion[]>> {
    return this.ask((id) => ({ type: 'suggest', id, q, limit }), (r) => (r.kind === 'suggest' ? r.suggestions : null));
  }

  query(q: string, options: QueryOptions = {}): Promise<Answer<SearchResult>> {
    return this.ask((id) => ({ type: 'query', id, q, options }), (r) => (r.kind === 'result' ? r.result : null));
  }

  reportHits(reportId: string, q: string, scope: 'report' | 'section' = 'report'): Promise<Answer<Hit[]>> {
    return this.ask((id) => ({ type: 'report-hits', id, reportId, q, scope }), (r) => (r.kind === 'hits' ? r.hits : null));
  }

  kwic(q: string, options: KwicOptions = {}): Promise<Answer<KwicLine[]>> {
    return this.ask((id) => ({ type: 'kwic', id, q, options }), (r) => (r.kind === 'kwic' ? r.lines : null));
  }

  kwicCsv(q: string, options: KwicOptions, csv: KwicCsvRequest): Promise<Answer<string>> {
    return this.ask((id) => ({ type: 'kwic-csv', id, q, options, csv }), (r) => (r.kind === 'csv' ? r.text : null));
  }

  onStatus(listener: (s: SearchStatus) => void): () => void {
    return this.bridge.onStatus(listener);
  }

  mode(): 'worker' | 'in-thread' | 'idle' {
    return this.bridge.where;
  }

  private ask<T>(make: (id: number) => SearchRequest, pick: (r: SearchReply) => T | null): Promise<Answer<T>> {
    return this.bridge.ask(make).then((a) => {
      const value = pick(a.reply);
      if (value === null) throw new Error('unexpected search reply');
      return { value, complete: a.complete, ms: a.ms };
    });
  }
}

export function createSearchClient(dbName?: string): SearchClient {
  return new SearchBridge(dbName);
}

let shared: SearchClient | undefined;
/** The app's search client (default database), created on first use. */
export function searchClient(): SearchClient {
  return (shared ??= createSearchClient());
}

// The page-side bridge to the search worker: starts it on first use and keeps it (it holds the
// index), numbers requests, relays status, and falls back to the same service on this thread
// (loaded on demand) when a module Worker cannot start. Imports no search code up front.
import type { QueryOptions } from '../search/types';
import type { Hit, KwicLine, SearchReply, SearchRequest, SearchResponse, SearchResult, SearchStatus } from './search-protocol';

export type { Hit, KwicLine, SearchResult, SearchStatus };

export interface Answer<T> { value: T; complete: boolean; ms: number }

export interface SearchClient {
  /** Starts the worker (if needed) and asks it to bring the index up to date with the library. */
  sync(): void;
  query(q: string, options?: QueryOptions): Promise<Answer<SearchResult>>;
  reportHits(reportId: string, q: string): Promise<Answer<Hit[]>>;
  kwic(q: string, opts?: { reportId?: string; sort?: 'left' | 'right' | 'match'; limit?: number }): Promise<Answer<KwicLine[]>>;
  onStatus(listener: (s: SearchStatus) => void): () => void;
  mode(): 'worker' | 'in-thread' | 'idle';
}

type Ask = Extract<SearchRequest, { id: number }>;
interface Raw { reply: SearchReply; complete: boolean; ms: number }
type Pending = { resolve: (a: Raw) => void; reject: (e: Error) => void };

class SearchBridge implements SearchClient {
  private post: ((req: SearchRequest) => void) | null = null;
  private where: 'worker' | 'in-thread' | 'idle' = 'idle';
  private ready = false;
  private outbox: SearchRequest[] = [];
  private pending = new Map<number, Pending>();
  private listeners = new Set<(s: SearchStatus) => void>();
  private nextId = 1;

  constructor(private readonly dbName?: string) {}

  sync(): void {
    this.send({ type: 'sync' });
  }

  query(q: string, options: QueryOptions = {}): Promise<Answer<SearchResult>> {
    return this.ask({ type: 'query', id: this.nextId++, q, options }, (r) => (r.kind === 'result' ? r.result : null));
  }

  reportHits(reportId: string, q: string): Promise<Answer<Hit[]>> {
    return this.ask({ type: 'report-hits', id: this.nextId++, reportId, q }, (r) => (r.kind === 'hits' ? r.hits : null));
  }

  kwic(q: string, opts: { reportId?: string; sort?: 'left' | 'right' | 'match'; limit?: number } = {}): Promise<Answer<KwicLine[]>> {
    return this.ask({ type: 'kwic', id: this.nextId++, q, ...opts }, (r) => (r.kind === 'kwic' ? r.lines : null));
  }

  onStatus(listener: (s: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  mode(): 'worker' | 'in-thread' | 'idle' {
    return this.where;
  }

  private ask<T>(req: Ask, pick: (r: SearchReply) => T | null): Promise<Answer<T>> {
    return new Promise<Raw>((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      this.send(req);
    }).then((a) => {
      const value = pick(a.reply);
      if (value === null) throw new Error('unexpected search reply');
      return { value, complete: a.complete, ms: a.ms };
    });
  }

  private readonly receive = (res: SearchResponse): void => {
    if (res.type === 'ready') { this.ready = true; this.flush(); return; }
    if (res.type === 'status') { for (const l of this.listeners) l(res.status); return; }
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    if (res.type === 'failed') p.reject(new Error(res.message));
    else p.resolve({ reply: res.reply, complete: res.complete, ms: res.ms });
  };

  private send(req: SearchRequest): void {
    if (!this.post) this.start();
    this.outbox.push(req);
    this.flush();
  }

  private flush(): void {
    if (!this.ready || !this.post) return;
    for (const req of this.outbox.splice(0)) this.post(req);
  }

  private start(): void {
    // 'open' goes first whatever the order of calls: the worker loads the stored index on it.
    this.outbox.unshift({ type: 'open', dbName: this.dbName });
    try {
      const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<SearchResponse>) => this.receive(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        if (this.ready) return;
        worker.terminate();
        this.startInThread();
      };
      this.post = (req) => worker.postMessage(req);
      this.where = 'worker';
    } catch {
      this.startInThread();
    }
  }

  /** The same service on this thread: slower for the page, but search still works. */
  private startInThread(): void {
    this.where = 'in-thread';
    this.ready = false;
    const handle = import('./search-service').then(({ createSearchService }) => {
      const h = createSearchService(this.receive);
      this.receive({ type: 'ready' });
      return h;
    });
    this.post = (req) => void handle.then((h) => h(req));
    handle.catch((err: unknown) => {
      for (const p of this.pending.values()) p.reject(err instanceof Error ? err : new Error(String(err)));
      this.pending.clear();
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

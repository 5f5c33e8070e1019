// The page-side bridge to the trends worker: starts it on first use and keeps it (it holds the
// cache), numbers requests, relays status, and falls back to the same service on this thread
// (loaded on demand) when a module Worker cannot start. Imports no trends code up front.
import type { SplitBy, TrendsAsk, TrendsReply, TrendsRequest, TrendsResponse, TrendsStatus } from './trends-protocol';

export interface TrendsAnswer<T> { reply: T; ms: number }

type Pending = { resolve: (a: { reply: TrendsReply; ms: number }) => void; reject: (e: Error) => void };
type Reply<K extends TrendsReply['kind']> = Extract<TrendsReply, { kind: K }>;

export class TrendsClient {
  private post: ((req: TrendsRequest) => void) | null = null;
  private ready = false;
  private outbox: TrendsRequest[] = [];
  private pending = new Map<number, Pending>();
  private listeners = new Set<(s: TrendsStatus) => void>();
  private nextId = 1;
  where: 'worker' | 'in-thread' | 'idle' = 'idle';

  constructor(private readonly dbName?: string) {}

  sync(): void {
    this.send({ type: 'sync' });
  }

  terms(terms: string[], by: SplitBy): Promise<TrendsAnswer<Reply<'terms'>>> {
    return this.ask({ type: 'terms', id: this.nextId++, terms, by }, 'terms');
  }

  figures(): Promise<TrendsAnswer<Reply<'figures'>>> {
    return this.ask({ type: 'figures', id: this.nextId++ }, 'figures');
  }

  topTerms(reportIds: string[] | null, stop: string[], limit: number): Promise<TrendsAnswer<Reply<'top-terms'>>> {
    return this.ask({ type: 'top-terms', id: this.nextId++, reportIds, stop, limit }, 'top-terms');
  }

  similar(reportId: string, limit: number): Promise<TrendsAnswer<Reply<'similar'>>> {
    return this.ask({ type: 'similar', id: this.nextId++, reportId, limit }, 'similar');
  }

  private ask<K extends TrendsReply['kind']>(req: TrendsAsk, kind: K): Promise<TrendsAnswer<Reply<K>>> {
    return new Promise<{ reply: TrendsReply; ms: number }>((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      this.send(req);
    }).then((a) => {
      if (a.reply.kind !== kind) throw new Error('unexpected trends reply');
      return { reply: a.reply as Reply<K>, ms: a.ms };
    });
  }

  onStatus(listener: (s: TrendsStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly receive = (res: TrendsResponse): void => {
    if (res.type === 'ready') { this.ready = true; this.flush(); return; }
    if (res.type === 'status') { for (const l of this.listeners) l(res.status); return; }
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    if (res.type === 'failed') p.reject(new Error(res.message));
    else p.resolve({ reply: res.reply, ms: res.ms });
  };

  private send(req: TrendsRequest): void {
    if (!this.post) this.start();
    this.outbox.push(req);
    this.flush();
  }

  private flush(): void {
    if (!this.ready || !this.post) return;
    for (const req of this.outbox.splice(0)) this.post(req);
  }

  private start(): void {
    this.outbox.unshift({ type: 'open', dbName: this.dbName });
    try {
      const worker = new Worker(new URL('./trends-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<TrendsResponse>) => this.receive(e.data);
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

  /** The same service on this thread: slower for the page, but the views still work. */
  private startInThread(): void {
    this.where = 'in-thread';
    this.ready = false;
    const handle = import('./trends-service').then(({ createTrendsService }) => {
      const h = createTrendsService(this.receive);
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

let shared: TrendsClient | undefined;
/** The app's trends client (default database), created on first use. */
export function trendsClient(): TrendsClient {
  return (shared ??= new TrendsClient());
}

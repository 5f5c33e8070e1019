// The page-side bridge to the trends worker: starts it on first use and keeps it (it holds the
// cache), numbers requests, relays status, and falls back to the same service on this thread
// (loaded on demand) when a module Worker cannot start. Imports no trends code up front.
import type { TrendsAsk, TrendsReply, TrendsRequest, TrendsResponse, TrendsStatus } from './trends-protocol';

export interface TrendsAnswer<T extends TrendsReply['kind']> { reply: Extract<TrendsReply, { kind: T }>; ms: number }

type Pending = { resolve: (a: { reply: TrendsReply; ms: number }) => void; reject: (e: Error) => void };
/** A request without its id: the client numbers them. */
export type TrendsQuestion = TrendsAsk extends infer A ? (A extends TrendsAsk ? Omit<A, 'id'> : never) : never;

const KIND: Record<TrendsAsk['type'], TrendsReply['kind']> = { terms: 'terms', figures: 'figures', 'top-terms': 'top-terms', similar: 'similar' };

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

  ask<K extends TrendsAsk['type']>(question: Extract<TrendsQuestion, { type: K }>): Promise<TrendsAnswer<(typeof KIND)[K]>> {
    const id = this.nextId++;
    return new Promise<{ reply: TrendsReply; ms: number }>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ ...question, id } as TrendsAsk);
    }).then((a) => {
      if (a.reply.kind !== KIND[question.type]) throw new Error('unexpected trends reply');
      return a as TrendsAnswer<(typeof KIND)[K]>;
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

// The page-side client of the trends worker, which keeps its cache for the page's life: one
// method per question over the shared service bridge (lazy start, in-thread fallback). Imports
// no trends code up front.
import type { SplitBy, TrendsAsk, TrendsReply, TrendsRequest, TrendsResponse, TrendsStatus } from './trends-protocol';
import { ServiceBridge } from './service-bridge';

export interface TrendsAnswer<T> { reply: T; ms: number }

type Reply<K extends TrendsReply['kind']> = Extract<TrendsReply, { kind: K }>;
type ReplyMessage = Extract<TrendsResponse, { type: 'reply' }>;

export class TrendsClient {
  private readonly bridge: ServiceBridge<TrendsRequest, ReplyMessage, TrendsStatus>;

  constructor(dbName?: string) {
    this.bridge = new ServiceBridge<TrendsRequest, ReplyMessage, TrendsStatus>({
      open: { type: 'open', dbName },
      spawn: () => new Worker(new URL('./trends-worker.ts', import.meta.url), { type: 'module' }),
      loadInThread: () => import('./trends-service').then((m) => m.createTrendsService),
    });
  }

  get where(): 'worker' | 'in-thread' | 'idle' {
    return this.bridge.where;
  }

  sync(): void {
    this.bridge.send({ type: 'sync' });
  }

  terms(terms: string[], by: SplitBy): Promise<TrendsAnswer<Reply<'terms'>>> {
    return this.ask((id) => ({ type: 'terms', id, terms, by }), 'terms');
  }

  figures(): Promise<TrendsAnswer<Reply<'figures'>>> {
    return this.ask((id) => ({ type: 'figures', id }), 'figures');
  }

  targets(): Promise<TrendsAnswer<Reply<'targets'>>> {
    return this.ask((id) => ({ type: 'targets', id }), 'targets');
  }

  topTerms(reportIds: string[] | null, stop: string[], limit: number): Promise<TrendsAnswer<Reply<'top-terms'>>> {
    return this.ask((id) => ({ type: 'top-terms', id, reportIds, stop, limit }), 'top-terms');
  }

  similar(reportId: string, limit: number): Promise<TrendsAnswer<Reply<'similar'>>> {
    return this.ask((id) => ({ type: 'similar', id, reportId, limit }), 'similar');
  }

  onStatus(listener: (s: TrendsStatus) => void): () => void {
    return this.bridge.onStatus(listener);
  }

  private ask<K extends TrendsReply['kind']>(make: (id: number) => TrendsAsk, kind: K): Promise<TrendsAnswer<Reply<K>>> {
    return this.bridge.ask(make).then((a) => {
      if (a.reply.kind !== kind) throw new Error('unexpected trends reply');
      return { reply: a.reply as Reply<K>, ms: a.ms };
    });
  }
}

let shared: TrendsClient | undefined;
/** The app's trends client (default database), created on first use. */
export function trendsClient(): TrendsClient {
  return (shared ??= new TrendsClient());
}

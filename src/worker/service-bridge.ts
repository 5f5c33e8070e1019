// The page side of a long-lived service worker (search, trends): starts it on first use, holds
// requests until it says ready ('open' always first), numbers questions, relays status, and falls
// back to the same service on this thread (loaded on demand) when a module Worker cannot start.
// Callers keep their `new Worker(new URL(…))` and `import('./x-service')` literal so Vite bundles them.

/** What every such service sends back: a reply message R carries the answer to question `id`. */
export type ServiceResponse<S, R extends { type: 'reply'; id: number }> =
  | { type: 'ready' }
  | { type: 'status'; status: S }
  | R
  | { type: 'failed'; id: number; message: string };

/** A service as its module exports it: given where to post, returns its request handler. */
export type ServiceFactory<Req, Res> = (post: (res: Res) => void) => (req: Req) => void;

export interface ServiceBridgeOptions<Req, Res> {
  /** Sent before anything else, whatever the order of calls: the service opens its library on it. */
  open: Req;
  spawn: () => Worker;
  loadInThread: () => Promise<ServiceFactory<Req, Res>>;
}

type Pending<R> = { resolve: (reply: R) => void; reject: (e: Error) => void };

export class ServiceBridge<Req, R extends { type: 'reply'; id: number }, S> {
  where: 'worker' | 'in-thread' | 'idle' = 'idle';
  private post: ((req: Req) => void) | null = null;
  private ready = false;
  private outbox: Req[] = [];
  private pending = new Map<number, Pending<R>>();
  private listeners = new Set<(s: S) => void>();
  private nextId = 1;

  constructor(private readonly options: ServiceBridgeOptions<Req, ServiceResponse<S, R>>) {}

  /** Starts the service (if not started): it opens its library, and nothing else is asked. */
  open(): void {
    if (!this.post) this.start();
  }

  send(req: Req): void {
    if (!this.post) this.start();
    this.outbox.push(req);
    this.flush();
  }

  /** Sends the question `make` builds around a fresh id; resolves with the service's reply to it. */
  ask(make: (id: number) => Req): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send(make(id));
    });
  }

  onStatus(listener: (s: S) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly receive = (res: ServiceResponse<S, R>): void => {
    if (res.type === 'ready') { this.ready = true; this.flush(); return; }
    if (res.type === 'status') { for (const l of this.listeners) l(res.status); return; }
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    if (res.type === 'failed') p.reject(new Error(res.message));
    else p.resolve(res);
  };

  private flush(): void {
    if (!this.ready || !this.post) return;
    for (const req of this.outbox.splice(0)) this.post(req);
  }

  private start(): void {
    this.outbox.unshift(this.options.open);
    try {
      const worker = this.options.spawn();
      worker.onmessage = (e: MessageEvent<ServiceResponse<S, R>>) => this.receive(e.data);
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

  /** The same service on this thread: slower for the page, but its views still work. */
  private startInThread(): void {
    this.where = 'in-thread';
    this.ready = false;
    const handle = this.options.loadInThread().then((create) => {
      const h = create(this.receive);
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

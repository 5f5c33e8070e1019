// A parser in a nested worker: a second parser for large imports, and the place a large file is
// parsed so that cancelling it can stop the parse (the worker is terminated, and a fresh one starts
// for the next file). If a worker cannot start or fails, files are parsed locally instead.
import type { ParseResult } from '../model/report';
import { failure } from '../parse/errors';

export interface ParseRequest { id: number; bytes: Uint8Array; fileName: string }
export interface ParseResponse { id: number; result: ParseResult }

type LocalParse = (bytes: Uint8Array, fileName: string) => ParseResult | Promise<ParseResult>;

export interface RemoteParser {
  /** Parses in the worker; when `signal` aborts first, the parse is stopped and resolves not ok. */
  parse(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<ParseResult>;
  close(): void;
}

interface Pending { bytes: Uint8Array; fileName: string; resolve: (r: ParseResult) => void }

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function createRemoteParser(local: LocalParse): RemoteParser | null {
  let worker = startWorker();
  if (!worker) return null;
  let broken = false;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  /** The worker failed: this parser gives up on threads and parses what it holds locally. */
  const giveUp = () => {
    broken = true;
    stop();
    for (const job of pending.values()) void Promise.resolve(local(job.bytes, job.fileName)).then(job.resolve);
    pending.clear();
  };
  const attach = (w: Worker) => {
    w.onmessage = (e: MessageEvent<ParseResponse>) => {
      const job = pending.get(e.data.id);
      pending.delete(e.data.id);
      job?.resolve(e.data.result);
    };
    w.onerror = (e) => { e.preventDefault(); giveUp(); };
    w.onmessageerror = giveUp;
  };
  attach(worker);
  /** Stops the parse of `id`: the only way to stop synchronous work is to end its thread. */
  const cancel = (id: number) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    stop();
    job.resolve({ ...failure('cancelled', {}), fileName: job.fileName });
    // Anything else it held (lanes hand a parser one file at a time, so rarely anything) is parsed here.
    for (const other of pending.values()) void Promise.resolve(local(other.bytes, other.fileName)).then(other.resolve);
    pending.clear();
  };
  return {
    parse(bytes, fileName, signal) {
      if (!worker && !broken && (worker = startWorker())) attach(worker);
      if (!worker) return Promise.resolve(local(bytes, fileName));
      const id = nextId++;
      const w = worker;
      return new Promise((resolve) => {
        pending.set(id, { bytes, fileName, resolve });
        signal?.addEventListener('abort', () => cancel(id), { once: true });
        w.postMessage({ id, bytes, fileName } satisfies ParseRequest);
        if (signal?.aborted) cancel(id);
      });
    },
    close: giveUp,
  };
}

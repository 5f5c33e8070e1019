// A second parser for large imports, run in a nested worker. If it cannot start or fails, every
// file it was given is parsed locally instead, so it can only make an import faster, never fail it.
import type { ParseResult } from '../model/report';

export interface ParseRequest { id: number; bytes: Uint8Array; fileName: string }
export interface ParseResponse { id: number; result: ParseResult }

type LocalParse = (bytes: Uint8Array, fileName: string) => ParseResult | Promise<ParseResult>;

export interface RemoteParser {
  parse(bytes: Uint8Array, fileName: string): Promise<ParseResult>;
  close(): void;
}

export function createRemoteParser(local: LocalParse): RemoteParser | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const pending = new Map<number, { bytes: Uint8Array; fileName: string; resolve: (r: ParseResult) => void }>();
  let nextId = 1;
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const job of pending.values()) void Promise.resolve(local(job.bytes, job.fileName)).then(job.resolve);
    pending.clear();
  };
  worker.onmessage = (e: MessageEvent<ParseResponse>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    job?.resolve(e.data.result);
  };
  worker.onerror = (e) => { e.preventDefault(); giveUp(); };
  worker.onmessageerror = giveUp;
  return {
    parse(bytes, fileName) {
      if (!worker) return Promise.resolve(local(bytes, fileName));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { bytes, fileName, resolve });
        worker!.postMessage({ id, bytes, fileName } satisfies ParseRequest);
      });
    },
    close: giveUp,
  };
}

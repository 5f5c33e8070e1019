// N worker threads parsing for `dataset` and `pack`. Each worker holds at most two files (one
// parsing, one waiting) so the threads never idle and memory never grows with the corpus; run()
// settles with the worker's answer, and a crashed worker fails its files and is replaced.
import { Worker } from 'node:worker_threads';
import type { ParseAnswer, ParseJob } from './dataset-worker';

const PER_WORKER = 2;
const ENTRY = new URL('./dataset-worker.ts', import.meta.url);

interface Slot { worker: Worker; pending: Map<number, (a: ParseAnswer) => void> }

export interface ParsePool {
  run(job: Omit<ParseJob, 'seq'>): Promise<ParseAnswer>;
  /** Resolves when a worker can take another file. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The entry is TypeScript run through tsx. On Node 20 a worker does not get the loader from
 * --import in time for its first module, so a two-line bootstrap registers tsx, then loads it.
 */
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`;

function spawn(): Worker {
  return new Worker(BOOT, { eval: true });
}

export function createPool(size: number): ParsePool {
  const slots: Slot[] = [];
  let seq = 0;
  let waiters: (() => void)[] = [];
  const inFlight = () => slots.reduce((n, s) => n + s.pending.size, 0);
  const wake = () => { const w = waiters; waiters = []; w.forEach((f) => f()); };

  const start = (i: number): void => {
    const slot: Slot = { worker: spawn(), pending: new Map() };
    slot.worker.on('message', (a: ParseAnswer) => { slot.pending.get(a.seq)?.(a); slot.pending.delete(a.seq); wake(); });
    slot.worker.on('error', (err) => {
      for (const [s, resolve] of slot.pending) resolve({ seq: s, ok: false, error: `解析线程崩溃 (the parser thread crashed): ${err.message}` });
      slot.pending.clear();
      void slot.worker.terminate();
      start(i);
      wake();
    });
    slots[i] = slot;
  };
  for (let i = 0; i < size; i++) start(i);

  return {
    run(job) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const s = seq++;
      return new Promise((resolve) => {
        slot.pending.set(s, resolve);
        const bytes = job.bytes;
        slot.worker.postMessage({ ...job, seq: s }, [bytes.buffer as ArrayBuffer]);
      });
    },
    ready() {
      if (inFlight() < size * PER_WORKER) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve)).then(() => this.ready());
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

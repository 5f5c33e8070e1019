// N worker threads parsing for `dataset` and `pack`. Each worker holds a few batches of files (one
// parsing, the next read, hashed and triaged meanwhile) so the threads never idle and memory never
// grows with the corpus; run() settles with the worker's answers to a batch, and a crashed worker
// fails its files and is replaced.
import { Worker } from 'node:worker_threads';
import { bundled } from './bundle.mjs';
import { setInliningBudget } from './compile-budget';
import type { BatchAnswer, IdQuestion, JobBatch, ParseAnswer, ParseJob, Verdict, WORKER_ROLE } from './dataset-worker';

const PER_WORKER = 3;
const ENTRY = new URL('./dataset-worker.ts', import.meta.url);

/** Answers a worker's question about the `at`-th file of a batch: parse the file with this id and size? */
export type OnId = (id: string, size: number, at: number) => boolean;
interface Pending { resolve: (a: ParseAnswer[]) => void; onId?: OnId; count: number; question?: IdQuestion }
interface Slot { worker: Worker; pending: Map<number, Pending> }

export interface ParsePool {
  /** Answers in the order of `jobs`. With `onId`, the worker asks before parsing. */
  run(jobs: ParseJob[], onId?: OnId): Promise<ParseAnswer[]>;
  /** Resolves when a worker can take another batch. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Without a bundle, the entry is TypeScript run through tsx. On Node 20 a worker does not get the
 * loader from --import in time for its first module, so a two-line bootstrap registers tsx, then loads it.
 */
const TSX_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`;

function crashed(slot: Slot, err: Error): void {
  const error = `解析线程崩溃 (the parser thread crashed): ${err.message}`;
  for (const p of slot.pending.values()) {
    p.resolve(Array.from({ length: p.count }, (_, i) => ({ ok: false, id: p.question?.ids[i] ?? null, size: p.question?.sizes[i] ?? 0, error })));
  }
  slot.pending.clear();
}

/**
 * A bundled worker needs no TypeScript loader: started from a process run through tsx (`--import tsx`,
 * as tests do), it would otherwise inherit it and pay tsx's start-up in every thread. Node's other
 * flags are per process anyway (V8 options cannot be given to one worker).
 */
const bundledExecArgv = () => (process.execArgv.some((a) => /tsx/.test(a)) ? [] : undefined);

export async function createPool(size: number): Promise<ParsePool> {
  const bundle = await bundled(ENTRY);
  setInliningBudget(size);
  const workerData = { role: 'zhengbao-dataset-worker' satisfies typeof WORKER_ROLE };
  const spawn = () => (bundle ? new Worker(bundle, { workerData, execArgv: bundledExecArgv() }) : new Worker(TSX_BOOT, { eval: true, workerData }));
  const slots: Slot[] = [];
  let seq = 0;
  let waiters: (() => void)[] = [];
  const inFlight = () => slots.reduce((n, s) => n + s.pending.size, 0);
  const wake = () => { const w = waiters; waiters = []; w.forEach((f) => f()); };

  const start = (i: number): void => {
    const slot: Slot = { worker: spawn(), pending: new Map() };
    slot.worker.on('message', (m: BatchAnswer | IdQuestion) => {
      const p = slot.pending.get(m.seq);
      if ('question' in m) {
        if (p) p.question = m;
        const verdicts = m.ids.map((id, i) => id !== null && (p?.onId?.(id, m.sizes[i]!, i) ?? true));
        slot.worker.postMessage({ seq: m.seq, verdicts } satisfies Verdict);
        return;
      }
      slot.pending.delete(m.seq);
      p?.resolve(m.answers);
      wake();
    });
    slot.worker.on('error', (err) => {
      crashed(slot, err);
      void slot.worker.terminate();
      start(i);
      wake();
    });
    slots[i] = slot;
  };
  for (let i = 0; i < size; i++) start(i);

  const pool: ParsePool = {
    run(jobs, onId) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const s = seq++;
      return new Promise((resolve) => {
        slot.pending.set(s, { resolve, onId, count: jobs.length });
        const bytes = jobs.flatMap((j) => (j.bytes ? [j.bytes.buffer as ArrayBuffer] : []));
        slot.worker.postMessage({ seq: s, jobs, ask: Boolean(onId) } satisfies JobBatch, bytes);
      });
    },
    ready() {
      if (inFlight() < size * PER_WORKER) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve)).then(() => pool.ready());
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
  return pool;
}

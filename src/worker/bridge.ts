// The managed worker behind client.ts: lazy start, a queue until the worker says it is ready,
// request ids, AbortSignal -> cancel, idle shutdown, and an in-thread fallback that runs the
// very same handler (loaded on demand) when a module Worker cannot start.
import type { BackupFile, ImportClient, ImportClientOptions } from './client';
import type { ImportFile, JobErrorInfo, WorkerRequest, WorkerResponse } from './protocol';

interface Port { post(req: WorkerRequest): void; terminate(): void }
type Listener = (res: WorkerResponse) => 'continue' | 'finished';
interface Job { listen: Listener; fail(err: JobError): void }

const DEFAULT_IDLE_MS = 30_000;
/** Files per message: cloning a File costs the page ~0.3 ms, so 1,000 in one message would freeze it. */
const FILES_PER_MESSAGE = 40;

/** A job that failed as a whole: kind 'quota' (disk full), 'io', 'backup' (damaged file), 'internal'. */
export class JobError extends Error {
  readonly kind: JobErrorInfo['kind'];
  constructor(info: JobErrorInfo) {
    super(info.message);
    this.name = 'JobError';
    this.kind = info.kind;
  }
}

/** User Timing marks let the benchmark time the real import path without hooks into the UI. */
function mark(name: string, detail: unknown): void {
  try { performance.mark(name, { detail }); } catch { /* no User Timing here */ }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createImportClient(options: ImportClientOptions = {}): ImportClient {
  const jobs = new Map<number, Job>();
  let port: Port | undefined;
  let ready = false;
  let outbox: WorkerRequest[] = [];
  let flushing = false;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let inThread = options.inThread === true || typeof Worker === 'undefined';

  function receive(res: WorkerResponse): void {
    if (res.type === 'ready') { ready = true; flush(); return; }
    const job = jobs.get(res.jobId);
    if (job && job.listen(res) === 'finished') { jobs.delete(res.jobId); scheduleIdle(); }
  }

  function failAll(message: string): void {
    const err = new JobError({ kind: 'internal', message });
    for (const job of jobs.values()) job.fail(err);
    jobs.clear();
    port?.terminate();
    port = undefined;
    ready = false;
    outbox = [];
  }

  /** Posts queued messages one per task, so the page stays responsive while many files are handed over. */
  function flush(): void {
    if (flushing || !ready || !port) return;
    const next = outbox.shift();
    if (!next) return;
    port.post(next);
    if (outbox.length === 0) return;
    flushing = true;
    setTimeout(() => { flushing = false; flush(); }, 0);
  }

  function startWorker(): Port {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => receive(e.data);
    worker.onmessageerror = () => failAll('导入进程消息出错 (the import worker sent an unreadable message)');
    worker.onerror = (e) => {
      e.preventDefault();
      if (ready) { failAll(`导入进程出错 (the import worker failed): ${e.message}`); return; }
      worker.terminate();
      inThread = true;
      port = startInThread();
    };
    return { post: (req) => worker.postMessage(req), terminate: () => worker.terminate() };
  }

  function startInThread(): Port {
    const handler = import('./handler').then(({ createHandler }) => {
      const handle = createHandler(receive);
      receive({ type: 'ready' });
      return handle;
    });
    handler.catch((err: unknown) => failAll(`无法启动导入 (the importer could not start): ${String(err)}`));
    return { post: (req) => void handler.then((h) => h(req)), terminate: () => undefined };
  }

  function send(req: WorkerRequest): void {
    clearTimeout(idleTimer);
    if (!port) {
      try { port = inThread ? startInThread() : startWorker(); } catch { inThread = true; port = startInThread(); }
    }
    outbox.push(req);
    flush();
  }

  function scheduleIdle(): void {
    clearTimeout(idleTimer);
    if (jobs.size > 0) return;
    idleTimer = setTimeout(() => {
      if (jobs.size > 0 || !port) return;
      port.terminate();
      port = undefined;
      ready = false;
    }, options.idleMs ?? DEFAULT_IDLE_MS);
  }

  function run<T>(req: WorkerRequest & { jobId: number }, finish: (res: WorkerResponse) => T | undefined,
    progress: (res: WorkerResponse) => void, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => send({ type: 'cancel', jobId: req.jobId });
      const cleanup = () => signal?.removeEventListener('abort', onAbort);
      jobs.set(req.jobId, {
        fail: (err) => { cleanup(); reject(err); },
        listen: (res) => {
          if (res.type === 'job-error') { cleanup(); reject(new JobError(res.error)); return 'finished'; }
          const value = finish(res);
          if (value === undefined) { progress(res); return 'continue'; }
          cleanup();
          resolve(value);
          return 'finished';
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      send(req);
      if (signal?.aborted) onAbort();
    });
  }

  const db = options.dbName;
  return {
    importFiles(files, onProgress, signal) {
      const list: ImportFile[] = files.map((f) => (f instanceof Blob ? { name: (f as File).name, blob: f } : f));
      mark('zb:import-start', { files: list.length });
      const jobId = nextId++;
      const chunks = chunk(list, FILES_PER_MESSAGE);
      const job = run({ type: 'import', jobId, dbName: db, files: chunks[0] ?? [], more: chunks.length > 1 },
        (res) => (res.type === 'import-done' ? res.counts : undefined),
        (res) => { if (res.type === 'progress') onProgress(res.files); }, signal);
      chunks.slice(1).forEach((files, i) => send({ type: 'import-more', jobId, files, more: i + 2 < chunks.length }));
      return job.then(
        (counts) => { mark('zb:import-end', counts); return counts; },
        (err: unknown) => { mark('zb:import-end', { error: String(err) }); throw err; },
      );
    },
    reparse(onProgress, signal) {
      return run({ type: 'reparse', jobId: nextId++, dbName: db },
        (res) => (res.type === 'reparse-done' ? res.counts : undefined),
        (res) => { if (res.type === 'task-progress') onProgress?.(res.progress); }, signal);
    },
    exportBackup(onProgress, signal) {
      return run<BackupFile>({ type: 'export-backup', jobId: nextId++, dbName: db },
        (res) => (res.type === 'backup-exported' ? { blob: res.blob, fileName: res.fileName, reports: res.reports } : undefined),
        (res) => { if (res.type === 'task-progress') onProgress?.(res.progress); }, signal);
    },
    importBackup(blob, onProgress, signal) {
      return run({ type: 'import-backup', jobId: nextId++, dbName: db, blob },
        (res) => (res.type === 'backup-imported' ? res.counts : undefined),
        (res) => { if (res.type === 'task-progress') onProgress?.(res.progress); }, signal);
    },
    busy: () => jobs.size > 0,
    mode: () => (!port ? 'idle' : inThread ? 'in-thread' : 'worker'),
    dispose: () => failAll('导入已停止 (the importer was stopped)'),
  };
}

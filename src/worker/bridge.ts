// The managed worker behind client.ts: lazy start, a queue until the worker says it is ready,
// request ids, AbortSignal -> cancel, idle shutdown, and an in-thread fallback that runs the
// very same handler (loaded on demand) when a module Worker cannot start.
import type { BackupFile, ImportClient, ImportClientOptions } from './client';
import type {
  BackupImportCounts, FileProgress, ImportCounts, ImportFile, ImportOcr, JobErrorInfo, ReparseCounts, TaskProgress, WorkerRequest, WorkerResponse,
} from './protocol';

interface Port { post(req: WorkerRequest): void; terminate(): void }

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

type Job = { listen(res: WorkerResponse): 'continue' | 'finished'; fail(err: JobError): void };
type Request = Exclude<WorkerRequest, { type: 'cancel' | 'cancel-file' | 'import-more' }>;

class WorkerBridge implements ImportClient {
  private readonly jobs = new Map<number, Job>();
  private port: Port | undefined;
  private ready = false;
  private outbox: WorkerRequest[] = [];
  private flushing = false;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private inThread: boolean;
  /** The import under way, whose files cancelFile names by index. */
  private importJobId: number | undefined;

  constructor(private readonly options: ImportClientOptions) {
    this.inThread = options.inThread === true || typeof Worker === 'undefined';
  }

  importFiles(
    files: readonly (File | ImportFile)[], onProgress: (changes: FileProgress[]) => void, signal?: AbortSignal, ocr?: ImportOcr,
  ): Promise<ImportCounts> {
    const list: ImportFile[] = files.map((f) => (f instanceof Blob ? { name: (f as File).name, blob: f } : f));
    mark('zb:import-start', { files: list.length });
    const jobId = this.nextId++;
    this.importJobId = jobId;
    const chunks = chunk(list, FILES_PER_MESSAGE);
    const job = this.run({ type: 'import', jobId, dbName: this.options.dbName, files: chunks[0] ?? [], more: chunks.length > 1, ocr },
      (res) => (res.type === 'import-done' ? res.counts : undefined),
      (res) => { if (res.type === 'progress') onProgress(res.files); }, signal);
    chunks.slice(1).forEach((part, i) => this.send({ type: 'import-more', jobId, files: part, more: i + 2 < chunks.length }));
    const settled = () => { if (this.importJobId === jobId) this.importJobId = undefined; };
    return job.then(
      (counts) => { settled(); mark('zb:import-end', counts); return counts; },
      (err: unknown) => { settled(); mark('zb:import-end', { error: String(err) }); throw err; },
    );
  }

  cancelFile(index: number): void {
    if (this.importJobId !== undefined) this.send({ type: 'cancel-file', jobId: this.importJobId, index });
  }

  reparse(onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<ReparseCounts> {
    return this.task({ type: 'reparse', jobId: this.nextId++, dbName: this.options.dbName },
      (res) => (res.type === 'reparse-done' ? res.counts : undefined), onProgress, signal);
  }

  exportBackup(onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<BackupFile> {
    return this.task({ type: 'export-backup', jobId: this.nextId++, dbName: this.options.dbName },
      (res) => (res.type === 'backup-exported' ? { blob: res.blob, fileName: res.fileName, reports: res.reports } : undefined), onProgress, signal);
  }

  importBackup(blob: Blob, onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<BackupImportCounts> {
    return this.task({ type: 'import-backup', jobId: this.nextId++, dbName: this.options.dbName, blob },
      (res) => (res.type === 'backup-imported' ? res.counts : undefined), onProgress, signal);
  }

  exportTables(ids: readonly string[] | null, onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<BackupFile> {
    return this.task({ type: 'export-tables', jobId: this.nextId++, dbName: this.options.dbName, ids: ids ? [...ids] : null },
      (res) => (res.type === 'tables-exported' ? { blob: res.blob, fileName: res.fileName, reports: res.reports } : undefined), onProgress, signal);
  }

  busy(): boolean {
    return this.jobs.size > 0;
  }

  mode(): 'worker' | 'in-thread' | 'idle' {
    return !this.port ? 'idle' : this.inThread ? 'in-thread' : 'worker';
  }

  dispose(): void {
    this.failAll('导入已停止 (the importer was stopped)');
  }

  private task<T>(req: Request, finish: (res: WorkerResponse) => T | undefined, onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<T> {
    return this.run(req, finish, (res) => { if (res.type === 'task-progress') onProgress?.(res.progress); }, signal);
  }

  /** Registers the job, sends it, and settles on its final response (or a job error). */
  private run<T>(req: Request, finish: (res: WorkerResponse) => T | undefined, progress: (res: WorkerResponse) => void, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => this.send({ type: 'cancel', jobId: req.jobId });
      const cleanup = () => signal?.removeEventListener('abort', onAbort);
      this.jobs.set(req.jobId, {
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
      this.send(req);
      if (signal?.aborted) onAbort();
    });
  }

  private readonly receive = (res: WorkerResponse): void => {
    if (res.type === 'ready') { this.ready = true; this.flush(); return; }
    const job = this.jobs.get(res.jobId);
    if (job && job.listen(res) === 'finished') { this.jobs.delete(res.jobId); this.scheduleIdle(); }
  };

  private send(req: WorkerRequest): void {
    clearTimeout(this.idleTimer);
    if (!this.port) {
      try { this.port = this.inThread ? this.startInThread() : this.startWorker(); } catch { this.inThread = true; this.port = this.startInThread(); }
    }
    this.outbox.push(req);
    this.flush();
  }

  /** Posts queued messages one per task, so the page stays responsive while many files are handed over. */
  private flush(): void {
    if (this.flushing || !this.ready || !this.port) return;
    const next = this.outbox.shift();
    if (!next) return;
    this.port.post(next);
    if (this.outbox.length === 0) return;
    this.flushing = true;
    setTimeout(() => { this.flushing = false; this.flush(); }, 0);
  }

  private startWorker(): Port {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    worker.onmessageerror = () => this.failAll('导入进程消息出错 (the import worker sent an unreadable message)');
    worker.onerror = (e) => {
      e.preventDefault();
      if (this.ready) { this.failAll(`导入进程出错 (the import worker failed): ${e.message}`); return; }
      // The module never loaded (policy, old browser, missing chunk): same work, on this thread.
      worker.terminate();
      this.inThread = true;
      this.port = this.startInThread();
    };
    return { post: (req) => worker.postMessage(req), terminate: () => worker.terminate() };
  }

  private startInThread(): Port {
    const handler = import('./handler').then(({ createHandler }) => {
      const handle = createHandler(this.receive);
      this.receive({ type: 'ready' });
      return handle;
    });
    handler.catch((err: unknown) => this.failAll(`无法启动导入 (the importer could not start): ${String(err)}`));
    return { post: (req) => void handler.then((h) => h(req)), terminate: () => undefined };
  }

  private scheduleIdle(): void {
    clearTimeout(this.idleTimer);
    if (this.jobs.size > 0) return;
    this.idleTimer = setTimeout(() => {
      if (this.jobs.size > 0 || !this.port) return;
      this.port.terminate();
      this.port = undefined;
      this.ready = false;
    }, this.options.idleMs ?? DEFAULT_IDLE_MS);
  }

  private failAll(message: string): void {
    const err = new JobError({ kind: 'internal', message });
    for (const job of this.jobs.values()) job.fail(err);
    this.jobs.clear();
    this.port?.terminate();
    this.port = undefined;
    this.ready = false;
    this.outbox = [];
  }
}

export function createImportClient(options: ImportClientOptions = {}): ImportClient {
  return new WorkerBridge(options);
}

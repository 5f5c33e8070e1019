// Serves the worker protocol: one handler instance per worker (or per page in the fallback).
// Jobs run one after another; file progress is batched so a thousand files post a few dozen
// messages, not thousands; any failure of a whole job becomes a 'job-error' response.
import { parseReport } from '../parse/index';
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { exportBackup, importBackup, backupFileName } from '../store/backup';
import { reparseOutdated } from '../store/reparse';
import { BackupError, StoreError, type TaskProgress } from '../store/types';
import { runImport } from './import-core';
import { exportTables } from './export-tables';
import { tablesFileName } from '../trends/table-export';
import { createRemoteParser } from './parse-pool';
import type { FileProgress, ImportFile, JobErrorInfo, WorkerRequest, WorkerResponse } from './protocol';

export type Post = (res: WorkerResponse) => void;
type JobRequest = Exclude<WorkerRequest, { type: 'cancel' | 'import-more' }>;

const BATCH_MS = 50;
const HELPER_MIN_FILES = 8;

/** Collects changes and posts them at most every BATCH_MS; the latest state of a file wins. */
function batcher<T>(send: (items: T[]) => void, key: (item: T) => number) {
  let pending = new Map<number, T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const items = [...pending.values()];
    pending = new Map();
    send(items);
  };
  const add = (item: T) => {
    pending.set(key(item), item);
    timer ??= setTimeout(flush, BATCH_MS);
  };
  return { add, flush };
}

function errorInfo(err: unknown): JobErrorInfo {
  if (err instanceof StoreError) return err.toJSON();
  if (err instanceof BackupError) return { kind: 'backup', message: err.message };
  return { kind: 'internal', message: `出错了 (something went wrong): ${err instanceof Error ? err.message : String(err)}` };
}

export function createHandler(post: Post): (req: WorkerRequest) => void {
  const dbs = new Map<string, Promise<LibraryDB>>();
  const cancelled = new Set<number>();
  /** Imports whose files are still arriving in 'import-more' chunks. */
  const arriving = new Map<number, { files: ImportFile[]; complete: () => void }>();
  let queue: Promise<void> = Promise.resolve();

  const open = (name = DB_NAME): Promise<LibraryDB> => {
    let db = dbs.get(name);
    if (!db) {
      // A connection that closed itself (a newer version elsewhere) is forgotten; the next job reopens.
      db = openLibrary(name, { onClose: () => dbs.delete(name) });
      dbs.set(name, db);
      db.catch(() => dbs.delete(name));
    }
    return db;
  };

  async function run(req: JobRequest): Promise<void> {
    const jobId = req.jobId;
    const isCancelled = () => cancelled.has(jobId);
    const db = await open(req.dbName);
    const tasks = batcher<TaskProgress>((items) => post({ type: 'task-progress', jobId, progress: items[items.length - 1]! }), () => 0);
    if (req.type === 'import') {
      const files = batcher<FileProgress>((items) => post({ type: 'progress', jobId, files: items }), (f) => f.index);
      // A second parser thread pays off only for a batch; it goes away with the job.
      const helper = req.files.length >= HELPER_MIN_FILES ? createRemoteParser(parseReport) : null;
      const parseElsewhere = helper ? (bytes: Uint8Array, name: string) => helper.parse(bytes, name) : undefined;
      const counts = await runImport(req.files, { db, parse: parseReport, parseElsewhere, report: files.add, cancelled: isCancelled })
        .finally(() => helper?.close());
      files.flush();
      post({ type: 'import-done', jobId, counts });
    } else if (req.type === 'reparse') {
      const counts = await reparseOutdated(db, parseReport, tasks.add, { cancelled: isCancelled });
      tasks.flush();
      post({ type: 'reparse-done', jobId, counts });
    } else if (req.type === 'export-backup') {
      let reports = 0;
      const blob = await exportBackup(db, (p) => { reports = p.total; tasks.add(p); });
      tasks.flush();
      post({ type: 'backup-exported', jobId, blob, fileName: backupFileName(), reports });
    } else if (req.type === 'export-tables') {
      const { blob, reports } = await exportTables(db, req.ids, tasks.add, isCancelled);
      tasks.flush();
      post({ type: 'tables-exported', jobId, blob, fileName: tablesFileName(), reports });
    } else {
      const counts = await importBackup(db, req.blob, parseReport, tasks.add, isCancelled);
      tasks.flush();
      post({ type: 'backup-imported', jobId, counts });
    }
  }

  /** Resolves once every chunk of an import's files is here; the files array grows in place. */
  function receiveAll(req: Extract<WorkerRequest, { type: 'import' }>): Promise<void> {
    if (!req.more) return Promise.resolve();
    return new Promise((complete) => arriving.set(req.jobId, { files: req.files, complete }));
  }

  function more(req: Extract<WorkerRequest, { type: 'import-more' }>): void {
    const job = arriving.get(req.jobId);
    if (!job) return;
    job.files.push(...req.files);
    if (!req.more) { arriving.delete(req.jobId); job.complete(); }
  }

  return (req) => {
    if (req.type === 'cancel') { cancelled.add(req.jobId); return; }
    if (req.type === 'import-more') { more(req); return; }
    const ready = req.type === 'import' ? receiveAll(req) : Promise.resolve();
    queue = queue
      .then(() => ready)
      .then(() => run(req))
      .catch((err: unknown) => post({ type: 'job-error', jobId: req.jobId, error: errorInfo(err) }))
      .finally(() => cancelled.delete(req.jobId));
  };
}

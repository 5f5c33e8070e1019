// Serves the worker protocol: one handler instance per worker (or per page in the fallback).
// Jobs run one after another; file progress is batched so a thousand files post a few dozen
// messages, not thousands; any failure of a whole job becomes a 'job-error' response.
import { needsParseFile, parseFile } from '../parse/parse-file';
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { exportBackup, importBackup, backupFileName } from '../store/backup';
import { reparseOutdated } from '../store/reparse';
import { BackupError, StoreError, type TaskProgress } from '../store/types';
import { runImport } from './import-core';
import { keepJournal } from './import-journal';
import { LOCKS, withLock } from '../lib/locks';
import { createRemoteParser, type RemoteParser } from './parse-pool';
import { exportTables } from './export-tables';
import { tablesFileName } from '../trends/table-export';
import type { FileProgress, ImportFile, ImportOcr, JobErrorInfo, WorkerRequest, WorkerResponse } from './protocol';
import type { OcrProgress } from '../parse/extract/ocr-types';

export type Post = (res: WorkerResponse) => void;
type JobRequest = Exclude<WorkerRequest, { type: 'cancel' | 'cancel-file' | 'import-more' }>;

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

/**
 * One import under its journal, holding the job's lock while it runs: a journal whose lock nobody
 * holds belongs to a tab that closed or crashed mid-import (see state/recovery.ts).
 */
function importJob(
  db: LibraryDB, list: ImportFile[], report: (change: FileProgress) => void, cancelled: () => boolean,
  fileSignal: (index: number) => AbortSignal, ocr?: ImportOcr,
) {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return withLock(LOCKS.importJob(key), async () => {
    const journal = keepJournal(db, key);
    // Files that need OCR (and PDFs) are read here, with the page's OCR options, the file's cancel and its progress.
    const parse = (bytes: Uint8Array, name: string, signal?: AbortSignal, onProgress?: (p: OcrProgress) => void) =>
      parseFile(bytes, name, ocr ? { ocr: { ...ocr, signal, onProgress } } : undefined);
    // A second parser thread pays off only for a batch; it goes away with the job.
    const helper = list.length >= HELPER_MIN_FILES ? createRemoteParser(parseFile) : null;
    // Large files are parsed in a worker of their own, which cancelling the file can terminate.
    let isolated: RemoteParser | null | undefined;
    // The parser workers' bundle has no pdf.js (one copy to precache, in this worker): PDFs are parsed here.
    const parseElsewhere = helper
      ? (bytes: Uint8Array, name: string, signal?: AbortSignal, onOcr?: (p: OcrProgress) => void) =>
        (needsParseFile(bytes, name) ? parse(bytes, name, signal, onOcr) : helper.parse(bytes, name, signal))
      : undefined;
    const parseIsolated = (bytes: Uint8Array, name: string, signal?: AbortSignal, onOcr?: (p: OcrProgress) => void) => {
      if (needsParseFile(bytes, name)) return parse(bytes, name, signal, onOcr);
      if (isolated === undefined) isolated = createRemoteParser(parseFile);
      return isolated?.parse(bytes, name, signal) ?? parseFile(bytes, name);
    };
    const observe = (change: FileProgress) => { journal.observe(change); report(change); };
    try {
      return await runImport(list, {
        db, parse, parseElsewhere, parseIsolated, report: observe, cancelled, begin: journal.begin, fileSignal,
      });
    } finally {
      helper?.close();
      isolated?.close();
      await journal.end();
    }
  });
}

export function createHandler(post: Post): (req: WorkerRequest) => void {
  const dbs = new Map<string, Promise<LibraryDB>>();
  const cancelled = new Set<number>();
  /** Per import job, one abort controller per file someone cancelled or that is being parsed. */
  const fileAborts = new Map<number, Map<number, AbortController>>();
  const fileAbort = (jobId: number, index: number): AbortController => {
    let job = fileAborts.get(jobId);
    if (!job) fileAborts.set(jobId, (job = new Map()));
    let c = job.get(index);
    if (!c) job.set(index, (c = new AbortController()));
    return c;
  };
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
      const counts = await importJob(db, req.files, (change) => files.add(change), isCancelled, (index) => fileAbort(jobId, index).signal, req.ocr)
        .finally(() => fileAborts.delete(jobId));
      files.flush();
      post({ type: 'import-done', jobId, counts });
    } else if (req.type === 'reparse') {
      // A tab that waited here finds nothing left to re-parse: it takes the other tab's result.
      const counts = await withLock(LOCKS.reparse(db.name), () => reparseOutdated(db, parseFile, tasks.add, { cancelled: isCancelled }));
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
      // Restores queue up across tabs; reports another restore already added come back as skipped.
      const counts = await withLock(LOCKS.restore(db.name), () => importBackup(db, req.blob, parseFile, tasks.add, isCancelled));
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
    if (req.type === 'cancel') {
      cancelled.add(req.jobId);
      for (const c of fileAborts.get(req.jobId)?.values() ?? []) c.abort();
      return;
    }
    if (req.type === 'cancel-file') { fileAbort(req.jobId, req.index).abort(); return; }
    if (req.type === 'import-more') { more(req); return; }
    const ready = req.type === 'import' ? receiveAll(req) : Promise.resolve();
    queue = queue
      .then(() => ready)
      .then(() => run(req))
      .catch((err: unknown) => post({ type: 'job-error', jobId: req.jobId, error: errorInfo(err) }))
      .finally(() => cancelled.delete(req.jobId));
  };
}

// The page-side bridge to the import worker: starts it lazily, numbers jobs, relays progress,
// cancels through AbortSignal, shuts the worker down when idle, and falls back to running the
// same handler on the page when a Worker cannot start. Imports no parser code up front.
import type {
  BackupImportCounts, FileProgress, ImportCounts, ImportFile, ImportOcr, JobErrorInfo, ReparseCounts, TaskProgress,
  WorkerRequest, WorkerResponse,
} from './protocol';

export interface ImportClientOptions {
  /** IndexedDB database name (tests use their own). */
  dbName?: string;
  /** Terminate the worker after this long with nothing to do. */
  idleMs?: number;
  /** Skip the worker and run in this thread (also the automatic fallback). */
  inThread?: boolean;
}

export interface BackupFile {
  blob: Blob;
  /** A suggested download name, e.g. zhengbao-backup-2026-11-23.zbak */
  fileName: string;
  reports: number;
}

export interface ImportClient {
  /** `ocr`: the stored OCR engine and data; without it, a file that needs OCR fails with 'ocr-needed'. */
  importFiles(
    files: readonly (File | ImportFile)[], onProgress: (changes: FileProgress[]) => void, signal?: AbortSignal, ocr?: ImportOcr,
  ): Promise<ImportCounts>;
  /** Cancels one file of the import under way (its index in the progress rows); a large file's parse is stopped. */
  cancelFile(index: number): void;
  reparse(onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<ReparseCounts>;
  exportBackup(onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<BackupFile>;
  importBackup(blob: Blob, onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<BackupImportCounts>;
  /** The tables of the reports `ids` (null: the whole library) as one zip: JSON Lines and CSV. */
  exportTables(ids: readonly string[] | null, onProgress?: (p: TaskProgress) => void, signal?: AbortSignal): Promise<BackupFile>;
  /** True while any job runs (the app defers its update prompt meanwhile). */
  busy(): boolean;
  /** Where jobs run now: a module worker, the in-thread fallback, or nothing started yet. */
  mode(): 'worker' | 'in-thread' | 'idle';
  /** Stops the worker now; running jobs are rejected. */
  dispose(): void;
}

export { createImportClient, JobError } from './bridge';
import { createImportClient } from './bridge';

let shared: ImportClient | undefined;
/** The app's client (default database), created on first use. */
export function defaultClient(): ImportClient {
  return (shared ??= createImportClient());
}

export const importFiles: ImportClient['importFiles'] = (files, onProgress, signal, ocr) => defaultClient().importFiles(files, onProgress, signal, ocr);
export const cancelImportedFile: ImportClient['cancelFile'] = (index) => defaultClient().cancelFile(index);
export const reparse: ImportClient['reparse'] = (onProgress, signal) => defaultClient().reparse(onProgress, signal);
export const exportBackup: ImportClient['exportBackup'] = (onProgress, signal) => defaultClient().exportBackup(onProgress, signal);
export const importBackup: ImportClient['importBackup'] = (blob, onProgress, signal) => defaultClient().importBackup(blob, onProgress, signal);
export const exportTables: ImportClient['exportTables'] = (ids, onProgress, signal) => defaultClient().exportTables(ids, onProgress, signal);

export type { BackupImportCounts, FileProgress, ImportCounts, ImportFile, ImportOcr, JobErrorInfo, ReparseCounts, TaskProgress, WorkerRequest, WorkerResponse };

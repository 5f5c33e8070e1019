// The typed messages between the page (client.ts) and the import worker (import.worker.ts).
// One discriminated union each way, imported by both sides; Blobs travel by structured clone,
// so the page never reads file bytes itself.
import type { ParseError } from '../model/errors';
import type { ParseWarning } from '../model/warnings';
import type { OcrData, OcrScript } from '../parse/extract/ocr-types';
import type { BackupImportCounts, ReparseCounts, ReportSummary, StoreErrorInfo, TaskProgress } from '../store/types';

export type { BackupImportCounts, ReparseCounts, TaskProgress };

export type FileStatus = 'queued' | 'parsing' | 'saved' | 'duplicate' | 'failed' | 'cancelled';

/** A file handed to an import: its display name and its contents. */
export interface ImportFile {
  name: string;
  blob: Blob;
}

/** The latest state of one file of an import job. Indices count the files after zips are expanded. */
export interface FileProgress {
  index: number;
  /** Display name; a zip member is shown as "archive.zip/path/in/zip.txt". */
  name: string;
  status: FileStatus;
  /** Plain-language reason, naming the file, when status is 'failed'. */
  error?: string;
  /** The reason as code and parameters, for the interface to word in its language (absent for storage errors). */
  failure?: ParseError;
  /** The stored report's list record when status is 'saved' or 'duplicate'. */
  summary?: ReportSummary;
  /** A saved file's parser warning that puts the file in doubt (importDoubt: no report, garbled, partly read): the import row says so. */
  doubt?: ParseWarning;
  /** While OCR reads the file: the page under way (1-based) of the pages that need it. */
  ocr?: { page: number; pages: number };
}

/** OCR for an import: where the stored engine and data are (URLs under the app) and the script chosen. */
export interface ImportOcr {
  data: OcrData;
  script: OcrScript;
}

export interface ImportCounts {
  /** Files after expansion of zip archives. */
  total: number;
  saved: number;
  duplicate: number;
  failed: number;
  cancelled: number;
  /** Set when the job stopped early because storage failed (a full disk: kind 'quota'). */
  error?: StoreErrorInfo;
}

interface Job {
  jobId: number;
  /** IndexedDB database name; the app uses the default, tests use their own. */
  dbName?: string;
}

export type WorkerRequest =
  /**
   * Files travel in chunks (cloning a File costs the page real time, so the client sends a few
   * dozen per task): `more` says that 'import-more' messages with the rest follow.
   */
  | (Job & { type: 'import'; files: ImportFile[]; more: boolean; ocr?: ImportOcr })
  | { type: 'import-more'; jobId: number; files: ImportFile[]; more: boolean }
  | { type: 'cancel'; jobId: number }
  /** Cancels one file of an import (its index as in FileProgress); a parse under way is stopped. */
  | { type: 'cancel-file'; jobId: number; index: number }
  | (Job & { type: 'reparse' })
  | (Job & { type: 'export-backup' })
  | (Job & { type: 'import-backup'; blob: Blob })
  /** The library's tables as a zip (JSON Lines and CSV); `ids` limits it to the reports shown, null is all. */
  | (Job & { type: 'export-tables'; ids: string[] | null });

export type WorkerResponse =
  /** Sent once when the worker's module has loaded; until then the client holds its requests. */
  | { type: 'ready' }
  | { type: 'progress'; jobId: number; files: FileProgress[] }
  | { type: 'task-progress'; jobId: number; progress: TaskProgress }
  | { type: 'import-done'; jobId: number; counts: ImportCounts }
  | { type: 'reparse-done'; jobId: number; counts: ReparseCounts }
  | { type: 'backup-exported'; jobId: number; blob: Blob; fileName: string; reports: number }
  | { type: 'backup-imported'; jobId: number; counts: BackupImportCounts }
  | { type: 'tables-exported'; jobId: number; blob: Blob; fileName: string; reports: number }
  /** The job failed as a whole (storage refused, damaged backup); `error.kind` says which. */
  | { type: 'job-error'; jobId: number; error: StoreErrorInfo | { kind: 'backup' | 'internal'; message: string } };

export type JobErrorInfo = Extract<WorkerResponse, { type: 'job-error' }>['error'];

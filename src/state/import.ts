// The import job the progress panel shows: one row per file, updated in batches as the worker
// reports (never per file), counts, cancel. Saved reports go straight into the library list.
import { batch, computed, signal } from '@preact/signals';
import { cancelImportedFile, importFiles, type FileProgress } from '../worker/client';
import type { FileStatus, ImportCounts } from '../worker/protocol';
import type { ReportSummary } from '../store/types';
import type { ParseError } from '../model/errors';
import type { ParseWarning } from '../model/warnings';
import { upsertSummaries, summaries } from './library';
import { reportFailure } from './notices';
import { refreshStorage } from './storage';
import { announce } from './tabs';
import { settleInterrupted } from './recovery';
import { staleTab } from './db';
import { askForOcr, importOcr } from './ocr';

export interface ImportRow {
  name: string;
  status: FileStatus;
  error?: string;
  /** The reason as code and parameters, worded in the interface language (ui/error-text.ts). */
  failure?: ParseError;
  /** The page OCR is reading, while it reads. */
  ocr?: { page: number; pages: number };
  /** Saved, but the parser doubts the file (no report, garbled, partly read; see importDoubt): said beside it. */
  doubt?: ParseWarning;
}

export interface ImportJob {
  rows: ImportRow[];
  running: boolean;
  cancelled: boolean;
  finishedAt: number | null;
}

export const importJob = signal<ImportJob | null>(null);
export const importRunning = computed(() => importJob.value?.running === true);

export const importCounts = computed(() => {
  const rows = importJob.value?.rows ?? [];
  const c = { total: rows.length, done: 0, saved: 0, duplicate: 0, failed: 0, cancelled: 0 };
  for (const r of rows) {
    if (r.status === 'saved' || r.status === 'duplicate' || r.status === 'failed' || r.status === 'cancelled') {
      c[r.status]++;
      c.done++;
    }
  }
  return c;
});

let controller: AbortController | null = null;

// Closing or reloading the tab mid-import would silently drop the rest of the batch: ask first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (importRunning.value) event.preventDefault();
  });
}
/** Files dropped while a job runs wait here and start when it ends. */
const waiting: File[] = [];

export function startImport(files: readonly File[]): void {
  if (files.length === 0) return;
  // The import worker could not open the upgraded library either: say why before anything starts.
  const stale = staleTab();
  if (stale) { reportFailure(stale, 'import'); return; }
  if (importRunning.value) { waiting.push(...files); return; }
  const rows: ImportRow[] = files.map((f) => ({ name: f.name, status: 'queued' }));
  importJob.value = { rows, running: true, cancelled: false, finishedAt: null };
  controller = new AbortController();
  void run(files, controller.signal);
}

async function run(files: readonly File[], signal: AbortSignal): Promise<void> {
  let counts: ImportCounts | null = null;
  try {
    counts = await importFiles(files, applyProgress, signal, await importOcr());
  } catch (err) {
    if (!signal.aborted) reportFailure(err, 'import');
  }
  finish(counts);
  waitForOcr(files);
}

/**
 * Files that failed only for want of the OCR data wait while the user is asked to store it, then
 * are imported again (a zip comes back whole: what it held already is reported as present).
 */
function waitForOcr(files: readonly File[]): void {
  const needing = importJob.value?.rows.filter((r) => r.failure?.code === 'ocr-needed') ?? [];
  if (needing.length === 0) return;
  const from = (row: ImportRow) => files.find((f) => row.name === f.name || row.name.startsWith(`${f.name}/`) || row.name.endsWith(`/${f.name}`));
  const sources = [...new Set(needing.map(from).filter((f): f is File => !!f))];
  const pages = needing.reduce((n, r) => n + (r.failure?.code === 'ocr-needed' ? r.failure.pages : 0), 0);
  if (sources.length > 0) void askForOcr(sources, pages, startImport);
}

function applyProgress(changes: FileProgress[]): void {
  const job = importJob.value;
  if (!job) return;
  const rows = job.rows.slice();
  const saved: ReportSummary[] = [];
  for (const c of changes) {
    rows[c.index] = { name: c.name, status: c.status, error: c.error, failure: c.failure, ocr: c.ocr, doubt: c.doubt };
    if (c.status === 'saved' && c.summary) saved.push(c.summary);
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= { name: '', status: 'queued' };
  batch(() => {
    importJob.value = { ...job, rows };
    upsertSummaries(saved);
  });
  if (saved.length > 0) announce('import', saved.map((s) => s.id));
  settleInterrupted(changes.filter((c) => c.status === 'saved' || c.status === 'duplicate').map((c) => c.name));
}

function finish(counts: ImportCounts | null): void {
  const job = importJob.value;
  if (job) {
    // Rows the worker never reached (cancel, or a job-wide failure) are marked, not left "queued".
    const rows = job.rows.map((r) => (r.status === 'queued' || r.status === 'parsing' ? { ...r, status: 'cancelled' as const } : r));
    importJob.value = { ...job, rows, running: false, finishedAt: Date.now() };
  }
  controller = null;
  if (counts?.error) reportFailure(counts.error, 'import');
  void refreshStorage(summaries.value.length > 0);
  if (waiting.length > 0) startImport(waiting.splice(0));
}

export function cancelImport(): void {
  if (!controller) return;
  const job = importJob.value;
  if (job) importJob.value = { ...job, cancelled: true };
  controller.abort();
}

/**
 * Cancels one file, the rest of the import goes on: a waiting file is skipped and a large file's
 * parse is stopped. The row says so at once; the worker's own report follows (or says it was saved
 * when it finished first).
 */
export function cancelImportFile(index: number): void {
  const job = importJob.value;
  const row = job?.rows[index];
  if (!job?.running || !row || (row.status !== 'queued' && row.status !== 'parsing')) return;
  cancelImportedFile(index);
  const rows = job.rows.slice();
  rows[index] = { ...row, status: 'cancelled' };
  importJob.value = { ...job, rows };
}

export function closeImportPanel(): void {
  if (!importRunning.value) importJob.value = null;
}

/** Leaving for a report folds away a finished, clean import; one with failures stays to be read. */
export function dismissFinishedImport(): void {
  if (!importRunning.value && importCounts.value.failed === 0) importJob.value = null;
}

// The import loop, shared by the worker and the in-thread fallback: expand zips, then for each
// file read, hash, skip duplicates, parse, save in one transaction and verify. A file that fails
// says why and the batch goes on; a full disk stops the batch; cancel stops after the current file.
import type { ParseResult } from '../model/report';
import type { LibraryDB } from '../store/db';
import { getSummary, saveReportWithSummary } from '../store/repo';
import { sha256Hex } from '../store/hash';
import { StoreError, type StoreErrorInfo } from '../store/types';
import { expandFiles, type Entry } from './expand';
import type { FileProgress, ImportCounts, ImportFile } from './protocol';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ImportEnv {
  db: LibraryDB;
  parse: (bytes: Uint8Array, fileName: string) => ParseResult;
  /** Receives every status change; the caller batches them for the page. */
  report: (change: FileProgress) => void;
  cancelled: () => boolean;
}

type Outcome = Pick<FileProgress, 'status' | 'error' | 'summary'>;

function failed(name: string, why: string): Outcome {
  return { status: 'failed', error: `${name}: ${why}` };
}

async function readBytes(entry: Entry): Promise<Uint8Array | Outcome> {
  const blob = entry.blob;
  if (!blob) return { status: 'failed', error: entry.error ?? `${entry.name}: 无法读取 (could not be read)` };
  if (blob.size > MAX_FILE_BYTES) return failed(entry.name, '文件过大，超过 50 MB (the file is larger than 50 MB)');
  if (blob.size === 0) return failed(entry.name, '文件为空 (the file is empty)');
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch {
    return failed(entry.name, '无法读取文件，可能已被移动或删除 (the file could not be read; was it moved or deleted?)');
  }
}

async function importOne(entry: Entry, index: number, env: ImportEnv): Promise<Outcome> {
  const bytes = await readBytes(entry);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const id = await sha256Hex(bytes);
  const present = await getSummary(env.db, id);
  if (present) return { status: 'duplicate', summary: present };
  env.report({ index, name: entry.name, status: 'parsing' });
  const parsed = env.parse(bytes, entry.fileName);
  if (!parsed.ok) return failed(entry.name, parsed.error);
  const type = entry.blob?.type ?? '';
  const { status, summary } = await saveReportWithSummary(env.db, { id, fileName: entry.fileName, bytes, report: parsed.report, type });
  return { status, summary };
}

/** Only a StoreError is expected here; a full disk also stops the rest of the batch. */
function errorOutcome(err: unknown, entry: Entry): Outcome & { quota?: StoreErrorInfo } {
  const why = err instanceof Error ? err.message : String(err);
  const outcome = failed(entry.name, err instanceof StoreError ? why : `导入出错 (import failed): ${why}`);
  return err instanceof StoreError && err.kind === 'quota' ? { ...outcome, quota: err.toJSON() } : outcome;
}

function tally(counts: ImportCounts, status: FileProgress['status']): void {
  if (status === 'saved' || status === 'duplicate' || status === 'failed' || status === 'cancelled') counts[status]++;
}

export async function runImport(files: readonly ImportFile[], env: ImportEnv): Promise<ImportCounts> {
  const entries = await expandFiles(files);
  entries.forEach((e, index) => env.report({ index, name: e.name, status: 'queued' }));
  const counts: ImportCounts = { total: entries.length, saved: 0, duplicate: 0, failed: 0, cancelled: 0 };
  for (const [index, entry] of entries.entries()) {
    let outcome: Outcome & { quota?: StoreErrorInfo };
    if (counts.error) outcome = failed(entry.name, '未导入：存储空间已满 (not imported: storage is full)');
    else if (env.cancelled()) outcome = { status: 'cancelled' };
    else outcome = await importOne(entry, index, env).catch((err: unknown) => errorOutcome(err, entry));
    const { quota, ...change } = outcome;
    if (quota) counts.error = quota;
    env.report({ index, name: entry.name, ...change });
    tally(counts, change.status);
  }
  return counts;
}

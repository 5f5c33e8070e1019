// Repository functions over the library: save (atomic, verified), list, read with corrections,
// delete with undo, corrections, storage estimate and persistence. Every failure is a StoreError.
import type { ParsedReport } from '../model/report';
import { runTx, writeOnce, type LibraryDB } from './db';
import { toStoreError } from './errors';
import { exactBuffer, sha256Hex } from './hash';
import { applyCorrections, cleanCorrections, summarize } from './summary';
import { StoreError, type Corrections, type DeletedRecord, type ReportSummary, type StoredOriginal, type StoredReport } from './types';

export { openLibrary, DB_NAME, DB_VERSION, type LibraryDB, type OpenOptions } from './db';

export interface NewReport {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  report: ParsedReport;
  /** MIME type of the original file, '' when unknown. */
  type?: string;
  /** Kept from a backup; now by default. */
  importedAt?: number;
}

export type SaveStatus = 'saved' | 'duplicate';

/**
 * Writes report, original and summary in one transaction, then reads the original back and checks
 * its SHA-256 against the id before answering 'saved'. A report already present is 'duplicate'.
 */
export async function saveReport(db: LibraryDB, input: NewReport): Promise<SaveStatus> {
  return (await saveReportWithSummary(db, input)).status;
}

/** saveReport, also returning the list record of the stored (or already present) report. */
export async function saveReportWithSummary(db: LibraryDB, input: NewReport): Promise<{ status: SaveStatus; summary: ReportSummary }> {
  const stored: StoredReport = {
    id: input.id, fileName: input.fileName, size: input.bytes.byteLength, format: input.report.format,
    importedAt: input.importedAt ?? Date.now(), parserVersion: input.report.parserVersion, report: input.report,
  };
  const original: StoredOriginal = { id: input.id, fileName: input.fileName, type: input.type ?? '', bytes: exactBuffer(input.bytes) };
  const summary = summarize(stored, undefined);
  // add() refuses an existing id, so a copy saved meanwhile rolls this transaction back whole.
  const written = await writeOnce(db, ['reports', 'originals', 'summaries'], [
    (tx) => tx.objectStore('reports').add(stored),
    (tx) => tx.objectStore('originals').put(original),
    (tx) => tx.objectStore('summaries').put(summary),
  ]);
  if (written === 'exists') {
    const present = await getSummary(db, input.id);
    if (present) return { status: 'duplicate', summary: present };
    throw new StoreError('io', `保存失败 (could not save ${input.fileName})`);
  }
  await verifySaved(db, input.id);
  return { status: 'saved', summary };
}

async function verifySaved(db: LibraryDB, id: string): Promise<void> {
  const back = await readOriginal(db, id);
  if (back && (await sha256Hex(back.bytes)) === id) return;
  await deleteReports(db, [id]);
  throw new StoreError('io', '保存后校验失败，已撤销 (the saved copy did not match the file and was removed)');
}

async function readOriginal(db: LibraryDB, id: string): Promise<StoredOriginal | undefined> {
  return runTx(db, ['originals'], 'readonly', (tx) => tx.objectStore('originals').get(id), { commitAfterIssue: true });
}

/** The list record of one report, or undefined when the library does not hold it. */
export async function getSummary(db: LibraryDB, id: string): Promise<ReportSummary | undefined> {
  return runTx(db, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').get(id), { commitAfterIssue: true });
}

/** The ids of every stored report (cheap: keys only), for duplicate checks before parsing. */
export async function listIds(db: LibraryDB): Promise<Set<string>> {
  return new Set(await runTx(db, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').getAllKeys()));
}

/** Every report's small list record, newest import first. */
export async function listSummaries(db: LibraryDB): Promise<ReportSummary[]> {
  const all = await runTx(db, ['summaries'], 'readonly', (tx) => tx.objectStore('summaries').getAll());
  return all.sort((a, b) => b.importedAt - a.importedAt || a.fileName.localeCompare(b.fileName));
}

export interface OpenedReport {
  /** The parsed report with the user's corrections applied. */
  report: ParsedReport;
  corrections: Corrections;
  stored: Omit<StoredReport, 'report'>;
}

export async function getReport(db: LibraryDB, id: string): Promise<OpenedReport | undefined> {
  return runTx(db, ['reports', 'corrections'], 'readonly', async (tx) => {
    const [stored, corr] = await Promise.all([tx.objectStore('reports').get(id), tx.objectStore('corrections').get(id)]);
    if (!stored) return undefined;
    const { report, ...meta } = stored;
    const corrections = corr?.patch ?? {};
    return { report: applyCorrections(report, corrections), corrections, stored: meta };
  });
}

export async function getOriginal(db: LibraryDB, id: string): Promise<StoredOriginal | undefined> {
  return readOriginal(db, id);
}

/** Removes the reports in one transaction and returns what was removed, for an undo. */
export async function deleteReports(db: LibraryDB, ids: readonly string[]): Promise<DeletedRecord[]> {
  return runTx(db, ['reports', 'originals', 'corrections', 'summaries'], 'readwrite', async (tx) => {
    const out: DeletedRecord[] = [];
    for (const id of ids) {
      const [report, original, corrections] = await Promise.all([
        tx.objectStore('reports').get(id), tx.objectStore('originals').get(id), tx.objectStore('corrections').get(id),
      ]);
      if (!report) continue;
      out.push({ report, original, corrections });
      await Promise.all((['reports', 'originals', 'corrections', 'summaries'] as const).map((s) => tx.objectStore(s).delete(id)));
    }
    return out;
  });
}

/** Puts deleted records back (undo); their summaries are rebuilt from report + corrections. */
export async function restoreReports(db: LibraryDB, records: readonly DeletedRecord[]): Promise<void> {
  await runTx(db, ['reports', 'originals', 'corrections', 'summaries'], 'readwrite', async (tx) => {
    const puts: Promise<unknown>[] = [];
    for (const r of records) {
      puts.push(tx.objectStore('reports').put(r.report));
      if (r.original) puts.push(tx.objectStore('originals').put(r.original));
      if (r.corrections) puts.push(tx.objectStore('corrections').put(r.corrections));
      puts.push(tx.objectStore('summaries').put(summarize(r.report, r.corrections?.patch)));
    }
    await Promise.all(puts);
  });
}

/**
 * Merges `patch` into the report's corrections (a key set to undefined goes back to the parsed
 * value) and refreshes its summary. Returns the new summary.
 */
export async function setCorrections(db: LibraryDB, id: string, patch: Corrections): Promise<ReportSummary> {
  return runTx(db, ['reports', 'corrections', 'summaries'], 'readwrite', async (tx) => {
    const [stored, old] = await Promise.all([tx.objectStore('reports').get(id), tx.objectStore('corrections').get(id)]);
    if (!stored) throw new StoreError('io', `找不到报告 (no report with id ${id})`);
    const merged: Record<string, unknown> = { ...old?.patch, ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete merged[key];
    const clean = cleanCorrections(merged as Corrections);
    const summary = summarize(stored, clean);
    await Promise.all([
      Object.keys(clean).length > 0
        ? tx.objectStore('corrections').put({ id, patch: clean, updatedAt: Date.now() })
        : tx.objectStore('corrections').delete(id),
      tx.objectStore('summaries').put(summary),
    ]);
    return summary;
  });
}

export async function getSetting<T>(db: LibraryDB, key: string): Promise<T | undefined> {
  return runTx(db, ['settings'], 'readonly', (tx) => tx.objectStore('settings').get(key) as Promise<T | undefined>);
}

export async function setSetting(db: LibraryDB, key: string, value: unknown): Promise<void> {
  await runTx(db, ['settings'], 'readwrite', (tx) => tx.objectStore('settings').put(value, key));
}

/** How much the origin stores and may store; null where the browser does not say. */
export async function storageUsage(): Promise<{ usage: number; quota: number } | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    return { usage, quota };
  } catch (err) {
    throw toStoreError(err);
  }
}

/** Asks the browser not to evict the library; true when storage is (now) persistent. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    if (await navigator.storage.persisted?.()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

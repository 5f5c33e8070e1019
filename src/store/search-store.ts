// The persisted search index: one record per report in the 'search' store (schema v3), written by
// the search worker after it indexes a report and deleted when the report is gone. A record's
// stamp says which parse and which metadata it was built from, so a re-parse or a correction
// (both change the report's summary) makes it stale without reading the report itself.
import type { ParsedReport } from '../model/report';
import type { StoredDoc } from '../search/index';
import { runTx, type LibraryDB } from './db';
import { applyCorrections } from './summary';
import type { ReportSummary } from './types';

export interface SearchRecord {
  id: string;
  /** stampOf(summary) at indexing time. */
  stamp: string;
  /** The index's own record (versioned by the search layer: another version is refused on load). */
  doc: StoredDoc;
}

/** What the index depends on besides the text: parser version and the (corrected) metadata filters use. */
export function stampOf(s: ReportSummary): string {
  return JSON.stringify([s.parserVersion, s.fileName, s.title, s.body, s.kind, s.locality, s.meetingDate, s.publishDate, s.reviewYear, s.planYear]);
}

/** Every stored record. One getAll: far faster than a cursor for thousands of records. */
export async function readSearchRecords(db: LibraryDB): Promise<SearchRecord[]> {
  return runTx(db, ['search'], 'readonly', (tx) => tx.objectStore('search').getAll(), { commitAfterIssue: true });
}

export async function searchRecordIds(db: LibraryDB): Promise<string[]> {
  return runTx(db, ['search'], 'readonly', (tx) => tx.objectStore('search').getAllKeys(), { commitAfterIssue: true });
}

/** Writes records in one transaction (a batch of freshly indexed reports). */
export async function putSearchRecords(db: LibraryDB, records: readonly SearchRecord[]): Promise<void> {
  if (records.length === 0) return;
  await runTx(db, ['search'], 'readwrite', (tx) => Promise.all(records.map((r) => tx.objectStore('search').put(r))), { commitAfterIssue: true });
}

export async function deleteSearchRecords(db: LibraryDB, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await runTx(db, ['search'], 'readwrite', (tx) => Promise.all(ids.map((id) => tx.objectStore('search').delete(id))), { commitAfterIssue: true });
}

/**
 * Reports to index, with the user's corrections applied (filters use the corrected metadata), read
 * in one transaction: a transaction per report costs more than indexing it. Missing ids are skipped.
 */
export async function readReportsForIndex(db: LibraryDB, ids: readonly string[]): Promise<{ id: string; report: ParsedReport }[]> {
  return runTx(db, ['reports', 'corrections'], 'readonly', async (tx) => {
    const reports = tx.objectStore('reports');
    const corrections = tx.objectStore('corrections');
    const rows = await Promise.all(ids.map((id) => Promise.all([reports.get(id), corrections.get(id)])));
    return rows.flatMap(([stored, corr]) => (stored ? [{ id: stored.id, report: applyCorrections(stored.report, corr?.patch) }] : []));
  }, { commitAfterIssue: true });
}

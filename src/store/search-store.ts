// The persisted search index: one record per report in the 'search' store (schema v3), written by
// the search worker after it indexes a report and deleted when the report is gone, and the body
// index's postings segments in 'searchSegments' (v4) and each report's text in 'searchTexts' (v5),
// read only when a query needs it, written in the same transaction. A record's
// stamp says which parse and which metadata it was built from, so a re-parse or a correction
// (both change the report's summary) makes it stale without reading the report itself.
// Records are packed many to a row once indexed (see search-packs.ts); readers get whole records.
import type { ParsedReport } from '../model/report';
import type { StoredDoc, StoredSegment, StoredText } from '../search/index';
import { runTx, type LibraryDB } from './db';
import { isPack, resolveRows, type PackedRecord, type ReadRecords, type SearchRow } from './search-packs';
export { PACK_SIZE, packSearchRecords, type SearchRow } from './search-packs';
import type { StampedText } from './search-text-packs';
export { readSearchTexts, scanTextPacks, type SearchTextRecord, type SearchTextRow, type StampedText } from './search-text-packs';
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

/** A postings segment of the body index, keyed by its first section id. */
export type SegmentRecord = StoredSegment;

/** Every stored record. One getAll: far faster than a cursor for thousands of records. */
export async function readSearchRecords(db: LibraryDB): Promise<SearchRecord[]> {
  const rows = await runTx(db, ['search'], 'readonly', (tx) => tx.objectStore('search').getAll(), { commitAfterIssue: true });
  return resolveRows(rows).records;
}

/** Every stored record and segment, read in one transaction so they agree. */
export async function readSearchIndex(db: LibraryDB): Promise<ReadRecords & { segments: SegmentRecord[] }> {
  const [rows, segments] = await runTx(db, ['search', 'searchSegments'], 'readonly', (tx) => Promise.all([tx.objectStore('search').getAll(), tx.objectStore('searchSegments').getAll()]), { commitAfterIssue: true });
  return { ...resolveRows(rows), segments };
}

/**
 * Records of these reports (missing ones skipped; a doc its pack lost is undefined). `packs` keeps the
 * last few pack rows read for the caller's next call (ids in indexing order share them).
 */
export async function readSearchRecordsOf(db: LibraryDB, ids: readonly string[], packs = new Map<string, Map<string, StoredDoc>>()): Promise<SearchRecord[]> {
  const rows = await runTx(db, ['search'], 'readonly', (tx) => Promise.all(ids.map((id) => tx.objectStore('search').get(id))), { commitAfterIssue: true });
  const own = rows.filter((r): r is SearchRecord | PackedRecord => r !== undefined && !('docs' in r));
  const missing = [...new Set(own.flatMap((r) => ('pack' in r && !packs.has(r.pack) ? [r.pack] : [])))];
  if (missing.length) {
    const read = await runTx(db, ['search'], 'readonly', (tx) => Promise.all(missing.map((id) => tx.objectStore('search').get(id))), { commitAfterIssue: true });
    read.forEach((row, i) => packs.set(missing[i]!, new Map(row && 'docs' in row ? row.docs.map((d) => [d.id, d]) : [])));
    // A few packs are enough when ids come in indexing order; older ones are let go.
    for (const key of [...packs.keys()].slice(0, Math.max(0, packs.size - 4))) packs.delete(key);
  }
  return own.map((r) => ('pack' in r ? { id: r.id, stamp: r.stamp, doc: packs.get(r.pack)?.get(r.id) as StoredDoc } : r));
}

export interface SearchIndexChange {
  put: readonly SearchRecord[];
  /** Texts of the records put, in their own rows. */
  texts?: readonly StampedText[];
  remove: readonly string[];
  dropSegments: readonly number[];
  putSegments: readonly SegmentRecord[];
}

/**
 * One indexing step in one transaction: records and texts written and deleted, segments dropped then
 * written, so the stored records, texts and postings always agree.
 */
export async function writeSearchIndex(db: LibraryDB, change: SearchIndexChange): Promise<void> {
  const texts = change.texts ?? [];
  if (change.put.length + change.remove.length + change.dropSegments.length + change.putSegments.length === 0) return;
  await runTx(db, ['search', 'searchSegments', 'searchTexts'], 'readwrite', (tx) => {
    const records = tx.objectStore('search');
    const segments = tx.objectStore('searchSegments');
    const textStore = tx.objectStore('searchTexts');
    return Promise.all([
      ...change.remove.map((id) => records.delete(id)),
      ...change.remove.map((id) => textStore.delete(id)),
      ...change.put.map((r) => records.put(r)),
      ...texts.map((t) => textStore.put(t)),
      ...change.dropSegments.map((id) => segments.delete(id)),
      ...change.putSegments.map((s) => segments.put(s)),
    ]);
  }, { commitAfterIssue: true });
}

/** Ids of the reports with a record (pack rows left out). */
export async function searchRecordIds(db: LibraryDB): Promise<string[]> {
  const keys = await runTx(db, ['search'], 'readonly', (tx) => tx.objectStore('search').getAllKeys(), { commitAfterIssue: true });
  return keys.filter((k) => !isPack(k));
}

/** Writes records in one transaction (a batch of freshly indexed reports). */
export async function putSearchRecords(db: LibraryDB, records: readonly SearchRecord[]): Promise<void> {
  if (records.length === 0) return;
  await runTx(db, ['search'], 'readwrite', (tx) => Promise.all(records.map((r) => tx.objectStore('search').put(r))), { commitAfterIssue: true });
}

export async function deleteSearchRecords(db: LibraryDB, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await runTx(db, ['search', 'searchTexts'], 'readwrite', (tx) => Promise.all(ids.flatMap((id) => [tx.objectStore('search').delete(id), tx.objectStore('searchTexts').delete(id)])), { commitAfterIssue: true });
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

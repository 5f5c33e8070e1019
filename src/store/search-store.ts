// The persisted search index: one record per report in the 'search' store (schema v3), written by
// the search worker after it indexes a report and deleted when the report is gone, and the body
// index's postings segments in 'searchSegments' (v4) and each report's text in 'searchTexts' (v5),
// read only when a query needs it, written in the same transaction. A record's
// stamp says which parse and which metadata it was built from, so a re-parse or a correction
// (both change the report's summary) makes it stale without reading the report itself.
// Records are packed many to a row once indexed (see search-packs.ts); readers get whole records.
import type { ParsedReport } from '../model/report';
import type { StoredDoc, StoredSegment, StoredText } from '../search/index';
import { splitChunks } from '../search/segment-chunks';
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

/**
 * A postings segment of the body index, keyed by its first section id: its head (keys and offsets),
 * its postings bytes in chunk rows of the same store keyed [id, tag, k] (array keys sort after every
 * number), so a cold start reads the heads only and a query the chunks it needs (segment-chunks.ts).
 * The tag is new at each write: a reader holding an older head finds none of the new chunks.
 * A head with its data in it (written before chunks) loads as it always did.
 */
export type SegmentRecord = StoredSegment;

/** A chunk row of a stored segment. */
export interface SegmentChunkRow {
  id: [number, number, number];
  data: Uint8Array;
}

export type SegmentRow = SegmentRecord | SegmentChunkRow;

/** Every head: the number keys (chunk rows have array keys). */
const heads = () => IDBKeyRange.upperBound(Infinity);
/** Every chunk row of segment `id`, whatever its tag. */
const chunksOf = (id: number) => IDBKeyRange.bound([id], [id, []]);

/** The head and chunk rows a segment is written as. */
export function segmentRows(seg: StoredSegment, tag: number): SegmentRow[] {
  const { data, ...head } = seg;
  if (!data) return [seg];
  return [{ ...head, size: data.length, tag }, ...splitChunks(data).map((bytes, k): SegmentChunkRow => ({ id: [seg.id, tag, k], data: bytes }))];
}

/** Chunks of stored segments, in the order asked (undefined where none is stored: another tag, or lost). */
export async function readSegmentChunks(db: LibraryDB, wants: readonly { id: number; tag: number; k: number }[]): Promise<(Uint8Array | undefined)[]> {
  const rows = await runTx(db, ['searchSegments'], 'readonly', (tx) => Promise.all(wants.map(({ id, tag, k }) => tx.objectStore('searchSegments').get([id, tag, k]))), { commitAfterIssue: true });
  return rows.map((row) => (row && 'data' in row && Array.isArray(row.id) ? row.data : undefined));
}

/** A tag for a segment's chunk rows: new at each write (see SegmentRecord). */
const newTag = () => Math.floor(Math.random() * 2 ** 52);

/** Every stored record. One getAll: far faster than a cursor for thousands of records. */
export async function readSearchRecords(db: LibraryDB): Promise<SearchRecord[]> {
  const rows = await runTx(db, ['search'], 'readonly', (tx) => tx.objectStore('search').getAll(), { commitAfterIssue: true });
  return resolveRows(rows).records;
}

/** Every stored record and segment, read in one transaction so they agree. */
export async function readSearchIndex(db: LibraryDB): Promise<ReadRecords & { segments: SegmentRecord[] }> {
  const [rows, segments] = await runTx(db, ['search', 'searchSegments'], 'readonly', (tx) => Promise.all([tx.objectStore('search').getAll(), tx.objectStore('searchSegments').getAll(heads())]), { commitAfterIssue: true });
  return { ...resolveRows(rows), segments: segments as SegmentRecord[] };
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
      ...change.dropSegments.flatMap((id) => [segments.delete(id), segments.delete(chunksOf(id))]),
      ...change.putSegments.flatMap((s) => segmentRows(s, newTag()).map((row) => segments.put(row))),
    ]);
  }, { commitAfterIssue: true });
}

/** Deletes the whole stored search index (records, texts, segments): a damaged one is built afresh. */
export async function clearSearchIndex(db: LibraryDB): Promise<void> {
  await runTx(db, ['search', 'searchSegments', 'searchTexts'], 'readwrite', (tx) => Promise.all([tx.objectStore('search').clear(), tx.objectStore('searchSegments').clear(), tx.objectStore('searchTexts').clear()]), { commitAfterIssue: true });
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

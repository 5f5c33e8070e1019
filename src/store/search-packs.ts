// Search records packed many to a row. Once the search worker has indexed PACK_SIZE reports, their
// index records move into one pack row of the 'search' store (reserved id) and each report keeps a
// small row naming its pack. Chromium reads a few rows of a megabyte several times faster than
// thousands of rows of 20 KB (a synthetic 5,000: ~0.6 s against ~3 s), and a cold start reads them all.
// A pack whose reports were mostly deleted or re-indexed is rewritten by the worker.
import type { StoredDoc } from '../search/index';
import { runTx, type LibraryDB } from './db';
import type { SearchRecord } from './search-store';
import type { StampedText } from './search-text-packs';

/** A report whose record sits in a pack row. */
export interface PackedRecord {
  id: string;
  stamp: string;
  pack: string;
}

/** Index records of many reports in one row; a report's own row says whether its record is still this one. */
export interface PackRow {
  id: string;
  stamp: '';
  docs: StoredDoc[];
}

/** A row of the 'search' store. */
export type SearchRow = SearchRecord | PackedRecord | PackRow;

/** Reports per pack row (about a megabyte). */
export const PACK_SIZE = 50;
/** Pack rows' ids start with this (report ids are digests and never do). */
export const PACK = '\u0000pack:';
export const isPack = (key: IDBValidKey) => typeof key === 'string' && key.startsWith(PACK);

export interface ReadRecords {
  /** Every report's record, its doc taken from its pack where it has one (undefined if the pack lost it). */
  records: SearchRecord[];
  /** The pack of each packed report (its text is in the text pack of that id). */
  packOf: Map<string, string>;
  /** Reports whose record is not in a pack, or in a pack mostly dead: to pack (again). */
  unpacked: string[];
  /** Packs mostly dead (deleted or re-indexed reports): to delete once their live records are packed again. */
  stalePacks: string[];
}

/** Records with their docs, from the rows of the store. */
export function resolveRows(rows: SearchRow[]): ReadRecords {
  const packs = new Map<string, Map<string, StoredDoc>>();
  for (const row of rows) if ('docs' in row) packs.set(row.id, new Map(row.docs.map((d) => [d.id, d])));
  const live = new Map<string, number>();
  const records: SearchRecord[] = [];
  const inline: string[] = [];
  const packOf = new Map<string, string>();
  for (const row of rows) {
    if ('docs' in row) continue;
    if ('doc' in row) { records.push(row); inline.push(row.id); continue; }
    records.push({ id: row.id, stamp: row.stamp, doc: packs.get(row.pack)?.get(row.id) as StoredDoc });
    live.set(row.pack, (live.get(row.pack) ?? 0) + 1);
    packOf.set(row.id, row.pack);
  }
  const stalePacks = [...packs].filter(([id, docs]) => (live.get(id) ?? 0) * 2 < docs.size).map(([id]) => id);
  const stale = new Set(stalePacks);
  const unpacked = [...inline, ...[...packOf].filter(([, pack]) => stale.has(pack)).map(([id]) => id)];
  return { records, packOf, unpacked, stalePacks };
}

/**
 * Moves these records into pack rows of PACK_SIZE (each report's row then names its pack), and their
 * texts into text pack rows of the same ids, and deletes the packs named, in one transaction.
 * `texts` holds every record's text. Returns each packed report's pack.
 */
export async function packSearchRecords(db: LibraryDB, records: readonly SearchRecord[], dropPacks: readonly string[], texts: ReadonlyMap<string, StampedText>): Promise<Map<string, string>> {
  const packOf = new Map<string, string>();
  if (records.length === 0 && dropPacks.length === 0) return packOf;
  const stamp = `${PACK}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
  await runTx(db, ['search', 'searchTexts'], 'readwrite', (tx) => {
    const store = tx.objectStore('search');
    const textStore = tx.objectStore('searchTexts');
    const writes: Promise<unknown>[] = dropPacks.flatMap((id) => [store.delete(id), textStore.delete(id)]);
    for (let from = 0; from < records.length; from += PACK_SIZE) {
      const part = records.slice(from, from + PACK_SIZE);
      const pack = `${stamp}${from / PACK_SIZE}`;
      writes.push(store.put({ id: pack, stamp: '', docs: part.map((r) => r.doc) }));
      for (const r of part) { writes.push(store.put({ id: r.id, stamp: r.stamp, pack })); packOf.set(r.id, pack); }
      const packed = part.flatMap((r) => (texts.has(r.id) ? [texts.get(r.id)!] : []));
      writes.push(textStore.put({ id: pack, stamp: '', texts: packed.map((t) => t.text) }));
      for (const t of packed) writes.push(textStore.put({ id: t.id, stamp: t.stamp, pack }));
    }
    return Promise.all(writes);
  }, { commitAfterIssue: true });
  return packOf;
}

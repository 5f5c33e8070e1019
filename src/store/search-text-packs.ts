// Search texts packed like the records (search-packs.ts): when the search worker packs PACK_SIZE
// reports' records into a row, their texts go into a row of 'searchTexts' under the same pack id,
// and each report's own text row names the pack. A query that verifies thousands of reports then
// reads a few rows of a megabyte instead of thousands of small ones. Readers get whole texts.
import type { StoredText } from '../search/index';
import { runTx, type LibraryDB } from './db';
import { PACK } from './search-packs';

/** A report's text row: its text, or the pack holding it. */
export type SearchTextRecord = { id: string; stamp: string; text: StoredText } | { id: string; stamp: string; pack: string };

/** Texts of many reports in one row (the pack id of their records). */
export interface TextPackRow {
  id: string;
  stamp: '';
  texts: StoredText[];
}

export type SearchTextRow = SearchTextRecord | TextPackRow;

/** A report's text with the stamp it was written with. */
export interface StampedText {
  id: string;
  stamp: string;
  text: StoredText;
}

/**
 * The stored texts of these reports (missing ones left out). `packOf` (report -> pack, as the records
 * say) lets packed ones be read by their pack row at once; others are found through their own row.
 */
export async function readSearchTexts(db: LibraryDB, ids: readonly string[], packOf: ReadonlyMap<string, string> = new Map()): Promise<Map<string, StampedText>> {
  const own = ids.filter((id) => !packOf.has(id));
  const packs = [...new Set(ids.flatMap((id) => (packOf.has(id) ? [packOf.get(id)!] : [])))];
  const [rows, packRows] = await runTx(db, ['searchTexts'], 'readonly', (tx) => {
    const store = tx.objectStore('searchTexts');
    return Promise.all([Promise.all(own.map((id) => store.get(id))), Promise.all(packs.map((id) => store.get(id)))]);
  }, { commitAfterIssue: true });
  const out = new Map<string, StampedText>();
  const later = new Set<string>();
  /** Stamps of packed texts, from their reports' own rows ('' when read through packOf alone). */
  const stamps = new Map<string, string>();
  for (const row of rows) {
    if (!row || 'texts' in row) continue;
    if ('text' in row) out.set(row.id, row);
    else { later.add(row.pack); stamps.set(row.id, row.stamp); }
  }
  // Own rows that name a pack not asked for yet: one more read.
  const more = later.size ? await runTx(db, ['searchTexts'], 'readonly', (tx) => Promise.all([...later].map((id) => tx.objectStore('searchTexts').get(id))), { commitAfterIssue: true }) : [];
  const want = new Set(ids);
  for (const row of [...packRows, ...more]) {
    if (!row || !('texts' in row)) continue;
    for (const text of row.texts) if (want.has(text.id) && !out.has(text.id)) out.set(text.id, { id: text.id, stamp: stamps.get(text.id) ?? '', text });
  }
  return out;
}

/**
 * Reads the text packs in key order, `batch` rows per transaction, handing each row's texts to
 * `take` with the pack's id until it returns false (the cache is full) or none are left: a cold
 * start's texts, read in large rows in the background instead of by the first queries chunk by chunk.
 * A pack may still hold the old text of a report indexed again since: only its pack's is its own.
 */
export async function scanTextPacks(db: LibraryDB, take: (pack: string, texts: StoredText[]) => boolean, batch = 10): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange = after === null ? IDBKeyRange.bound(PACK, `${PACK}\uffff`) : IDBKeyRange.bound(after, `${PACK}\uffff`, true);
    const rows = await runTx(db, ['searchTexts'], 'readonly', (tx) => tx.objectStore('searchTexts').getAll(range, batch), { commitAfterIssue: true });
    for (const row of rows) if ('texts' in row && !take(row.id, row.texts)) return;
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

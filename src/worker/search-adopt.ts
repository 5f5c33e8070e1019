// The search worker's part in tab coherence: before indexing reports itself, it takes the records
// another tab's worker already stored for them with the same stamp (same parse, same metadata).
// Runs under the search-index lock, so what it reads is whole and nobody writes meanwhile.
import { runTx, type LibraryDB } from '../store/db';
import type { SearchRow } from '../store/search-store';

const BATCH = 200;

/** Stored records of `ids` whose stamp is the one wanted; the rest still need indexing here. */
export async function adoptableRecords(db: LibraryDB, want: ReadonlyMap<string, string>, ids: readonly string[]): Promise<SearchRow[]> {
  const out: SearchRow[] = [];
  for (let from = 0; from < ids.length; from += BATCH) {
    const part = ids.slice(from, from + BATCH);
    const records = await runTx(db, ['search'], 'readonly', (tx) => Promise.all(part.map((id) => tx.objectStore('search').get(id))), { commitAfterIssue: true });
    for (const r of records) if (r && r.stamp === want.get(r.id)) out.push(r);
  }
  return out;
}

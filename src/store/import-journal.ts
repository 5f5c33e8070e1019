// The import journal: a running import writes which files it holds (settings key
// "import-journal:<key>") and, as it goes, which of them are settled; a finished, cancelled or
// failed job deletes it. A journal left behind means the tab closed or crashed mid-import: the next
// start lists the files that never made it (to import again) and checks the library is whole.
import { runTx, type LibraryDB } from './db';
import { summarize } from './summary';

const PREFIX = 'import-journal:';

export interface ImportJournal {
  key: string;
  startedAt: number;
  /** Display names (a zip member as "archive.zip/member.txt"), in the job's order. */
  names: string[];
  /** Library file names, same order (what a saved report's summary says). */
  fileNames: string[];
  /** Indexes of the files already settled (saved, duplicate, failed or cancelled). */
  settled: number[];
}

const range = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

export async function writeJournal(db: LibraryDB, journal: ImportJournal): Promise<void> {
  await runTx(db, ['settings'], 'readwrite', (tx) => tx.objectStore('settings').put(journal, PREFIX + journal.key), { commitAfterIssue: true });
}

export async function deleteJournal(db: LibraryDB, key: string): Promise<void> {
  await runTx(db, ['settings'], 'readwrite', (tx) => tx.objectStore('settings').delete(PREFIX + key), { commitAfterIssue: true });
}

export async function readJournals(db: LibraryDB): Promise<ImportJournal[]> {
  const all = await runTx(db, ['settings'], 'readonly', (tx) => tx.objectStore('settings').getAll(range()), { commitAfterIssue: true });
  return all.filter((j): j is ImportJournal => typeof j === 'object' && j !== null && Array.isArray((j as ImportJournal).names));
}

/**
 * The files of an interrupted journal that are not in the library: not settled, and no report of
 * that file name stored since the job started (a save can land just before the journal's last update).
 */
export function unfinishedFiles(journal: ImportJournal, stored: readonly { fileName: string; importedAt: number }[]): string[] {
  const settled = new Set(journal.settled);
  const savedNames = new Set(stored.filter((s) => s.importedAt >= journal.startedAt).map((s) => s.fileName));
  return journal.names.filter((_, i) => !settled.has(i) && !savedNames.has(journal.fileNames[i] ?? ''));
}

export interface SweepCounts {
  /** Originals, summaries and corrections whose report is gone, removed. */
  orphans: number;
  /** Reports without their original, removed whole (they can be neither re-parsed nor backed up). */
  halves: number;
  /** Reports whose list record was missing, rebuilt. */
  rebuilt: number;
}

/**
 * Makes the library whole in one transaction: every report keeps its original and its summary, or
 * goes. Saves write all three at once, so this finds nothing unless storage lost part of a write.
 */
export async function sweepLibrary(db: LibraryDB): Promise<SweepCounts> {
  return runTx(db, ['reports', 'originals', 'summaries', 'corrections'], 'readwrite', async (tx) => {
    const keys = async (name: 'reports' | 'originals' | 'summaries' | 'corrections') => new Set(await tx.objectStore(name).getAllKeys());
    const [reports, originals, summaries, corrections] = await Promise.all([keys('reports'), keys('originals'), keys('summaries'), keys('corrections')]);
    const counts: SweepCounts = { orphans: 0, halves: 0, rebuilt: 0 };
    const work: Promise<unknown>[] = [];
    for (const id of reports) {
      if (originals.has(id)) continue;
      counts.halves++;
      reports.delete(id);
      // Its summary and corrections go with the orphans below.
      work.push(tx.objectStore('reports').delete(id));
    }
    for (const [name, set] of [['originals', originals], ['summaries', summaries], ['corrections', corrections]] as const) {
      for (const id of set) if (!reports.has(id)) { counts.orphans++; work.push(tx.objectStore(name).delete(id)); }
    }
    for (const id of reports) {
      if (summaries.has(id)) continue;
      const [stored, corr] = await Promise.all([tx.objectStore('reports').get(id), tx.objectStore('corrections').get(id)]);
      if (stored) { counts.rebuilt++; work.push(tx.objectStore('summaries').put(summarize(stored, corr?.patch))); }
    }
    await Promise.all(work);
    return counts;
  });
}

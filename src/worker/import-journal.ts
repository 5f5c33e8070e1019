// Keeps an import's journal (store/import-journal.ts) while the job runs: written once the files are
// known and before anything is saved, updated with the settled files a few times a second (never per
// file), deleted when the job ends however it ends. Only a closed or crashed tab leaves it behind.
import type { LibraryDB } from '../store/db';
import { deleteJournal, writeJournal, type ImportJournal } from '../store/import-journal';
import type { Entry } from './expand';
import type { FileProgress } from './protocol';

const UPDATE_MS = 300;

export interface JournalKeeper {
  begin(entries: readonly Entry[]): Promise<void>;
  observe(change: FileProgress): void;
  end(): Promise<void>;
}

export function keepJournal(db: LibraryDB, key: string): JournalKeeper {
  let journal: ImportJournal | null = null;
  const settled = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let ended = false;

  const update = () => {
    timer = undefined;
    if (!journal || ended) return;
    const next = { ...journal, settled: [...settled] };
    // A lost update only makes the next start double-check more files; it never fails the import.
    writing = writing.then(() => (ended ? undefined : writeJournal(db, next))).catch(() => undefined);
  };

  return {
    async begin(entries) {
      journal = { key, startedAt: Date.now(), names: entries.map((e) => e.name), fileNames: entries.map((e) => e.fileName), settled: [] };
      await writeJournal(db, journal);
    },
    observe(change) {
      if (change.status === 'queued' || change.status === 'parsing') return;
      settled.add(change.index);
      timer ??= setTimeout(update, UPDATE_MS);
    },
    async end() {
      ended = true;
      clearTimeout(timer);
      await writing;
      if (journal) await deleteJournal(db, key).catch(() => undefined);
    },
  };
}

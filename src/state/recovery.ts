// At start: an import whose tab closed or crashed left its journal behind (no live job holds its
// lock). One tab (under the recovery lock) makes the library whole, lists the files that never made
// it and keeps that list until the user dismisses it; the search worker indexes whatever saved
// reports it has not reached on its own first sync, so every stored report ends up findable.
import { signal } from '@preact/signals';
import { deleteJournal, readJournals, sweepLibrary, unfinishedFiles } from '../store/import-journal';
import { getSetting, listSummaries, setSetting } from '../store/repo';
import { ifLockFree, lockNames, LOCKS } from '../lib/locks';
import { library } from './db';
import { refreshLibrary } from './library';
import { announce } from './tabs';

const KEY = 'interruptedImport';

/** Files of an interrupted import that are not in the library: the user should import them again. */
export const interruptedFiles = signal<string[]>([]);

export async function recoverInterruptedImports(): Promise<void> {
  try {
    const db = await library();
    const saved = await getSetting<string[]>(db, KEY);
    if (Array.isArray(saved)) interruptedFiles.value = saved;
    if ((await readJournals(db)).length === 0) return;
    await ifLockFree(LOCKS.recovery, () => recover());
  } catch {
    // Nothing is lost by waiting: the journal stays for the next start.
  }
}

async function recover(): Promise<void> {
  const db = await library();
  const live = await lockNames();
  // Read again under the lock: another tab may have recovered meanwhile. Without Web Locks (Safari
  // before 15.4) no job can be seen alive, so every journal counts as interrupted: one tab assumed.
  const dead = (await readJournals(db)).filter((j) => !live?.has(LOCKS.importJob(j.key)));
  if (dead.length === 0) return;
  const swept = await sweepLibrary(db);
  const stored = await listSummaries(db);
  const missing = dead.flatMap((j) => unfinishedFiles(j, stored));
  const files = [...new Set([...interruptedFiles.value, ...missing])];
  await setSetting(db, KEY, files);
  for (const j of dead) await deleteJournal(db, j.key);
  interruptedFiles.value = files;
  if (swept.halves + swept.orphans + swept.rebuilt > 0) {
    await refreshLibrary();
    announce('recover', null);
  }
}

/** Files imported again (saved, or found already there) leave the list. */
export function settleInterrupted(names: readonly string[]): void {
  const done = new Set(names);
  const left = interruptedFiles.value.filter((n) => !done.has(n));
  if (left.length === interruptedFiles.value.length) return;
  interruptedFiles.value = left;
  void library().then((db) => setSetting(db, KEY, left)).catch(() => undefined);
}

export async function dismissInterrupted(): Promise<void> {
  interruptedFiles.value = [];
  try { await setSetting(await library(), KEY, []); } catch { /* shown again next start: harmless */ }
}

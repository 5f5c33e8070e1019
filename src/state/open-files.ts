// Files dropped on the page or picked: a library file (a backup, or one made by `pack`, told by its
// first bytes whatever its name or extension, or by its .zbak/.zbk name whatever its bytes) is
// restored like a backup, the backup dialog showing its progress and outcome (a damaged one is
// refused there with its name and why); every other file goes to the import as before.
import { BACKUP_MAGIC, isLibraryFileName, startsAsLibraryFile } from '../store/types';
import { backupDialogOpen, runImport } from './backup';
import { startImport } from './import';

type RestoredLabel = (r: { added: number; skipped: number; failed: number }) => string;

async function isLibraryFile(file: File): Promise<boolean> {
  // Named as one: a backup whose first bytes were damaged must be refused, not parsed as a report.
  if (isLibraryFileName(file.name)) return true;
  if (file.size < BACKUP_MAGIC.length) return false;
  return startsAsLibraryFile(new Uint8Array(await file.slice(0, BACKUP_MAGIC.length).arrayBuffer()));
}

export async function openFiles(files: readonly File[], restoredLabel: RestoredLabel): Promise<void> {
  const isLibrary = await Promise.all(files.map(isLibraryFile));
  startImport(files.filter((_, i) => !isLibrary[i]));
  for (const [i, file] of files.entries()) {
    if (!isLibrary[i]) continue;
    backupDialogOpen.value = true;
    await runImport(file, restoredLabel);
  }
}

// Files dropped on the page or picked: a library file (a backup, or one made by `pack`, told by its
// first bytes whatever its name or extension) is restored like a backup, the backup dialog showing
// its progress and outcome; every other file goes to the import as before.
import { BACKUP_MAGIC } from '../store/types';
import { backupDialogOpen, runImport } from './backup';
import { startImport } from './import';

type RestoredLabel = (r: { added: number; skipped: number; failed: number }) => string;

async function isLibraryFile(file: File): Promise<boolean> {
  if (file.size < BACKUP_MAGIC.length) return false;
  const head = new Uint8Array(await file.slice(0, BACKUP_MAGIC.length).arrayBuffer());
  return String.fromCharCode(...head) === BACKUP_MAGIC;
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

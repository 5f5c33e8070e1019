// The page's own connection to the library database (reads, deletes, corrections); imports and
// backups go through the worker client, which opens its own.
import { openLibrary, type LibraryDB } from '../store/repo';

let opening: Promise<LibraryDB> | null = null;

export function library(): Promise<LibraryDB> {
  // When another tab upgrades the schema this connection steps aside; the next call reopens.
  opening ??= openLibrary(undefined, { onClose: () => { opening = null; } }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

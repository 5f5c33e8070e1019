// The page's own connection to the library database (reads, deletes, corrections); imports and
// backups go through the worker client, which opens its own.
import { openLibrary, type LibraryDB } from '../store/repo';

let opening: Promise<LibraryDB> | null = null;

export function library(): Promise<LibraryDB> {
  opening ??= openLibrary().catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

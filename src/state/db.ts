// The page's own connection to the library database (reads, deletes, corrections); imports and
// backups go through the worker client, which opens its own. `dbState` says when this tab cannot
// go on: a newer version of the app opened the library in another tab (reload to follow it), or
// this tab's upgrade waits for an older tab to let go (it says so instead of hanging silently).
import { signal } from '@preact/signals';
import { openLibrary, type LibraryDB } from '../store/repo';
import { StoreError } from '../store/types';

export type DbState = 'ok' | 'blocked' | 'newer-version';

export const dbState = signal<DbState>('ok');

let opening: Promise<LibraryDB> | null = null;

const NEWER = '另一个标签页打开了更新版本的政报通，请重新加载本页 (a newer version is open in another tab; reload this one)';

function isVersionError(err: unknown): boolean {
  const cause = (err as { cause?: { name?: unknown } } | null)?.cause;
  return cause?.name === 'VersionError';
}

/** Why this tab must not start writing (a newer version took the library over), or null. */
export function staleTab(): StoreError | null {
  return dbState.value === 'newer-version' ? new StoreError('io', NEWER) : null;
}

export function library(): Promise<LibraryDB> {
  // This code cannot read a library a newer version has upgraded: say so instead of an IndexedDB error.
  const stale = staleTab();
  if (stale) return Promise.reject(stale);
  opening ??= openLibrary(undefined, {
    onClose: (reason) => {
      opening = null;
      if (reason === 'newer-version') dbState.value = 'newer-version';
    },
    onBlocked: () => { dbState.value = 'blocked'; },
  }).then((db) => {
    if (dbState.value === 'blocked') dbState.value = 'ok';
    return db;
  }, (err: unknown) => {
    opening = null;
    if (isVersionError(err)) { dbState.value = 'newer-version'; throw new StoreError('io', NEWER); }
    throw err;
  });
  return opening;
}

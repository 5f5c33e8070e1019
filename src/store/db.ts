// The IndexedDB schema of the library, its versions and upgrades, and the one transaction helper.
// Schema history (each upgrade runs as `if (oldVersion < N)`, so any older database upgrades in order):
//   v1: reports, originals, corrections (all keyPath 'id'), settings (out-of-line keys).
//   v2: + summaries (keyPath 'id'), built during the upgrade from every stored report + its corrections.
//   v3: + search (keyPath 'id'): one search-index record per report (see search-store.ts); starts
//       empty, the search worker fills it from the stored reports in the background.
//   v4: + searchSegments (keyPath 'id'): the body index's postings segments (search index version 2),
//       later each a head row (number key) and its postings in chunk rows (array keys; search-store.ts).
//       Starts empty; the search worker refuses the older per-report records and re-indexes.
//   v5: + searchTexts (keyPath 'id'): each report's search text (folded and original), apart from its
//       index record so a cold start reads no text, packed like the records (search index version 5:
//       older records are re-indexed).
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ReportSummary, StoredCorrections, StoredOriginal, StoredReport } from './types';
import type { SearchRow, SearchTextRow, SegmentRow } from './search-store';
import { summarize } from './summary';
import { toStoreError } from './errors';

export const DB_NAME = 'zhengbao';
/** NEEDS A MIGRATION when changed: add an `if (oldVersion < N)` step below and document it above. */
export const DB_VERSION = 5;

export interface LibrarySchema extends DBSchema {
  reports: { key: string; value: StoredReport };
  originals: { key: string; value: StoredOriginal };
  corrections: { key: string; value: StoredCorrections };
  summaries: { key: string; value: ReportSummary };
  search: { key: string; value: SearchRow };
  searchSegments: { key: number | [number, number, number]; value: SegmentRow };
  searchTexts: { key: string; value: SearchTextRow };
  settings: { key: string; value: unknown };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;
export type StoreName = StoreNames<LibrarySchema>;
type UpgradeTx = IDBPTransaction<LibrarySchema, StoreName[], 'versionchange'>;

function upgrade(db: LibraryDB, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('reports', { keyPath: 'id' });
    db.createObjectStore('originals', { keyPath: 'id' });
    db.createObjectStore('corrections', { keyPath: 'id' });
    db.createObjectStore('settings');
  }
  if (oldVersion < 2) {
    db.createObjectStore('summaries', { keyPath: 'id' });
    // Only requests on the upgrade transaction happen here, so it stays alive until they finish.
    if (oldVersion >= 1) void buildSummaries(tx);
  }
  if (oldVersion < 3) db.createObjectStore('search', { keyPath: 'id' });
  if (oldVersion < 4) db.createObjectStore('searchSegments', { keyPath: 'id' });
  if (oldVersion < 5) db.createObjectStore('searchTexts', { keyPath: 'id' });
}

async function buildSummaries(tx: UpgradeTx): Promise<void> {
  const corrections = tx.objectStore('corrections');
  const summaries = tx.objectStore('summaries');
  let cursor = await tx.objectStore('reports').openCursor();
  while (cursor) {
    const patch = (await corrections.get(cursor.value.id))?.patch;
    await summaries.put(summarize(cursor.value, patch));
    cursor = await cursor.continue();
  }
}

/** Why a connection closed by itself: a newer schema version opened elsewhere, the database was deleted, or the browser dropped it. */
export type CloseReason = 'newer-version' | 'deleted' | 'terminated';

export interface OpenOptions {
  /**
   * Called once this connection has closed by itself: another tab or worker opened a newer schema
   * version (this one steps aside so that upgrade can run), or the browser dropped the database.
   * Open again to go on (after a newer version, only a reload of the newer code can).
   */
  onClose?: (reason: CloseReason) => void;
  /**
   * Called when this open must upgrade the schema but a connection of an older version (another
   * tab) stays open: the open waits until it closes, and the caller can say what it waits for.
   */
  onBlocked?: () => void;
}

/** Opens (creating or upgrading) the library. */
export async function openLibrary(name: string = DB_NAME, options: OpenOptions = {}): Promise<LibraryDB> {
  try {
    const db = await openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => upgrade(database, oldVersion, tx),
      blocked: () => options.onBlocked?.(),
      blocking: (_current, next) => { db.close(); options.onClose?.(next === null ? 'deleted' : 'newer-version'); },
      terminated: () => options.onClose?.('terminated'),
    });
    return db;
  } catch (err) {
    throw toStoreError(err);
  }
}

export type Tx<N extends StoreName[], M extends IDBTransactionMode> = IDBPTransaction<LibrarySchema, N, M>;

export interface TxOptions {
  /**
   * `work` issues all its requests before its first await: commit right away (IDBTransaction.commit)
   * instead of waiting for this thread to see every request's result. During an import the worker
   * is busy parsing, and a transaction that waits for it holds up every transaction queued behind.
   */
  commitAfterIssue?: boolean;
}

function commit(tx: object): void {
  const raw = (unwrap as (value: object) => unknown)(tx) as IDBTransaction;
  if (typeof raw.commit === 'function') raw.commit();
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
}

/**
 * Like runTx with commitAfterIssue for writes whose add() may meet an existing key: answers
 * 'exists' (the whole transaction rolled back, nothing written) instead of throwing.
 */
export async function writeOnce<N extends StoreName[]>(
  db: LibraryDB, stores: N, requests: ((tx: Tx<N, 'readwrite'>) => Promise<unknown>)[],
): Promise<'written' | 'exists'> {
  const issueAll = (tx: Tx<N, 'readwrite'>) => {
    const issued: Promise<unknown>[] = [];
    // Each request is observed as soon as it exists: if a later one throws, the earlier ones
    // reject with AbortError, and that must not become an unhandled rejection.
    for (const request of requests) {
      const p = request(tx);
      p.catch(() => undefined);
      issued.push(p);
    }
    return Promise.all(issued);
  };
  try {
    await runTx(db, stores, 'readwrite', issueAll, { commitAfterIssue: true });
    return 'written';
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause;
    if (errorName(cause) === 'ConstraintError') return 'exists';
    throw err;
  }
}

/**
 * Runs `work` in one transaction and resolves only once it has committed (tx.done), so callers
 * never report success for data that was rolled back. `work` must only await requests of `tx`.
 */
export async function runTx<N extends StoreName[], M extends IDBTransactionMode, T>(
  db: LibraryDB, stores: N, mode: M, work: (tx: Tx<N, M>) => Promise<T>, options: TxOptions = {},
): Promise<T> {
  let tx: Tx<N, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (err) {
    throw toStoreError(err);
  }
  // Observed at once: a transaction that aborts must never surface as an unhandled rejection.
  const done = tx.done.then(() => undefined, (err: unknown) => err ?? new Error('transaction aborted'));
  try {
    const pending = work(tx);
    pending.catch(() => undefined);
    if (options.commitAfterIssue) commit(tx);
    // An abort settles the call even if a request's own events never arrive: Chromium, when a
    // committed transaction fails for lack of space, can leave its requests pending for good.
    const aborted = done.then((failure) => { if (failure !== undefined) throw failure; });
    const result = await Promise.race([pending, aborted.then(() => pending)]);
    const failure = await done;
    if (failure !== undefined) throw failure;
    return result;
  } catch (err) {
    try { tx.abort(); } catch { /* already finished */ }
    await done;
    throw toStoreError(err, tx.error);
  }
}

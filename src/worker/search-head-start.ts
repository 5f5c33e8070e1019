// The search worker's first act, before its search code is loaded: open the library the page named
// (the worker's name) and read the stored index, records and segments. IndexedDB reads on its own
// thread while this one fetches and compiles the rest; the service takes the read when it loads that
// library (5,000 reports, Chromium: the read began about 90 ms after the worker started, and ended
// that much later, before this). A head start the service does not take is closed.
import { openLibrary, type LibraryDB } from '../store/db';
import { readSearchIndex } from '../store/search-store';
import { markOnce } from './search-marks';

export type StoredIndexRead = Awaited<ReturnType<typeof readSearchIndex>>;

export interface HeadStart {
  /** The library opened. */
  readonly name: string;
  /**
   * The connection and its read, taken once by the service that loads this library; null when the
   * connection closed before (another tab deleted or upgraded the library): the service opens its own.
   */
  take(onClose: () => void): { db: Promise<LibraryDB>; read: Promise<StoredIndexRead> } | null;
  /** Not wanted (the service opened another library): the connection is closed. */
  drop(): void;
}

export function headStart(name: string): HeadStart {
  let closed: (() => void) | null = null;
  let gone = false;
  markOnce('head-start');
  const db = openLibrary(name, { onClose: () => { gone = true; closed?.(); } });
  const read = db.then((library) => { markOnce('head-opened'); return readSearchIndex(library); });
  void read.then(() => markOnce('head-read'), () => undefined);
  // Unwanted, or failed: whoever takes them sees the failure; nobody else must.
  db.catch(() => undefined);
  read.catch(() => undefined);
  let taken = false;
  return {
    name,
    take(onClose) {
      if (taken) throw new Error('search head start taken twice');
      taken = true;
      if (gone) return null;
      closed = onClose;
      return { db, read };
    },
    drop() {
      taken = true;
      void db.then((d) => d.close(), () => undefined);
    },
  };
}

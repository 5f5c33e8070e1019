// The persisted form of the index: one record per report, plain data and typed arrays, so it goes
// into IndexedDB by structured clone as it is (no encoding step) and the store can keep a record per
// report, written on import and deleted with the report. Gram tables are left out (half the size;
// SearchIndex.warmUp rebuilds them after a load). Bump SEARCH_INDEX_VERSION whenever folding,
// tokenizing or this shape changes: old records are then refused and the caller re-indexes.
import type { IndexedDoc } from './types';

export const SEARCH_INDEX_VERSION = 1;

export interface StoredDoc extends IndexedDoc {
  v: number;
}

export interface SearchIndexExport {
  version: number;
  docs: StoredDoc[];
}

export function storeDoc(doc: IndexedDoc): StoredDoc {
  return { ...doc, gramKeys: null, gramCounts: null, v: SEARCH_INDEX_VERSION };
}

const isArray = (x: unknown, type: typeof Uint32Array | typeof Uint16Array) => x instanceof type;

/** The indexed report back from its stored record, or null when it is from another version or damaged. */
export function restoreDoc(stored: StoredDoc): IndexedDoc | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { v: _v, ...doc } = stored;
  if (!isArray(doc.sig, Uint32Array)) return null;
  if (!isArray(doc.subAt, Uint32Array) || typeof doc.subText !== 'string' || doc.subAt.length !== doc.subText.length) return null;
  if (typeof doc.folded !== 'string' || typeof doc.headText !== 'string' || typeof doc.shiftText !== 'string') return null;
  if (doc.sigStart[doc.sigStart.length - 1] !== doc.sig.length) return null;
  if (doc.paraStart.length !== doc.paraCount + 1 || doc.origStart.length !== doc.paraCount + 1) return null;
  return { ...doc, gramKeys: null, gramCounts: null };
}

/** Approximate size of a record in bytes (UTF-16 text and typed arrays), for the benchmark. */
export function storedBytes(doc: StoredDoc): number {
  const text = doc.folded.length + doc.headText.length + doc.subText.length + doc.shiftText.length;
  return text * 2 + doc.subAt.byteLength + doc.sig.byteLength;
}

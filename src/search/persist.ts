// The persisted form of the index: one record per report (its folded text, paragraph offsets,
// sections and the original as differences) and the body index's postings segments, all plain data
// and typed arrays, so they go into IndexedDB by structured clone as they are and load without a
// rebuild. Bump SEARCH_INDEX_VERSION whenever folding, tokenizing, postings or these shapes change:
// old records are then refused and the caller re-indexes.
import type { Segment } from './postings';
import type { IndexedDoc } from './types';

/**
 * 2: postings segments replace per-report signatures and gram tables. 3: pairs with punctuation are
 * keys, postings pack counts under 4 with the gap, segments lose their dfs.
 */
export const SEARCH_INDEX_VERSION = 3;

export interface StoredDoc extends IndexedDoc {
  v: number;
}

export interface StoredSegment extends Segment {
  /** Its firstSec: a merge keeps the id of its oldest part. */
  id: number;
  v: number;
}

export interface SearchIndexExport {
  version: number;
  docs: StoredDoc[];
  segments: StoredSegment[];
}

export function storeDoc(doc: IndexedDoc): StoredDoc {
  return { ...doc, v: SEARCH_INDEX_VERSION };
}

export function storeSegment(seg: Segment): StoredSegment {
  return { ...seg, id: seg.firstSec, v: SEARCH_INDEX_VERSION };
}

/** The indexed report back from its stored record, or null when it is from another version or damaged. */
export function restoreDoc(stored: StoredDoc): IndexedDoc | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { v: _v, ...doc } = stored;
  if (!Number.isInteger(doc.secBase) || doc.secBase < 0 || !Array.isArray(doc.sections)) return null;
  if (!(doc.subAt instanceof Uint32Array) || typeof doc.subText !== 'string' || doc.subAt.length !== doc.subText.length) return null;
  if (typeof doc.folded !== 'string' || typeof doc.shiftText !== 'string' || typeof doc.headText !== 'string') return null;
  if (!(doc.paraStart instanceof Uint32Array) || !(doc.origStart instanceof Uint32Array)) return null;
  if (doc.paraStart.length !== doc.paraCount + 1 || doc.origStart.length !== doc.paraCount + 1) return null;
  return doc;
}

/** A stored segment, or null when it is from another version or damaged. */
export function restoreSegment(stored: StoredSegment): Segment | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { keys, offs, data, firstSec, endSec } = stored;
  if (!(keys instanceof Uint32Array && offs instanceof Uint32Array && data instanceof Uint8Array)) return null;
  if (offs.length !== keys.length + 1 || offs[keys.length] !== data.length) return null;
  if (!Number.isInteger(firstSec) || !Number.isInteger(endSec) || endSec < firstSec) return null;
  return { keys, offs, data, firstSec, endSec };
}

/** Approximate size of a report record in bytes (UTF-16 text and typed arrays), for the benchmark. */
export function storedBytes(doc: StoredDoc): number {
  const text = doc.folded.length + doc.subText.length + doc.shiftText.length;
  return text * 2 + doc.subAt.byteLength;
}

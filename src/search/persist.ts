// The persisted form of the index: one record per report (metadata, paragraph offsets, sections,
// folded headings), one text record per report (its folded text packed and the original as differences,
// read only when a query needs it) and the body index's postings segments, all plain data and typed arrays, so they go into IndexedDB by structured clone as they are and load without a
// rebuild. Bump SEARCH_INDEX_VERSION whenever folding, tokenizing, postings or these shapes change:
// old records are then refused and the caller re-indexes.
import { SUB_MARK } from './original-subs';
import type { Segment } from './postings';
import { chunkCount, type Unread } from './segment-chunks';
import type { DocCore, DocText } from './types';

/**
 * 2: postings segments replace per-report signatures and gram tables. 3: pairs with punctuation are
 * keys, postings pack counts under 4 with the gap, segments lose their dfs. 4: report tables in
 * typed arrays (sections, heading paths, titles in one string), units always changed alike listed
 * once and the others as varint gaps, no heading text (rebuilt from the paragraphs). 5: the text
 * (folded and original) in its own record, the folded title and headings in the report's. 6: text
 * folded until OpenCC changes it no more (乾縣 folded to 乾县, and now to 干县 as 乾县 does). 7: a
 * unit's own postings count it only where no pair starts at it (the pairs it starts hold the rest).
 * 8: the folded text packed (packed.ts), with its sections' packed offsets.
 * 9: the commonest trigrams have postings of their own (trigrams.ts).
 */
export const SEARCH_INDEX_VERSION = 9;

/** A report's record: its tables as they are in memory. */
export interface StoredDoc extends DocCore {
  v: number;
}

export interface StoredSegment {
  /** Its firstSec: a merge keeps the id of its oldest part. */
  id: number;
  v: number;
  firstSec: number;
  endSec: number;
  keys: Uint32Array;
  offs: Uint32Array;
  /** The postings bytes; absent from a stored head, whose `size` bytes are in chunk rows written with `tag` (segment-chunks.ts). */
  data?: Uint8Array;
  size?: number;
  tag?: number;
}

/** A report's text record. */
export interface StoredText extends DocText {
  id: string;
  v: number;
}

export interface SearchIndexExport {
  version: number;
  docs: StoredDoc[];
  texts: StoredText[];
  segments: StoredSegment[];
}

export function storeDoc(doc: DocCore): StoredDoc {
  return { ...doc, v: SEARCH_INDEX_VERSION };
}

export function storeText(id: string, text: DocText): StoredText {
  return { id, ...text, v: SEARCH_INDEX_VERSION };
}

export function storeSegment(seg: Segment): StoredSegment {
  const { firstSec, endSec, keys, offs, data } = seg;
  return { id: firstSec, v: SEARCH_INDEX_VERSION, firstSec, endSec, keys, offs, data };
}

/** Whether the record's typed tables have the types and sizes its counts say. */
function tablesFit(doc: StoredDoc): boolean {
  const n = doc.secHead instanceof Int32Array ? doc.secHead.length : -1;
  const offsets = [doc.paraStart, doc.secStart, doc.paths, doc.headingParas, doc.headAt];
  if (n < 0 || !offsets.every((a) => a instanceof Uint32Array)) return false;
  if (doc.paraStart.length !== doc.paraCount + 1 || doc.headAt.length < 2 || doc.headAt.at(-1) !== doc.heads.length + (doc.headAt.length === 2 ? 0 : 1)) return false;
  return doc.secStart.length === n + 1 && doc.secStart[n] === doc.paraCount && doc.paths.length >= n + 1 && doc.paths[n] === doc.paths.length;
}

/** The indexed report back from its stored record, or null when it is from another version or damaged. */
export function restoreDoc(stored: StoredDoc): DocCore | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { v: _v, ...doc } = stored;
  if (!Number.isInteger(doc.secBase) || doc.secBase < 0 || typeof doc.titles !== 'string' || typeof doc.heads !== 'string') return null;
  return tablesFit(stored) ? doc : null;
}

/** A report's text back from its record, or null when it is from another version or damaged. */
export function restoreText(stored: StoredText): DocText | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { id: _id, v: _v, ...text } = stored;
  if (typeof text.packed !== 'string' || !(text.starts instanceof Uint32Array) || typeof text.subText !== 'string' || typeof text.shiftText !== 'string' || !Array.isArray(text.shifts)) return null;
  if (typeof text.always !== 'string' || text.always.length % 2 !== 0) return null;
  if (!(text.subGaps instanceof Uint8Array && text.subMarks instanceof Uint32Array) || !(text.origStart === null || text.origStart instanceof Uint32Array)) return null;
  return text.subMarks.length === 2 * Math.ceil(text.subText.length / SUB_MARK) ? text : null;
}

/**
 * A stored segment, or null when it is from another version or damaged. From a head (no data), its
 * postings bytes are zeros until their chunks are read (see segment-chunks.ts).
 */
export function restoreSegment(stored: StoredSegment): Segment | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { keys, offs, firstSec, endSec, size, tag } = stored;
  if (!(keys instanceof Uint32Array && offs instanceof Uint32Array)) return null;
  if (!Number.isInteger(firstSec) || !Number.isInteger(endSec) || endSec < firstSec) return null;
  const head = stored.data === undefined;
  if (head ? !(Number.isInteger(size) && size! >= 0 && Number.isInteger(tag)) : !(stored.data instanceof Uint8Array)) return null;
  const data = head ? new Uint8Array(size!) : stored.data!;
  if (offs.length !== keys.length + 1 || offs[keys.length] !== data.length) return null;
  const chunks = chunkCount(data.length);
  const unread: Unread | null = head && chunks > 0 ? { id: stored.id, tag: tag!, chunks: new Uint8Array(chunks).fill(1), left: chunks } : null;
  return { firstSec, endSec, keys, offs, data, unread };
}

/** Approximate size of a report's record and text record in bytes (UTF-16 text and typed arrays), for the benchmark. */
export function storedBytes(doc: StoredDoc, text: StoredText): number {
  const strings = text.subText.length + text.shiftText.length + doc.titles.length + text.always.length + doc.heads.length;
  const tables = [doc.paraStart, doc.secStart, doc.secHead, doc.paths, text.starts, text.subGaps, text.subMarks, doc.headingParas, doc.headAt];
  return text.packed.length + strings * 2 + tables.reduce((n, a) => n + a.byteLength, text.origStart?.byteLength ?? 0);
}

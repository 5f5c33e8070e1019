// The persisted form of the index: one plain, JSON-safe record per report (signatures as base64),
// so the store can keep a record per report and update it on import and delete. Bump
// SEARCH_INDEX_VERSION whenever folding, tokenizing or this shape changes: old records are then
// refused and the caller re-indexes from the stored reports.
import type { IndexedDoc } from './types';

export const SEARCH_INDEX_VERSION = 1;

export interface StoredDoc extends Omit<IndexedDoc, 'sig' | 'gramKeys' | 'gramCounts'> {
  v: number;
  sig: string;
  gramKeys: string;
  gramCounts: string;
}

export interface SearchIndexExport {
  version: number;
  docs: StoredDoc[];
}

function toBase64(words: Uint32Array | Uint16Array): string {
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function bytesOf(b64: string): ArrayBuffer {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
}

export function storeDoc(doc: IndexedDoc): StoredDoc {
  return { ...doc, v: SEARCH_INDEX_VERSION, sig: toBase64(doc.sig), gramKeys: toBase64(doc.gramKeys), gramCounts: toBase64(doc.gramCounts) };
}

/** The indexed report back from its stored record, or null when it was written by another version. */
export function restoreDoc(stored: StoredDoc): IndexedDoc | null {
  if (!stored || stored.v !== SEARCH_INDEX_VERSION) return null;
  const { v: _v, sig, gramKeys, gramCounts, ...rest } = stored;
  if (typeof sig !== 'string' || typeof gramKeys !== 'string' || typeof gramCounts !== 'string') return null;
  const doc: IndexedDoc = { ...rest, sig: new Uint32Array(bytesOf(sig)), gramKeys: new Uint32Array(bytesOf(gramKeys)), gramCounts: new Uint16Array(bytesOf(gramCounts)) };
  const words = doc.sigStart[doc.sigStart.length - 1];
  if (words !== doc.sig.length || doc.gramKeys.length !== doc.gramCounts.length) return null;
  if (doc.paraStart.length !== doc.paragraphs.length + 1) return null;
  return doc;
}

// Postings read lazily. A stored segment is a head (its keys and offsets) and its postings bytes in
// chunks of their own rows (search-store.ts). A cold start reads the heads only: at 5,000 reports
// that is 3 MB instead of 56, and a first query then reads the few chunks its words' lists lie in;
// the rest are read in the background. Until then a segment's `unread` flags the chunks not read yet,
// and every reader of postings bytes checks its range first (requireRead): a query that meets a
// chunk not read stops with PostingsUnread, and its caller reads them all and runs it again.
import type { Segment } from './postings';

/** Bytes of postings per stored chunk row (a power of two: a chunk is an offset's top bits). */
export const CHUNK_SHIFT = 15;
export const CHUNK_BYTES = 1 << CHUNK_SHIFT;

/** A segment restored from its head: which of its chunks are still to read. */
export interface Unread {
  /** The stored segment's id and the tag its chunk rows were written with (a rewrite gives new ones). */
  id: number;
  tag: number;
  /** 1 where chunk k of the postings is not read yet. */
  chunks: Uint8Array;
  /** Chunks not read yet. */
  left: number;
}

/** A query met postings not read yet (a key the read ahead did not foresee). */
export class PostingsUnread extends Error {
  constructor() {
    super('postings not read yet');
  }
}

/** Stored postings a reader needs are gone: another tab rewrote the segment, or the store lost rows. */
export class PostingsLost extends Error {
  constructor(id: number) {
    super(`search index segment ${id} lost some of its postings`);
  }
}

export const chunkCount = (bytes: number): number => Math.ceil(bytes / CHUNK_BYTES);

/** Adds the chunks of [from, to) that seg has not read to `out`. */
export function unreadChunks(seg: Segment, from: number, to: number, out: Set<number>): void {
  const unread = seg.unread;
  if (!unread || to <= from) return;
  for (let k = from >>> CHUNK_SHIFT, last = (to - 1) >>> CHUNK_SHIFT; k <= last; k++) if (unread.chunks[k]) out.add(k);
}

/** Throws PostingsUnread unless the bytes [from, to) of seg's postings are read. */
export function requireRead(seg: Segment, from: number, to: number): void {
  const missing = new Set<number>();
  unreadChunks(seg, from, to, missing);
  if (missing.size > 0) throw new PostingsUnread();
}

/** Every chunk seg has not read. */
export function allUnread(seg: Segment): number[] {
  const out: number[] = [];
  seg.unread?.chunks.forEach((flag, k) => { if (flag) out.push(k); });
  return out;
}

/** Puts chunk k's bytes in place; false when they are not what the head says (another size). */
export function fillChunk(seg: Segment, k: number, bytes: Uint8Array | undefined): boolean {
  const unread = seg.unread;
  if (!unread || !unread.chunks[k]) return true;
  const want = Math.min(CHUNK_BYTES, seg.data.length - k * CHUNK_BYTES);
  if (!(bytes instanceof Uint8Array) || bytes.length !== want) return false;
  seg.data.set(bytes, k * CHUNK_BYTES);
  unread.chunks[k] = 0;
  if (--unread.left === 0) seg.unread = null;
  return true;
}

/** Postings bytes cut into chunk rows' payloads (copies: a view would store its whole buffer). */
export function splitChunks(data: Uint8Array): Uint8Array[] {
  return Array.from({ length: chunkCount(data.length) }, (_, k) => data.slice(k * CHUNK_BYTES, (k + 1) * CHUNK_BYTES));
}

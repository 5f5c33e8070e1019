// Each key's last section in a segment, kept beside the segments built or merged in this session
// (a WeakMap, so nothing is stored with them): a merge then rebases the next part's first gap
// without reading the whole list to find where it ends. Segments restored from the store have
// none, and their merges read the bytes as before.
import type { Segment } from './postings';

const lasts = new WeakMap<Segment, Uint32Array>();

/** Sections of the last postings of seg.keys, in key order. */
export function setLastSections(seg: Segment, secs: Uint32Array): void {
  lasts.set(seg, secs);
}

export function lastSections(seg: Segment): Uint32Array | undefined {
  return lasts.get(seg);
}

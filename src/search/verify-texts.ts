// Verification when report texts live outside memory: what is held is verified at once, and the
// reports whose text is missing are verified in chunks of at most `chunkBytes` of text, each chunk
// asked of the caller by yielding its report ids (a common word's candidates may span the library:
// reading every text at once would hold them all). Queries are generators of such requests; a
// driver answers each with the texts (see SearchIndex: from memory, or read from a text source).
import type { BodyIndex } from './body-index';
import { verify, type PreparedTerm } from './candidates';
import { PostingList } from './postings';
import type { DocText } from './types';

/** A text the source lost: no sections, so verify() drops its candidates. */
const LOST: DocText = { packed: '', starts: new Uint32Array(0), origStart: null, shifts: [], always: '', subGaps: new Uint8Array(0), subMarks: new Uint32Array(0), subText: '', shiftText: '' };

/** A query step that may ask for report texts: yields report ids, gets their texts (missing: lost). */
export type NeedsTexts<T> = Generator<string[], T, Map<string, DocText>>;

/** What verification reads of the library's texts. */
export interface TextView {
  /** The text of the report in this slot if it is held in memory. */
  text(slot: number): DocText | undefined;
  idOf(slot: number): string;
  /** The id of the report's first section in the body index. */
  baseOf(slot: number): number;
  /** Bytes of the report's text (its folded length), for chunking. */
  bytesOf(slot: number): number;
  /** Most bytes of text asked for at once. */
  chunkBytes(): number;
}

/** Items in order, cut into runs of at most `limit` bytes each (an item larger than that alone). */
export function chunks<T>(items: Iterable<T>, bytesOf: (item: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (chunk.length > 0 && bytes + b > limit) {
      out.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += b;
  }
  if (chunk.length) out.push(chunk);
  return out;
}

/** verify() over the list, asking for the texts it needs a chunk at a time. */
export function* verifyTexts(body: BodyIndex, view: TextView, term: PreparedTerm, list: PostingList): NeedsTexts<void> {
  const missing = new Set<number>();
  verify(body, (slot) => view.text(slot), (slot) => view.baseOf(slot), term, list, (slot) => missing.add(slot));
  if (missing.size === 0) return;
  const owner = body.owner;
  const secs: number[] = [];
  const counts: number[] = [];
  const pending = new Map<number, number[]>();
  for (let p = 0; p < list.n; p++) {
    const slot = owner[list.secs[p]!]!;
    if (!missing.has(slot)) { secs.push(list.secs[p]!); counts.push(list.counts[p]!); continue; }
    let at = pending.get(slot);
    if (!at) pending.set(slot, (at = []));
    at.push(p);
  }
  const sub = new PostingList(256);
  for (const chunk of chunks(missing, (slot) => view.bytesOf(slot), view.chunkBytes())) {
    const texts = yield chunk.map((slot) => view.idOf(slot));
    sub.n = 0;
    for (const slot of chunk) {
      const at = pending.get(slot)!;
      sub.reserve(at.length);
      for (const p of at) { sub.secs[sub.n] = list.secs[p]!; sub.counts[sub.n++] = list.counts[p]!; }
    }
    // A text the source lost holds nothing: its sections drop out.
    verify(body, (slot) => texts.get(view.idOf(slot)) ?? LOST, (slot) => view.baseOf(slot), term, sub);
    for (let p = 0; p < sub.n; p++) { secs.push(sub.secs[p]!); counts.push(sub.counts[p]!); }
  }
  const order = secs.map((_, i) => i).sort((a, b) => secs[a]! - secs[b]!);
  list.n = 0;
  for (const i of order) { list.secs[list.n] = secs[i]!; list.counts[list.n++] = counts[i]!; }
}

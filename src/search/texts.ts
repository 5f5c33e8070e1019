// Where the index finds report texts (DocText): kept in memory (pinned) for reports added this
// session until the caller says they are stored, else read from a text source (IndexedDB in the
// worker, a file in the benchmark) into a cache bounded in bytes. Without a source every text stays
// pinned: the plain in-memory index of tests and tools. The cache evicts the texts unused longest
// (a clock, close to least recently used), but never one the current query has used: a query whose candidates span more texts than
// fit keeps the texts cached before it (plain LRU would evict each just before the next query needs it).
import type { DocText } from './types';
import type { NeedsTexts } from './verify-texts';

/** Reads stored texts; ids it cannot find are left out of the map. */
export interface TextSource {
  read(ids: readonly string[]): Promise<Map<string, DocText>>;
}

/** Approximate heap bytes of a text (the packed one-byte string, UTF-16 strings, typed arrays, shift numbers). */
export function textBytes(t: DocText): number {
  const strings = t.always.length + t.subText.length + t.shiftText.length;
  return t.packed.length + 2 * strings + t.starts.byteLength + t.subGaps.byteLength + t.subMarks.byteLength + (t.origStart?.byteLength ?? 0) + 8 * t.shifts.length + 64;
}

/** Texts missing beyond which a query waits for the cache's background fill rather than reading them itself. */
const WAIT_FOR_WARMING = 100;

/**
 * A text held (pinned or cached), the query that last used it, the query as of which it last stood
 * at the end of the order, and the slot it is found under (-1: none yet; see atSlot()).
 */
interface Cached {
  text: DocText;
  epoch: number;
  placed: number;
  slot: number;
}

export class TextCache {
  private pinned = new Map<string, Cached>();
  /**
   * Map order is eviction order, kept as a clock (second chance): a text used since it was placed at
   * the end goes back there instead of leaving. A use only writes its query's number: moving the
   * entry on every use cost queries meeting thousands of reports 1-3 ms of their time.
   */
  private lru = new Map<string, Cached>();
  /**
   * The text held for each slot of the index, as atSlot() found it: a query reading thousands of
   * reports' texts finds each without hashing its id (a lookup by id in a heap of 500 MB took
   * verification-bound queries a sixth of their time). Entries leave it when their text leaves.
   */
  private bySlot: (Cached | undefined)[] = [];
  /** The current query's number (see begin()). */
  private epoch = 0;
  private bytes = 0;
  source: TextSource | null = null;
  /** Texts being read in the background (see warm()); a query that needs many waits for them. */
  private warming: Promise<void> | null = null;
  /** Bytes of unpinned texts kept; more are evicted, least recently used first. */
  capacity = TEXT_CACHE_BYTES;

  /** A text held in memory, or undefined (to read from the source). */
  get(id: string): DocText | undefined {
    const hit = this.entry(id);
    if (!hit) return undefined;
    hit.epoch = this.epoch;
    return hit.text;
  }

  private entry(id: string): Cached | undefined {
    // Nothing pinned once the texts are stored (the usual case): no lookup there.
    return (this.pinned.size === 0 ? undefined : this.pinned.get(id)) ?? this.lru.get(id);
  }

  /** The text of the report in this slot when atSlot() has found it before and it is still held (a use). */
  atSlot(slot: number): DocText | undefined {
    const hit = this.bySlot[slot];
    if (!hit) return undefined;
    hit.epoch = this.epoch;
    return hit.text;
  }

  /** get(id) for the report in this slot, remembered for atSlot(). */
  findForSlot(slot: number, id: string): DocText | undefined {
    const hit = this.entry(id);
    if (!hit) return undefined;
    this.unlink(hit);
    hit.slot = slot;
    this.bySlot[slot] = hit;
    hit.epoch = this.epoch;
    return hit.text;
  }

  /** A text leaving (or changing its entry) is no longer found by slot. */
  private unlink(hit: Cached): void {
    if (hit.slot >= 0 && this.bySlot[hit.slot] === hit) this.bySlot[hit.slot] = undefined;
    hit.slot = -1;
  }

  /** Whether the text is held in memory (a look that does not count as a use). */
  holds(id: string): boolean {
    return this.pinned.has(id) || this.lru.has(id);
  }

  /** A new query starts: texts it uses from now on are not evicted for it. */
  begin(): void {
    this.epoch++;
  }

  /** Keeps a report's text in memory until release(): it is not stored yet. */
  pin(id: string, text: DocText): void {
    this.drop(id);
    this.pinned.set(id, { text, epoch: -1, placed: -1, slot: -1 });
  }

  /** These reports' texts are stored now: with a source they become evictable. */
  release(ids: Iterable<string>): void {
    if (!this.source) return;
    for (const id of ids) {
      const pinned = this.pinned.get(id);
      if (!pinned) continue;
      this.pinned.delete(id);
      this.unlink(pinned);
      this.keep(id, pinned.text);
    }
  }

  drop(id: string): void {
    const pinned = this.pinned.get(id);
    if (pinned) {
      this.unlink(pinned);
      this.pinned.delete(id);
    }
    const old = this.lru.get(id);
    if (old) {
      this.unlink(old);
      this.bytes -= textBytes(old.text);
      this.lru.delete(id);
    }
  }

  clear(): void {
    this.pinned.clear();
    this.lru.clear();
    this.bySlot = [];
    this.bytes = 0;
  }

  /** Caches a text if room can be made without evicting one the current query used. */
  private keep(id: string, text: DocText): void {
    this.drop(id);
    const size = textBytes(text);
    for (const [old, entry] of this.lru) {
      if (this.bytes + size <= this.capacity) break;
      if (entry.epoch === this.epoch) {
        // Used by this query, and placed at the end by it already: so was everything after it.
        // Stopping here, each entry moves at most once a query, however many texts the query reads.
        if (entry.placed === this.epoch) break;
      } else if (entry.epoch <= entry.placed) {
        this.unlink(entry);
        this.bytes -= textBytes(entry.text);
        this.lru.delete(old);
        continue;
      }
      // Used since it was placed: a second chance, at the end.
      this.lru.delete(old);
      entry.placed = this.epoch;
      this.lru.set(old, entry);
    }
    if (this.bytes + size > this.capacity) return;
    this.lru.set(id, { text, epoch: this.epoch, placed: this.epoch, slot: -1 });
    this.bytes += size;
  }

  /** The texts of these reports held now; with `strict`, a missing one is an error (a synchronous query cannot read it). */
  resident(ids: readonly string[], strict = false): Map<string, DocText> {
    const out = new Map<string, DocText>();
    for (const id of ids) {
      const text = this.get(id);
      if (text) out.set(id, text);
      else if (strict) throw new Error(`search: no text for report ${id} in memory (use the async query)`);
    }
    return out;
  }

  /** Texts read in the background while `reading` runs: kept while there is room (true while there still is). */
  offer(texts: Iterable<[string, DocText]>): boolean {
    for (const [id, text] of texts) {
      if (this.holds(id)) continue;
      if (this.bytes + textBytes(text) > this.capacity) return false;
      this.lru.set(id, { text, epoch: -1, placed: -1, slot: -1 });
      this.bytes += textBytes(text);
    }
    return true;
  }

  /** A background read that fills the cache (a cold start's); a query missing many texts waits for it first. */
  warm(reading: Promise<void>): void {
    const done = reading.catch(() => undefined).then(() => { if (this.warming === done) this.warming = null; });
    this.warming = done;
  }

  /** The texts of these reports, reading the missing ones from the source in one call. */
  async fetch(ids: readonly string[]): Promise<Map<string, DocText>> {
    // Many missing while the cache fills: the background read, in large rows, likely brings them.
    if (this.warming && ids.length > WAIT_FOR_WARMING && ids.filter((id) => !this.holds(id)).length > WAIT_FOR_WARMING) await this.warming;
    const out = this.resident(ids);
    const missing = ids.filter((id) => !out.has(id));
    if (missing.length === 0 || !this.source) return out;
    for (const [id, text] of await this.source.read(missing)) {
      out.set(id, text);
      // A report pinned meanwhile (re-indexed) keeps its new text.
      if (!this.pinned.has(id)) this.keep(id, text);
    }
    return out;
  }

  /** Runs a query step by step, answering each ask with texts in memory (an error if one is not). */
  run<T>(run: NeedsTexts<T>): T {
    this.begin();
    let step = run.next();
    while (!step.done) step = run.next(this.resident(step.value, true));
    return step.value;
  }

  /**
   * Runs a query step by step, reading the texts it asks for; makes it again from the start if
   * `generation` moved while it waited (the index it was reading changed under it).
   */
  async runAsync<T>(make: () => NeedsTexts<T>, generation: () => number): Promise<T> {
    for (;;) {
      const at = generation();
      this.begin();
      const run = make();
      let step = run.next();
      while (!step.done) {
        const texts = await this.fetch(step.value);
        if (generation() !== at) break;
        step = run.next(texts);
      }
      if (step.done) return step.value;
    }
  }

  /** Texts held in memory and their bytes (the benchmark's and tests' view). */
  stats(): { pinned: number; cached: number; cachedBytes: number } {
    return { pinned: this.pinned.size, cached: this.lru.size, cachedBytes: this.bytes };
  }
}

/**
 * Bytes of report text the search worker keeps between queries. Reading texts back costs queries far
 * more than it saves (5,000 reports, a cache of 32 MB: 488 texts read per query, CPU p95 133 ms against
 * 14 ms with all held), so the cache holds every text of the libraries people have (packed: 59 MB for the
 * Node bench's 5,000 reports, 236 MB for its 20,000) and bounds only what
 * a device cannot hold: 64 MB per GB of memory the browser reports (navigator.deviceMemory, at most 8),
 * from 128 MB to 512 MB. Libraries past that read the rest as queries need them.
 */
export function textCacheBytes(deviceMemoryGB?: number): number {
  const gb = deviceMemoryGB && deviceMemoryGB > 0 ? deviceMemoryGB : 8;
  return Math.min(512e6, Math.max(128e6, gb * 64e6));
}

/** The cache of a device of unknown memory (the benchmark's and tests' default). */
export const TEXT_CACHE_BYTES = textCacheBytes();

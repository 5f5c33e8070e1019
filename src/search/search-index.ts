// The library's search index: add and remove reports one by one, query, list hits in one report,
// keyword in context, export and load. Exact by construction: the body index's postings only narrow
// the sections to read, and every count is an exact postings count or a scan of them. Report texts
// live in a TextCache: with a text source (setTextSource) only a bounded few stay in memory, and the
// async methods read the rest as a query needs them; without one, all stay and every method works.
import type { ParsedReport } from '../model/report';
import { BodyIndex } from './body-index';
import { headingText, indexDoc, sectionPath, splitDoc } from './doc';
import { kwicQuery } from './kwic';
import { restoreDoc, restoreSegment, restoreText, SEARCH_INDEX_VERSION, storeDoc, storeSegment, storeText, type SearchIndexExport, type StoredDoc, type StoredSegment, type StoredText } from './persist';
import { keySpans, segmentBytes, type Segment } from './postings';
import { allUnread, fillChunk, PostingsLost, PostingsUnread, unreadChunks } from './segment-chunks';
import { termReadKeys } from './candidates';
import { parseQuery } from './query-parse';
import { prepareQuery } from './scan';
import { Heads } from './heads';
import { foldLocality } from './filters';
import type { Library } from './match-query';
import { hitsRun, queryRun, type HitsOptions } from './query-run';
import { TEXT_CACHE_BYTES, TextCache, type TextSource } from './texts';
import type { DocCore, DocText, Hit, KwicLine, KwicOptions, QueryOptions, SearchResult } from './types';
import type { NeedsTexts, TextView } from './verify-texts';

/** Where a loaded index reads the postings bytes of its stored segments (see segment-chunks.ts). */
export interface PostingsSource {
  /** Chunk k of stored segment `id` written with `tag`, for each asked: undefined where the store has none. */
  readChunks(wants: readonly { id: number; tag: number; k: number }[]): Promise<(Uint8Array | undefined)[]>;
}

/** Chunks read per call while the rest of the postings are read in the background (about 4 MB). */
const READ_BATCH = 128;

/** Segments to write and stored segment ids to delete (first), since the caller last took them. */
export interface SegmentChanges {
  put: StoredSegment[];
  drop: number[];
}

export class SearchIndex {
  private docs = new Map<string, DocCore>();
  private slotOf = new Map<string, number>();
  private slots: (DocCore | null)[] = [];
  private free: number[] = [];
  private body = new BodyIndex();
  private heads = new Heads();
  private dirty = false;
  private changes = { put: new Map<number, StoredSegment>(), drop: new Set<number>() };
  private readonly docAt = (slot: number): DocCore => this.slots[slot]!;
  private readonly texts = new TextCache();
  private postings: PostingsSource | null = null;
  /** The background read of every segment's postings (readAllPostings), while it runs. */
  private readingAll: Promise<void> | null = null;
  /**
   * Bumped when a report leaves (its slot may be reused): an async query that finds it moved on while
   * it waited starts again. Reports added meanwhile are simply not in its answer: their sections are
   * numbered past everything it has read, and its tables are sized before them.
   */
  private generation = 0;
  private readonly view: TextView = {
    text: (slot) => this.texts.atSlot(slot) ?? this.texts.findForSlot(slot, this.slots[slot]!.id),
    idOf: (slot) => this.slots[slot]!.id,
    baseOf: (slot) => this.slots[slot]!.secBase,
    bytesOf: (slot) => 2 * this.slots[slot]!.paraStart.at(-1)!,
    chunkBytes: () => this.texts.capacity / 2,
  };

  /**
   * Texts of reports loaded from the store are read from `source` when a query needs them, at most
   * `capacityBytes` of them kept; added reports' texts stay until stored() says they are stored.
   */
  setTextSource(source: TextSource | null, capacityBytes = TEXT_CACHE_BYTES): void {
    this.texts.source = source;
    this.texts.capacity = capacityBytes;
  }

  /**
   * Stored texts read in the background (`read` calls `offer` with each batch): kept while the cache
   * has room; a query missing many texts meanwhile waits for it. Texts of reports not indexed, or
   * refused, are skipped.
   */
  warm(read: (offer: (texts: StoredText[]) => boolean) => Promise<void>): void {
    this.texts.warm(read((stored) => this.texts.offer(stored.flatMap((s) => {
      const text = this.docs.has(s?.id) ? restoreText(s) : null;
      return text ? [[s.id, text] as [string, DocText]] : [];
    }))));
  }

  /** Segments loaded from their stored heads read their postings bytes from `source` (segment-chunks.ts). */
  setPostingsSource(source: PostingsSource | null): void {
    this.postings = source;
  }

  /** Whether every segment's postings are in memory (so until then, only the async queries work). */
  get postingsRead(): boolean {
    return !this.body.segments.some((s) => s.unread);
  }

  /** Reads these chunks and puts them in place; PostingsLost when the store no longer has one. */
  private async readChunks(wants: readonly [Segment, number][]): Promise<void> {
    const asked = wants.flatMap(([seg, k]) => (seg.unread?.chunks[k] ? [{ seg, id: seg.unread.id, tag: seg.unread.tag, k }] : []));
    if (asked.length === 0) return;
    if (!this.postings) throw new PostingsLost(asked[0]!.id);
    const got = await this.postings.readChunks(asked.map(({ id, tag, k }) => ({ id, tag, k })));
    asked.forEach(({ seg, id, k }, i) => { if (!fillChunk(seg, k, got[i])) throw new PostingsLost(id); });
    // The last chunks in: merges and rewrites put off while segments were unread (BodyIndex.commit) are due.
    if (this.postingsRead) this.dirty = true;
  }

  /** Reads the chunks a query's words may read (termReadKeys) that are not read yet, in one call. */
  private async readAhead(q: string): Promise<void> {
    const unread = this.body.segments.filter((s) => s.unread);
    if (unread.length === 0) return;
    const { include, exclude } = prepareQuery(parseQuery(q));
    const keys = new Set([...include, ...exclude].flatMap(termReadKeys));
    const wants: [Segment, number][] = [];
    for (const seg of unread) {
      const chunks = new Set<number>();
      const add = (from: number, to: number) => unreadChunks(seg, from, to, chunks);
      for (const key of keys) keySpans(seg, key, add);
      for (const k of chunks) wants.push([seg, k]);
    }
    await this.readChunks(wants);
  }

  /** Reads every segment's postings not read yet, READ_BATCH chunks a call (one read at a time however often asked). */
  readAllPostings(): Promise<void> {
    this.readingAll ??= (async () => {
      try {
        for (const seg of [...this.body.segments]) {
          const left = allUnread(seg);
          for (let from = 0; from < left.length; from += READ_BATCH) await this.readChunks(left.slice(from, from + READ_BATCH).map((k) => [seg, k]));
        }
      } finally {
        this.readingAll = null;
      }
    })();
    return this.readingAll;
  }

  /** These reports' texts are in the text source now: they may leave memory. */
  stored(ids: Iterable<string>): void {
    this.texts.release(ids);
  }

  /** Report texts held in memory (pinned: not stored yet; cached: read from the source). */
  textStats(): ReturnType<TextCache['stats']> {
    return this.texts.stats();
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  private place(doc: DocCore): number {
    this.remove(doc.id);
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = doc;
    this.slotOf.set(doc.id, slot);
    this.docs.set(doc.id, doc);
    this.heads.invalidate();
    return slot;
  }

  /** Indexes (or re-indexes) a report; its postings join the index at the next commit (or query). */
  add(id: string, report: ParsedReport): void {
    const doc = indexDoc(id, report);
    const { core, text } = splitDoc(doc);
    this.body.add(this.place(core), doc);
    // The body index numbered the whole report's sections: its kept part takes the number.
    core.secBase = doc.secBase;
    this.texts.pin(id, text);
    this.dirty = true;
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.body.remove(this.slots[slot]!);
    this.slots[slot] = null;
    this.free.push(slot);
    this.slotOf.delete(id);
    this.texts.drop(id);
    this.heads.invalidate();
    this.generation++;
    this.dirty = true;
    return this.docs.delete(id);
  }

  /** Seals added reports into postings and merges or compacts segments; changes() then lists what to store. */
  commit(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const { put, drop } = this.body.commit();
    for (const id of drop) {
      this.changes.put.delete(id);
      this.changes.drop.add(id);
    }
    for (const seg of put) this.changes.put.set(seg.firstSec, storeSegment(seg));
  }

  /** Indexing is over for now: seals what was added and lets go of the memory its batches grew. */
  trim(): void {
    this.commit();
    this.body.trim();
  }

  /** What to write to the store since the last call: delete `drop` first, then put `put`. */
  takeChanges(): SegmentChanges {
    this.commit();
    const out = { put: [...this.changes.put.values()], drop: [...this.changes.drop] };
    this.changes = { put: new Map(), drop: new Set() };
    return out;
  }

  /**
   * Puts stored records and segments back; returns the ids refused (other version, damaged, or not
   * covered by the segments), which need re-indexing. Segments that do not fit are all dropped.
   * `texts` (else the text source) holds their texts: a report whose text record is given damaged is refused too.
   */
  load(stored: StoredDoc[], segments: StoredSegment[], texts: StoredText[] = []): string[] {
    const given = new Map(texts.map((t) => [t?.id, t]));
    const segs = segments.map((s) => { try { return restoreSegment(s); } catch { return null; } });
    const usable = segs.every((s) => s !== null) && this.body.restoreSegments(segs as NonNullable<(typeof segs)[number]>[]);
    if (!usable) for (const s of segments) this.changes.drop.add(s?.id);
    const refused: string[] = [];
    for (const s of stored) {
      let doc: DocCore | null = null;
      let text: DocText | null | undefined;
      try {
        doc = usable ? restoreDoc(s) : null;
        text = given.has(s.id) ? restoreText(given.get(s.id)!) : undefined;
      } catch {
        // A damaged record is re-indexed like one of another version.
      }
      if (doc && text !== null && (text || this.texts.source) && this.body.covers(doc)) {
        this.body.restore(this.place(doc), doc);
        if (text) this.texts.pin(doc.id, text);
      } else refused.push(s?.id);
    }
    return refused;
  }

  /** A report's metadata as indexed (title, place, years...), or undefined. */
  meta(id: string): DocCore['meta'] | undefined {
    return this.docs.get(id)?.meta;
  }

  exportDoc(id: string): StoredDoc | null {
    const doc = this.docs.get(id);
    return doc ? storeDoc(doc) : null;
  }

  /** A report's text record, while its text is in memory (an added report's is until stored()). */
  exportText(id: string): StoredText | null {
    const text = this.docs.has(id) ? this.texts.get(id) : undefined;
    return text ? storeText(id, text) : null;
  }

  /** Everything, with the texts held in memory (all of them without a text source). */
  export(): SearchIndexExport {
    if (!this.postingsRead) throw new Error('the search index is still reading its postings');
    this.commit();
    const texts = [...this.docs.keys()].flatMap((id) => this.exportText(id) ?? []);
    return { version: SEARCH_INDEX_VERSION, docs: [...this.docs.values()].map(storeDoc), texts, segments: this.body.segments.map(storeSegment) };
  }

  /** An index from an export, or null when the export is from another version (re-index instead). */
  static load(data: SearchIndexExport): SearchIndex | null {
    if (!data || data.version !== SEARCH_INDEX_VERSION || !Array.isArray(data.docs) || !Array.isArray(data.segments) || !Array.isArray(data.texts)) return null;
    const index = new SearchIndex();
    return index.load(data.docs, data.segments, data.texts).length === 0 ? index : null;
  }

  /** Sizes for the benchmark: postings bytes beside the folded text they index (UTF-16). */
  stats(): { segments: number; postingsBytes: number; foldedBytes: number } {
    this.commit();
    let folded = 0;
    for (const d of this.docs.values()) folded += (d.paraStart.at(-1)! - 1) * 2;
    return { segments: this.body.segments.length, postingsBytes: this.body.segments.reduce((n, s) => n + segmentBytes(s), 0), foldedBytes: folded };
  }

  /** What a query reads (postings committed first). */
  private library(): Library {
    this.commit();
    return { body: this.body, heads: this.heads, slots: this.slots, size: this.docs.size, texts: this.view };
  }

  /** Runs a query with the texts it reads, which must be in memory (always so without a text source). */
  private now<T>(run: () => NeedsTexts<T>): T {
    return this.texts.run(run());
  }

  /**
   * Runs a query, reading the postings its words need (readAhead) and the texts it asks for; starts
   * again if a report left meanwhile, or once every postings chunk is read if it met one not foreseen.
   * With every postings chunk in memory it starts at once: it answers as the index stands when asked.
   */
  private later<T>(q: string, run: () => NeedsTexts<T>): Promise<T> {
    return this.postingsRead ? this.runLater(run) : this.readAhead(q).then(() => this.runLater(run));
  }

  private async runLater<T>(run: () => NeedsTexts<T>): Promise<T> {
    try {
      return await this.texts.runAsync(run, () => this.generation);
    } catch (err) {
      if (!(err instanceof PostingsUnread)) throw err;
    }
    await this.readAllPostings();
    return this.texts.runAsync(run, () => this.generation);
  }

  /** Synchronous: every text and postings chunk it reads must be in memory (always so without a text or postings source). */
  query(q: string, opts: QueryOptions = {}): SearchResult {
    return this.now(() => queryRun(this.library(), q, opts));
  }

  queryAsync(q: string, opts: QueryOptions = {}): Promise<SearchResult> {
    return this.later(q, () => queryRun(this.library(), q, opts));
  }

  /** Every hit in one report, in document order: next/previous hit and the hit count in the report view. */
  hitsInReport(id: string, q: string, opts: HitsOptions = {}): Hit[] {
    return this.now(() => hitsRun(this.library(), id, q, opts));
  }

  hitsInReportAsync(id: string, q: string, opts: HitsOptions = {}): Promise<Hit[]> {
    return this.later(q, () => hitsRun(this.library(), id, q, opts));
  }

  /** Whether the report's title, headings or place hold every (folded) word as written: suggestions list those first. */
  holdsWords(id: string, words: readonly string[]): boolean {
    const doc = this.docs.get(id);
    if (!doc) return false;
    const place = doc.meta.locality ? foldLocality(doc.meta.locality) : '';
    return words.every((w) => doc.heads.includes(w) || place.includes(w));
  }

  /** The first heading holding every (folded) word, as its outline index: where a suggestion for this report lands. */
  headingMatch(id: string, words: string[]): { heading: number; path: string[] } | null {
    const doc = this.docs.get(id);
    if (!doc || words.length === 0) return null;
    const heads = new Set(doc.headingParas);
    for (let i = 0; i < doc.secHead.length; i++) {
      const start = doc.secStart[i]!;
      const heading = doc.secHead[i]!;
      if (heading < 0 || !heads.has(start)) continue;
      const text = headingText(doc, start);
      if (words.every((w) => text.includes(w))) return { heading, path: sectionPath(doc, i) };
    }
    return null;
  }

  /** Keyword in context over one report (reportId) or the whole library, optionally sorted. */
  kwic(q: string, opts: KwicOptions = {}): KwicLine[] {
    return this.now(() => this.kwicRun(q, opts));
  }

  kwicAsync(q: string, opts: KwicOptions = {}): Promise<KwicLine[]> {
    return this.later(q, () => this.kwicRun(q, opts));
  }

  private kwicRun(q: string, opts: KwicOptions): NeedsTexts<KwicLine[]> {
    return kwicQuery(this.library(), q, opts);
  }
}

/** The whole index as records for IndexedDB (structured clone), with its version. */
export function exportIndex(index: SearchIndex): SearchIndexExport {
  return index.export();
}

/** An index from an export, or null when it is from another version or damaged (re-index then). */
export function loadIndex(data: SearchIndexExport): SearchIndex | null {
  return SearchIndex.load(data);
}

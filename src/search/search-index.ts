// The library's search index: add and remove reports one by one, query synchronously, list hits in
// one report, keyword in context, export and load. Exact by construction: the body index's postings
// only narrow the sections to read, and every count is an exact postings count or a scan of them.
import type { ParsedReport } from '../model/report';
import { BodyIndex } from './body-index';
import { foldedPara, indexDoc, sectionPath } from './doc';
import { bestRaw, materialise, rawHits } from './hits';
import { kwicQuery, type KwicOptions } from './kwic';
import { restoreDoc, restoreSegment, SEARCH_INDEX_VERSION, storeDoc, storeSegment, type SearchIndexExport, type StoredDoc, type StoredSegment } from './persist';
import { segmentBytes } from './postings';
import { Heads } from './heads';
import { matchQuery } from './match-query';
import type { Hit, IndexedDoc, KwicLine, QueryOptions, ReportResult, SearchFilters, SearchResult } from './types';

/** Segments to write and stored segment ids to delete (first), since the caller last took them. */
export interface SegmentChanges {
  put: StoredSegment[];
  drop: number[];
}

export class SearchIndex {
  private docs = new Map<string, IndexedDoc>();
  private slotOf = new Map<string, number>();
  private slots: (IndexedDoc | null)[] = [];
  private free: number[] = [];
  private body = new BodyIndex();
  private heads = new Heads();
  private dirty = false;
  private changes = { put: new Map<number, StoredSegment>(), drop: new Set<number>() };
  private readonly docAt = (slot: number): IndexedDoc => this.slots[slot]!;

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  private place(doc: IndexedDoc): number {
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
    this.body.add(this.place(doc), doc);
    this.dirty = true;
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.body.remove(this.slots[slot]!);
    this.slots[slot] = null;
    this.free.push(slot);
    this.slotOf.delete(id);
    this.heads.invalidate();
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
   */
  load(stored: StoredDoc[], segments: StoredSegment[]): string[] {
    const segs = segments.map((s) => { try { return restoreSegment(s); } catch { return null; } });
    const usable = segs.every((s) => s !== null) && this.body.restoreSegments(segs as NonNullable<(typeof segs)[number]>[]);
    if (!usable) for (const s of segments) this.changes.drop.add(s?.id);
    const refused: string[] = [];
    for (const s of stored) {
      let doc: IndexedDoc | null = null;
      try {
        doc = usable ? restoreDoc(s) : null;
      } catch {
        // A damaged record is re-indexed like one of another version.
      }
      if (doc && this.body.covers(doc)) this.body.restore(this.place(doc), doc);
      else refused.push(s?.id);
    }
    return refused;
  }

  /** A report's metadata as indexed (title, place, years...), or undefined. */
  meta(id: string): IndexedDoc['meta'] | undefined {
    return this.docs.get(id)?.meta;
  }

  exportDoc(id: string): StoredDoc | null {
    const doc = this.docs.get(id);
    return doc ? storeDoc(doc) : null;
  }

  export(): SearchIndexExport {
    this.commit();
    return { version: SEARCH_INDEX_VERSION, docs: [...this.docs.values()].map(storeDoc), segments: this.body.segments.map(storeSegment) };
  }

  /** An index from an export, or null when the export is from another version (re-index instead). */
  static load(data: SearchIndexExport): SearchIndex | null {
    if (!data || data.version !== SEARCH_INDEX_VERSION || !Array.isArray(data.docs) || !Array.isArray(data.segments)) return null;
    const index = new SearchIndex();
    return index.load(data.docs, data.segments).length === 0 ? index : null;
  }

  /** Sizes for the benchmark: postings bytes beside the folded text they index (UTF-16). */
  stats(): { segments: number; postingsBytes: number; foldedBytes: number } {
    this.commit();
    let folded = 0;
    for (const d of this.docs.values()) folded += d.folded.length * 2;
    return { segments: this.body.segments.length, postingsBytes: this.body.segments.reduce((n, s) => n + segmentBytes(s), 0), foldedBytes: folded };
  }

  /** Matches the query and ranks the best `top` reports exactly (see match-query.ts). */
  private match(q: string, filters: SearchFilters | undefined, scope: 'report' | 'section', top: number) {
    this.commit();
    return matchQuery({ body: this.body, heads: this.heads, slots: this.slots, size: this.docs.size }, q, filters, scope, top);
  }

  query(q: string, opts: QueryOptions = {}): SearchResult {
    const { maxReports = 50, hitsPerReport = 3, context = 40, scope = 'report' } = opts;
    const { include, scored, reportCount, hitCount } = this.match(q, opts.filters, scope, maxReports);
    const reports: ReportResult[] = [];
    for (const { m, score } of scored.slice(0, maxReports)) {
      const count = m.tf.reduce((a, b) => a + b, 0);
      const shown = hitsPerReport > 0 ? bestRaw(rawHits(m, include, hitsPerReport), hitsPerReport) : [];
      const { id, meta } = m.doc;
      const hits = materialise(m.doc, shown, include, score, context);
      reports.push({ id, fileName: meta.fileName, title: meta.title, score, hitCount: count, hits });
    }
    return { query: q, hitCount, reportCount, reports, terms: include.map((t) => t.text) };
  }

  /** Every hit in one report, in document order: next/previous hit and the hit count in the report view. */
  hitsInReport(id: string, q: string, opts: Omit<QueryOptions, 'filters' | 'maxReports' | 'hitsPerReport'> = {}): Hit[] {
    const { context = 40, scope = 'report' } = opts;
    const { include, scored } = this.match(q, { reportId: id }, scope, 1);
    const first = scored[0];
    return first ? materialise(first.m.doc, rawHits(first.m, include), include, first.score, context) : [];
  }

  /** The first heading holding every (folded) word, as its outline index: where a suggestion for this report lands. */
  headingMatch(id: string, words: string[]): { heading: number; path: string[] } | null {
    const doc = this.docs.get(id);
    if (!doc || words.length === 0) return null;
    const heads = new Set(doc.headingParas);
    for (let i = 0; i < doc.sections.length; i++) {
      const { start, heading } = doc.sections[i]!;
      if (heading < 0 || !heads.has(start)) continue;
      const text = foldedPara(doc, start);
      if (words.every((w) => text.includes(w))) return { heading, path: sectionPath(doc, i) };
    }
    return null;
  }

  /** Keyword in context over one report (reportId) or the whole library, optionally sorted. */
  kwic(q: string, opts: KwicOptions = {}): KwicLine[] {
    this.commit();
    const only = opts.reportId === undefined ? -1 : this.slotOf.get(opts.reportId) ?? -2;
    return kwicQuery(this.body, this.docAt, only, q, opts);
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

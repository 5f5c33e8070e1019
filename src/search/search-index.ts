// The library's search index: add and remove reports one by one, query synchronously, list hits in
// one report, keyword in context, export and load. Exact by construction: every count is a scan of
// folded text or an exact character/pair count; signatures only let the scan skip what cannot match.
import type { ParsedReport } from '../model/report';
import { indexDoc } from './doc';
import { makeFilter } from './filters';
import { buildGrams } from './grams';
import { bestRaw, materialise, rawHits } from './hits';
import { kwicInDoc, sortKwic } from './kwic';
import { restoreDoc, SEARCH_INDEX_VERSION, storeDoc, type SearchIndexExport, type StoredDoc } from './persist';
import { parseQuery } from './query-parse';
import { idfs, scoreDoc } from './rank';
import { matchDoc, prepareQuery, type DocMatch } from './scan';
import type { Hit, IndexedDoc, KwicLine, QueryOptions, ReportResult, SearchFilters, SearchResult } from './types';

export class SearchIndex {
  private docs = new Map<string, IndexedDoc>();

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Indexes (or re-indexes) a report; exportDoc(id) then gives the record to persist. */
  add(id: string, report: ParsedReport): void {
    this.docs.set(id, indexDoc(id, report));
  }

  remove(id: string): boolean {
    return this.docs.delete(id);
  }

  /** Adds stored records; returns how many were refused (other version or damaged) and need re-indexing. */
  loadDocs(stored: StoredDoc[]): string[] {
    const refused: string[] = [];
    for (const s of stored) {
      let doc: IndexedDoc | null = null;
      try {
        doc = restoreDoc(s);
      } catch {
        // A damaged record is re-indexed like one of another version.
      }
      if (doc) this.docs.set(doc.id, doc);
      else refused.push(s?.id);
    }
    return refused;
  }

  /**
   * Rebuilds the gram tables a load leaves out, for about budgetMs, so the worker can call it between
   * messages; returns true once every report has its table. Until then queries scan, just as exactly.
   */
  warmUp(budgetMs = 20): boolean {
    const until = performance.now() + budgetMs;
    for (const doc of this.docs.values()) {
      if (doc.gramKeys) continue;
      if (performance.now() > until) return false;
      const grams = buildGrams(doc.folded);
      doc.gramKeys = grams.keys;
      doc.gramCounts = grams.counts;
    }
    return true;
  }

  exportDoc(id: string): StoredDoc | null {
    const doc = this.docs.get(id);
    return doc ? storeDoc(doc) : null;
  }

  export(): SearchIndexExport {
    return { version: SEARCH_INDEX_VERSION, docs: [...this.docs.values()].map(storeDoc) };
  }

  /** An index from an export, or null when the export is from another version (re-index instead). */
  static load(data: SearchIndexExport): SearchIndex | null {
    if (!data || data.version !== SEARCH_INDEX_VERSION || !Array.isArray(data.docs)) return null;
    const index = new SearchIndex();
    return index.loadDocs(data.docs).length === 0 ? index : null;
  }

  private match(q: string, filters: SearchFilters | undefined, scope: 'report' | 'section') {
    const parsed = parseQuery(q);
    const { include, exclude } = prepareQuery(parsed);
    const keep = makeFilter(filters);
    const matches: DocMatch[] = [];
    let searched = 0;
    if (include.length > 0) {
      for (const doc of this.docs.values()) {
        if (!keep(doc)) continue;
        searched++;
        const m = matchDoc(doc, include, exclude, scope);
        if (m) matches.push(m);
      }
    }
    const weights = idfs(matches, searched, include.length);
    const scored = matches.map((m) => ({ m, score: scoreDoc(m, weights) }));
    scored.sort((a, b) => b.score - a.score);
    return { include, scored };
  }

  query(q: string, opts: QueryOptions = {}): SearchResult {
    const { maxReports = 50, hitsPerReport = 3, context = 40, scope = 'report' } = opts;
    const { include, scored } = this.match(q, opts.filters, scope);
    let hitCount = 0;
    const reports: ReportResult[] = [];
    for (const { m, score } of scored) {
      const count = m.tf.reduce((a, b) => a + b, 0);
      hitCount += count;
      if (reports.length >= maxReports) continue;
      const shown = hitsPerReport > 0 ? bestRaw(rawHits(m, include, hitsPerReport), hitsPerReport) : [];
      const { id, meta } = m.doc;
      const hits = materialise(m.doc, shown, include, score, context);
      reports.push({ id, fileName: meta.fileName, title: meta.title, score, hitCount: count, hits });
    }
    return { query: q, hitCount, reportCount: scored.length, reports, terms: include.map((t) => t.text) };
  }

  /** Every hit in one report, in document order: next/previous hit and the hit count in the report view. */
  hitsInReport(id: string, q: string, opts: Omit<QueryOptions, 'filters' | 'maxReports' | 'hitsPerReport'> = {}): Hit[] {
    const { context = 40, scope = 'report' } = opts;
    const { include, scored } = this.match(q, { reportId: id }, scope);
    const first = scored[0];
    return first ? materialise(first.m.doc, rawHits(first.m, include), include, first.score, context) : [];
  }

  /** Keyword in context over one report (reportId) or the whole library, optionally sorted. */
  kwic(q: string, opts: { reportId?: string; context?: number; limit?: number; sort?: 'left' | 'right' | 'match' } = {}): KwicLine[] {
    const { context = 20, limit = 5000 } = opts;
    const { include } = prepareQuery(parseQuery(q));
    const lines: KwicLine[] = [];
    if (include.length === 0) return lines;
    for (const doc of this.docs.values()) {
      if (opts.reportId && doc.id !== opts.reportId) continue;
      kwicInDoc(doc, include, context, limit, lines);
      if (lines.length >= limit) break;
    }
    return opts.sort ? sortKwic(lines, opts.sort) : lines;
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

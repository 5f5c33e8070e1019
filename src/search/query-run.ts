// A query's answer as a generator over the library (see match-query.ts): matches ranked, then hits
// and snippets for the reports shown, their texts asked for a chunk at a time (verify-texts.ts).
// SearchIndex runs these with the texts in memory, or reading them from its text source.
import { joinDoc } from './doc';
import { bestRaw, materialise, rawHits } from './hits';
import { matchAll, matchQuery, type Library } from './match-query';
import { withoutExclusions } from './query-parse';
import type { DocMatch, PreparedTerm } from './scan';
import type { DocText, Hit, QueryOptions, ReportResult, SearchResult } from './types';
import { chunks, type NeedsTexts } from './verify-texts';

export type HitsOptions = Omit<QueryOptions, 'filters' | 'maxReports' | 'hitsPerReport' | 'order'>;

/** The best reports with their best hits, and counts over every match. */
export function* queryRun(lib: Library, q: string, opts: QueryOptions): NeedsTexts<SearchResult> {
  const { maxReports = 50, hitsPerReport = 3, context = 40, scope = 'report', order = 'score' } = opts;
  const { include, scored, reportCount, hitCount } = yield* matchQuery(lib, q, opts.filters, scope, maxReports, order);
  const reports: ReportResult[] = [];
  // All matches may be shown: their texts are asked for a chunk at a time.
  const bytesOf = ({ m }: (typeof scored)[number]) => 2 * m.doc.paraStart.at(-1)!;
  for (const chunk of chunks(scored.slice(0, maxReports), bytesOf, lib.texts.chunkBytes())) {
    const texts = hitsPerReport > 0 ? yield chunk.map(({ m }) => m.doc.id) : new Map<string, DocText>();
    for (const { m, score } of chunk) reports.push(reportResult(m, score, texts.get(m.doc.id), include, hitsPerReport, context));
  }
  const result: SearchResult = { query: q, hitCount, reportCount, reports, terms: include.map((t) => t.text) };
  // Nothing found and something excluded: what the words find without the exclusions, to offer it.
  const loose = reportCount === 0 ? withoutExclusions(q) : null;
  if (loose) {
    const { set } = yield* matchAll(lib, loose, opts.filters, scope);
    result.withoutExclusions = { query: loose, hitCount: set.tf.reduce((a, b) => a + b, 0), reportCount: set.slots.length };
  }
  return result;
}

/** One matched report with its best hits (none when its text is not given: lost by the source, or not asked for). */
function reportResult(m: DocMatch, score: number, text: DocText | undefined, include: PreparedTerm[], hitsPerReport: number, context: number): ReportResult {
  const count = m.tf.reduce((a, b) => a + b, 0);
  const { id, meta } = m.doc;
  const doc = text ? joinDoc(m.doc, text) : null;
  const raws = doc ? bestRaw(rawHits(m, doc, include, hitsPerReport), hitsPerReport) : [];
  const hits = doc ? materialise(doc, raws, include, score, context) : [];
  return { id, fileName: meta.fileName, title: meta.title, score, hitCount: count, hits };
}

/** Every hit in one report, in document order. */
export function* hitsRun(lib: Library, id: string, q: string, opts: HitsOptions): NeedsTexts<Hit[]> {
  const { context = 40, scope = 'report' } = opts;
  const { include, scored } = yield* matchQuery(lib, q, { reportId: id }, scope, 1);
  const first = scored[0];
  if (!first) return [];
  const text = (yield [id]).get(id);
  const doc = text ? joinDoc(first.m.doc, text) : null;
  return doc ? materialise(doc, rawHits(first.m, doc, include), include, first.score, context) : [];
}

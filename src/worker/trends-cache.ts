// What the trends worker keeps per report, and the answers computed from it. Kept apart from the
// service (which talks to IndexedDB) so the bench and tests time exactly what the worker runs.
import type { ParsedReport, ReportMeta, Script } from '../model/report';
import { foldForMatch } from '../text/fold';
import { figureRows, type FigureRow } from '../trends/figure-rows';
import { absenceRows, targetTable, type AbsenceRow } from '../trends/targets';
import { reportYear } from '../trends/report-year';
import { bigramVector, mostSimilar } from '../trends/similarity';
import { charProfile, type CharProfile } from '../trends/gram-codes';
import { topTermsOf } from '../trends/top-terms';
import { foldTerm } from '../trends/term-count';
import { termTrends, type SplitBy, type TrendDoc } from '../trends/trend-series';
import { reportTitle } from '../lib/report-title';
import type { ReportInfo, TrendsAsk, TrendsReply } from './trends-protocol';

export interface CachedReport {
  stamp: string;
  doc: TrendDoc;
  figures: FigureRow[];
  /** Indicators the report says it sets no target for (read with the figures). */
  absences: AbsenceRow[];
  /** Built on first use: only the similarity view needs it. */
  vector: Float32Array | null;
  /** The folded text's characters in order of first appearance, with counts (a few kilobytes), built
   *  on the first top-terms ask and kept: profiling a thousand reports takes ~0.1 s. */
  chars?: CharProfile;
}

/** What a trend needs of a report: its metadata (from the report or its summary) and folded text. */
export function trendDoc(id: string, meta: Pick<ReportMeta, 'title' | 'body' | 'kind' | 'locality' | 'reviewYear' | 'planYear' | 'meetingDate' | 'publishDate'> & { fileName: string; script?: Script }, folded: string): TrendDoc {
  return { id, title: reportTitle(meta), year: reportYear(meta), body: meta.body, locality: meta.locality, folded };
}

export function cacheReport(id: string, stamp: string, report: ParsedReport): CachedReport {
  const folded = foldForMatch(report.paragraphs.map((p) => p.text).join('\n'));
  return { stamp, doc: trendDoc(id, report, folded), figures: figureRows(id, report), absences: absenceRows(id, report), vector: null };
}

export function infoOf(doc: TrendDoc): ReportInfo {
  return { id: doc.id, title: doc.title, year: doc.year, body: doc.body, locality: doc.locality, length: doc.folded.length };
}

/** Reports in a stable order: by year, then title. */
export function ordered(cache: ReadonlyMap<string, CachedReport>): CachedReport[] {
  return [...cache.values()].sort((a, b) => (a.doc.year ?? 0) - (b.doc.year ?? 0) || a.doc.title.localeCompare(b.doc.title));
}

/** An entry's character profile, built once (again if the folded text is not the one profiled). */
function charsOf(e: CachedReport): CharProfile {
  if (e.chars?.text !== e.doc.folded) e.chars = charProfile(e.doc.folded);
  return e.chars;
}

export function answerTerms(entries: readonly CachedReport[], terms: readonly string[], by: SplitBy): TrendsReply {
  const docs = entries.map((e) => e.doc);
  const folded = [...new Set(terms.map(foldTerm).filter(Boolean))];
  return { kind: 'terms', trends: termTrends(docs, folded, by), reports: docs.map(infoOf) };
}

export function answer(entries: readonly CachedReport[], req: TrendsAsk): TrendsReply {
  if (req.type === 'terms') return answerTerms(entries, req.terms, req.by);
  if (req.type === 'figures') return { kind: 'figures', rows: entries.flatMap((e) => e.figures) };
  if (req.type === 'targets') return { kind: 'targets', rows: targetTable(entries.flatMap((e) => e.figures), entries.flatMap((e) => e.absences)) };
  if (req.type === 'top-terms') {
    const chosen = req.reportIds ? entries.filter((e) => req.reportIds!.includes(e.doc.id)) : entries;
    const stop = new Set(req.stop.map(foldTerm).filter(Boolean));
    const texts = chosen.map(charsOf);
    return { kind: 'top-terms', terms: topTermsOf(texts, stop, req.limit), reports: chosen.length, length: texts.reduce((n, t) => n + t.text.length, 0) };
  }
  for (const e of entries) e.vector ??= bigramVector(e.doc.folded);
  const target = entries.findIndex((e) => e.doc.id === req.reportId);
  const best = target < 0 ? [] : mostSimilar(entries.map((e) => e.vector!), target, req.limit);
  return { kind: 'similar', similar: best.map((b) => ({ ...infoOf(entries[b.index]!.doc), score: b.score })) };
}

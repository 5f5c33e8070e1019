// Term trends over a library: per term, the count in every report, then points by year split by
// body or locality (summing counts and lengths, so per 10,000 characters is the group's own rate),
// and the year each term first appears. Pure: the worker feeds it its cached folded texts.
import type { Body } from '../model/report';
import { shownNames } from '../lib/name-groups';
import { foldName } from '../text/fold-name';
import { countFolded, per10k } from './term-count';

export interface TrendDoc {
  id: string;
  title: string;
  year: number | null;
  body: Body;
  locality: string | null;
  /** The report's paragraphs folded and joined with newlines (foldForMatch). */
  folded: string;
}

export type SplitBy = 'none' | 'body' | 'locality';

export interface TrendPoint {
  year: number;
  group: string;
  count: number;
  length: number;
  per10k: number;
  /** Reports behind the point with at least one occurrence, most occurrences first. */
  reports: Array<{ id: string; title: string; count: number }>;
}

export interface TermTrend {
  term: string;
  total: number;
  firstYear: number | null;
  /** The report(s) of the first year that hold the term. */
  firstReports: string[];
  points: TrendPoint[];
  /** Count per report, in the order of the docs given. */
  perReport: number[];
}

/**
 * A report's group; `places` gives each locality its shown name (placesOf), so a place written in
 * either script is one group.
 */
export function groupOf(doc: TrendDoc, by: SplitBy, places?: ReadonlyMap<string, string>): string {
  if (by === 'body') return doc.body;
  if (by === 'locality') return doc.locality ? places?.get(doc.locality) ?? doc.locality : '?';
  return 'all';
}

/** Split by place, each locality's shown name: those that fold alike (義烏市, 义乌市) take the form most reports use. */
function placesOf(docs: readonly TrendDoc[], by: SplitBy): Map<string, string> | undefined {
  return by === 'locality' ? shownNames(docs.map((d) => d.locality), foldName) : undefined;
}

export function termTrend(docs: readonly TrendDoc[], term: string, by: SplitBy, places = placesOf(docs, by)): TermTrend {
  const perReport = docs.map((d) => countFolded(d.folded, term));
  const points = new Map<string, TrendPoint>();
  let firstYear: number | null = null;
  for (const [i, doc] of docs.entries()) {
    const count = perReport[i]!;
    if (count > 0 && doc.year !== null && (firstYear === null || doc.year < firstYear)) firstYear = doc.year;
    if (doc.year === null) continue;
    const group = groupOf(doc, by, places);
    const key = `${doc.year}\u0000${group}`;
    const point = points.get(key) ?? { year: doc.year, group, count: 0, length: 0, per10k: 0, reports: [] };
    point.count += count;
    point.length += doc.folded.length;
    if (count > 0) point.reports.push({ id: doc.id, title: doc.title, count });
    points.set(key, point);
  }
  const list = [...points.values()].sort((a, b) => a.year - b.year || a.group.localeCompare(b.group));
  for (const p of list) {
    p.per10k = per10k(p.count, p.length);
    p.reports.sort((a, b) => b.count - a.count);
  }
  const firstReports = docs.filter((d, i) => d.year === firstYear && perReport[i]! > 0).map((d) => d.id);
  return { term, total: perReport.reduce((a, b) => a + b, 0), firstYear, firstReports, points: list, perReport };
}

export function termTrends(docs: readonly TrendDoc[], terms: readonly string[], by: SplitBy): TermTrend[] {
  const places = placesOf(docs, by);
  return terms.map((t) => termTrend(docs, t, by, places));
}

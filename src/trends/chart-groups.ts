// How many places or bodies a chart draws apart. A library of a thousand reports splits into
// hundreds of places; a line each would be unreadable and the colours would repeat. The groups
// with the largest totals keep their own line; the rest are added into one "other" line per year.
// The tables under the charts keep every group.
import { per10k } from './term-count';
import type { TrendPoint } from './trend-series';

/** The group the rest are added into (never a real body or place: it starts with a control character). */
export const OTHER_GROUP = '\u0001other';

interface GroupPoint { year: number; group: string }

/** The `max` groups with the largest totals of `weight`, largest first (ties by name). */
export function topGroups<P extends GroupPoint>(points: readonly P[], weight: (p: P) => number, max: number): string[] {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.group, (totals.get(p.group) ?? 0) + weight(p));
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([g]) => g);
}

/**
 * The points with every group outside `kept` folded into OTHER_GROUP, one point per year, made by
 * `combine` (which must not change its arguments). Order: by year, kept groups before the other.
 */
export function foldGroups<P extends GroupPoint>(points: readonly P[], kept: readonly string[], combine: (a: P, b: P) => P): P[] {
  const keep = new Set(kept);
  const other = new Map<number, P>();
  const out: P[] = [];
  for (const p of points) {
    if (keep.has(p.group)) { out.push(p); continue; }
    const held = other.get(p.year);
    other.set(p.year, held ? combine(held, p) : { ...p, group: OTHER_GROUP });
  }
  return [...out, ...other.values()].sort((a, b) => a.year - b.year || Number(a.group === OTHER_GROUP) - Number(b.group === OTHER_GROUP));
}

/** The groups a folded chart draws, in legend order: the kept ones, then "other" if anything went into it. */
export function legendGroups(kept: readonly string[], folded: readonly GroupPoint[]): string[] {
  return folded.some((p) => p.group === OTHER_GROUP) ? [...kept, OTHER_GROUP] : [...kept];
}

/** Two term-trend points of one year added up: counts and lengths, so the rate is the sum's own. */
export function addTrendPoints(a: TrendPoint, b: TrendPoint): TrendPoint {
  const count = a.count + b.count;
  const length = a.length + b.length;
  return { ...a, count, length, per10k: per10k(count, length), reports: [...a.reports, ...b.reports].sort((x, y) => y.count - x.count) };
}

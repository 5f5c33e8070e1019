// Report filters: body, locality, year range, kind, one report. Applied before any text is scanned.
import { foldForMatch } from '../text/fold';
import type { DocCore, SearchFilters } from './types';

/** Folded localities: a library has few distinct ones, and folding one per report per keystroke adds up. */
const foldedLocality = new Map<string, string>();

export function foldLocality(locality: string): string {
  let folded = foldedLocality.get(locality);
  if (folded === undefined) {
    if (foldedLocality.size > 10_000) foldedLocality.clear();
    foldedLocality.set(locality, (folded = foldForMatch(locality)));
  }
  return folded;
}

function oneOf<T>(want: T | T[] | undefined, value: T): boolean {
  if (want === undefined) return true;
  return Array.isArray(want) ? want.length === 0 || want.includes(value) : want === value;
}

/** A predicate over indexed reports; the locality is folded once, not per report. */
export function makeFilter(filters: SearchFilters = {}): (doc: DocCore) => boolean {
  const locality = filters.locality ? foldForMatch(filters.locality.trim()) : '';
  const { yearFrom, yearTo } = filters;
  const ranged = yearFrom !== undefined || yearTo !== undefined;
  return (doc) => {
    const m = doc.meta;
    if (filters.reportId && doc.id !== filters.reportId) return false;
    if (!oneOf(filters.body, m.body) || !oneOf(filters.kind, m.kind)) return false;
    if (locality && !(m.locality && foldLocality(m.locality).includes(locality))) return false;
    if (ranged && !m.years.some((y) => (yearFrom ?? -Infinity) <= y && y <= (yearTo ?? Infinity))) return false;
    return true;
  };
}

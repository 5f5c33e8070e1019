// Report filters: body, locality, year range, kind, one report. Applied before any text is scanned.
import { foldForMatch } from '../text/fold';
import { foldName as foldLocality } from '../text/fold-name';
import type { DocCore, SearchFilters } from './types';

/** Localities are folded once each (text/fold-name.ts): folding one per report per keystroke adds up. */
export { foldLocality };

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

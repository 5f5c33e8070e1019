// Filling the trends worker's cache on a cold start. The search worker keeps every report's folded
// text in the 'searchTexts' store, stamped like our cache; taking it from there saves reading each whole
// report and folding its text again (most of a cold start at a thousand reports). Reports the search
// index has not reached yet are read and folded here. Figure rows come from the reports themselves,
// so those reads wait until the figures view asks (loadFigures).
import type { LibraryDB } from '../store/db';
import { getReport } from '../store/repo';
import { readSearchTexts, stampOf } from '../store/search-store';
import type { ReportSummary } from '../store/types';
import { SEARCH_INDEX_VERSION } from '../search/persist';
import { unpack } from '../search/packed';
import { figureRows } from '../trends/figure-rows';
import { absenceRows } from '../trends/targets';
import { cacheReport, trendDoc, type CachedReport } from './trends-cache';

/** Reports read per transaction: big enough to amortise it, small enough to hold few records at once. */
const BATCH = 50;

/** The folded text the search store holds for these reports, where its stamp is `want`'s. */
async function storedFolded(db: LibraryDB, want: ReadonlyMap<string, string>, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [id, r] of await readSearchTexts(db, ids)) {
    if (r.stamp === want.get(id) && r.text?.v === SEARCH_INDEX_VERSION && typeof r.text.packed === 'string') found.set(id, unpack(r.text.packed));
  }
  return found;
}

/**
 * Caches `todo` (summaries not cached or stale), calling `progress` after each batch. Returns the ids
 * cached without their figure rows (for loadFigures).
 */
export async function fillCache(db: LibraryDB, cache: Map<string, CachedReport>, todo: readonly ReportSummary[], progress: (done: number) => void): Promise<string[]> {
  const want = new Map(todo.map((s) => [s.id, stampOf(s)]));
  const withoutFigures: string[] = [];
  for (let start = 0; start < todo.length; start += BATCH) {
    const batch = todo.slice(start, start + BATCH);
    const folded = await storedFolded(db, want, batch.map((s) => s.id));
    for (const s of batch) {
      const text = folded.get(s.id);
      if (text !== undefined) {
        cache.set(s.id, { stamp: want.get(s.id)!, doc: trendDoc(s.id, s, text), figures: [], absences: [], vector: null });
        withoutFigures.push(s.id);
        continue;
      }
      const opened = await getReport(db, s.id);
      if (opened) cache.set(s.id, cacheReport(s.id, want.get(s.id)!, opened.report));
    }
    progress(Math.min(todo.length, start + BATCH));
  }
  return withoutFigures;
}

/** Reads the figure rows of reports cached from the search store; drops ids no longer cached. */
export async function loadFigures(db: LibraryDB, cache: Map<string, CachedReport>, ids: Set<string>): Promise<void> {
  for (const id of [...ids]) {
    const entry = cache.get(id);
    const opened = entry ? await getReport(db, id) : undefined;
    if (entry && opened) { entry.figures = figureRows(id, opened.report); entry.absences = absenceRows(id, opened.report); }
    ids.delete(id);
  }
}

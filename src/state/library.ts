// The library list: every report's summary, the user's filters and sort, the selection, and the
// delete-with-undo action. The list is loaded once and then patched in place by imports.
import { batch, computed, effect, signal } from '@preact/signals';
import { deleteReports, listSummaries, restoreReports } from '../store/repo';
import type { ReportSummary } from '../store/types';
import { BODIES, type Body } from '../model/report';
import { library } from './db';
import { reportFailure, showToast } from './notices';
import { refreshStorage } from './storage';
import { announce } from './tabs';
import { reportTitle } from '../lib/report-title';
import { nameGroups, type NameGroup } from '../lib/name-groups';
import { loadFoldName } from '../text/convert';
import { readStored, writeStored } from './settings';

export type SortKey = 'imported' | 'title' | 'locality' | 'year' | 'size';

const collator = new Intl.Collator('zh-CN');

export const summaries = signal<ReportSummary[]>([]);
/** False until the first list has been read (the UI shows nothing rather than a flash of "empty"). */
export const libraryReady = signal(false);

/**
 * The list's filters last through a reload of the tab (sessionStorage: a new visit starts with the
 * whole library), its sort on the device (localStorage), as the interface language does.
 */
const FILTERS_KEY = 'zhengbao.libraryFilters';
const SORT_KEY = 'zhengbao.librarySort';
/** The sorts, in the order the toolbar lists them. */
export const SORT_KEYS: readonly SortKey[] = ['imported', 'title', 'locality', 'year', 'size'];

const session = () => sessionStorage;

function parsed(text: string | null): unknown {
  try { return JSON.parse(text ?? 'null'); } catch { return null; }
}

const kept = (parsed(readStored(FILTERS_KEY, session)) ?? {}) as { body?: unknown; locality?: unknown; year?: unknown };
const keptSort = readStored(SORT_KEY);

export const filterBody = signal<Body | ''>(BODIES.includes(kept.body as Body) ? kept.body as Body : '');
export const filterLocality = signal(typeof kept.locality === 'string' ? kept.locality : '');
export const filterYear = signal<number | null>(Number.isInteger(kept.year) ? kept.year as number : null);
export const sortKey = signal<SortKey>(SORT_KEYS.includes(keptSort as SortKey) ? keptSort as SortKey : 'imported');
effect(() => writeStored(FILTERS_KEY, JSON.stringify({ body: filterBody.value, locality: filterLocality.value, year: filterYear.value }), session));
effect(() => writeStored(SORT_KEY, sortKey.value));
export const selected = signal<ReadonlySet<string>>(new Set());

/**
 * Folds a place name as search does, so 義烏市 and 义乌市 are one place. The fold pulls the t2cn
 * dictionary, kept out of the first load: it is loaded once the list holds a place, and until then
 * names are compared as written.
 */
const foldPlace = signal<(s: string) => string>((s) => s);
let foldLoading: Promise<void> | null = null;
effect(() => {
  // The list is read first, so a failed load is tried again when the list changes.
  if (!summaries.value.some((s) => s.locality) || foldLoading) return;
  foldLoading = loadFoldName().then((fold) => { foldPlace.value = fold; }, () => { foldLoading = null; });
});

/** The library's places, one per folded name, shown in the form most reports use, by name. */
export const places = computed(() =>
  nameGroups(summaries.value.map((s) => s.locality), foldPlace.value).sort((a, b) => collator.compare(a.name, b.name)));

/** The listed place a name stands for (chosen in either script, or from an old link), or null. */
export function placeOf(name: string | null): NameGroup | null {
  if (!name) return null;
  const key = foldPlace.value(name);
  return places.value.find((p) => p.key === key) ?? null;
}

export const years = computed(() =>
  [...new Set(summaries.value.flatMap((s) => [s.reviewYear, s.planYear]).filter((y): y is number => y !== null))].sort((a, b) => b - a));

export const visible = computed(() => {
  const body = filterBody.value, year = filterYear.value, fold = foldPlace.value;
  const loc = filterLocality.value && fold(filterLocality.value);
  const rows = summaries.value.filter((s) =>
    (!body || s.body === body) && (!loc || (!!s.locality && fold(s.locality) === loc)) && (year === null || s.reviewYear === year || s.planYear === year));
  return rows.sort(COMPARE[sortKey.value]);
});

// Sorted by the title the list shows (an untitled report by place, body and year).
const title = reportTitle;
const COMPARE: Record<SortKey, (a: ReportSummary, b: ReportSummary) => number> = {
  imported: (a, b) => b.importedAt - a.importedAt || collator.compare(a.fileName, b.fileName),
  title: (a, b) => collator.compare(title(a), title(b)),
  // By folded place, so a place's reports in either script sort together.
  locality: (a, b) => collator.compare(placeKey(a), placeKey(b)) || collator.compare(title(a), title(b)),
  year: (a, b) => (b.reviewYear ?? b.planYear ?? 0) - (a.reviewYear ?? a.planYear ?? 0) || collator.compare(title(a), title(b)),
  size: (a, b) => b.size - a.size,
};

function placeKey(s: ReportSummary): string {
  return s.locality ? foldPlace.value(s.locality) : '\uffff';
}

export async function loadLibrary(): Promise<void> {
  try {
    summaries.value = await listSummaries(await library());
  } catch (err) {
    reportFailure(err, 'library');
  } finally {
    libraryReady.value = true;
  }
  void refreshStorage(summaries.value.length > 0);
  afterLoad?.();
}

/** Counts this tab's own edits of the list, so a re-read that raced one is read again, not applied. */
let localEdits = 0;

/**
 * Reads the list again (another tab changed the library): the selection keeps only reports still
 * there. Unlike loadLibrary it starts nothing else, and it leaves the list alone when nothing changed.
 */
export async function refreshLibrary(): Promise<void> {
  if (!libraryReady.value) return;
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      const seen = localEdits;
      const next = await listSummaries(await library());
      // An import batch or delete of this tab landed during the read: the read may predate it.
      if (seen !== localEdits) continue;
      if (JSON.stringify(next) === JSON.stringify(summaries.value)) return;
      const ids = new Set(next.map((s) => s.id));
      batch(() => {
        summaries.value = next;
        if ([...selected.value].some((id) => !ids.has(id))) selected.value = new Set([...selected.value].filter((id) => ids.has(id)));
      });
      return;
    }
  } catch (err) {
    reportFailure(err, 'library');
  }
}

let afterLoad: (() => void) | null = null;
/** A hook run after each list load (the app starts the background re-parse from it). */
export function onLibraryLoaded(fn: () => void): void {
  afterLoad = fn;
}

/** Adds or replaces summaries (from an import batch or a correction) in one signal write. */
export function upsertSummaries(items: readonly ReportSummary[]): void {
  if (items.length === 0) return;
  localEdits++;
  const byId = new Map(items.map((s) => [s.id, s]));
  const kept = summaries.value.filter((s) => !byId.has(s.id));
  summaries.value = [...byId.values(), ...kept];
}

export function toggleSelected(id: string): void {
  const next = new Set(selected.value);
  if (!next.delete(id)) next.add(id);
  selected.value = next;
}

export function setAllSelected(on: boolean): void {
  selected.value = on ? new Set(visible.value.map((s) => s.id)) : new Set();
}

export function clearFilters(): void {
  batch(() => { filterBody.value = ''; filterLocality.value = ''; filterYear.value = null; });
}

/** Deletes the selected reports at once and offers an undo that restores them exactly. */
export async function deleteSelected(labels: { deleted: (n: number) => string; undo: string }): Promise<void> {
  const ids = [...selected.value];
  if (ids.length === 0) return;
  try {
    const db = await library();
    const removed = await deleteReports(db, ids);
    announce('delete', removed.map((r) => r.report.id));
    const gone = new Set(ids);
    localEdits++;
    batch(() => {
      summaries.value = summaries.value.filter((s) => !gone.has(s.id));
      selected.value = new Set();
    });
    showToast(labels.deleted(removed.length), {
      action: { label: labels.undo, run: () => void undoDelete(removed) },
      ms: 10000,
    });
  } catch (err) {
    reportFailure(err, 'library');
  }
}

async function undoDelete(records: Parameters<typeof restoreReports>[1]): Promise<void> {
  try {
    await restoreReports(await library(), records);
    announce('undo', records.map((r) => r.report.id));
    summaries.value = await listSummaries(await library());
  } catch (err) {
    reportFailure(err, 'library');
  }
}

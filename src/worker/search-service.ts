// Serves the search protocol: loads the persisted index once (no re-indexing on a cold start),
// keeps it in step with the library (reports added, changed or deleted since), persists what it
// indexes, and answers queries. One instance per search worker (or per page in the fallback).
import { SearchIndex } from '../search/index';
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { listSummaries } from '../store/repo';
import { deleteSearchRecords, putSearchRecords, readReportsForIndex, readSearchRecords, stampOf, type SearchRecord } from '../store/search-store';
import { messageOf, replyAfter, syncLoop } from './service-kit';
import { adoptableRecords } from './search-adopt';
import { LOCKS, withLock } from '../lib/locks';
import type { SearchReply, SearchRequest, SearchResponse, SearchStatus } from './search-protocol';

type Post = (res: SearchResponse) => void;

/** Reports read, indexed and written per transaction while indexing (and per progress message). */
const BATCH = 20;

export function createSearchService(post: Post): (req: SearchRequest) => void {
  const started = performance.now();
  const index = new SearchIndex();
  /** Stamp of every indexed report (see stampOf): a different stamp in the library means re-index. */
  const stamps = new Map<string, string>();
  const status: SearchStatus = { phase: 'starting', size: 0, loaded: 0, indexed: 0, removed: 0, changes: 0, loadMs: null, warm: false, progress: null };
  let db: Promise<LibraryDB> | null = null;
  let loaded: Promise<void> | null = null;

  const tell = (patch: Partial<SearchStatus> = {}) => {
    Object.assign(status, patch, { size: index.size });
    post({ type: 'status', status: { ...status } });
  };

  let dbName = DB_NAME;
  // A connection that closed itself (a newer schema elsewhere) is forgotten; the next use reopens.
  const open = () => (db ??= openLibrary(dbName, { onClose: () => { db = null; } }));

  /** Gram tables come back in slices between messages; queries stay exact (and slower) meanwhile. */
  const warm = () => {
    if (index.warmUp(15)) tell({ warm: true });
    else setTimeout(warm, 0);
  };

  async function load(): Promise<void> {
    tell({ phase: 'loading' });
    const records = await readSearchRecords(await open());
    const refused = new Set(index.loadDocs(records.map((r) => r.doc)));
    for (const r of records) if (!refused.has(r.id)) stamps.set(r.id, r.stamp);
    tell({ loaded: stamps.size, loadMs: Math.round(performance.now() - started), phase: 'indexing' });
    setTimeout(warm, 0);
  }

  /**
   * Takes what another tab's worker stored for `todo` with the wanted stamps (tab coherence);
   * returns the ids still to index here.
   */
  async function adopt(library: LibraryDB, want: Map<string, string>, todo: string[]): Promise<string[]> {
    const records = await adoptableRecords(library, want, todo);
    const refused = new Set(index.loadDocs(records.map((r) => r.doc)));
    const taken = records.filter((r) => !refused.has(r.id));
    for (const r of taken) stamps.set(r.id, r.stamp);
    if (taken.length > 0) { tell({ changes: status.changes + taken.length }); setTimeout(warm, 0); }
    return todo.filter((id) => stamps.get(id) !== want.get(id));
  }

  /**
   * Removes what the library no longer holds; indexes what is new or changed, persisting in batches.
   * Under the search-index lock: two tabs never write the same records at once, and the one that
   * waited adopts what the other stored instead of indexing it again.
   */
  const reconcile = () => withLock(LOCKS.searchIndex(dbName), reconcileLocked);

  async function reconcileLocked(): Promise<void> {
    const library = await open();
    const summaries = await listSummaries(library);
    const want = new Map(summaries.map((s) => [s.id, stampOf(s)]));
    const gone = [...stamps.keys()].filter((id) => !want.has(id));
    for (const id of gone) { index.remove(id); stamps.delete(id); }
    if (gone.length) { await deleteSearchRecords(library, gone); tell({ removed: status.removed + gone.length, changes: status.changes + gone.length }); }
    const stale = summaries.filter((s) => stamps.get(s.id) !== want.get(s.id)).map((s) => s.id);
    const todo = stale.length > 0 ? await adopt(library, want, stale) : stale;
    if (todo.length === 0) return;
    tell({ phase: 'indexing', progress: { done: 0, total: todo.length } });
    // The next batch is read while this one is indexed: IndexedDB works on another thread meanwhile.
    // A read left behind by a failed write must not surface as an unhandled rejection.
    const read = (from: number) => {
      const p = readReportsForIndex(library, todo.slice(from, from + BATCH));
      p.catch(() => undefined);
      return p;
    };
    let next = read(0);
    for (let from = 0; from < todo.length; from += BATCH) {
      const reports = await next;
      if (from + BATCH < todo.length) next = read(from + BATCH);
      const records: SearchRecord[] = [];
      for (const { id, report } of reports) {
        // One report the indexer cannot take stays out of search (tried again next pass); the rest go on.
        try { index.add(id, report); } catch { continue; }
        stamps.set(id, want.get(id)!);
        records.push({ id, stamp: want.get(id)!, doc: index.exportDoc(id)! });
      }
      await putSearchRecords(library, records);
      status.indexed += records.length;
      status.changes += records.length;
      tell({ progress: { done: Math.min(todo.length, from + BATCH), total: todo.length } });
    }
  }

  /** One reconcile at a time, after the stored index is loaded; errors end in the status. */
  const sync = syncLoop({
    before: () => loaded,
    pass: reconcile,
    tell,
  });

  function answer(req: Exclude<SearchRequest, { type: 'open' | 'sync' }>): SearchReply {
    if (req.type === 'query') return { kind: 'result', result: index.query(req.q, req.options) };
    if (req.type === 'report-hits') return { kind: 'hits', hits: index.hitsInReport(req.reportId, req.q) };
    return { kind: 'kwic', lines: index.kwic(req.q, { reportId: req.reportId, sort: req.sort, limit: req.limit }) };
  }

  return (req) => {
    if (req.type === 'open' || req.type === 'sync') {
      if (req.type === 'open' && req.dbName) dbName = req.dbName;
      loaded ??= load().catch((err: unknown) => tell({ phase: 'error', error: messageOf(err) }));
      void sync.run();
      return;
    }
    // Queries wait only for the stored index, never for indexing; until that ends answers say so.
    replyAfter(loaded ?? Promise.resolve(), req.id, () => ({ reply: answer(req), complete: status.phase === 'ready' }), post);
  };
}

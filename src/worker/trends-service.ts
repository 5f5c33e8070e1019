// Serves the trends protocol: fills the in-memory cache from the library (only reports new or
// changed since, by summary stamp; see trends-fill.ts), drops deleted ones, and answers from memory. One instance per
// trends worker (or per page in the fallback).
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { listSummaries } from '../store/repo';
import { stampOf } from '../store/search-store';
import { answer, ordered, type CachedReport } from './trends-cache';
import { fillCache, loadFigures } from './trends-fill';
import { replyAfter, syncLoop } from './service-kit';
import type { TrendsRequest, TrendsResponse, TrendsStatus } from './trends-protocol';

type Post = (res: TrendsResponse) => void;

const STATUS_EVERY_MS = 250;

export function createTrendsService(post: Post): (req: TrendsRequest) => void {
  const cache = new Map<string, CachedReport>();
  const status: TrendsStatus = { phase: 'starting', size: 0, progress: null };
  let db: Promise<LibraryDB> | null = null;
  let dbName = DB_NAME;
  let sorted: CachedReport[] | null = null;
  /** Reports cached from the search store, whose figure rows are read when first asked for. */
  const withoutFigures = new Set<string>();

  const tell = (patch: Partial<TrendsStatus>) => {
    Object.assign(status, patch, { size: cache.size });
    post({ type: 'status', status: { ...status } });
  };
  const open = () => (db ??= openLibrary(dbName, { onClose: () => { db = null; } }));

  async function reconcile(): Promise<void> {
    const library = await open();
    const summaries = await listSummaries(library);
    const want = new Map(summaries.map((s) => [s.id, stampOf(s)]));
    for (const id of [...cache.keys()]) if (!want.has(id)) cache.delete(id);
    const todo = summaries.filter((s) => cache.get(s.id)?.stamp !== want.get(s.id));
    let told = performance.now();
    const partial = await fillCache(library, cache, todo, (done) => {
      if (performance.now() - told > STATUS_EVERY_MS) { told = performance.now(); tell({ progress: { done, total: todo.length } }); }
    });
    for (const id of partial) withoutFigures.add(id);
    sorted = null;
  }

  const sync = syncLoop({
    before: () => tell({ phase: status.phase === 'ready' ? 'ready' : 'loading' }),
    pass: reconcile,
    tell,
  });

  return (req) => {
    if (req.type === 'open') { dbName = req.dbName ?? DB_NAME; void sync.run(); return; }
    if (req.type === 'sync') { void sync.run(); return; }
    // Questions wait for the cache to be filled: a trend over half a library would mislead.
    const synced = sync.running() ?? Promise.resolve();
    const ready = req.type === 'figures' || req.type === 'targets' ? synced.then(async () => loadFigures(await open(), cache, withoutFigures)) : synced;
    replyAfter(ready, req.id, () => ({ reply: answer((sorted ??= ordered(cache)), req) }), post);
  };
}

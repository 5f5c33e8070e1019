// Serves the trends protocol: fills the in-memory cache from the library (only reports new or
// changed since, by summary stamp), drops deleted ones, and answers from memory. One instance per
// trends worker (or per page in the fallback).
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { getReport, listSummaries } from '../store/repo';
import { stampOf } from '../store/search-store';
import { answer, cacheReport, ordered, type CachedReport } from './trends-cache';
import type { TrendsRequest, TrendsResponse, TrendsStatus } from './trends-protocol';

type Post = (res: TrendsResponse) => void;

const STATUS_EVERY_MS = 250;

export function createTrendsService(post: Post): (req: TrendsRequest) => void {
  const cache = new Map<string, CachedReport>();
  const status: TrendsStatus = { phase: 'starting', size: 0, progress: null };
  let db: Promise<LibraryDB> | null = null;
  let dbName = DB_NAME;
  let syncing: Promise<void> | null = null;
  let again = false;
  let sorted: CachedReport[] | null = null;

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
    for (const [i, s] of todo.entries()) {
      const opened = await getReport(library, s.id);
      if (opened) cache.set(s.id, cacheReport(s.id, want.get(s.id)!, opened.report));
      if (performance.now() - told > STATUS_EVERY_MS) { told = performance.now(); tell({ progress: { done: i + 1, total: todo.length } }); }
    }
    sorted = null;
  }

  function sync(): Promise<void> {
    if (syncing) { again = true; return syncing; }
    syncing = (async () => {
      try {
        tell({ phase: status.phase === 'ready' ? 'ready' : 'loading' });
        do { again = false; await reconcile(); } while (again);
        tell({ phase: 'ready', progress: null });
      } catch (err) {
        tell({ phase: 'error', progress: null, error: err instanceof Error ? err.message : String(err) });
      } finally {
        syncing = null;
      }
    })();
    return syncing;
  }

  return (req) => {
    if (req.type === 'open') { dbName = req.dbName ?? DB_NAME; void sync(); return; }
    if (req.type === 'sync') { void sync(); return; }
    // Questions wait for the cache to be filled: a trend over half a library would mislead.
    void (syncing ?? Promise.resolve()).then(() => {
      const t0 = performance.now();
      try {
        const reply = answer((sorted ??= ordered(cache)), req);
        post({ type: 'reply', id: req.id, reply, ms: Math.round((performance.now() - t0) * 10) / 10 });
      } catch (err) {
        post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
      }
    });
  };
}

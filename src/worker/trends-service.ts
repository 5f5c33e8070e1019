// Serves the trends protocol: fills the in-memory cache from the library (only reports new or
// changed since, by summary stamp), drops deleted ones, and answers from memory. One instance per
// trends worker (or per page in the fallback).
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { getReport, listSummaries } from '../store/repo';
import { stampOf } from '../store/search-store';
import { answer, cacheReport, ordered, type CachedReport } from './trends-cache';
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

  const sync = syncLoop({
    before: () => tell({ phase: status.phase === 'ready' ? 'ready' : 'loading' }),
    pass: reconcile,
    tell,
  });

  return (req) => {
    if (req.type === 'open') { dbName = req.dbName ?? DB_NAME; void sync.run(); return; }
    if (req.type === 'sync') { void sync.run(); return; }
    // Questions wait for the cache to be filled: a trend over half a library would mislead.
    replyAfter(sync.running() ?? Promise.resolve(), req.id, () => ({ reply: answer((sorted ??= ordered(cache)), req) }), post);
  };
}

// Serves the search protocol: loads the persisted index once (records and postings segments, no
// texts and no re-indexing on a cold start), keeps it in step with the library (reports added,
// changed or deleted since), persists each step in one transaction, and answers queries and
// suggestions, reading the report texts a query needs from the store (a bounded few kept).
// One instance per search worker (or per page in the fallback).
import { restoreText, SearchIndex, type DocText } from '../search/index';
import { PostingsLost } from '../search/segment-chunks';
import { kwicCsv } from './kwic-csv';
import { textCacheBytes } from '../search/texts';
import { openLibrary, DB_NAME, type LibraryDB } from '../store/db';
import { listSummaries } from '../store/repo';
import { clearSearchIndex, PACK_SIZE, packSearchRecords, readReportsForIndex, readSearchIndex, readSearchTexts, readSegmentChunks, scanTextPacks, searchRecordIds, stampOf, writeSearchIndex, type SearchRecord, type StampedText } from '../store/search-store';
import { messageOf, syncLoop } from './service-kit';
import { createSuggester } from './search-suggester';
import { adoptableRecords } from './search-adopt';
import { markOnce, textReads } from './search-marks';
import { LOCKS, withLock } from '../lib/locks';
import type { SearchReply, SearchRequest, SearchResponse, SearchStatus } from './search-protocol';

type Post = (res: SearchResponse) => void;

/** Reports read, indexed and written per transaction while indexing (and per progress message). */
const BATCH = 20;

export function createSearchService(post: Post): (req: SearchRequest) => void {
  const started = performance.now();
  markOnce('script');
  const cacheBytes = textCacheBytes((globalThis as { navigator?: { deviceMemory?: number } }).navigator?.deviceMemory);
  const fresh = () => {
    const made = new SearchIndex();
    made.setTextSource({ read: readTexts }, cacheBytes);
    made.setPostingsSource({ readChunks: async (wants) => readSegmentChunks(await open(), wants) });
    return made;
  };
  let index = fresh();
  /** Stamp of every indexed report (see stampOf): a different stamp in the library means re-index. */
  let stamps = new Map<string, string>();
  const status: SearchStatus = { phase: 'starting', size: 0, loaded: 0, indexed: 0, removed: 0, changes: 0, loadMs: null, progress: null };
  let db: Promise<LibraryDB> | null = null;
  let loaded: Promise<void> | null = null;
  let suggestReady: Promise<void> = Promise.resolve();
  /** The cold start's background read of the texts (settled: read, the cache full, or failed). */
  let textsIn: Promise<void> = Promise.resolve();
  let dbName = DB_NAME;
  /** Reports whose stored record is not in a pack yet (or in a pack mostly dead), and such packs. */
  let unpacked = new Set<string>();
  let stalePacks: string[] = [];
  /** The pack of each packed report: its text is read with the pack's other texts. */
  let packOf = new Map<string, string>();
  /** Answers under way, suggestions aside (see load: the texts' background read waits for them). */
  const answering = new Set<Promise<void>>();

  const tell = (patch: Partial<SearchStatus> = {}) => {
    Object.assign(status, patch, { size: index.size });
    post({ type: 'status', status: { ...status } });
  };

  // A connection that closed itself (a newer schema elsewhere) is forgotten; the next use reopens.
  const open = () => (db ??= openLibrary(dbName, { onClose: () => { db = null; } }));
  const suggester = createSuggester(open, () => index);

  /** Stored texts, as the index asks for them (one transaction per chunk of a query). */
  async function readTexts(ids: readonly string[]): Promise<Map<string, DocText>> {
    const out = new Map<string, DocText>();
    const t0 = performance.now();
    for (const [id, row] of await readSearchTexts(await open(), ids, packOf)) {
      const text = restoreText(row.text);
      if (text) out.set(id, text);
    }
    Object.assign(textReads, { calls: textReads.calls + 1, asked: textReads.asked + ids.length, got: textReads.got + out.size, ms: textReads.ms + performance.now() - t0 });
    return out;
  }

  async function load(): Promise<void> {
    tell({ phase: 'loading' });
    markOnce('load');
    const library = await open();
    markOnce('opened');
    const { records, segments, ...packing } = await readSearchIndex(library);
    markOnce('read', { records: records.length, segments: segments.length });
    const next = fresh();
    const refused = new Set(next.load(records.map((r) => r.doc), segments));
    markOnce('restored');
    index = next;
    stamps = new Map(records.filter((r) => !refused.has(r.id)).map((r) => [r.id, r.stamp]));
    unpacked = new Set(packing.unpacked);
    packOf = packing.packOf;
    stalePacks = packing.stalePacks;
    // Segments that could not be used are deleted before anything is re-indexed over them.
    const { drop } = index.takeChanges();
    await writeSearchIndex(library, { put: [], remove: [], dropSegments: drop, putSegments: [] });
    tell({ loaded: stamps.size, loadMs: Math.round(performance.now() - started), phase: 'indexing' });
    // The texts are read in the background, a few large rows at a time, while the cache has room; a
    // query missing many waits for them. A report's text counts only from the pack its record names
    // (older packs may hold an old one). Reading them beside the records and segments instead gained
    // nothing: IndexedDB reads no faster in parallel transactions (5,000 reports, Chromium). They
    // start once the questions asked while loading are answered: ten rows of texts read first would
    // hold up the few a first query's snippets need, in the store and on this thread.
    // The postings bytes come first (a cold start read only the segments' heads): until they are in,
    // a query reads the chunks its words need, and indexing does not merge segments.
    const reading = index;
    let count = 0;
    const warmed = Promise.allSettled([...answering]).then(() => reading.readAllPostings()).then(() => {
      markOnce('postings');
      lostAfterLoad = false;
      let scan = Promise.resolve();
      reading.warm((offer) => (scan = scanTextPacks(library, (pack, texts) => { count += texts.length; return index === reading && offer(texts.filter((t) => packOf.get(t?.id) === pack)); })));
      return scan;
    });
    void warmed.then(() => markOnce('texts-warm', { texts: count }), (err: unknown) => { if (err instanceof PostingsLost && index === reading) void recover(); });
    textsIn = warmed.catch(() => undefined);
    // The suggestions' saved index (a large JSON, parsed on this thread) is read only once the texts
    // are in: it must not compete with the first full search for the store or the thread.
    // Indexing goes on meanwhile; what the suggestions caught up on is then saved, under the lock
    // (a sync pass saves them too, but one may not come before the tab closes).
    suggestReady = textsIn.then(() => { markOnce('suggest-start'); return suggester.load(stamps); })
      .catch(() => undefined).finally(() => markOnce('suggest-loaded'));
    void suggestReady.then(() => withLock(LOCKS.searchIndex(dbName), () => suggester.save())).catch(() => undefined);
  }

  /** Writes what the index changed, with these records and texts, in one transaction; the texts may then leave memory. */
  async function persist(library: LibraryDB, put: SearchRecord[], remove: string[], texts: StampedText[] = []): Promise<void> {
    const { put: putSegments, drop: dropSegments } = index.takeChanges();
    const writing = index;
    await writeSearchIndex(library, { put, texts, remove, dropSegments, putSegments });
    writing.stored(texts.map((t) => t.id));
  }

  /**
   * Under the lock: whether another tab's worker changed the stored index since this one loaded or
   * wrote it (records added or removed, or a report this one must index already stored with its stamp).
   */
  async function storeMovedOn(library: LibraryDB, want: Map<string, string>, stale: string[]): Promise<boolean> {
    const ids = await searchRecordIds(library);
    if (ids.length !== stamps.size || ids.some((id) => !stamps.has(id))) return true;
    return stale.length > 0 && (await adoptableRecords(library, want, stale)).length > 0;
  }

  /**
   * Removes what the library no longer holds; indexes what is new or changed, persisting in batches.
   * Under the search-index lock, so two tabs never write the index at once; postings segments are
   * shared by the whole library, so a worker that finds the store moved on loads it again (taking the
   * other tab's work) before it writes anything of its own.
   */
  const reconcile = () => withLock(LOCKS.searchIndex(dbName), reconcileLocked);

  async function reconcileLocked(): Promise<void> {
    markOnce('sync-start');
    const library = await open();
    const summaries = await listSummaries(library);
    const want = new Map(summaries.map((s) => [s.id, stampOf(s)]));
    const stale = summaries.filter((s) => stamps.get(s.id) !== want.get(s.id)).map((s) => s.id);
    const goneNow = [...stamps.keys()].some((id) => !want.has(id));
    if ((stale.length > 0 || goneNow) && await storeMovedOn(library, want, stale)) {
      await load();
      await suggestReady;
      tell({ changes: status.changes + 1 });
    }
    const gone = [...stamps.keys()].filter((id) => !want.has(id));
    for (const id of gone) { index.remove(id); stamps.delete(id); suggester.remove(id); packOf.delete(id); }
    if (gone.length) { await persist(library, [], gone); tell({ removed: status.removed + gone.length, changes: status.changes + gone.length }); }
    const todo = summaries.filter((s) => stamps.get(s.id) !== want.get(s.id)).map((s) => s.id);
    if (todo.length > 0) {
      await indexAll(library, todo, want);
      index.trim();
    }
    await pack(library);
    markOnce('synced');
    await suggester.save();
  }

  /** Moves records and texts into packs of PACK_SIZE (all of them when a stale pack is rewritten); the rest wait for more. */
  async function pack(library: LibraryDB): Promise<void> {
    const ids = [...unpacked].filter((id) => stamps.has(id) && index.has(id));
    const take = stalePacks.length ? ids : ids.slice(0, ids.length - (ids.length % PACK_SIZE));
    if (take.length === 0 && stalePacks.length === 0) return;
    const texts = new Map<string, StampedText>();
    const held = take.flatMap((id) => { const text = index.exportText(id); return text ? [{ id, stamp: stamps.get(id)!, text }] : []; });
    for (const t of held) texts.set(t.id, t);
    // Texts no longer in memory are read from their rows (or the stale packs) before those go.
    const missing = take.filter((id) => !texts.has(id));
    if (missing.length) for (const [id, row] of await readSearchTexts(library, missing, packOf)) texts.set(id, { ...row, stamp: stamps.get(id)! });
    const packed = await packSearchRecords(library, take.map((id) => ({ id, stamp: stamps.get(id)!, doc: index.exportDoc(id)! })), stalePacks, texts);
    for (const [id, p] of packed) packOf.set(id, p);
    for (const id of take) unpacked.delete(id);
    stalePacks = [];
  }

  async function indexAll(library: LibraryDB, todo: string[], want: Map<string, string>): Promise<void> {
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
      const texts: StampedText[] = [];
      for (const { id, report } of reports) {
        // One report the indexer cannot take stays out of search (tried again next pass); the rest go on.
        try { index.add(id, report); } catch { continue; }
        suggester.add(id, want.get(id)!, report);
        stamps.set(id, want.get(id)!);
        records.push({ id, stamp: want.get(id)!, doc: index.exportDoc(id)! });
        texts.push({ id, stamp: want.get(id)!, text: index.exportText(id)! });
        unpacked.add(id);
        packOf.delete(id);
      }
      await persist(library, records, [], texts);
      status.indexed += records.length;
      status.changes += records.length;
      tell({ progress: { done: Math.min(todo.length, from + BATCH), total: todo.length } });
    }
  }

  /**
   * One reconcile at a time, after the stored index is loaded and its texts are read (not the
   * suggestions' saved index: a report imported just after a cold start is searchable seconds
   * sooner); errors end in the status. Reading every summary beside the texts slowed the texts, which
   * the first query waits for (5,000 reports, Chromium: the first result 130 ms sooner, median of 9).
   * Until then answers say they are not complete, and the search view asks again once they are.
   */
  const sync = syncLoop({ before: async () => { await loaded; await textsIn; }, pass: reconcile, tell });

  /** Another tab changed the stored index: load it again (after any pass under way), then catch up. */
  function reloadFromStore(): void {
    const previous = loaded ?? Promise.resolve();
    loaded = Promise.all([previous, sync.running()]).then(load).catch((err: unknown) => tell({ phase: 'error', error: messageOf(err) }));
    void loaded.then(caughtUp);
  }

  /** The index was loaded again: views ask again, and a sync pass catches up with the library. */
  function caughtUp(): void {
    tell({ changes: status.changes + 1 });
    void sync.run();
  }

  /** Set when postings went missing since the last load: missing again, the store lost them. */
  let lostAfterLoad = false;
  let recovering: Promise<void> | null = null;

  /**
   * Postings went missing under the loaded index: another tab rewrote a segment (load again), or,
   * missing again right after a load, the store lost them (the stored index is then built afresh).
   * Under the lock, not after a sync pass as reloadFromStore: a pass waits for the answers under way
   * (textsIn), one of which waits for this.
   */
  function recover(): Promise<void> {
    recovering ??= withLock(LOCKS.searchIndex(dbName), async () => {
      if (lostAfterLoad) await clearSearchIndex(await open());
      lostAfterLoad = true;
      loaded = load();
      await loaded;
    }).then(caughtUp).finally(() => { recovering = null; });
    return recovering;
  }

  async function answer(req: Exclude<SearchRequest, { type: 'open' | 'sync' | 'reload' }>): Promise<SearchReply> {
    if (req.type === 'query') return { kind: 'result', result: await index.queryAsync(req.q, req.options) };
    if (req.type === 'report-hits') return { kind: 'hits', hits: await index.hitsInReportAsync(req.reportId, req.q, { scope: req.scope }) };
    if (req.type === 'suggest') return { kind: 'suggest', suggestions: suggester.suggest(req.q, req.limit ?? 8) };
    const lines = await index.kwicAsync(req.q, req.options);
    return req.type === 'kwic' ? { kind: 'kwic', lines } : { kind: 'csv', text: kwicCsv(lines, req.csv) };
  }

  /** An answer; postings lost under it: loaded again and answered again (at most twice: reload, then rebuild). */
  async function answerRecovering(req: Exclude<SearchRequest, { type: 'open' | 'sync' | 'reload' }>, tries = 2): Promise<SearchReply> {
    try {
      return await answer(req);
    } catch (err) {
      if (!(err instanceof PostingsLost) || tries === 0) throw err;
      await recover();
      return answerRecovering(req, tries - 1);
    }
  }

  /** Answers once `after` settles; ms counts the answer's own time, texts read included. */
  function reply(after: Promise<unknown>, req: Exclude<SearchRequest, { type: 'open' | 'sync' | 'reload' }>): void {
    const answered = after.then(async () => {
      const t0 = performance.now();
      if (req.type === 'query') markOnce('query-start');
      try {
        const body = await answerRecovering(req);
        if (req.type === 'query') markOnce('query-end', { ...textReads, ms: Math.round(textReads.ms) });
        post({ type: 'reply', id: req.id, reply: body, complete: status.phase === 'ready', ms: Math.round((performance.now() - t0) * 10) / 10 });
      } catch (err) {
        post({ type: 'failed', id: req.id, message: messageOf(err) });
      }
    });
    // Suggestions wait for the texts (suggestReady): the texts must not wait for them.
    if (req.type === 'suggest') return;
    answering.add(answered);
    void answered.finally(() => answering.delete(answered));
  }

  return (req) => {
    if (req.type === 'reload') return reloadFromStore();
    if (req.type === 'open' || req.type === 'sync') {
      if (req.type === 'open') markOnce('open-asked');
      if (req.type === 'open' && req.dbName) dbName = req.dbName;
      loaded ??= load().catch((err: unknown) => tell({ phase: 'error', error: messageOf(err) }));
      void sync.run();
      return;
    }
    if (req.type === 'query') markOnce('query-asked');
    // Queries wait only for the stored index (suggestions for theirs), never for indexing; until that ends answers say so.
    const after = (loaded ?? Promise.resolve()).then(() => (req.type === 'suggest' ? suggestReady : undefined));
    reply(after, req);
  };
}

// The search worker's suggestion engine: a MiniSearch index (search/suggest.ts) kept beside the
// body index, saved as JSON in the settings store after each sync and restored with loadJSONAsync,
// then brought up to date with add/discard for reports indexed or removed since it was saved.
import type MiniSearch from 'minisearch';
import type { ParsedReport } from '../model/report';
import { createSuggestIndex, loadSuggestIndex, suggestDoc, suggestReports, SUGGEST_VERSION, type SearchIndex, type SuggestDoc } from '../search/index';
import { parseQuery } from '../search/query-parse';
import type { Suggestion } from '../search/types';
import type { LibraryDB } from '../store/db';
import { getSetting, setSetting } from '../store/repo';
import { readReportsForIndex } from '../store/search-store';

const KEY = 'searchSuggest';

interface Saved {
  v: number;
  /** [report id, stamp] of every report the saved index holds. */
  ids: [string, string][];
  json: string;
}

export interface Suggester {
  /** Restores the saved index and fixes it up for the reports indexed now (id -> stamp). */
  load(stamps: ReadonlyMap<string, string>): Promise<void>;
  add(id: string, stamp: string, report: ParsedReport): void;
  remove(id: string): void;
  /** Saves the index if it changed since it was loaded or saved. */
  save(): Promise<void>;
  suggest(q: string, limit: number): Suggestion[];
}

export function createSuggester(open: () => Promise<LibraryDB>, index: () => SearchIndex): Suggester {
  let ms: MiniSearch<SuggestDoc> = createSuggestIndex();
  let held = new Map<string, string>();
  let dirty = false;
  // Indexing does not wait for the saved index (seconds of JSON at 5,000 reports): until it is in,
  // changes go to an index that load() replaces and then catches up from the stamps, and nothing is saved.
  let loaded = false;

  const add = (id: string, stamp: string, report: ParsedReport) => {
    if (ms.has(id)) ms.discard(id);
    ms.add(suggestDoc(id, report));
    held.set(id, stamp);
    dirty = true;
  };
  const remove = (id: string) => {
    if (!ms.has(id)) return;
    ms.discard(id);
    held.delete(id);
    dirty = true;
  };

  async function load(stamps: ReadonlyMap<string, string>): Promise<void> {
    try {
      await restore(stamps);
    } finally {
      // Even a failed load ends the wait: what the index holds is saved, and a later start catches up from the stamps.
      loaded = true;
    }
  }

  async function restore(stamps: ReadonlyMap<string, string>): Promise<void> {
    const library = await open();
    const saved = await getSetting<Saved>(library, KEY);
    const restored = await loadSuggestIndex(saved);
    ms = restored ?? createSuggestIndex();
    held = new Map(restored ? saved!.ids : []);
    dirty = !restored;
    for (const [id, stamp] of [...held]) if (stamps.get(id) !== stamp) remove(id);
    // Reports the body index holds but the saved suggestions do not: read them once more. Indexing
    // goes on meanwhile: a report it added since is held already, one it removed is in no stamp.
    const missing = [...stamps.keys()].filter((id) => !held.has(id));
    for (let from = 0; from < missing.length; from += 50) {
      for (const { id, report } of await readReportsForIndex(library, missing.slice(from, from + 50))) {
        if (!held.has(id) && stamps.has(id)) add(id, stamps.get(id)!, report);
      }
    }
  }

  async function save(): Promise<void> {
    if (!dirty || !loaded) return;
    dirty = false;
    await setSetting(await open(), KEY, { v: SUGGEST_VERSION, ids: [...held], json: JSON.stringify(ms) } satisfies Saved);
  }

  function suggest(q: string, limit: number): Suggestion[] {
    const { ids, queries } = suggestReports(ms, q, limit, (id, words) => index().holdsWords(id, words));
    const words = parseQuery(q).include.map((t) => t.text);
    const out: Suggestion[] = [];
    for (const { id, score } of ids) {
      const meta = index().meta(id);
      if (!meta) continue;
      out.push({ kind: 'report', text: meta.title ?? meta.fileName, reportId: id, score });
      const head = index().headingMatch(id, words);
      if (head) out.push({ kind: 'section', text: head.path.join(' › '), reportId: id, section: head.heading, score });
    }
    return [...out.slice(0, limit), ...queries.map((text) => ({ kind: 'query' as const, text, score: 0 }))];
  }

  return { load, add, remove, save, suggest };
}

// One query over the library, from its text to the reports to show: words prepared, filters
// applied once per report, matches from the body index (scan.ts), the best `top` reports ranked
// exactly (rank-top.ts), and the full match (sections per word) only for those shown.
import type { BodyIndex } from './body-index';
import { docMatch } from './doc-match';
import { makeFilter } from './filters';
import type { Heads } from './heads';
import { parseQuery } from './query-parse';
import { idfs } from './rank';
import { rankByYear, rankTop, type ResultOrder } from './rank-top';
import { matchDocs, prepareQuery, type DocMatch, type MatchSet, type PreparedTerm } from './scan';
import type { DocCore, SearchFilters } from './types';
import type { NeedsTexts, TextView } from './verify-texts';

/** What a query reads of the index: postings, joined headings, and the reports by slot (null: free). */
export interface Library {
  body: BodyIndex;
  heads: Heads;
  slots: readonly (DocCore | null)[];
  /** Reports indexed. */
  size: number;
  texts: TextView;
}

export interface Matched {
  include: PreparedTerm[];
  scored: { m: DocMatch; score: number }[];
  reportCount: number;
  hitCount: number;
}

/**
 * Every report (or section) the query matches, with the filters applied, and how many reports were
 * searched. A generator: verification may ask for report texts (see verify-texts.ts).
 */
export function* matchAll(lib: Library, q: string, filters: SearchFilters | undefined, scope: 'report' | 'section'): NeedsTexts<{ set: MatchSet; searched: number }> {
  const { slots } = lib;
  const { include, exclude } = prepareQuery(parseQuery(q));
  const keep = makeFilter(filters);
  const filtered = !!filters && Object.values(filters).some((v) => v !== undefined);
  const verdict = new Int8Array(slots.length);
  const wanted = (slot: number) => !filtered || (verdict[slot] ||= keep(slots[slot]!) ? 1 : -1) > 0;
  const set = yield* matchDocs({ body: lib.body, texts: lib.texts, slots: slots.length, wanted, filtered }, include, exclude, scope);
  let searched = lib.size;
  if (filtered) searched = slots.reduce((n, d, slot) => n + (d && wanted(slot) ? 1 : 0), 0);
  return { set, searched };
}

/** The reports to show, ranked, and counts over every match. A generator (see matchAll). */
export function* matchQuery(lib: Library, q: string, filters: SearchFilters | undefined, scope: 'report' | 'section', top: number, order: ResultOrder = 'score'): NeedsTexts<Matched> {
  const { slots } = lib;
  const docAt = (slot: number) => slots[slot]!;
  const { set, searched } = yield* matchAll(lib, q, filters, scope);
  const { include } = set;
  const weights = idfs(set.slots.length, searched, include.length);
  const ranked = order === 'score' ? rankTop(set, slots, lib.heads, weights, top) : rankByYear(set, docAt, weights, top, order);
  // Full matches (sections per word, for hits) only for the reports that will be shown.
  const scored = ranked.map(({ score, i }) => ({ m: docMatch(set, i, docAt(set.slots[i]!)), score }));
  let hitCount = 0;
  for (let k = 0; k < set.tf.length; k++) hitCount += set.tf[k]!;
  return { include, scored, reportCount: set.slots.length, hitCount };
}

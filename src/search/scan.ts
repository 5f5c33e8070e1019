// Finds which reports and sections match a parsed query, exactly: each word's candidate sections
// come from the body index (rarest word first, later words only inside reports still in the
// running), are verified on their own text when the postings cannot count the word, and exclusions
// then strike reports (or sections). Counts, and title and heading hits, come from these sections.
import type { BodyIndex } from './body-index';
import { candidates, prepareTerm, type PreparedTerm } from './candidates';
import { scanTerm } from './match';
import { keyCost, type PostingList } from './postings';
import type { ParsedQuery } from './query-parse';
import type { DocCore, IndexedDoc } from './types';
import { verifyTexts, type NeedsTexts, type TextView } from './verify-texts';

export type { PreparedTerm };

export interface DocMatch {
  doc: DocCore;
  /** Sections where hits count (local, ascending): every section in report scope. */
  sections: number[];
  /** Per include word: local sections holding it (ascending), occurrences there, and how many stand in the title / in headings. */
  termSecs: number[][];
  tf: number[];
  title: number[];
  heading: number[];
}

export interface Walk {
  at: number;
  para: number;
  section: number;
  where: 'title' | 'heading' | 'body';
}

/** Longer words first: they are rarer, so reports drop out sooner. */
export function prepareQuery(q: ParsedQuery): { include: PreparedTerm[]; exclude: PreparedTerm[] } {
  const include = q.include.map(prepareTerm).sort((a, b) => b.text.length - a.text.length);
  return { include, exclude: q.exclude.map(prepareTerm) };
}

function whereOf(doc: IndexedDoc, para: number, h: number): Walk['where'] {
  return para === doc.titlePara ? 'title' : doc.headingParas[h] === para ? 'heading' : 'body';
}

/** Every occurrence of the word in the given local sections (ascending), in order, with paragraph and kind. */
export function walkTerm(doc: IndexedDoc, term: PreparedTerm, sections: readonly number[], visit: (w: Walk) => boolean | void): void {
  let h = 0;
  let go = true;
  for (let k = 0; go && k < sections.length; k++) {
    const section = sections[k]!;
    const start = doc.secStart[section]!;
    const from = doc.paraStart[start]!;
    const slice = doc.foldedIn(from, doc.paraStart[doc.secStart[section + 1]!]! - 1);
    let para = start;
    scanTerm(slice, term, 0, slice.length, (offset) => {
      const at = from + offset;
      while (doc.paraStart[para + 1]! <= at) para++;
      while (h < doc.headingParas.length && doc.headingParas[h]! < para) h++;
      return (go = visit({ at, para, section, where: whereOf(doc, para, h) }) !== false);
    });
  }
}

export interface MatchContext {
  body: BodyIndex;
  /** The reports' texts, for verification. */
  texts: TextView;
  /** Slots in use or free: reports are numbered below this. */
  slots: number;
  /** Whether the report in this slot passes the filters. */
  wanted: (slot: number) => boolean;
  /** Whether `wanted` can say no (filters are set). */
  filtered: boolean;
}

/**
 * The matches (in section order): report scope needs every word somewhere in a report, section scope
 * in one section. A generator: verification may ask for report texts (see verify-texts.ts).
 */
export function* matchDocs(ctx: MatchContext, include: PreparedTerm[], exclude: PreparedTerm[], scope: 'report' | 'section'): NeedsTexts<MatchSet> {
  if (include.length === 0) return { include, slots: [], tf: new Float64Array(0), lists: [], alive: () => false, scope };
  const { body, texts, wanted } = ctx;
  const owner = body.owner;
  // Stage reached by each report (or, in section scope, each section): k words found so far, -1 struck out.
  const stage = new Int32Array(scope === 'report' ? ctx.slots : owner.length);
  const unit = scope === 'report' ? (sec: number) => owner[sec]! : (sec: number) => sec;
  const rarity = include.map((t) => Math.min(...t.keys.map((k) => keyCost(body.segments, k))));
  const lists: PostingList[] = [];
  const order = [...include.keys()].sort((a, b) => rarity[a]! - rarity[b]!);
  // In report scope with nothing to exclude, every report in the last word's list has all the words
  // (its candidates were only those of reports holding the others): collect() meets them there, and
  // the stage of each of its sections, a million of them for a lone common character, is not written.
  const lastFinds = scope === 'report' && exclude.length === 0;
  for (let k = 0; k < order.length; k++) {
    const t = order[k]!;
    const keep = k === 0 ? (sec: number) => owner[sec]! >= 0 && wanted(owner[sec]!) : (sec: number) => owner[sec]! >= 0 && stage[unit(sec)] === k;
    const list = candidates(body, include[t]!, keep, k === 0 && !ctx.filtered);
    yield* verifyTexts(body, texts, include[t]!, list);
    lists[t] = list;
    if (lastFinds && k === order.length - 1) return collectReports(ctx, include, lists, t);
    for (let p = 0; p < list.n; p++) {
      const u = unit(list.secs[p]!);
      if (stage[u] === k) stage[u] = k + 1;
    }
  }
  const done = include.length;
  for (const t of exclude) {
    const list = candidates(body, t, (sec) => owner[sec]! >= 0 && stage[unit(sec)] === done);
    yield* verifyTexts(body, texts, t, list);
    for (let p = 0; p < list.n; p++) stage[unit(list.secs[p]!)] = -1;
  }
  const alive = scope === 'report' ? (sec: number) => stage[owner[sec]!] === done : (sec: number) => stage[sec] === done;
  return collect(ctx, include, lists, alive, scope);
}

/** Every matched report with its per-word counts; DocMatch objects are made only for the reports ranked (see rank-top.ts). */
export interface MatchSet {
  include: PreparedTerm[];
  /** Matched reports' slots, in section order. */
  slots: number[];
  /** Occurrences of word t in matched report i: tf[i * include.length + t]. */
  tf: Float64Array;
  lists: PostingList[];
  alive: (sec: number) => boolean;
  scope: 'report' | 'section';
}

/**
 * Report scope, nothing excluded: the reports of lists[last] are the matches. They are numbered as
 * that list meets them (in section order), counting its word in the same pass; then the other
 * words' sections count only in them.
 */
function collectReports(ctx: MatchContext, include: PreparedTerm[], lists: PostingList[], last: number): MatchSet {
  const T = include.length;
  const owner = ctx.body.owner;
  const index = new Int32Array(ctx.slots).fill(-1);
  const slots: number[] = [];
  const first = lists[last]!;
  // No more reports than sections listed, or than slots.
  const tf = new Float64Array(Math.min(first.n, ctx.slots) * T);
  for (let p = 0, prev = -1, at = -1; p < first.n; p++) {
    const slot = owner[first.secs[p]!]!;
    if (slot !== prev) { prev = slot; at = index[slot] = slots.length; slots.push(slot); }
    tf[at * T + last]! += first.counts[p]!;
  }
  for (let t = 0; t < T; t++) {
    if (t === last) continue;
    const { secs, counts, n } = lists[t]!;
    for (let p = 0; p < n; p++) {
      const at = index[owner[secs[p]!]!]!;
      if (at >= 0) tf[at * T + t]! += counts[p]!;
    }
  }
  return { include, slots, tf: tf.subarray(0, slots.length * T), lists, alive: (sec) => index[owner[sec]!]! >= 0, scope: 'report' };
}

/** Counts each word's surviving sections per report (a report's section ids are consecutive). */
function collect(ctx: MatchContext, include: PreparedTerm[], lists: PostingList[], alive: (sec: number) => boolean, scope: 'report' | 'section'): MatchSet {
  const T = include.length;
  const owner = ctx.body.owner;
  // Position of each slot in `slots`, -1 until seen; in report scope whether a report lives is asked once per report.
  const index = new Int32Array(ctx.slots).fill(-1);
  const slots: number[] = [];
  let tf = new Float64Array(64 * T);
  for (let t = 0; t < T; t++) {
    const { secs, counts, n } = lists[t]!;
    let last = -1;
    let at = -1;
    for (let p = 0; p < n; p++) {
      const sec = secs[p]!;
      if (scope === 'section' && !alive(sec)) continue;
      const slot = owner[sec]!;
      // Postings ascend by section, and a report's sections are consecutive: one look per report.
      if (slot !== last) {
        last = slot;
        at = scope === 'section' || alive(sec) ? index[slot]! : -2;
        if (at === -1) {
          index[slot] = at = slots.length;
          slots.push(slot);
          if (slots.length * T > tf.length) { const grown = new Float64Array(tf.length * 2); grown.set(tf); tf = grown; }
        }
      }
      if (at < 0) continue;
      tf[at * T + t]! += counts[p]!;
    }
  }
  // Every matched report (or section) is in every word's list, and postings ascend by section: the
  // first list alone meets the reports in section order, the order they are numbered in here.
  return { include, slots, tf: tf.subarray(0, slots.length * T), lists, alive, scope };
}

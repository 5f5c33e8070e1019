// The best `top` matched reports, exactly as scoring every one of them would order them. With many
// matches in report scope, every title and heading count comes from one scan of all headings (see
// heads.ts); otherwise reports are taken in order of their score without the title/heading bonus,
// and only while that bonus could still lift one into the top, each read on its own.
import { docCounts } from './doc-match';
import { Heads } from './heads';
import { baseScore, bonusBound, MAX_HEADINGS, scoreDoc } from './rank';
import type { MatchSet } from './scan';
import type { DocCore, QueryOptions } from './types';

/** Matched reports from which one scan of all headings beats reading each report's headings. */
const SCAN_ALL_FROM = 64;

/** Title and heading occurrences that count toward a score (rank.ts): more change nothing. */
const COUNTED = { title: 1, heading: MAX_HEADINGS };

export interface Ranked {
  score: number;
  /** Index into set.slots. */
  i: number;
}

const byScore = (a: Ranked, b: Ranked) => b.score - a.score || a.i - b.i;

/**
 * Scores of every matched report (by index into set.slots) from the counts of all headings at once.
 * In a typed array: an object per report was most of what a query left to the collector.
 */
function scoreAll(set: MatchSet, slots: readonly (DocCore | null)[], heads: Heads, weights: number[]): Float64Array {
  const T = set.include.length;
  // Scoring asks no more of them than whether the title holds the word, and a few headings.
  const marks = set.include.map((term) => heads.counts(slots, term, COUNTED));
  const out = new Float64Array(set.slots.length);
  const m = { tf: new Array<number>(T), title: new Array<number>(T), heading: new Array<number>(T) };
  for (let i = 0; i < set.slots.length; i++) {
    const slot = set.slots[i]!;
    for (let t = 0; t < T; t++) {
      m.tf[t] = set.tf[i * T + t]!;
      m.title[t] = marks[t]!.title[slot]!;
      m.heading[t] = marks[t]!.heading[slot]!;
    }
    out[i] = scoreDoc(m, weights);
  }
  return out;
}

/**
 * Scores of the reports that can reach the top (by index into set.slots; -Infinity for the others),
 * read one by one in order of their bonus-free score.
 */
function scoreBounded(set: MatchSet, docAt: (slot: number) => DocCore, weights: number[], top: number): Float64Array {
  const T = set.include.length;
  const base = set.slots.map((_, i) => baseScore(set.tf.subarray(i * T, i * T + T), weights));
  const order = base.map((_, i) => i).sort((a, b) => base[b]! - base[a]! || a - b);
  const bound = bonusBound(weights) + 0.001;
  const best: number[] = [];
  const scores = new Float64Array(set.slots.length).fill(-Infinity);
  for (const i of order) {
    if (best.length >= top && base[i]! + bound < best[top - 1]!) break;
    const score = scoreDoc(docCounts(set, i, docAt(set.slots[i]!)), weights);
    scores[i] = score;
    if (top === Infinity) continue;
    const at = best.findIndex((b) => b < score);
    best.splice(at < 0 ? best.length : at, 0, score);
    if (best.length > top) best.length = top;
  }
  return scores;
}

/** The `top` best matched reports, best first (ties in section order). */
export function rankTop(set: MatchSet, slots: readonly (DocCore | null)[], heads: Heads, weights: number[], top: number): Ranked[] {
  // Counts alone (no report shown): nothing to score.
  if (top <= 0) return [];
  const scanAll = set.scope === 'report' && set.slots.length >= SCAN_ALL_FROM && set.include.every(Heads.fits);
  return bestOf(scanAll ? scoreAll(set, slots, heads, weights) : scoreBounded(set, (slot) => slots[slot]!, weights, top), top);
}

/** What orders the reports shown: relevance, or the year they speak for (see rankByYear). */
export type ResultOrder = NonNullable<QueryOptions['order']>;

/** The latest year a report speaks for (reviewed, planned, meeting, publication), or null. */
const latestYear = (doc: DocCore): number | null => doc.meta.years.at(-1) ?? null;

/**
 * The first `top` matched reports by year, newest or oldest first, by the latest year each speaks for;
 * within a year the more occurrences first (the score without the title and heading bonus), then
 * section order; reports of no known year last. Exact scores are made only for those returned.
 */
export function rankByYear(set: MatchSet, docAt: (slot: number) => DocCore, weights: number[], top: number, order: 'newest' | 'oldest'): Ranked[] {
  const T = set.include.length;
  const sign = order === 'newest' ? -1 : 1;
  const n = set.slots.length;
  const year = new Float64Array(n);
  const base = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = latestYear(docAt(set.slots[i]!));
    year[i] = y === null ? Infinity : sign * y;
    base[i] = baseScore(set.tf.subarray(i * T, i * T + T), weights);
  }
  const first = [...Array(n).keys()].sort((a, b) => year[a]! - year[b]! || base[b]! - base[a]! || a - b).slice(0, top);
  return first.map((i) => ({ i, score: scoreDoc(docCounts(set, i, docAt(set.slots[i]!)), weights) }));
}

/**
 * The top-th highest of these scores (-Infinity when there are no more than top): no report below it
 * is among the top. Kept in a min-heap of the top highest so far, not by sorting them all (20,000
 * scores: 1.8 ms, a tenth of a common word's query).
 */
export function floorOf(scores: Float64Array, top: number): number {
  if (scores.length <= top) return -Infinity;
  const heap = new Float64Array(top);
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (n < top) {
      // Sift up.
      let k = n++;
      while (k > 0 && heap[(k - 1) >> 1]! > s) { heap[k] = heap[(k - 1) >> 1]!; k = (k - 1) >> 1; }
      heap[k] = s;
    } else if (s > heap[0]!) {
      // Replace the least of the top so far, and sift down.
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        if (l >= top) break;
        const c = l + 1 < top && heap[l + 1]! < heap[l]! ? l + 1 : l;
        if (heap[c]! >= s) break;
        heap[k] = heap[c]!;
        k = c;
      }
      heap[k] = s;
    }
  }
  return heap[0]!;
}

/**
 * The first `top` reports by score (scores[i]: report i's), in byScore order, sorting only those that
 * can be among them. Reports left unscored (-Infinity) never are: at least `top` others were scored.
 */
function bestOf(scores: Float64Array, top: number): Ranked[] {
  const floor = floorOf(scores, top);
  const ranked: Ranked[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= floor) ranked.push({ i, score: scores[i]! });
  return ranked.sort(byScore).slice(0, top);
}

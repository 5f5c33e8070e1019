// The most frequent two- to four-character terms of a report or a set of reports: Han n-grams
// counted in folded text, minus the stop list, grams starting or ending on a particle, and grams
// that are pieces of longer strings by their neighbours (gram-context.ts: 委会 of 常委会, 市政 of
// 市政协 and 市政府). Only grams that can reach the list are counted (gram-count.ts), over texts coded
// profiled once per report (gram-codes.ts); the answer is the one counting every gram gives.
import { isFragment, tallyAdd, type Candidate } from './gram-context';
import { B, charProfile, type CharProfile } from './gram-codes';
import type { Counted } from './gram-count';
import { GramQuery } from './gram-query';

export interface TopTerm {
  term: string;
  count: number;
  per10k: number;
}

const MIN_N = 2;
const MAX_N = 4;
const BINS = 4096;
/** Listable bigrams per wanted term in the first, quick try (about 85% of them are terms in reports). */
const QUICK = 2;

type Source = (fn: (idKey: number, count: number) => void) => void;

const bigrams = (q: GramQuery): Source => (fn) => q.bi.forEach((k, c) => { if (q.counted(k)) fn(k, c); });

/** Every counted gram by length (bigrams, then longer ones counted for `floor`), as id keys and counts. */
function sources(q: GramQuery, floor: number): Source[] {
  const { tri, quad } = q.longerFor(floor);
  return [bigrams(q), tri.forEach.bind(tri), quad.forEach.bind(quad)];
}

/** The lowest count that keeps `want` grams (2 at least), read from a histogram of counts from the top. */
function floorOf(each: readonly Source[], want: number): number {
  const hist = new Int32Array(BINS);
  for (const forEach of each) forEach((_, c) => { hist[Math.min(c, BINS - 1)]!++; });
  let floor = BINS - 1;
  for (let sum = hist[floor]!; floor > 2 && sum < want; ) sum += hist[--floor]!;
  return floor;
}

/** Grams counted at least `floor` times and not stop words, most frequent first; ties longer first, then in alphabet order. */
function candidates(q: GramQuery, each: readonly Source[], floor: number): Counted[] {
  const out: Counted[] = [];
  each.forEach((forEach, i) => forEach((idKey, count) => {
    if (count < floor) return;
    const n = i + MIN_N;
    const key = q.alphaKey(idKey, n);
    if (!q.stopKeys.has(key)) out.push({ key, idKey, n, count, left: new Map(), right: new Map() });
  }));
  return out.sort((a, b) => b.count - a.count || b.n - a.n || a.key - b.key);
}

/** The candidates that are terms, in order, once their neighbours are tallied. */
function kept(q: GramQuery, cands: Counted[], floor: number): Candidate[] {
  const { tri, quad, neighbours } = q.longerFor(floor);
  // Two- and three-character candidates' neighbours are read off the grams one longer.
  [tri, quad].forEach((longer, i) => {
    const n = i + MIN_N;
    const byKey = new Map(cands.filter((c) => c.n === n).map((c) => [c.idKey, c]));
    if (!byKey.size) return;
    longer.forEach((key, c) => {
      const head = byKey.get(Math.floor(key / B));
      if (head) tallyAdd(head.right, q.ids.alphaOf[key % B]!, c);
      const tail = byKey.get(key % B ** n);
      if (tail) tallyAdd(tail.left, q.ids.alphaOf[Math.floor(key / B ** n)]!, c);
    });
  });
  neighbours.apply(cands, quad, q.ids.alphaOf);
  return cands.filter((c) => c.count >= 2 && !isFragment(c, MAX_N, q.junction(c)));
}

/** The count of the `want`-th most frequent bigram that can be listed (0 when there are fewer), found at or above `from`. */
function listableBigramCount(q: GramQuery, from: number, want: number): number {
  const found: number[] = [];
  q.bi.forEach((k, c) => { if (c >= from && q.counted(k) && !q.stopPairs.has(k)) found.push(c); });
  return want < 1 || found.length < want ? 0 : found.sort((a, b) => b - a)[want - 1]!;
}

/** Top `limit` terms over folded texts; `stop` holds folded stop words. */
export function topTerms(folded: readonly string[], stop: ReadonlySet<string>, limit = 30, quick = true): TopTerm[] {
  return topTermsOf(folded.map(charProfile), stop, limit, quick);
}

/**
 * Top `limit` terms over profiled folded texts (the worker keeps the profiles per report). `quick` false
 * skips the first try above the floor (the answer is the same; tests compare both ways).
 */
export function topTermsOf(texts: readonly CharProfile[], stop: ReadonlySet<string>, limit = 30, quick = true): TopTerm[] {
  const q = new GramQuery(texts, stop);
  const done = (terms: Candidate[]) => terms.slice(0, limit).map((c) => ({ term: q.abc.decode(c.key, c.n), count: c.count, per10k: q.length ? (c.count * 10000) / q.length : 0 }));
  // Fragments crowd the most frequent grams: look at four times the limit, more if that is not enough.
  let want = limit * 4 + 40;
  // Bigrams alone reach `want` at this count, so the list's floor is no lower.
  const lowest = floorOf([bigrams(q)], want);
  // First only grams as frequent as the (2 x limit)-th listable bigram: when `limit` terms are kept
  // among them they are the list's head (whether a gram is kept does not depend on the others), and
  // far fewer longer grams need counting than at the floor.
  const above = quick ? listableBigramCount(q, lowest, limit * QUICK) : 0;
  if (above > lowest) {
    const terms = kept(q, candidates(q, sources(q, above), above), above);
    if (terms.length >= limit) return done(terms);
  }
  for (; ; want *= 4) {
    const each = sources(q, floorOf([bigrams(q)], want));
    const floor = floorOf(each, want);
    const terms = kept(q, candidates(q, each, floor), floor);
    if (terms.length >= limit || floor <= 2) return done(terms);
  }
}

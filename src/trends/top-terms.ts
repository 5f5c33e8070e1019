// The most frequent two- to four-character terms of a report or a set of reports: Han n-grams
// counted in folded text, minus the stop list, grams starting or ending on a particle, and grams
// that are pieces of longer strings by their neighbours (gram-context.ts: 委会 of 常委会, 市政 of
// 市政协 and 市政府). Only grams that can reach the list are counted (gram-count.ts), over texts coded
// once per report (gram-codes.ts); the answer is the one counting every gram gives.
import { EDGE_STOP_CHARS } from './stop-words';
import { isFragment, tallyAdd, type Candidate, type Junction } from './gram-context';
import { B, codeOf, codeText, frequencyIds, QueryAlphabet, type CodedText, type FrequencyIds } from './gram-codes';
import { BigramCounts, countLonger, type Counted, type Longer } from './gram-count';
import type { GramTable } from './gram-table';

export interface TopTerm {
  term: string;
  count: number;
  per10k: number;
}

const MIN_N = 2;
const MAX_N = 4;
const BINS = 4096;

interface Counts extends Longer { bi: BigramCounts; floor: number }

/** Histogram of gram counts (the last bin holds everything above it). */
function histogram(each: Array<(fn: (key: number, count: number) => void) => void>): Int32Array {
  const hist = new Int32Array(BINS);
  for (const forEach of each) forEach((_, c) => { hist[Math.min(c, BINS - 1)]!++; });
  return hist;
}

/** The lowest count that keeps `want` grams (2 at least), as a histogram read from the top gives it. */
function floorOf(hist: Int32Array, want: number): number {
  let floor = BINS - 1;
  for (let sum = hist[floor]!; floor > 2 && sum < want; ) sum += hist[--floor]!;
  return floor;
}

/** A gram key in frequency ids as the same gram's key in alphabet indices. */
function alphaKey(ids: FrequencyIds, idKey: number, n: number): number {
  let key = 0;
  for (let k = n - 1; k >= 0; k--) key = key * B + ids.alphaOf[Math.floor(idKey / B ** k) % B]!;
  return key;
}

/** The `want` most frequent listable grams (more on ties), most frequent first; ties in alphabet order. */
function candidates(counts: Counts, ids: FrequencyIds, counted: (key: number, c: number) => boolean, stopKeys: ReadonlySet<number>, want: number): { cands: Counted[]; all: boolean } {
  const biEach = (fn: (key: number, count: number) => void) => counts.bi.forEach((k, c) => { if (counted(k, c)) fn(k, c); });
  const each = [biEach, counts.tri.forEach.bind(counts.tri), counts.quad.forEach.bind(counts.quad)];
  const floor = floorOf(histogram(each), want);
  const out: Counted[] = [];
  each.forEach((forEach, i) => forEach((idKey, count) => {
    if (count < floor) return;
    const n = i + MIN_N;
    const key = alphaKey(ids, idKey, n);
    if (!stopKeys.has(key)) out.push({ key, idKey, n, count, left: new Map(), right: new Map() });
  }));
  out.sort((a, b) => b.count - a.count || b.n - a.n || a.key - b.key);
  return { cands: out, all: floor <= 2 };
}

/** Neighbour tallies (alphabet indices) of two- and three-character candidates, read off the grams one longer. */
function tallyFromCounts(cands: readonly Counted[], longer: readonly GramTable[], alphaOf: Uint16Array): void {
  for (const n of [MIN_N, MIN_N + 1]) {
    const byKey = new Map(cands.filter((c) => c.n === n).map((c) => [c.idKey, c]));
    if (!byKey.size) continue;
    const span = B ** n;
    longer[n - MIN_N]!.forEach((key, c) => {
      const head = byKey.get(Math.floor(key / B));
      if (head) tallyAdd(head.right, alphaOf[key % B]!, c);
      const tail = byKey.get(key % span);
      if (tail) tallyAdd(tail.left, alphaOf[Math.floor(key / span)]!, c);
    });
  }
}

/** Top `limit` terms over folded texts; `stop` holds folded stop words. */
export function topTerms(folded: readonly string[], stop: ReadonlySet<string>, limit = 30): TopTerm[] {
  return topTermsCoded(folded.map(codeText), stop, limit);
}

/** Top `limit` terms over texts coded by codeText (the worker keeps them per report). */
export function topTermsCoded(texts: readonly CodedText[], stop: ReadonlySet<string>, limit = 30): TopTerm[] {
  const abc = new QueryAlphabet();
  const edge = new Uint8Array(B);
  for (const ch of EDGE_STOP_CHARS) edge[abc.add(codeOf(ch.charCodeAt(0)))] = 1;
  edge[0] = 0;
  const stopKeys = new Set([...stop].map((w) => abc.keyOf(w)).filter((k): k is number => k !== null));
  for (const t of texts) abc.addText(t);
  const ids = frequencyIds(abc, texts);
  const stopPairs = new Set([...stopKeys].filter((k) => k < B * B).map((k) => ids.idOfAlpha[Math.floor(k / B)]! * B + ids.idOfAlpha[k % B]!));
  const edgeId = Uint8Array.from(ids.alphaOf, (alpha) => edge[alpha]!);
  const length = texts.reduce((n, t) => n + t.codes.length, 0);
  const bi = new BigramCounts(abc.chars.length, length);
  bi.add(texts, ids.idOf);
  const counted = (key: number, c: number) => c > 0 && !edgeId[Math.floor(key / B)] && !edgeId[key % B];
  const biHist = histogram([(fn) => bi.forEach((k, c) => { if (counted(k, c)) fn(k, c); })]);
  const junction = (cand: Candidate): Junction => ({
    count(side, x) {
      const edgeChar = side ? cand.key % B : Math.floor(cand.key / B ** (cand.n - 1));
      const [a, b] = side ? [edgeChar, x] : [x, edgeChar];
      return edge[a] || edge[b] ? 0 : bi.raw(ids.idOfAlpha[a]!, ids.idOfAlpha[b]!);
    },
    holder(side, x) {
      const gram = abc.decode(cand.key, cand.n);
      return side ? gram + abc.chars[x]! : abc.chars[x]! + gram;
    },
  });
  let counts: Counts | null = null;
  let kept: Candidate[] = [];
  // Fragments crowd the most frequent grams: look at four times the limit, more if that is not enough.
  for (let want = limit * 4 + 40; ; want *= 4) {
    // Bigrams alone reach `want` at this count, so the list's floor is no lower.
    const floor = floorOf(biHist, want);
    if (!counts || floor < counts.floor) counts = { bi, floor, ...countLonger(texts, ids.idOf, bi, edgeId, stopPairs, floor) };
    const { cands, all } = candidates(counts, ids, counted, stopKeys, want);
    tallyFromCounts(cands, [counts.tri, counts.quad], ids.alphaOf);
    counts.neighbours.apply(cands, counts.quad, ids.alphaOf);
    kept = cands.filter((c) => c.count >= 2 && !isFragment(c, MAX_N, junction(c)));
    if (kept.length >= limit || all) break;
  }
  return kept.slice(0, limit).map((c) => ({ term: abc.decode(c.key, c.n), count: c.count, per10k: length ? (c.count * 10000) / length : 0 }));
}

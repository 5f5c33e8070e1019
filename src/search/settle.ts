// Exact counts of a longer word from key counts alone, where they decide it: in a section, the
// occurrences of w = a1..an number at least c(a1a2) + sum over k of (c(a_k a_k+1) - c(a_k)) (each
// inner unit a_k can be met by a pair on its left and one on its right at most c(a_k) times) and
// at most the smallest pair count. When the two bounds meet (common: a section where every 工 of
// 工作 stands in 工作。) the count is known without reading the text; other sections are verified.
// A lone Latin letter or digit, which counts only at a word start, is settled the same way.
import type { BodyIndex } from './body-index';
import { startsWord } from './match';
import { countsAt as keyCounts, keyCost, pairKey, type PostingList } from './postings';
import type { Term } from './query-parse';
import { charClass } from './tokenize';

/** Postings bytes read per candidate section beyond which settling costs more than it saves. */
const BYTES_PER_CANDIDATE = 32;

/** The word's pair keys in order and its inner units, when counts can settle it (else null). */
export function settleKeys(t: Term): { pairs: number[]; inner: number[] } | null {
  const s = t.text;
  if (s.length < 3 || startsWord(t)) return null;
  const pairs: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const pair = pairKey(s.charCodeAt(i - 1), s.charCodeAt(i));
    if (pair === null) return null;
    pairs.push(pair);
  }
  // A word whose start is also its end can overlap itself: bounds count overlapping occurrences, Ctrl+F does not.
  for (let b = 1; b < s.length; b++) if (s.startsWith(s.slice(s.length - b))) return null;
  // By UTF-16 unit, as the pairs are: an astral character inside the word (政𠀀府) is two inner units.
  const inner = Array.from({ length: s.length - 2 }, (_, i) => s.charCodeAt(i + 1));
  return { pairs, inner };
}

/** Reused between queries (the library's heap is large: garbage per query costs collections). */
let buffers: Int32Array[] = [];

/**
 * For each candidate section, its exact count when the key counts decide it, else -1 (valid until
 * the next call). Null when the word cannot be settled or reading its keys' postings would cost
 * more than verifying.
 */
export function settle(body: BodyIndex, keys: { pairs: number[]; inner: number[] } | null, cost: (key: number) => number, list: PostingList): Int32Array | null {
  if (!keys || list.n === 0) return null;
  const distinct = [...new Set([...keys.pairs, ...keys.inner])];
  if (distinct.reduce((n, k) => n + cost(k), 0) > list.n * BYTES_PER_CANDIDATE) return null;
  if (buffers.length < distinct.length + 1 || buffers[0]!.length < list.n) {
    buffers = Array.from({ length: Math.max(distinct.length + 1, buffers.length) }, () => new Int32Array(Math.max(list.n, 1024)));
  }
  const out = buffers[0]!;
  const bounds = (from: number, to: number): number => {
    const counts = new Map(distinct.map((k, i) => [k, keyCounts(body.segments, k, list.secs, from, to, buffers[i + 1]!)]));
    return settleRange(keys.pairs.map((k) => counts.get(k)!), keys.inner.map((k) => counts.get(k)!), out, from, to);
  };
  // A word whose inner units also stand elsewhere in most sections settles few of them: a sample says
  // whether reading its keys for the rest pays (verifying those sections costs no more).
  const sample = Math.min(list.n, Math.max(SAMPLE, list.n >> 3));
  const settled = bounds(0, sample);
  if (sample === list.n) return out;
  if (settled >= sample * MIN_YIELD) bounds(sample, list.n);
  else out.fill(-1, sample, list.n);
  return out;
}

/** Candidates sampled before settling the rest, and the share of them settled for the rest to be. */
const SAMPLE = 256;
const MIN_YIELD = 0.4;

/** Bounds of each candidate in [from, to) from its key counts into out (-1: undecided); how many were decided. */
function settleRange(pairs: Int32Array[], inner: Int32Array[], out: Int32Array, from: number, to: number): number {
  let settled = 0;
  for (let p = from; p < to; p++) {
    let low = pairs[0]![p]!;
    let high = low;
    for (let k = 1; k < pairs.length; k++) {
      const c = pairs[k]![p]!;
      if (c < high) high = c;
      low = Math.max(0, low + c - inner[k - 1]![p]!);
    }
    if (low === high) settled++;
    out[p] = low === high ? low : -1;
  }
  return settled;
}

/** Units after which a unit does not start a word (charClass 2: Latin letters and digits). */
const WORD_UNITS = Array.from({ length: 0x250 }, (_, c) => c).filter((c) => charClass(c) === 2);

/**
 * A single Latin letter or digit counts only where a word starts ("3" is not in "2023"): in each
 * candidate section (whose counts are the unit's), its count less the pairs where a word unit
 * precedes it. Exact, from postings alone; null when the term is not such a unit.
 */
export function settleWordStart(body: BodyIndex, term: Term, list: PostingList): Int32Array | null {
  if (term.text.length !== 1 || !startsWord(term) || list.n === 0) return null;
  const c = term.text.charCodeAt(0);
  if (buffers.length < 2 || buffers[0]!.length < list.n) buffers = [0, 1].map(() => new Int32Array(Math.max(list.n, 1024)));
  const out = buffers[0]!;
  out.set(list.counts.subarray(0, list.n));
  for (const x of WORD_UNITS) {
    const key = pairKey(x, c)!;
    if (keyCost(body.segments, key) === 0) continue;
    const before = keyCounts(body.segments, key, list.secs, 0, list.n, buffers[1]!);
    for (let p = 0; p < list.n; p++) out[p]! -= before[p]!;
  }
  return out;
}

// Exact counts of a longer word from key counts alone, where they decide it. A word is a chain of
// keys, each a listed trigram (trigrams.ts) or else a pair, each overlapping the one before by a
// unit or a pair. In a section, the occurrences of the word number at least c(k1) + sum over k of
// (c(k_k) - c(o_k)) (each occurrence of the overlap o_k can be met by the chain up to k on its left
// and key k on its right at most c(o_k) times) and at most the smallest key count. When the two
// bounds meet (common: a section where every 工 of 工作 stands in 工作。, or every 主监 in 民主监督)
// the count is known without reading the text; other sections are verified.
// A lone Latin letter or digit, which counts only at a word start, is settled the same way.
import type { BodyIndex } from './body-index';
import { startsWord } from './match';
import { countsAt as keyCounts, lookup, pairKey, PostingList } from './postings';
import type { Term } from './query-parse';
import { charClass } from './tokenize';
import { trigramKey } from './trigrams';

/** Postings bytes read per candidate section beyond which settling costs more than it saves. */
const BYTES_PER_CANDIDATE = 32;

/** A word's keys in order, and the key of what each shares with the one before (overlaps[k - 1] for keys[k]). */
export interface Chain {
  keys: number[];
  overlaps: number[];
}

/**
 * The chain of a word of two units or more: at each unit, the listed trigram starting there, else
 * the pair; a pair inside the trigram before it adds nothing. By UTF-16 unit, as the keys are (an
 * astral character is two). Null when a pair of the word is not a key (a space in it).
 */
export function wordChain(s: string): Chain | null {
  const keys: number[] = [];
  const overlaps: number[] = [];
  // End of the last key's span in the word.
  let end = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const pair = pairKey(a, b);
    if (pair === null) return null;
    const tri = i + 2 < s.length ? trigramKey(a, b, s.charCodeAt(i + 2)) : -1;
    const keyEnd = i + (tri >= 0 ? 3 : 2);
    if (keyEnd <= end) continue;
    // Keys start at successive units, so each overlaps the one before: by a unit, or by a pair (two trigrams).
    if (keys.length) overlaps.push(end - i === 2 ? pair : a);
    keys.push(tri >= 0 ? tri : pair);
    end = keyEnd;
  }
  return keys.length ? { keys, overlaps } : null;
}

/** Whether the word can overlap itself (its start is also its end): keys count overlapping occurrences, Ctrl+F does not. */
export function overlapsItself(s: string): boolean {
  for (let b = 1; b < s.length; b++) if (s.startsWith(s.slice(s.length - b))) return true;
  return false;
}

/** The word's chain (`chain`: wordChain of it, when the caller has it) when counts can settle it, else null. */
export function settleKeys(t: Term, chain = wordChain(t.text)): Chain | null {
  const s = t.text;
  return s.length < 3 || startsWord(t) || overlapsItself(s) ? null : chain;
}

/** Reused between queries (the library's heap is large: garbage per query costs collections). */
let buffers: Int32Array[] = [];

/**
 * For each candidate section, its exact count when the key counts decide it, else -1 (valid until
 * the next call). Null when the word cannot be settled or reading its keys' postings would cost
 * more than verifying.
 */
export function settle(body: BodyIndex, chain: Chain | null, cost: (key: number) => number, list: PostingList): Int32Array | null {
  if (!chain || list.n === 0) return null;
  const distinct = [...new Set([...chain.keys, ...chain.overlaps])];
  if (distinct.reduce((n, k) => n + cost(k), 0) > list.n * BYTES_PER_CANDIDATE) return null;
  if (buffers.length < distinct.length + 1 || buffers[0]!.length < list.n) {
    buffers = Array.from({ length: Math.max(distinct.length + 1, buffers.length) }, () => new Int32Array(Math.max(list.n, 1024)));
  }
  const out = buffers[0]!;
  const bounds = (from: number, to: number): number => {
    const counts = new Map(distinct.map((k, i) => [k, keyCounts(body.segments, k, list.secs, from, to, buffers[i + 1]!)]));
    return settleRange(chain.keys.map((k) => counts.get(k)!), chain.overlaps.map((k) => counts.get(k)!), out, from, to);
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
function settleRange(keys: Int32Array[], overlaps: Int32Array[], out: Int32Array, from: number, to: number): number {
  let settled = 0;
  for (let p = from; p < to; p++) {
    let low = keys[0]![p]!;
    let high = low;
    for (let k = 1; k < keys.length; k++) {
      const c = keys[k]![p]!;
      if (c < high) high = c;
      low = Math.max(0, low + c - overlaps[k - 1]![p]!);
    }
    if (low === high) settled++;
    out[p] = low === high ? low : -1;
  }
  return settled;
}

/** Units after which a unit does not start a word (charClass 2: Latin letters and digits). */
const WORD_UNITS = Array.from({ length: 0x250 }, (_, c) => c).filter((c) => charClass(c) === 2);

/** Each candidate section's place in the list being settled (-1: not a candidate), kept between calls and left all -1. */
let positionOf = new Int32Array(0);
/** The postings of one pair at a time (kept between calls: no garbage per query). */
const pairPostings = new PostingList();

/** The pairs settleWordStart reads for the term: none unless it is one Latin letter or digit counted where a word starts. */
export function wordStartKeys(term: Term): number[] {
  if (term.text.length !== 1 || !startsWord(term)) return [];
  const c = term.text.charCodeAt(0);
  return WORD_UNITS.flatMap((x) => pairKey(x, c) ?? []);
}

/**
 * A single Latin letter or digit counts only where a word starts ("3" is not in "2023"): in each
 * candidate section (whose counts are the unit's), its count less the pairs where a word unit
 * precedes it. Exact, from postings alone; null when the term is not such a unit. Each pair's
 * postings are met with the candidates through their places in the list, not by walking the list
 * once per pair (a digit has tens of such pairs, 20 and 00 among them, and 180,000 candidate
 * sections at 20,000 reports).
 */
export function settleWordStart(body: BodyIndex, term: Term, list: PostingList): Int32Array | null {
  if (term.text.length !== 1 || !startsWord(term) || list.n === 0) return null;
  const c = term.text.charCodeAt(0);
  if (buffers.length < 1 || buffers[0]!.length < list.n) buffers = [new Int32Array(Math.max(list.n, 1024))];
  const out = buffers[0]!;
  out.set(list.counts.subarray(0, list.n));
  const { secs, n } = list;
  const end = secs[n - 1]! + 1;
  if (positionOf.length < end) positionOf = new Int32Array(Math.max(end, 2 * positionOf.length)).fill(-1);
  const at = positionOf;
  for (let p = 0; p < n; p++) at[secs[p]!] = p;
  try {
    for (const x of WORD_UNITS) {
      lookup(body.segments, pairKey(x, c)!, pairPostings);
      const { secs: pairSecs, counts, n: m } = pairPostings;
      for (let i = 0; i < m; i++) {
        const p = pairSecs[i]! < end ? at[pairSecs[i]!]! : -1;
        if (p >= 0) out[p]! -= counts[i]!;
      }
    }
  } finally {
    for (let p = 0; p < n; p++) at[secs[p]!] = -1;
  }
  return out;
}

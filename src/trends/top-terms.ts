// The most frequent two- to four-character terms of a report or a set of reports: Han n-grams
// counted in folded text, minus the stop list, grams starting or ending on a particle, and grams
// that are pieces of longer strings by their neighbours (gram-context.ts: 委会 of 常委会, 市政 of
// 市政协 and 市政府). Grams are counted under numeric keys (each character a 13-bit index, four fit
// in a double): string keys made the whole-library count of a thousand reports take seconds.
import { EDGE_STOP_CHARS } from './stop-words';
import { isFragment, tallyAdd, type Candidate, type Junction } from './gram-context';

export interface TopTerm {
  term: string;
  count: number;
  per10k: number;
}

const MIN_N = 2;
const MAX_N = 4;
const B = 8192;
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;

class Alphabet {
  readonly chars: string[] = [''];
  /** Han code point - HAN_FIRST → index; a typed table because this runs once per character. */
  private readonly index = new Uint16Array(HAN_LAST - HAN_FIRST + 1);
  /** Index of a Han character (0 for anything else, or once the alphabet is full). */
  of(code: number): number {
    if (code < HAN_FIRST || code > HAN_LAST) return 0;
    let i = this.index[code - HAN_FIRST]!;
    if (!i && this.chars.length < B) {
      i = this.chars.length;
      this.index[code - HAN_FIRST] = i;
      this.chars.push(String.fromCharCode(code));
    }
    return i;
  }
  indices(text: string): Uint16Array {
    const idx = new Uint16Array(text.length);
    for (let k = 0; k < text.length; k++) idx[k] = this.of(text.charCodeAt(k));
    return idx;
  }
  keyOf(word: string): number | null {
    let key = 0;
    for (let k = 0; k < word.length; k++) {
      const i = this.of(word.charCodeAt(k));
      if (!i) return null;
      key = key * B + i;
    }
    return key;
  }
  decode(key: number, n: number): string {
    let s = '';
    for (let k = 0; k < n; k++, key = Math.floor(key / B)) s = this.chars[key % B]! + s;
    return s;
  }
}

type Counts = [Map<number, number>, Map<number, number>, Map<number, number>];

function countGrams(idx: Uint16Array, edge: Uint8Array, counts: Counts): void {
  for (let i = 0; i < idx.length; i++) {
    const first = idx[i]!;
    if (!first || edge[first]) continue;
    let key = first;
    for (let n = MIN_N; n <= MAX_N && i + n <= idx.length; n++) {
      const last = idx[i + n - 1]!;
      if (!last) break;
      key = key * B + last;
      if (edge[last]) continue;
      const map = counts[n - MIN_N]!;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
}

/** The `want` most frequent listable grams (more on ties), most frequent first, found without sorting them all. */
function candidates(counts: Counts, stopKeys: ReadonlySet<number>, want: number): { cands: Candidate[]; all: boolean } {
  const hist = new Int32Array(4096);
  for (const map of counts) {
    for (const c of map.values()) {
      const bin = Math.min(c, hist.length - 1);
      hist[bin] = hist[bin]! + 1;
    }
  }
  let floor = hist.length - 1;
  for (let sum = hist[floor]!; floor > 2 && sum < want; ) sum += hist[--floor]!;
  const out: Candidate[] = [];
  counts.forEach((map, n) => {
    for (const [key, count] of map) {
      if (count >= floor && !stopKeys.has(key)) out.push({ key, n: n + MIN_N, count, left: new Map(), right: new Map() });
    }
  });
  out.sort((a, b) => b.count - a.count || b.n - a.n || a.key - b.key);
  return { cands: out, all: floor <= 2 };
}

/** Neighbour tallies of two- and three-character candidates, read off the grams one longer. */
function tallyFromCounts(cands: readonly Candidate[], counts: Counts): void {
  for (const n of [MIN_N, MIN_N + 1]) {
    const byKey = new Map(cands.filter((c) => c.n === n).map((c) => [c.key, c]));
    if (!byKey.size) continue;
    const span = B ** n;
    for (const [key, c] of counts[n + 1 - MIN_N]!) {
      const head = byKey.get(Math.floor(key / B));
      if (head) tallyAdd(head.right, key % B, c);
      const tail = byKey.get(key % span);
      if (tail) tallyAdd(tail.left, Math.floor(key / span), c);
    }
  }
}

/** Neighbour tallies of four-character candidates: one more pass over the text, only where one may start. */
function tallyFromText(cands: readonly Candidate[], texts: readonly string[], abc: Alphabet, edge: Uint8Array): void {
  const byKey = new Map(cands.filter((c) => c.n === MAX_N).map((c) => [c.key, c]));
  if (!byKey.size) return;
  const starts = new Uint8Array(B);
  for (const key of byKey.keys()) starts[Math.floor(key / B ** (MAX_N - 1))] = 1;
  for (const text of texts) {
    const idx = abc.indices(text);
    for (let i = 0; i + MAX_N <= idx.length; i++) {
      if (!starts[idx[i]!]) continue;
      const cand = byKey.get(((idx[i]! * B + idx[i + 1]!) * B + idx[i + 2]!) * B + idx[i + 3]!);
      if (!cand) continue;
      const l = i > 0 ? idx[i - 1]! : 0;
      const r = i + MAX_N < idx.length ? idx[i + MAX_N]! : 0;
      if (l && !edge[l]) tallyAdd(cand.left, l);
      if (r && !edge[r]) tallyAdd(cand.right, r);
    }
  }
}

/** Top `limit` terms over folded texts; `stop` holds folded stop words. */
export function topTerms(folded: readonly string[], stop: ReadonlySet<string>, limit = 30): TopTerm[] {
  const abc = new Alphabet();
  const edge = new Uint8Array(B);
  for (const ch of EDGE_STOP_CHARS) edge[abc.of(ch.charCodeAt(0))] = 1;
  edge[0] = 0;
  const stopKeys = new Set([...stop].map((w) => abc.keyOf(w)).filter((k): k is number => k !== null));
  const counts: Counts = [new Map(), new Map(), new Map()];
  for (const text of folded) countGrams(abc.indices(text), edge, counts);
  const length = folded.reduce((n, t) => n + t.length, 0);
  const junction = (cand: Candidate): Junction => ({
    count(side, x) {
      const edgeChar = side ? cand.key % B : Math.floor(cand.key / B ** (cand.n - 1));
      return counts[0].get(side ? edgeChar * B + x : x * B + edgeChar) ?? 0;
    },
    holder(side, x) {
      const gram = abc.decode(cand.key, cand.n);
      return side ? gram + abc.chars[x]! : abc.chars[x]! + gram;
    },
  });
  let kept: Candidate[] = [];
  // Fragments crowd the most frequent grams: look at four times the limit, more if that is not enough.
  for (let want = limit * 4 + 40; ; want *= 4) {
    const { cands, all } = candidates(counts, stopKeys, want);
    tallyFromCounts(cands, counts);
    tallyFromText(cands, folded, abc, edge);
    kept = cands.filter((c) => c.count >= 2 && !isFragment(c, MAX_N, junction(c)));
    if (kept.length >= limit || all) break;
  }
  return kept.slice(0, limit).map((c) => ({ term: abc.decode(c.key, c.n), count: c.count, per10k: length ? (c.count * 10000) / length : 0 }));
}

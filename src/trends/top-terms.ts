// The most frequent two- to four-character terms of a report or a set of reports: Han n-grams
// counted in folded text, minus the stop list and grams starting or ending on a particle, and minus
// a shorter gram that is (almost) always part of one longer term (改革 inside 数字化改革).
// Grams are counted under numeric keys (each character a 13-bit index, four fit in a double):
// string keys made the whole-library count of a thousand reports take seconds.
import { EDGE_STOP_CHARS } from './stop-words';

export interface TopTerm {
  term: string;
  count: number;
  per10k: number;
}

const MIN_N = 2;
const MAX_N = 4;
/** A shorter gram goes when a longer one holding it covers this share of its occurrences. */
const SUBSUMED = 0.8;
const B = 8192;

class Alphabet {
  readonly chars: string[] = [''];
  private readonly index = new Map<number, number>();
  /** Index of a Han character (0 for anything else, or once the alphabet is full). */
  of(code: number): number {
    if (code < 0x3400 || code > 0x9fff) return 0;
    let i = this.index.get(code);
    if (i === undefined) {
      if (this.chars.length >= B) return 0;
      i = this.chars.length;
      this.index.set(code, i);
      this.chars.push(String.fromCharCode(code));
    }
    return i;
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

function countGrams(text: string, abc: Alphabet, edge: Uint8Array, counts: Counts): void {
  const idx = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) idx[k] = abc.of(text.charCodeAt(k));
  for (let i = 0; i < text.length; i++) {
    const first = idx[i]!;
    if (!first || edge[first]) continue;
    let key = first;
    for (let n = MIN_N; n <= MAX_N && i + n <= text.length; n++) {
      const last = idx[i + n - 1]!;
      if (!last) break;
      key = key * B + last;
      if (edge[last]) continue;
      const map = counts[n - MIN_N]!;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
}

/** For every gram, the largest count of a gram one character longer that holds it (stop words hold nothing). */
function bestHolders(counts: Counts, stopKeys: ReadonlySet<number>): Map<number, number>[] {
  return counts.slice(0, -1).map((_, n) => {
    const best = new Map<number, number>();
    const span = B ** (n + MIN_N);
    for (const [key, c] of counts[n + 1]!) {
      if (stopKeys.has(key)) continue;
      for (const part of [Math.floor(key / B), key % span]) if ((best.get(part) ?? 0) < c) best.set(part, c);
    }
    return best;
  });
}

/** Top `limit` terms over folded texts; `stop` holds folded stop words. */
export function topTerms(folded: readonly string[], stop: ReadonlySet<string>, limit = 30): TopTerm[] {
  const abc = new Alphabet();
  const edge = new Uint8Array(B);
  for (const ch of EDGE_STOP_CHARS) edge[abc.of(ch.charCodeAt(0))] = 1;
  edge[0] = 0;
  const stopKeys = new Set([...stop].map((w) => abc.keyOf(w)).filter((k): k is number => k !== null));
  const counts: Counts = [new Map(), new Map(), new Map()];
  let length = 0;
  for (const text of folded) {
    countGrams(text, abc, edge, counts);
    length += text.length;
  }
  const holders = bestHolders(counts, stopKeys);
  const kept: Array<[string, number]> = [];
  counts.forEach((map, n) => {
    for (const [key, c] of map) {
      if (c < 2 || stopKeys.has(key) || (holders[n]?.get(key) ?? 0) >= c * SUBSUMED) continue;
      kept.push([abc.decode(key, n + MIN_N), c]);
    }
  });
  kept.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return kept.slice(0, limit).map(([term, count]) => ({ term, count, per10k: length ? (count * 10000) / length : 0 }));
}
